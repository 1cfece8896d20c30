"""FakeCalcom(drift=...): Cal.com's quirks on demand, and the SDK meeting them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from calcom_async import AsyncCalcom
from calcom_async.testing import Drift, FakeCalcom, FakeClock
from calcom_async.testing._drift import EXTRA_FIELDS, UNKNOWN_LOCATION, UNKNOWN_TRIGGER

UTC = timezone.utc
KEY = "cal_test_alpha"
KEY2 = "cal_test_beta"
T0 = datetime(2050, 9, 1, 12, 0, tzinfo=UTC)
MONDAY_9 = datetime(2050, 9, 5, 9, 0, tzinfo=UTC)
V_BOOK = {"cal-api-version": "2024-08-13"}
V_ET = {"cal-api-version": "2024-06-14"}
V_SLOTS = {"cal-api-version": "2024-09-04"}


def make(drift: Drift | bool | None) -> tuple[FakeCalcom, int]:
    fake = FakeCalcom(api_keys=[KEY, KEY2], clock=FakeClock(T0), drift=drift)
    user = fake.users[0]
    fake.state.add_schedule(user.id, time_zone="UTC")
    et = fake.state.add_event_type(user.id, title="Intro", length_in_minutes=30)
    return fake, et.id


def has_extra(obj: dict[str, Any]) -> bool:
    return all(obj.get(k) == v for k, v in EXTRA_FIELDS.items())


async def test_no_drift_by_default() -> None:
    fake, et_id = make(None)
    async with fake.client(KEY) as c:
        me = (await c.get("/v2/me")).json()["data"]
        et = (await c.get(f"/v2/event-types/{et_id}", headers=V_ET)).json()["data"]
        assert (await c.get("/v2/bookings")).status_code == 400  # strict about the version
    assert not set(EXTRA_FIELDS) & set(me)
    assert UNKNOWN_LOCATION not in et["locations"]
    assert fake.drift == Drift()


async def test_extra_fields_on_every_record_and_in_webhook_payloads() -> None:
    fake, et_id = make(Drift(extra_fields=True))
    fake.state.add_webhook(fake.users[0].id, "https://example.com/hook")
    body = {
        "start": "2050-09-05T09:00:00Z",
        "eventTypeId": et_id,
        "attendee": {"name": "Ada", "email": "ada@example.com", "timeZone": "UTC"},
    }
    async with fake.client(KEY) as c:
        assert has_extra((await c.get("/v2/me")).json()["data"])
        created = (await c.post("/v2/bookings", json=body, headers=V_BOOK)).json()["data"]
        assert has_extra(created)
        assert has_extra(created["hosts"][0]) and has_extra(created["attendees"][0])
        listed = (await c.get("/v2/bookings", headers=V_BOOK)).json()
        assert has_extra(listed["data"][0])
        assert not set(EXTRA_FIELDS) & set(listed["pagination"])  # envelopes are left alone
        days = (
            await c.get(
                "/v2/slots",
                params={"eventTypeId": et_id, "start": "2050-09-05", "end": "2050-09-05"},
                headers=V_SLOTS,
            )
        ).json()["data"]
        assert set(days) == {"2050-09-05"} and all(has_extra(s) for s in days["2050-09-05"])
        error = (await c.get("/v2/bookings/nope", headers=V_BOOK)).json()
        assert not set(EXTRA_FIELDS) & set(error["error"])
    (delivery,) = await fake.wait_for_deliveries(1)
    assert has_extra(json.loads(delivery.body)["payload"])


async def test_unknown_location_kind_and_trigger() -> None:
    fake, et_id = make(Drift(unknown_values=True))
    async with fake.client(KEY) as c:
        et = (await c.get(f"/v2/event-types/{et_id}", headers=V_ET)).json()["data"]
        assert et["locations"][-1] == UNKNOWN_LOCATION
        hook = {"subscriberUrl": "https://example.com/h", "triggers": ["BOOKING_CREATED"]}
        r = await c.post("/v2/webhooks", json={**hook, "active": True})
        assert r.json()["data"]["triggers"] == ["BOOKING_CREATED", UNKNOWN_TRIGGER]
    stored = next(iter(fake.state.webhooks.values()))
    assert stored.triggers == ["BOOKING_CREATED"]  # only the answer drifts, not the state


async def test_missing_version_falls_back_silently_and_ignores_attendee_email() -> None:
    fake, et_id = make(Drift(version_fallback=True))
    for i, email in enumerate(("ada@example.com", "bob@example.com")):
        fake.state.add_booking(et_id, MONDAY_9 + timedelta(hours=i), attendee_email=email)
    async with fake.client(KEY) as c:
        r = await c.get(f"/v2/event-types/{et_id}")
        assert r.status_code == 200 and r.json()["data"]["id"] == et_id
        strict = await c.get(
            "/v2/bookings", params={"attendeeEmail": "ada@example.com"}, headers=V_BOOK
        )
        assert strict.json()["pagination"]["totalItems"] == 1
        fell_back = await c.get("/v2/bookings", params={"attendeeEmail": "ada@example.com"})
        assert fell_back.status_code == 200
        assert fell_back.json()["pagination"]["totalItems"] == 2  # the filter was ignored
        wrong = await c.get("/v2/bookings", headers={"cal-api-version": "2024-04-15"})
        assert wrong.status_code == 400  # a wrong value is still refused
    assert fake.stats.version_fallbacks == 2


async def test_awaiting_host_and_unknown_host_are_rendered_like_calcom() -> None:
    fake, et_id = make(None)
    u2 = fake.users[1]
    waiting = fake.state.add_booking(et_id, MONDAY_9, status="awaiting_host")
    orphan = fake.state.add_booking(et_id, MONDAY_9 + timedelta(hours=2), host_ids=[u2.id])
    removed = fake.state.remove_user(u2.id)
    assert removed.id == u2.id and KEY2 not in fake.state.api_keys
    async with fake.client(KEY) as c:
        r = await c.get(f"/v2/bookings/{waiting.uid}", headers=V_BOOK)
        assert r.json()["data"]["status"] == "awaiting_host"
        r = await c.get(f"/v2/bookings/{orphan.uid}", headers=V_BOOK)
        assert r.json()["data"]["hosts"] == [
            {"id": "unknown", "name": "unknown", "email": "unknown", "username": "unknown"}
        ]
        # An instant meeting waiting for its host does not block the slot.
        days = (
            await c.get(
                "/v2/slots",
                params={
                    "eventTypeId": et_id,
                    "start": "2050-09-05T09:00:00Z",
                    "end": "2050-09-05T09:00:00Z",
                },
                headers=V_SLOTS,
            )
        ).json()["data"]
        assert days == {"2050-09-05": [{"start": "2050-09-05T09:00:00.000Z"}]}
        assert (
            await c.get("/v2/me", headers={"Authorization": f"Bearer {KEY2}"})
        ).status_code == 401


def test_drift_argument() -> None:
    assert FakeCalcom(drift=True).drift == Drift.all()
    assert FakeCalcom(drift=False).drift == Drift()
    with pytest.raises(TypeError):
        FakeCalcom(drift="all")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- through the SDK
async def test_sdk_keeps_extra_fields_and_unknown_values() -> None:
    fake, et_id = make(True)
    fake.state.add_webhook(fake.users[0].id, "https://example.com/h")
    async with AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=fake.transport()) as cal:
        me = await cal.me.get()
        assert me.additional_properties["driftNote"] == EXTRA_FIELDS["driftNote"]
        event_type = await cal.event_types.get(et_id)
        assert event_type.id == et_id
        hooks = await cal.webhooks.list().to_list()
        assert len(hooks) == 1


async def test_sdk_reads_a_booking_awaiting_its_host() -> None:
    fake, et_id = make(None)
    waiting = fake.state.add_booking(et_id, MONDAY_9, status="awaiting_host")
    async with AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=fake.transport()) as cal:
        booking = await cal.bookings.get(waiting.uid)
    assert str(booking.status) == "awaiting_host"


async def test_sdk_reads_a_booking_whose_host_is_gone() -> None:
    fake, et_id = make(None)
    orphan = fake.state.add_booking(et_id, MONDAY_9, host_ids=[fake.users[1].id])
    fake.state.remove_user(fake.users[1].id)
    async with AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=fake.transport()) as cal:
        booking = await cal.bookings.get(orphan.uid)
    assert booking.uid == orphan.uid
    assert [h.id for h in booking.hosts] == ["unknown"]


async def test_raw_httpx_sees_the_same_booking() -> None:
    fake, et_id = make(None)
    waiting = fake.state.add_booking(et_id, MONDAY_9, status="awaiting_host")
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://x") as c:
        r = await c.get(
            f"/v2/bookings/{waiting.uid}", headers={"Authorization": f"Bearer {KEY}", **V_BOOK}
        )
    assert r.status_code == 200 and r.json()["data"]["uid"] == waiting.uid
