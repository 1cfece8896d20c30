"""Checking webhook deliveries: Cal.com signs each body with the webhook's secret."""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["sign_webhook_body", "verify_webhook_signature"]


def sign_webhook_body(secret: str, body: bytes) -> str:
    """The ``X-Cal-Signature-256`` value for ``body``: hex HMAC-SHA256 keyed with ``secret``."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_webhook_signature(secret: str, body: bytes, signature: str | None) -> bool:
    """Whether ``signature`` (the ``X-Cal-Signature-256`` header) matches the raw ``body``.

    Pass the body exactly as received, before any JSON parsing. Comparison is constant-time;
    letter case and an optional ``sha256=`` prefix are tolerated.

    Example (Starlette)::

        body = await request.body()
        if not verify_webhook_signature(SECRET, body, request.headers.get("x-cal-signature-256")):
            return Response(status_code=401)
    """
    if not isinstance(signature, str) or not signature:
        return False
    given = signature.strip().lower().removeprefix("sha256=")
    return hmac.compare_digest(sign_webhook_body(secret, body), given)
