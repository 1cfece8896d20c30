"""Checking webhook deliveries: Cal.com signs each body with the webhook's secret.

The signature header is chosen by whoever sends the request -- possibly an attacker -- so
:func:`verify_webhook_signature` answers ``False`` to anything malformed and never raises
because of it. Only the caller's own mistakes (no secret, a body that is not bytes) raise
:class:`CalcomValueError`.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from ._errors import CalcomValueError

__all__ = ["sign_webhook_body", "verify_webhook_signature"]

_HEX_SHA256 = re.compile(r"[0-9a-f]{64}")


def _secret(secret: object) -> bytes:
    if isinstance(secret, str):
        secret = secret.encode("utf-8", "surrogatepass")
    if not isinstance(secret, bytes) or not secret:
        raise CalcomValueError(
            "the webhook secret is missing: pass the secret the webhook was created with "
            "(a webhook without one sends 'no-secret-provided' and cannot be verified)"
        )
    return secret


def _body(body: object) -> bytes:
    if isinstance(body, bytearray | memoryview):
        return bytes(body)
    if not isinstance(body, bytes):
        raise CalcomValueError(
            f"body must be the raw request bytes as received, not {type(body).__name__}"
        )
    return body


def sign_webhook_body(secret: str, body: bytes) -> str:
    """The ``X-Cal-Signature-256`` value for ``body``: hex HMAC-SHA256 keyed with ``secret``.

    Raises:
        CalcomValueError: ``secret`` is empty or not text, or ``body`` is not bytes.
    """
    return hmac.new(_secret(secret), _body(body), hashlib.sha256).hexdigest()


def verify_webhook_signature(secret: str, body: bytes, signature: str | bytes | None) -> bool:
    """Whether ``signature`` (the ``X-Cal-Signature-256`` header) matches the raw ``body``.

    Pass the body exactly as received, before any JSON parsing. Comparison is constant-time;
    letter case, surrounding whitespace and an optional ``sha256=`` prefix are tolerated.
    Anything else -- a missing header, Cal.com's ``no-secret-provided`` placeholder, non-ASCII
    text, a wrong length, non-hex characters -- is simply ``False``.

    Raises:
        CalcomValueError: only for the caller's own misuse: no ``secret``, or a ``body`` that
            is not ``bytes``.

    Example (Starlette)::

        body = await request.body()
        if not verify_webhook_signature(SECRET, body, request.headers.get("x-cal-signature-256")):
            return Response(status_code=401)
    """
    expected = sign_webhook_body(secret, body)
    if isinstance(signature, bytes):
        try:
            signature = signature.decode("ascii")
        except UnicodeDecodeError:
            return False
    if not isinstance(signature, str):
        return False
    given = signature.strip().lower().removeprefix("sha256=")
    if not _HEX_SHA256.fullmatch(given):  # also refuses non-ASCII, which compare_digest rejects
        return False
    return hmac.compare_digest(expected, given)
