"""``WebhookReceiver``: in-process, mounted in Starlette, end to end with FakeCalcom's deliveries.

The end-to-end tests drive the fake only through the SDK and the fake's public API: webhooks are
created with ``cal.webhooks.create`` against a subscriber URL served by uvicorn on 127.0.0.1, and
the fake delivers the signed bodies it builds itself.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount
from webhook_samples import PAYLOADS, body

from calcom_async import AsyncCalcom, Attendee, ConfigurationError, sign_webhook_body
from calcom_async import webhooks as wh
from calcom_async.testing import FakeCalcom

SECRET = "whsec-receiver-0123456789"
KEY = "cal_test_webhookReceiver0123456789"


class Recorder:
    def __init__(self) -> None:
        self.events: list[wh.WebhookEvent] = []
        self.arrived = asyncio.Event()

    async def __call__(self, event: wh.WebhookEvent) -> None:
        self.events.append(event)
        self.arrived.set()


def signed(raw: bytes, secret: str = SECRET, **headers: str) -> dict[str, str]:
    return {"x-cal-signature-256": sign_webhook_body(secret, raw), **headers}


async def post(app: Any, path: str, raw: bytes, headers: dict[str, str]) -> httpx.Response:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://hooks.test"
    ) as client:
        return await client.post(path, content=raw, headers=headers)


# ---------------------------------------------------------------------------- in-process


async def test_valid_delivery_calls_the_handler_with_the_typed_event() -> None:
    handler = Recorder()
    raw = body("BOOKING_CREATED")
    response = await post(wh.WebhookReceiver(handler, secret=SECRET), "/", raw, signed(raw))
    assert response.status_code == 200 and response.json() == {"ok": True}
    (event,) = handler.events
    assert isinstance(event, wh.BookingCreated) and event.payload.uid == "bk_8f2a"


async def test_bad_signature_is_401_and_the_handler_is_not_called(
    caplog: pytest.LogCaptureFixture,
) -> None:
    handler = Recorder()
    receiver = wh.WebhookReceiver(handler, secret=SECRET)
    raw = body("BOOKING_CREATED")
    with caplog.at_level(logging.WARNING, logger="calcom_async.webhooks"):
        wrong = await post(receiver, "/", raw, signed(raw, "not-the-secret"))
        missing = await post(receiver, "/", raw, {})
        unsigned = await post(receiver, "/", raw, {"x-cal-signature-256": "no-secret-provided"})
    assert [r.status_code for r in (wrong, missing, unsigned)] == [401, 401, 401]
    assert wrong.json() == {"error": "invalid signature"}
    assert handler.events == []
    assert "does not match" in caplog.text and SECRET not in caplog.text


async def test_other_methods_are_405_and_large_bodies_413() -> None:
    handler = Recorder()
    receiver = wh.WebhookReceiver(handler, secret=SECRET, max_body_size=1000)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=receiver), base_url="http://hooks.test"
    ) as client:
        get = await client.get("/")
        big = b"x" * 1001
        too_large = await client.post("/", content=big, headers=signed(big))

        async def chunks() -> AsyncIterator[bytes]:  # no content-length: counted while read
            for _ in range(3):
                yield b"y" * 400

        streamed = await client.post("/", content=chunks())
    assert get.status_code == 405 and get.headers["allow"] == "POST"
    assert too_large.status_code == 413 and streamed.status_code == 413
    assert handler.events == []


async def test_malformed_known_payload_is_400_naming_the_field() -> None:
    handler = Recorder()
    raw = body("BOOKING_CREATED", {**PAYLOADS["BOOKING_CREATED"], "startTime": 17})
    response = await post(wh.WebhookReceiver(handler, secret=SECRET), "/", raw, signed(raw))
    assert response.status_code == 400
    assert "payload.startTime" in response.json()["error"]
    assert handler.events == []


async def test_form_encoded_body_reaches_the_handler_raw() -> None:
    handler = Recorder()
    raw = b"uid=bk_1&title=Intro"
    headers = signed(raw, **{"content-type": "application/x-www-form-urlencoded"})
    response = await post(wh.WebhookReceiver(handler, secret=SECRET), "/", raw, headers)
    assert response.status_code == 200
    assert handler.events == [wh.CustomPayload(raw, "application/x-www-form-urlencoded")]


async def test_a_failing_handler_propagates_to_the_server() -> None:
    async def broken(event: wh.WebhookEvent) -> None:
        raise RuntimeError("handler bug")

    raw = body("BOOKING_CREATED")
    with pytest.raises(RuntimeError, match="handler bug"):
        await post(wh.WebhookReceiver(broken, secret=SECRET), "/", raw, signed(raw))


async def test_mounted_in_starlette_at_a_sub_path() -> None:
    handler = Recorder()
    app = Starlette(routes=[Mount("/hooks/cal", app=wh.WebhookReceiver(handler, secret=SECRET))])
    raw = body("BOOKING_CANCELLED")
    response = await post(app, "/hooks/cal/", raw, signed(raw))
    assert response.status_code == 200
    assert isinstance(handler.events[0], wh.BookingCancelled)
    assert (await post(app, "/elsewhere", raw, signed(raw))).status_code == 404


def test_receiver_configuration_is_checked() -> None:
    with pytest.raises(ConfigurationError, match="secret"):
        wh.WebhookReceiver(Recorder(), secret="")
    with pytest.raises(ConfigurationError, match="handler"):
        wh.WebhookReceiver("not callable", secret=SECRET)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="max_body_size"):
        wh.WebhookReceiver(Recorder(), secret=SECRET, max_body_size=0)
    assert SECRET not in repr(wh.WebhookReceiver(Recorder(), secret=SECRET))


# ---------------------------------------------------------------------------- end to end


@asynccontextmanager
async def serve(app: Any, *, lifespan: str) -> AsyncIterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1 (ephemeral port) in this event loop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, lifespan=lifespan, log_level="warning", log_config=None
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("uvicorn stopped during startup")
            await asyncio.sleep(0.005)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


async def _first_free_slots(cal: AsyncCalcom, event_type_id: int, n: int) -> list[datetime]:
    start = datetime.now(timezone.utc) + timedelta(days=1)
    days = await cal.slots.list(
        event_type_id=event_type_id, start=start, end=start + timedelta(days=7), time_zone="UTC"
    )
    return [slot.start for slots in days.values() for slot in slots][:n]


async def test_end_to_end_with_the_fakes_signed_deliveries() -> None:
    """Bookings made through the SDK reach a mounted receiver as typed, verified events."""
    handler = Recorder()
    app = Starlette(routes=[Mount("/hooks/cal", app=wh.WebhookReceiver(handler, secret=SECRET))])
    fake = FakeCalcom(api_keys=[KEY])
    async with (
        serve(app, lifespan="on") as base,
        AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=fake.transport()) as cal,
    ):
        await cal.schedules.create(name="Hours", time_zone="UTC", is_default=True)
        intro = await cal.event_types.create(title="Intro", slug="intro", length_in_minutes=30)
        await cal.webhooks.create(
            subscriber_url=f"{base}/hooks/cal/",
            triggers=["BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"],
            secret=SECRET,
        )
        first, later = await _first_free_slots(cal, intro.id, 2)
        booking = await cal.bookings.create(
            event_type_id=intro.id,
            start=first,
            attendee=Attendee(name="Ada", email="ada@example.com", time_zone="Europe/London"),
        )
        moved = await cal.bookings.reschedule(booking.uid, start=later, reason="Clash")
        await cal.bookings.cancel(moved.uid, reason="No longer needed")
        deliveries = await fake.wait_for_deliveries(3)
        await fake.aclose()

    assert [d.status_code for d in deliveries] == [200, 200, 200]
    by_type = {type(e): e for e in handler.events}
    assert len(by_type) == len(handler.events) == 3
    created = by_type[wh.BookingCreated]
    rescheduled = by_type[wh.BookingRescheduled]
    cancelled = by_type[wh.BookingCancelled]
    assert isinstance(created, wh.BookingCreated)
    assert created.payload.uid == booking.uid and created.payload.start_time == first
    assert created.payload.status == "ACCEPTED"
    assert [a.email for a in created.payload.attendees] == ["ada@example.com"]
    assert created.payload.start_time.tzinfo is not None
    assert isinstance(rescheduled, wh.BookingRescheduled)
    assert rescheduled.payload.uid == moved.uid
    assert rescheduled.payload.reschedule_uid == booking.uid
    assert rescheduled.payload.start_time == later
    assert isinstance(cancelled, wh.BookingCancelled)
    assert cancelled.payload.uid == moved.uid
    assert cancelled.payload.cancellation_reason == "No longer needed"


async def test_end_to_end_requested_rejected_wrong_secret_and_template() -> None:
    """A plain ASGI server: pending bookings, a wrong secret (401) and a payload template."""
    handler = Recorder()
    receiver = wh.WebhookReceiver(handler, secret=SECRET)
    fake = FakeCalcom(api_keys=[KEY])
    async with (
        serve(receiver, lifespan="on") as base,
        AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=fake.transport()) as cal,
    ):
        await cal.schedules.create(name="Hours", time_zone="UTC", is_default=True)
        vetted = await cal.event_types.create(
            title="Vetted",
            slug="vetted",
            length_in_minutes=30,
            extra={"confirmationPolicy": {"type": "always"}},
        )
        triggers: list[Any] = ["BOOKING_REQUESTED", "BOOKING_REJECTED"]
        await cal.webhooks.create(subscriber_url=f"{base}/good", triggers=triggers, secret=SECRET)
        await cal.webhooks.create(
            subscriber_url=f"{base}/wrong", triggers=triggers, secret="another-secret"
        )
        await cal.webhooks.create(
            subscriber_url=f"{base}/template",
            triggers=["BOOKING_REQUESTED"],
            secret=SECRET,
            payload_template="uid={{uid}}&title={{title}}",
        )
        (start,) = await _first_free_slots(cal, vetted.id, 1)
        pending = await cal.bookings.create(
            event_type_id=vetted.id,
            start=start,
            attendee=Attendee(name="Grace", email="grace@example.com", time_zone="UTC"),
        )
        await fake.wait_for_deliveries(3)
        await cal.bookings.decline(pending.uid, reason="Fully booked")
        deliveries = await fake.wait_for_deliveries(5)
        await fake.aclose()

    by_url = {(d.url.rsplit("/", 1)[1], d.trigger_event): d.status_code for d in deliveries}
    assert by_url == {
        ("good", "BOOKING_REQUESTED"): 200,
        ("good", "BOOKING_REJECTED"): 200,
        ("wrong", "BOOKING_REQUESTED"): 401,
        ("wrong", "BOOKING_REJECTED"): 401,
        ("template", "BOOKING_REQUESTED"): 200,
    }
    typed = [e for e in handler.events if not isinstance(e, wh.CustomPayload)]
    raw = [e for e in handler.events if isinstance(e, wh.CustomPayload)]
    assert [type(e) for e in typed] == [wh.BookingRequested, wh.BookingRejected]
    assert all(e.payload.uid == pending.uid for e in typed)
    assert typed[0].payload.status == "PENDING"
    assert len(raw) == 1 and raw[0].text.startswith(f"uid={pending.uid}&title=")
