"""verify_webhook_signature: the public check of Cal.com's X-Cal-Signature-256 header."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from calcom_async import sign_webhook_body, verify_webhook_signature

BODY = b'{"triggerEvent":"BOOKING_CREATED","createdAt":"2030-01-01T00:00:00Z","payload":{}}'


def test_signature_is_hex_hmac_sha256_of_the_raw_body() -> None:
    expected = hmac.new(b"s3cret", BODY, hashlib.sha256).hexdigest()
    assert sign_webhook_body("s3cret", BODY) == expected


@pytest.mark.parametrize(
    "header",
    [
        hmac.new(b"s3cret", BODY, hashlib.sha256).hexdigest(),
        hmac.new(b"s3cret", BODY, hashlib.sha256).hexdigest().upper(),
        "sha256=" + hmac.new(b"s3cret", BODY, hashlib.sha256).hexdigest(),
        " " + hmac.new(b"s3cret", BODY, hashlib.sha256).hexdigest() + "\n",
    ],
)
def test_valid_signatures_verify(header: str) -> None:
    assert verify_webhook_signature("s3cret", BODY, header)


def test_wrong_secret_tampered_body_and_missing_header_fail() -> None:
    good = sign_webhook_body("s3cret", BODY)
    assert not verify_webhook_signature("other", BODY, good)
    assert not verify_webhook_signature("s3cret", BODY + b" ", good)
    assert not verify_webhook_signature("s3cret", BODY, None)
    assert not verify_webhook_signature("s3cret", BODY, "")
