"""Webhook signing and loopback-only delivery."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._keys import is_loopback_host
from .._webhooks import sign_webhook_body as sign
from .._webhooks import verify_webhook_signature as verify_signature
from ._state import WebhookDelivery

__all__ = [
    "NO_SECRET_SIGNATURE",
    "deliver",
    "is_loopback_url",
    "render_template",
    "sign",
    "verify_signature",
]

#: Signature header value sent when a webhook has no secret (as Cal.com does).
NO_SECRET_SIGNATURE = "no-secret-provided"


def is_loopback_url(url: str) -> bool:
    """True for http(s) URLs whose host is 127.0.0.0/8, ::1 or ``localhost``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    return is_loopback_host(parts.hostname)


def _lookup(data: Any, dotted: str) -> Any:
    cur = data
    for part in dotted.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return None
    return cur


def render_template(template: str, envelope: dict[str, Any]) -> str:
    """Replace ``{{name}}`` / ``{{a.b}}`` with values from the payload (or envelope).

    Strings are inserted raw, other values as JSON; unknown variables become empty.
    """
    out: list[str] = []
    i = 0
    while True:
        j = template.find("{{", i)
        if j < 0:
            out.append(template[i:])
            break
        k = template.find("}}", j + 2)
        if k < 0:
            out.append(template[i:])
            break
        out.append(template[i:j])
        name = template[j + 2 : k].strip()
        value = _lookup(envelope.get("payload"), name)
        if value is None:
            value = _lookup(envelope, name)
        if value is None:
            out.append("")
        elif isinstance(value, str):
            out.append(value)
        else:
            out.append(json.dumps(value))
        i = k + 2
    return "".join(out)


async def deliver(client: httpx.AsyncClient, delivery: WebhookDelivery) -> None:
    """POST one delivery, recording the outcome on ``delivery`` (never raises)."""
    if not is_loopback_url(delivery.url):
        delivery.error = "refused: the fake delivers webhooks only to loopback hosts"
        return
    try:
        resp = await client.post(
            delivery.url,
            content=delivery.body,
            headers={
                "content-type": "application/json",
                "x-cal-signature-256": delivery.signature,
            },
        )
        delivery.status_code = resp.status_code
    except Exception as exc:  # any failure is recorded, never propagated
        delivery.error = f"{type(exc).__name__}: {exc}"
