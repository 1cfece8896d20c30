"""FakeCalcom's webhook deliveries: Cal.com's payload shapes per trigger, headers, signatures."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Any

import pytest
import uvicorn
from starlette.requests import Request
from starlette.responses import Response

from calcom_async import verify_webhook_signature
from calcom_async.testing import FakeCalcom, FakeClock
from calcom_async.testing._serve import listening_socket

UTC = timezone.utc
KEY = "cal_test_alpha"
T0 = datetime(2050, 9, 1, 12, 0, tzinfo=UTC)
V_BOOK = {"cal-api-version": "2024-08-13"}
ALL = [
    "BOOKING_CREATED",
    "BOOKING_REQUESTED",
    "BOOKING_CANCELLED",
    "BOOKING_RESCHEDULED",
    "BOOKING_REJECTED",
    "MEETING_STARTED",
    "MEETING_ENDED",
    "BOOKING_NO_SHOW_UPDATED",
    "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
    "RECORDING_READY",
]


def make() -> tuple[FakeCalcom, int]:
    fake = FakeCalcom(api_keys=[KEY], clock=FakeClock(T0))
    user = fake.users[0]
    fake.state.add_schedule(user.id, time_zone="Europe/Berlin")
    et = fake.state.add_event_type(user.id, title="Intro", length_in_minutes=30)
    return fake, et.id


def booking_body(et_id: int, start: str = "2050-09-05T08:00:00Z") -> dict[str, Any]:
    return {
        "start": start,
        "eventTypeId": et_id,
        "attendee": {"name": "Ada", "email": "ada@example.com", "timeZone": "America/New_York"},
        "bookingFieldsResponses": {"notes": "hi", "company": "ACME"},
    }


def payloads(fake: FakeCalcom) -> dict[str, dict[str, Any]]:
    return {d.trigger_event: json.loads(d.body)["payload"] for d in fake.state.deliveries}


@asynccontextmanager
async def receiver() -> AsyncIterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    received: list[tuple[dict[str, str], bytes]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        received.append((dict(request.headers), await request.body()))
        await Response(status_code=200)(scope, receive, send)

    sock = listening_socket()
    config = uvicorn.Config(app, lifespan="off", log_level="warning", log_config=None)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes only a flag
        await asyncio.sleep(0.002)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/hook", received
    finally:
        server.should_exit = True
        await task
        sock.close()


async def test_headers_on_the_wire_signed_and_unsigned() -> None:
    fake, et_id = make()
    user = fake.users[0]
    async with receiver() as (url, received):
        fake.state.add_webhook(user.id, url, triggers=["BOOKING_CREATED"], secret="s3cret")
        fake.state.add_webhook(user.id, url + "?plain", triggers=["BOOKING_CREATED"])
        async with fake.client(KEY) as c:
            r = await c.post("/v2/bookings", json=booking_body(et_id), headers=V_BOOK)
            assert r.status_code == 201
        deliveries = await fake.wait_for_deliveries(2, ok_only=True)
        await fake.aclose()
    assert len(deliveries) == len(received) == 2
    by_signature = {h["x-cal-signature-256"]: (h, body) for h, body in received}
    assert "no-secret-provided" in by_signature
    signed = [v for k, v in by_signature.items() if k != "no-secret-provided"]
    (headers, body) = signed[0]
    assert verify_webhook_signature("s3cret", body, headers["x-cal-signature-256"])
    for h, _ in received:
        assert h["x-cal-webhook-version"] == "2021-10-20"
        assert h["content-type"] == "application/json"


async def test_booking_lifecycle_payloads() -> None:
    fake, et_id = make()
    user = fake.users[0]
    fake.state.add_webhook(user.id, "https://example.com/h", triggers=ALL)
    async with fake.client(KEY) as c:
        created = (await c.post("/v2/bookings", json=booking_body(et_id), headers=V_BOOK)).json()
        uid = created["data"]["uid"]
        moved = await c.post(
            f"/v2/bookings/{uid}/reschedule",
            json={"start": "2050-09-05T10:00:00Z", "rescheduledBy": "ada@example.com"},
            headers=V_BOOK,
        )
        new_uid = moved.json()["data"]["uid"]
        await c.post(
            f"/v2/bookings/{new_uid}/cancel", json={"cancellationReason": "ill"}, headers=V_BOOK
        )
    got = payloads(fake)
    assert set(got) == {"BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"}
    event = got["BOOKING_CREATED"]
    assert event["uid"] == uid and event["bookingId"] == created["data"]["id"]
    assert (event["startTime"], event["endTime"]) == (
        "2050-09-05T08:00:00.000Z",
        "2050-09-05T08:30:00.000Z",
    )
    assert event["status"] == "ACCEPTED" and event["type"] == "intro"
    assert event["organizer"]["email"] == user.email and event["organizer"]["utcOffset"] == 60
    assert event["attendees"][0]["utcOffset"] == -240  # New York in September
    assert event["responses"]["company"] == {"label": "company", "value": "ACME"}
    assert set(event["userFieldsResponses"]) == {"company"}
    assert event["eventTitle"] == "Intro" and event["length"] == 30
    assert "start" not in event and "end" not in event
    rescheduled = got["BOOKING_RESCHEDULED"]
    assert rescheduled["uid"] == new_uid and rescheduled["rescheduleUid"] == uid
    assert rescheduled["rescheduleStartTime"] == "2050-09-05T08:00:00.000Z"
    assert rescheduled["rescheduledBy"] == "ada@example.com"
    cancelled = got["BOOKING_CANCELLED"]
    assert cancelled["status"] == "CANCELLED" and cancelled["cancellationReason"] == "ill"
    assert cancelled["cancelledBy"] == user.email and cancelled["requestReschedule"] is False


async def test_requested_and_rejected_payloads() -> None:
    fake, et_id = make()
    fake.state.event_types[et_id].requires_confirmation = True
    fake.state.add_webhook(fake.users[0].id, "https://example.com/h", triggers=ALL)
    async with fake.client(KEY) as c:
        uid = (await c.post("/v2/bookings", json=booking_body(et_id), headers=V_BOOK)).json()[
            "data"
        ]["uid"]
        await c.post(f"/v2/bookings/{uid}/decline", json={"reason": "busy"}, headers=V_BOOK)
    got = payloads(fake)
    assert got["BOOKING_REQUESTED"]["status"] == "PENDING"
    assert got["BOOKING_REQUESTED"]["requiresConfirmation"] is True
    assert got["BOOKING_REJECTED"]["status"] == "REJECTED"
    assert got["BOOKING_REJECTED"]["rejectionReason"] == "busy"


async def test_triggers_without_an_api_cause_via_emit_webhook() -> None:
    fake, et_id = make()
    hook = fake.state.add_webhook(fake.users[0].id, "https://example.com/h", triggers=ALL)
    hook.time, hook.time_unit = 5, "MINUTE"
    booking = fake.state.add_booking(et_id, datetime(2050, 9, 5, 8, 0, tzinfo=UTC))
    booking.attendees[0].absent = True
    for trigger in (
        "MEETING_STARTED",
        "BOOKING_NO_SHOW_UPDATED",
        "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
        "RECORDING_READY",
    ):
        (delivery,) = fake.emit_webhook(trigger, booking.uid)
        assert delivery.trigger_event == trigger
    fake.emit_webhook("MEETING_ENDED", booking)
    got = payloads(fake)
    started = got["MEETING_STARTED"]
    assert "uid" not in started  # Cal.com sends the booking row, without its uid
    assert started["id"] == booking.id and started["status"] == "ACCEPTED"
    assert started["startTime"] == "2050-09-05T08:00:00.000Z"
    assert started["user"]["id"] == fake.users[0].id and started["eventType"]["id"] == et_id
    assert started["attendees"][0]["email"] == "attendee@example.com"
    assert got["MEETING_ENDED"].keys() == started.keys()
    assert got["BOOKING_NO_SHOW_UPDATED"] == {
        "bookingUid": booking.uid,
        "bookingId": booking.id,
        "attendees": [{"email": "attendee@example.com", "noShow": True}],
        "message": "Attendees no-show status updated",
    }
    assert got["AFTER_HOSTS_CAL_VIDEO_NO_SHOW"] == {
        "bookingId": booking.id,
        "webhook": {
            "id": hook.id,
            "subscriberUrl": "https://example.com/h",
            "time": 5,
            "timeUnit": "MINUTE",
        },
    }
    assert got["RECORDING_READY"]["downloadLink"].startswith("https://")
    with pytest.raises(ValueError, match="not a booking trigger"):
        fake.emit_webhook("OOO_CREATED", booking)
    with pytest.raises(KeyError):
        fake.emit_webhook("MEETING_STARTED", "no-such-uid")


async def test_templates_event_type_webhooks_and_inactive_ones() -> None:
    fake, et_id = make()
    user = fake.users[0]
    other_et = fake.state.add_event_type(user.id, title="Other", length_in_minutes=30)
    form = fake.state.add_webhook(
        user.id, "https://example.com/form", payload_template="uid={{uid}}&who={{organizer.name}}"
    )
    as_json = fake.state.add_webhook(
        user.id, "https://example.com/json", payload_template='{"u":"{{uid}}"}'
    )
    scoped = fake.state.add_webhook(user.id, "https://example.com/et")
    scoped.event_type_id = other_et.id
    fake.state.add_webhook(user.id, "https://example.com/off", active=False)
    async with fake.client(KEY) as c:
        uid = (await c.post("/v2/bookings", json=booking_body(et_id), headers=V_BOOK)).json()[
            "data"
        ]["uid"]
        # The event type's webhook is not a user webhook: not listed, not fired here.
        listed = (await c.get("/v2/webhooks")).json()["data"]
        assert scoped.id not in {w["id"] for w in listed}
        assert (await c.get(f"/v2/webhooks/{scoped.id}")).status_code == 404
        await c.post(
            "/v2/bookings",
            json=booking_body(other_et.id, "2050-09-05T12:00:00Z"),
            headers=V_BOOK,
        )
    by_hook: dict[int, list[Any]] = {}
    for d in fake.state.deliveries:
        by_hook.setdefault(d.webhook_id, []).append(d)
    first = by_hook[form.id][0]
    assert first.content_type == "application/x-www-form-urlencoded"
    assert first.body == f"uid={uid}&who={user.name}".encode()
    assert by_hook[as_json.id][0].content_type == "application/json"
    assert [json.loads(d.body)["triggerEvent"] for d in by_hook[scoped.id]] == ["BOOKING_CREATED"]
    assert len(by_hook[form.id]) == 2 and len(fake.state.deliveries) == 5
