"""Webhook deliveries: which webhooks fire, signed bodies, loopback-only background POSTs."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from .._keys import is_loopback_host
from .._webhooks import sign_webhook_body as sign
from .._webhooks import verify_webhook_signature as verify_signature
from ._drift import add_extra_fields
from ._payloads import BOOKING_TRIGGERS, booking_payload
from ._state import Booking, Webhook, WebhookDelivery
from ._timeutil import format_utc

if TYPE_CHECKING:
    from ._app import FakeCalcom

__all__ = [
    "NO_SECRET_SIGNATURE",
    "WebhookDispatcher",
    "deliver",
    "is_loopback_url",
    "render_template",
    "sign",
    "verify_signature",
]

#: Signature header value sent when a webhook has no secret (as Cal.com does).
NO_SECRET_SIGNATURE = "no-secret-provided"

# Deliveries to run after the response of the current request when no asyncio loop is running
# (the app driven in-process under trio).
_DEFERRED: contextvars.ContextVar[list[WebhookDelivery] | None] = contextvars.ContextVar(
    "calcom_fake_deferred", default=None
)


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


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


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
                "content-type": delivery.content_type,
                "x-cal-signature-256": delivery.signature,
                "x-cal-webhook-version": delivery.version,
            },
        )
        delivery.status_code = resp.status_code
    except Exception as exc:  # any failure is recorded, never propagated
        delivery.error = f"{type(exc).__name__}: {exc}"


class WebhookDispatcher:
    """Builds, records and sends the deliveries of one fake (``fake.webhooks``)."""

    def __init__(self, fake: FakeCalcom) -> None:
        self._fake = fake
        self._tasks: set[asyncio.Task[None]] = set()
        self._http: httpx.AsyncClient | None = None
        self._http_loop: asyncio.AbstractEventLoop | None = None

    def subscribers(self, trigger: str, b: Booking) -> list[Webhook]:
        """Active webhooks subscribed to ``trigger`` for booking ``b``.

        A user's webhooks fire for bookings that user hosts; an event type's webhooks
        (``Webhook.event_type_id``) for that event type's bookings.
        """
        return [
            w
            for w in self._fake.state.webhooks.values()
            if w.active
            and trigger in w.triggers
            and (
                w.event_type_id == b.event_type_id
                if w.event_type_id is not None
                else w.user_id in b.host_ids
            )
        ]

    def emit(
        self, trigger: str, b: Booking, *, previous: Booking | None = None
    ) -> list[WebhookDelivery]:
        """Record and send ``trigger`` for ``b`` to every subscribed webhook."""
        if trigger not in BOOKING_TRIGGERS:
            raise ValueError(
                f"{trigger!r} is not a booking trigger; the fake can emit: "
                + ", ".join(sorted(BOOKING_TRIGGERS))
            )
        fake = self._fake
        out = []
        for w in self.subscribers(trigger, b):
            payload = booking_payload(fake.state, trigger, b, w, previous)
            if fake.drift.extra_fields:
                payload = add_extra_fields(payload)
            envelope = {
                "triggerEvent": trigger,
                "createdAt": format_utc(fake.now()),
                "payload": payload,
            }
            content_type = "application/json"
            if w.payload_template:
                text = render_template(w.payload_template, envelope)
                if not _is_json(w.payload_template):
                    content_type = "application/x-www-form-urlencoded"
                body = text.encode()
            else:
                body = json.dumps(envelope, separators=(",", ":")).encode()
            delivery = WebhookDelivery(
                webhook_id=w.id,
                trigger_event=trigger,
                url=w.subscriber_url,
                body=body,
                signature=sign(w.secret, body) if w.secret else NO_SECRET_SIGNATURE,
                content_type=content_type,
                version=w.version,
            )
            fake.state.deliveries.append(delivery)
            self._schedule(delivery)
            out.append(delivery)
        return out

    @contextlib.contextmanager
    def deferring(self) -> Iterator[list[WebhookDelivery]]:
        """Collect deliveries that cannot start a task now (no asyncio loop) for after the
        response; the caller runs them with :meth:`run`."""
        deferred: list[WebhookDelivery] = []
        token = _DEFERRED.set(deferred)
        try:
            yield deferred
        finally:
            _DEFERRED.reset(token)

    def _schedule(self, delivery: WebhookDelivery) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            deferred = _DEFERRED.get()
            if deferred is not None:
                deferred.append(delivery)
            else:
                delivery.error = "no running event loop to deliver from"
            return
        task = loop.create_task(self.run(delivery))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run(self, delivery: WebhookDelivery) -> None:
        """Make the one attempt of ``delivery`` and count it in ``fake.stats``."""
        stats = self._fake.stats
        try:
            try:
                loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is None:
                async with httpx.AsyncClient(timeout=5.0, trust_env=False) as client:
                    await deliver(client, delivery)
            else:
                if self._http is None or self._http_loop is not loop:
                    self._http = httpx.AsyncClient(timeout=5.0, trust_env=False)
                    self._http_loop = loop
                await deliver(self._http, delivery)
        except BaseException as exc:  # cancelled at shutdown, etc.
            if delivery.error is None and delivery.status_code is None:
                delivery.error = f"{type(exc).__name__}: delivery aborted"
            if not isinstance(exc, Exception):
                raise
        finally:
            stats.webhook_attempts += 1
            if not delivery.ok:
                stats.webhook_failures += 1

    async def aclose(self) -> None:
        """Finish (1 s grace) or cancel pending deliveries; close the HTTP client."""
        tasks = [t for t in self._tasks if not t.done()]
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=1.0)
            for t in pending:
                t.cancel()
            if pending:
                await asyncio.wait(pending, timeout=1.0)
        if self._http is not None:
            client, self._http, self._http_loop = self._http, None, None
            with contextlib.suppress(RuntimeError):  # created on another (closed) loop
                await client.aclose()
