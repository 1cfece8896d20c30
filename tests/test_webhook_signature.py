"""verify_webhook_signature: the public check of Cal.com's X-Cal-Signature-256 header."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from calcom_async import CalcomValueError, sign_webhook_body, verify_webhook_signature

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


GOOD = hmac.new(b"s3cret", BODY, hashlib.sha256).hexdigest()


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "no-secret-provided",  # what Cal.com sends for a webhook without a secret
        GOOD[:-1],  # wrong length
        GOOD + "0",
        "é" * 64,  # non-ASCII: hmac.compare_digest would raise TypeError
        GOOD[:-1] + "é",
        "g" * 64,  # not hex
        "sha256=",
        GOOD.encode("utf-16"),  # bytes that are not ASCII
        "\x00" * 64,
        12345,
        ["sha256=" + GOOD],
    ],
)
def test_malformed_headers_are_false_never_an_exception(header: object) -> None:
    assert verify_webhook_signature("s3cret", BODY, header) is False  # type: ignore[arg-type]


def test_a_header_given_as_bytes_is_accepted() -> None:
    assert verify_webhook_signature("s3cret", BODY, GOOD.encode())


@pytest.mark.parametrize("secret", [None, "", b"", 42])
def test_a_missing_secret_is_the_callers_error(secret: object) -> None:
    with pytest.raises(CalcomValueError, match="secret"):
        verify_webhook_signature(secret, BODY, GOOD)  # type: ignore[arg-type]
    with pytest.raises(CalcomValueError):
        sign_webhook_body(secret, BODY)  # type: ignore[arg-type]


def test_a_body_that_is_not_bytes_is_the_callers_error() -> None:
    with pytest.raises(CalcomValueError, match="raw request bytes"):
        verify_webhook_signature("s3cret", BODY.decode(), GOOD)  # type: ignore[arg-type]
    assert verify_webhook_signature("s3cret", bytearray(BODY), GOOD)
