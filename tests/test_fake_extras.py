"""More FakeCalcom behaviour: lookups by slug, dynamic groups, seeding helpers, trio."""

from __future__ import annotations

from datetime import datetime, timezone

import httpx
import pytest

from calcom_async.testing import (
    Availability,
    FakeCalcom,
    FakeClock,
    Host,
    Override,
    is_loopback_url,
)

UTC = timezone.utc
KEY = "cal_test_alpha"
KEY2 = "cal_test_beta"
T0 = datetime(2050, 9, 1, 12, 0, tzinfo=UTC)
MONDAY = "2050-09-05"
V_BOOK = {"cal-api-version": "2024-08-13"}
V_ET = {"cal-api-version": "2024-06-14"}
V_SLOTS = {"cal-api-version": "2024-09-04"}


def make_fake() -> FakeCalcom:
    return FakeCalcom(api_keys=[KEY, KEY2], clock=FakeClock(T0))


async def test_slots_by_slug_and_username_and_team_slug() -> None:
    fake = make_fake()
    u1, u2 = fake.users
    for u in (u1, u2):
        fake.state.add_schedule(u.id, time_zone="UTC")
    personal = fake.state.add_event_type(u1.id, title="Chat", slug="chat", length_in_minutes=30)
    team_et = fake.state.add_team_event_type(
        fake.team.id, title="Demo", slug="demo", scheduling_type="roundRobin"
    )
    window = {"start": "2050-09-05T09:00:00Z", "end": "2050-09-05T09:30:00Z"}
    async with fake.client(KEY) as c:
        r = await c.get(
            "/v2/slots",
            params={"eventTypeSlug": "chat", "username": u1.username, **window},
            headers=V_SLOTS,
        )
        assert r.json()["data"] == {
            MONDAY: [{"start": "2050-09-05T09:00:00.000Z"}, {"start": "2050-09-05T09:30:00.000Z"}]
        }
        r = await c.get(
            "/v2/slots",
            params={"eventTypeSlug": "demo", "teamSlug": fake.team.slug, **window},
            headers=V_SLOTS,
        )
        assert len(r.json()["data"][MONDAY]) == 2
        # Book by slug + username.
        r = await c.post(
            "/v2/bookings",
            json={
                "start": "2050-09-05T09:00:00Z",
                "eventTypeSlug": "chat",
                "username": u1.username,
                "attendee": {"name": "Bo", "phoneNumber": "+4915112345678", "timeZone": "UTC"},
            },
            headers=V_BOOK,
        )
        assert r.status_code == 201, r.text
        assert r.json()["data"]["attendees"][0]["phoneNumber"] == "+4915112345678"
        # Dynamic group (usernames): both must be free; u1 is busy at 09:00.
        r = await c.get(
            "/v2/slots",
            params={"usernames": f"{u1.username},{u2.username}", "duration": 30, **window},
            headers=V_SLOTS,
        )
        assert r.json()["data"] == {MONDAY: [{"start": "2050-09-05T09:30:00.000Z"}]}
        # Event types of another user by username (public list).
        r = await c.get("/v2/event-types", params={"username": u1.username}, headers=V_ET)
        assert [e["id"] for e in r.json()["data"]] == [personal.id]
    assert team_et.assign_all_team_members


async def test_slot_interval_length_options_and_buffers() -> None:
    fake = make_fake()
    u1 = fake.users[0]
    fake.state.add_schedule(
        u1.id,
        time_zone="UTC",
        availability=[Availability(days=["Monday"], start_time="09:00", end_time="11:00")],
        overrides=[Override(date="2050-09-12", start_time="00:00", end_time="00:00")],
    )
    et = fake.state.add_event_type(
        u1.id,
        length_in_minutes=60,
        slot_interval=30,
        length_in_minutes_options=[30, 60],
        after_event_buffer=30,
    )
    async with fake.client(KEY) as c:
        r = await c.get(
            "/v2/slots",
            params={"eventTypeId": et.id, "start": MONDAY, "end": "2050-09-12"},
            headers=V_SLOTS,
        )
        data = r.json()["data"]
        assert [s["start"][11:16] for s in data[MONDAY]] == ["09:00", "09:30", "10:00"]
        assert "2050-09-12" not in data  # blocked by the all-day override
        r = await c.get(
            "/v2/slots",
            params={"eventTypeId": et.id, "start": MONDAY, "end": MONDAY, "duration": 30},
            headers=V_SLOTS,
        )
        assert len(r.json()["data"][MONDAY]) == 4
        r = await c.post(
            "/v2/bookings",
            json={
                "start": "2050-09-05T09:00:00Z",
                "eventTypeId": et.id,
                "lengthInMinutes": 30,
                "attendee": {"name": "A", "email": "a@example.com", "timeZone": "UTC"},
            },
            headers=V_BOOK,
        )
        assert r.status_code == 201 and r.json()["data"]["duration"] == 30
    # The 30-minute after-event buffer pads the 09:00-09:30 booking (and each candidate).
    async with fake.client(KEY) as c:
        r = await c.get(
            "/v2/slots",
            params={"eventTypeId": et.id, "start": MONDAY, "end": MONDAY},
            headers=V_SLOTS,
        )
        assert [s["start"][11:16] for s in r.json()["data"][MONDAY]] == ["10:00"]


async def test_round_robin_priority_and_mandatory_hosts() -> None:
    fake = make_fake()
    u1, u2 = fake.users
    u3 = fake.state.add_user(team_ids=[fake.team.id], time_zone="UTC")
    for u in (u1, u2, u3):
        fake.state.add_schedule(u.id, time_zone="UTC")
    et = fake.state.add_team_event_type(
        fake.team.id,
        scheduling_type="roundRobin",
        hosts=[Host(u1.id, mandatory=True), Host(u2.id), Host(u3.id, priority="high")],
    )
    body = {
        "start": "2050-09-05T09:00:00Z",
        "eventTypeId": et.id,
        "attendee": {"name": "A", "email": "a@example.com", "timeZone": "UTC"},
    }
    async with fake.client(KEY) as c:
        r = await c.post("/v2/bookings", json=body, headers=V_BOOK)
        assert r.status_code == 201
        assert [h["id"] for h in r.json()["data"]["hosts"]] == [u1.id, u3.id]  # mandatory + high
        # The mandatory host is now busy at 09:00: nobody else can take it.
        r = await c.post("/v2/bookings", json=body, headers=V_BOOK)
        assert r.status_code == 400


async def test_webhook_payload_template_and_no_secret() -> None:
    fake = make_fake()
    u1 = fake.users[0]
    fake.state.add_schedule(u1.id, time_zone="UTC")
    et = fake.state.add_event_type(u1.id)
    hook = fake.state.add_webhook(
        u1.id, "https://example.com/x", payload_template='{"t":"{{triggerEvent}}","u":"{{uid}}"}'
    )
    async with fake.client(KEY) as c:
        r = await c.post(
            "/v2/bookings",
            json={
                "start": "2050-09-05T09:00:00Z",
                "eventTypeId": et.id,
                "attendee": {"name": "A", "email": "a@example.com", "timeZone": "UTC"},
            },
            headers=V_BOOK,
        )
        uid = r.json()["data"]["uid"]
    (d,) = await fake.wait_for_deliveries(1)
    assert d.webhook_id == hook.id and d.signature == "no-secret-provided"
    assert d.body == f'{{"t":"BOOKING_CREATED","u":"{uid}"}}'.encode()
    assert d.error is not None and not d.ok  # refused: not a loopback host
    assert is_loopback_url("http://localhost:8000/x") and is_loopback_url("http://[::1]:1/")
    assert not is_loopback_url("http://10.0.0.1/") and not is_loopback_url("ftp://127.0.0.1/")


def test_in_process_under_trio() -> None:
    trio = pytest.importorskip("trio")

    async def main() -> None:
        fake = make_fake()
        u1 = fake.users[0]
        fake.state.add_schedule(u1.id, time_zone="UTC")
        et = fake.state.add_event_type(u1.id)
        fake.state.add_webhook(u1.id, "https://example.com/hook", secret="s")
        async with httpx.AsyncClient(
            transport=fake.transport(),
            base_url="http://calcom.fake",
            headers={"Authorization": f"Bearer {KEY}"},
        ) as c:
            r = await c.post(
                "/v2/bookings",
                json={
                    "start": "2050-09-05T09:00:00Z",
                    "eventTypeId": et.id,
                    "attendee": {"name": "A", "email": "a@example.com", "timeZone": "UTC"},
                },
                headers=V_BOOK,
            )
            assert r.status_code == 201
        (d,) = await fake.wait_for_deliveries(1, timeout=5)
        assert d.error is not None and "loopback" in d.error

    trio.run(main)
