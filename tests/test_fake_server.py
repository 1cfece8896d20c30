"""Tests of calcom_async.testing.FakeCalcom through raw httpx clients."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.requests import Request
from starlette.responses import JSONResponse

from calcom_async.testing import (
    CONFLICT_MESSAGE,
    TEAM_CONFLICT_MESSAGE,
    FakeCalcom,
    FakeClock,
    Faults,
    Host,
    verify_signature,
)

UTC = timezone.utc
KEY = "cal_test_alpha"
KEY2 = "cal_test_beta"
T0 = datetime(2050, 9, 1, 12, 0, tzinfo=UTC)  # Thursday before the test week
MONDAY = "2050-09-05"

V_BOOK = {"cal-api-version": "2024-08-13"}
V_ET = {"cal-api-version": "2024-06-14"}
V_SCHED = {"cal-api-version": "2024-06-11"}
V_SLOTS = {"cal-api-version": "2024-09-04"}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def fake(clock: FakeClock) -> FakeCalcom:
    return FakeCalcom(api_keys=[KEY, KEY2], clock=clock)


@pytest.fixture
async def client(fake: FakeCalcom) -> AsyncIterator[httpx.AsyncClient]:
    async with fake.client(KEY) as c:
        yield c


def berlin_setup(fake: FakeCalcom, length: int = 60) -> tuple[int, int]:
    """User 1 with a Europe/Berlin Mon-Fri 09-17 schedule and an event type; (user, et)."""
    user = fake.user_for_key(KEY)
    fake.state.add_schedule(user.id, time_zone="Europe/Berlin")
    et = fake.state.add_event_type(user.id, title="Intro", length_in_minutes=length)
    return user.id, et.id


def booking_body(
    et_id: int, start: str, email: str = "ada@example.com", **extra: Any
) -> dict[str, Any]:
    return {
        "start": start,
        "eventTypeId": et_id,
        "attendee": {"name": "Ada Lovelace", "email": email, "timeZone": "Europe/London"},
        **extra,
    }


async def slots(client: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    r = await client.get("/v2/slots", params=params, headers=V_SLOTS)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


# ---------------------------------------------------------------------------- basics
async def test_auth_is_required(fake: FakeCalcom) -> None:
    async with fake.client() as c:
        for headers in ({}, {"Authorization": "Bearer cal_wrong"}, {"Authorization": "Bearer x"}):
            r = await c.get("/v2/me", headers=headers)
            assert r.status_code == 401
            body = r.json()
            assert body["status"] == "error"
            assert body["path"] == "/v2/me"
            assert body["error"]["code"] == "UnauthorizedException"
            assert "timestamp" in body
            assert r.headers["x-request-id"]


async def test_unknown_route_is_nest_style_404(client: httpx.AsyncClient) -> None:
    r = await client.get("/v2/nope")
    assert r.status_code == 404
    assert r.json()["error"]["message"] == "Cannot GET /v2/nope"
    r = await client.put("/v2/me")
    assert r.status_code == 404


async def test_version_header_is_checked_strictly(client: httpx.AsyncClient) -> None:
    r = await client.get("/v2/bookings")
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["code"] == "BadRequestException"
    assert "2024-08-13" in err["message"]
    r = await client.get("/v2/schedules", headers={"cal-api-version": "2024-08-13"})
    assert r.status_code == 400 and "2024-06-11" in r.json()["error"]["message"]
    assert (await client.get("/v2/bookings", headers=V_BOOK)).status_code == 200
    assert (await client.get("/v2/me")).status_code == 200  # no version for /me


async def test_me(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    r = await client.get("/v2/me")
    assert r.status_code == 200
    me = r.json()["data"]
    user = fake.user_for_key(KEY)
    assert me["id"] == user.id and me["email"] == user.email and me["username"] == user.username
    assert me["timeZone"] == "Europe/London"
    assert me["defaultScheduleId"] is None
    assert me["organizationId"] == fake.organization.id
    assert me["organization"] == {"isPlatform": False, "id": fake.organization.id}
    assert user.id in fake.team.members


# ---------------------------------------------------------------------------- schedules
async def test_first_schedule_becomes_default(client: httpx.AsyncClient) -> None:
    body = {"name": "Work", "timeZone": "Europe/Berlin", "isDefault": False}
    r = await client.post("/v2/schedules", json=body, headers=V_SCHED)
    assert r.status_code == 201, r.text
    first = r.json()["data"]
    assert first["isDefault"] is True
    assert first["availability"] == [
        {
            "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            "startTime": "09:00",
            "endTime": "17:00",
        }
    ]
    assert first["overrides"] == [] and first["ownerId"] > 0
    second = (
        await client.post(
            "/v2/schedules",
            json={
                "name": "Evenings",
                "timeZone": "UTC",
                "isDefault": False,
                "availability": [{"days": ["Saturday"], "startTime": "18:00", "endTime": "20:00"}],
                "overrides": [{"date": "2050-09-06", "startTime": "10:00", "endTime": "11:00"}],
            },
            headers=V_SCHED,
        )
    ).json()["data"]
    assert second["isDefault"] is False
    default = (await client.get("/v2/schedules/default", headers=V_SCHED)).json()["data"]
    assert default["id"] == first["id"]
    assert (await client.get("/v2/me")).json()["data"]["defaultScheduleId"] == first["id"]
    listed = (await client.get("/v2/schedules", headers=V_SCHED)).json()["data"]
    assert [s["id"] for s in listed] == [first["id"], second["id"]]
    r = await client.patch(
        f"/v2/schedules/{second['id']}", json={"isDefault": True}, headers=V_SCHED
    )
    assert r.status_code == 200 and r.json()["data"]["isDefault"] is True
    r = await client.delete(f"/v2/schedules/{first['id']}", headers=V_SCHED)
    assert r.status_code == 200 and r.json() == {"status": "success"}
    assert (await client.get(f"/v2/schedules/{first['id']}", headers=V_SCHED)).status_code == 404


async def test_schedule_validation_names_the_field(client: httpx.AsyncClient) -> None:
    bad = {
        "name": "X",
        "timeZone": "Europe/Berlin",
        "isDefault": True,
        "availability": [{"days": [1, 2], "startTime": "09:00", "endTime": "17:00"}],
    }
    r = await client.post("/v2/schedules", json=bad, headers=V_SCHED)
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["code"] == "BadRequestException"
    assert err["details"]["field"] == "availability.0.days"
    r = await client.post(
        "/v2/schedules",
        json={"name": "X", "timeZone": "Mars/Base", "isDefault": True},
        headers=V_SCHED,
    )
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "timeZone"
    r = await client.post(
        "/v2/schedules", json={"name": "X", "time_zone": "UTC", "isDefault": True}, headers=V_SCHED
    )
    assert r.status_code == 400 and "should not exist" in r.json()["error"]["message"]


# ---------------------------------------------------------------------------- event types
async def test_event_type_crud(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    body = {"title": "30 min", "slug": "30min", "lengthInMinutes": 30, "description": "Chat"}
    r = await client.post("/v2/event-types", json=body, headers=V_ET)
    assert r.status_code == 201, r.text
    et = r.json()["data"]
    user = fake.user_for_key(KEY)
    assert et["ownerId"] == user.id and et["lengthInMinutes"] == 30 and et["slug"] == "30min"
    assert et["scheduleId"] is None and et["users"][0]["id"] == user.id
    assert et["bookingUrl"].endswith(f"/{user.username}/30min")
    r = await client.post("/v2/event-types", json=body, headers=V_ET)
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "slug"
    r = await client.post("/v2/event-types", json={"title": "x", "slug": "x"}, headers=V_ET)
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "lengthInMinutes"
    r = await client.patch(
        f"/v2/event-types/{et['id']}", json={"lengthInMinutes": 45}, headers=V_ET
    )
    assert r.status_code == 200 and r.json()["data"]["lengthInMinutes"] == 45
    listed = (await client.get("/v2/event-types", headers=V_ET)).json()["data"]
    assert [e["id"] for e in listed] == [et["id"]]
    async with fake.client(KEY2) as other:
        r = await other.get(f"/v2/event-types/{et['id']}", headers=V_ET)
        assert r.status_code == 403
    r = await client.delete(f"/v2/event-types/{et['id']}", headers=V_ET)
    assert r.status_code == 200
    assert r.json()["data"] == {
        "id": et["id"],
        "lengthInMinutes": 45,
        "title": "30 min",
        "slug": "30min",
    }
    assert (await client.get(f"/v2/event-types/{et['id']}", headers=V_ET)).status_code == 404
    assert (await client.get("/v2/event-types/abc", headers=V_ET)).status_code == 400


# ---------------------------------------------------------------------------- slots
async def test_slots_in_berlin_week_with_override(
    client: httpx.AsyncClient, fake: FakeCalcom
) -> None:
    user_id, et_id = berlin_setup(fake)
    sched = fake.state.default_schedule(user_id)
    assert sched is not None
    fake.state.schedules[sched.id].overrides = []
    from calcom_async.testing import Override

    sched.overrides.append(Override(date="2050-09-07", start_time="10:00", end_time="12:00"))
    data = await slots(
        client, eventTypeId=et_id, start=MONDAY, end="2050-09-11", timeZone="Europe/Berlin"
    )
    assert list(data) == ["2050-09-05", "2050-09-06", "2050-09-07", "2050-09-08", "2050-09-09"]
    assert [s["start"] for s in data["2050-09-05"]] == [
        f"2050-09-05T{h:02d}:00:00.000+02:00" for h in range(9, 17)
    ]
    assert data["2050-09-07"] == [
        {"start": "2050-09-07T10:00:00.000+02:00"},
        {"start": "2050-09-07T11:00:00.000+02:00"},
    ]
    # The same instants seen from New York, grouped by New York dates, with end times.
    ny = await slots(
        client,
        eventTypeId=et_id,
        start=MONDAY,
        end="2050-09-05",
        timeZone="America/New_York",
        format="range",
    )
    assert ny["2050-09-05"][0] == {
        "start": "2050-09-05T03:00:00.000-04:00",
        "end": "2050-09-05T04:00:00.000-04:00",
    }
    assert len(ny["2050-09-05"]) == 8
    # UTC by default, with a Z suffix; explicit ISO bounds limit the range.
    utc = await slots(
        client, eventTypeId=et_id, start="2050-09-05T08:00:00Z", end="2050-09-05T10:00:00Z"
    )
    assert utc == {"2050-09-05": [{"start": f"2050-09-05T{h:02d}:00:00.000Z"} for h in (8, 9, 10)]}


async def test_slots_blocked_by_booking_and_past_excluded(
    client: httpx.AsyncClient, fake: FakeCalcom, clock: FakeClock
) -> None:
    user_id, et_id = berlin_setup(fake)
    short = fake.state.add_event_type(user_id, title="Short", length_in_minutes=30)
    r = await client.post(
        "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
    )
    assert r.status_code == 201, r.text
    uid = r.json()["data"]["uid"]
    data = await slots(
        client, eventTypeId=et_id, start=MONDAY, end=MONDAY, timeZone="Europe/Berlin"
    )
    starts = [s["start"][11:16] for s in data[MONDAY]]
    assert "10:00" not in starts and starts[:2] == ["09:00", "11:00"]
    # Another event type of the same host is blocked too (10:00 and 10:30 overlap the booking).
    data = await slots(
        client, eventTypeId=short.id, start=MONDAY, end=MONDAY, timeZone="Europe/Berlin"
    )
    starts = [s["start"][11:16] for s in data[MONDAY]]
    assert (
        "09:30" in starts and "10:00" not in starts and "10:30" not in starts and "11:00" in starts
    )
    # Rescheduling view: the booking being moved does not block its own slot.
    data = await slots(
        client,
        eventTypeId=et_id,
        start=MONDAY,
        end=MONDAY,
        timeZone="Europe/Berlin",
        bookingUidToReschedule=uid,
    )
    assert "10:00" in [s["start"][11:16] for s in data[MONDAY]]
    # Only future slots: move the clock to Monday 12:30 Berlin.
    clock.advance(datetime(2050, 9, 5, 10, 30, tzinfo=UTC) - T0)
    data = await slots(
        client, eventTypeId=et_id, start=MONDAY, end=MONDAY, timeZone="Europe/Berlin"
    )
    assert data[MONDAY][0]["start"] == "2050-09-05T13:00:00.000+02:00"


async def test_slots_validation(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    _, et_id = berlin_setup(fake)
    r = await client.get("/v2/slots", params={"eventTypeId": et_id, "end": MONDAY}, headers=V_SLOTS)
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "start"
    r = await client.get(
        "/v2/slots",
        params={"eventTypeId": et_id, "start": MONDAY, "end": MONDAY, "duration": 17},
        headers=V_SLOTS,
    )
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "duration"
    r = await client.get(
        "/v2/slots", params={"eventTypeId": 999999, "start": MONDAY, "end": MONDAY}, headers=V_SLOTS
    )
    assert r.status_code == 404


# ---------------------------------------------------------------------------- bookings
async def test_booking_created_and_double_booking_refused(
    client: httpx.AsyncClient, fake: FakeCalcom
) -> None:
    user_id, et_id = berlin_setup(fake)
    body = booking_body(
        et_id, "2050-09-05T08:00:00Z", metadata={"crm": "42"}, guests=["bob@example.com"]
    )
    r = await client.post("/v2/bookings", json=body, headers=V_BOOK)
    assert r.status_code == 201, r.text
    b = r.json()["data"]
    user = fake.state.users[user_id]
    assert b["status"] == "accepted"
    assert b["start"] == "2050-09-05T08:00:00.000Z" and b["end"] == "2050-09-05T09:00:00.000Z"
    assert b["duration"] == 60 and b["eventTypeId"] == et_id
    assert b["eventType"] == {"id": et_id, "slug": "intro"}
    assert b["hosts"] == [
        {
            "id": user.id,
            "name": user.name,
            "email": user.email,
            "displayEmail": user.email,
            "username": user.username,
            "timeZone": user.time_zone,
        }
    ]
    att = b["attendees"][0]
    assert (
        att["name"] == "Ada Lovelace"
        and att["email"] == "ada@example.com"
        and att["absent"] is False
    )
    assert b["guests"] == ["bob@example.com"] and b["metadata"] == {"crm": "42"}
    assert b["bookingFieldsResponses"]["email"] == "ada@example.com"
    for key in (
        "id",
        "uid",
        "title",
        "description",
        "location",
        "absentHost",
        "createdAt",
        "updatedAt",
    ):
        assert key in b
    assert "cancellationReason" not in b
    # Same slot again → 400 with Cal.com's message.
    r = await client.post(
        "/v2/bookings",
        json=booking_body(et_id, "2050-09-05T08:00:00Z", "x@example.com"),
        headers=V_BOOK,
    )
    assert r.status_code == 400
    assert r.json()["error"] == {
        "code": "BadRequestException",
        "message": CONFLICT_MESSAGE,
        "details": {"message": [CONFLICT_MESSAGE], "error": "Bad Request", "statusCode": 400},
    }
    # Overlapping but off-grid, outside availability (Saturday) → same answer.
    for start in ("2050-09-05T08:30:00Z", "2050-09-10T09:00:00Z", "2050-09-05T14:30:00Z"):
        r = await client.post("/v2/bookings", json=booking_body(et_id, start), headers=V_BOOK)
        assert r.status_code == 400 and r.json()["error"]["message"] == CONFLICT_MESSAGE, start
    # Off-grid but free and inside availability is allowed.
    r = await client.post(
        "/v2/bookings", json=booking_body(et_id, "2050-09-05T09:15:00Z"), headers=V_BOOK
    )
    assert r.status_code == 201
    # In the past.
    r = await client.post(
        "/v2/bookings", json=booking_body(et_id, "2050-08-01T08:00:00Z"), headers=V_BOOK
    )
    assert r.status_code == 400 and "past" in r.json()["error"]["message"]
    assert (await client.get(f"/v2/bookings/{b['uid']}", headers=V_BOOK)).json()["data"][
        "uid"
    ] == b["uid"]
    assert (await client.get("/v2/bookings/nope", headers=V_BOOK)).status_code == 404


async def test_concurrent_bookings_of_one_slot(fake: FakeCalcom) -> None:
    _, et_id = berlin_setup(fake)
    async with fake.client(KEY) as c:
        results = await asyncio.gather(
            *(
                c.post(
                    "/v2/bookings",
                    json=booking_body(et_id, "2050-09-06T08:00:00Z", f"p{i}@example.com"),
                    headers=V_BOOK,
                )
                for i in range(12)
            )
        )
    assert sorted(r.status_code for r in results) == [201] + [400] * 11


async def test_minimum_booking_notice(
    client: httpx.AsyncClient, fake: FakeCalcom, clock: FakeClock
) -> None:
    user_id, _ = berlin_setup(fake)
    et = fake.state.add_event_type(user_id, title="Notice", minimum_booking_notice=24 * 60)
    clock.advance(timedelta(days=3, hours=19))  # Monday 07:00Z
    r = await client.post(
        "/v2/bookings", json=booking_body(et.id, "2050-09-05T08:00:00Z"), headers=V_BOOK
    )
    assert r.status_code == 400 and "minimum booking notice" in r.json()["error"]["message"]
    assert await slots(client, eventTypeId=et.id, start=MONDAY, end=MONDAY) == {}
    data = await slots(client, eventTypeId=et.id, start="2050-09-06", end="2050-09-06")
    assert data["2050-09-06"][0]["start"] == "2050-09-06T07:00:00.000Z"


async def test_booking_body_validation(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    _, et_id = berlin_setup(fake)
    start = "2050-09-05T08:00:00Z"
    cases: list[tuple[dict[str, Any], str]] = [
        (booking_body(et_id, start, metadata={f"k{i}": "v" for i in range(51)}), "metadata"),
        (booking_body(et_id, start, metadata={"k" * 41: "v"}), "metadata"),
        (booking_body(et_id, start, metadata={"k": "v" * 501}), "metadata"),
        (booking_body(et_id, "tomorrow"), "start"),
        (
            {
                **booking_body(et_id, start),
                "attendee": {"name": "A", "timeZone": "Nowhere/X", "email": "a@b.co"},
            },
            "attendee.timeZone",
        ),
        (
            {
                **booking_body(et_id, start),
                "attendee": {"name": "A", "timeZone": "UTC", "email": "nope"},
            },
            "attendee.email",
        ),
        ({**booking_body(et_id, start), "event_type_id": 1}, "event_type_id"),
        (booking_body(et_id, start, lengthInMinutes=45), "lengthInMinutes"),
    ]
    for body, field in cases:
        r = await client.post("/v2/bookings", json=body, headers=V_BOOK)
        assert r.status_code == 400, (field, r.text)
        assert r.json()["error"]["details"]["field"] == field
    assert fake.state.bookings == {}
    r = await client.post(
        "/v2/bookings",
        json=booking_body(et_id, start, metadata={f"k{i}": "v" for i in range(50)}),
        headers=V_BOOK,
    )
    assert r.status_code == 201


async def test_list_bookings_filters_and_pagination(
    client: httpx.AsyncClient, fake: FakeCalcom
) -> None:
    _, et_id = berlin_setup(fake)
    uids = []
    for day in range(5, 10):
        for hour in (8, 10):
            email = "ada@example.com" if hour == 8 else "bob@example.com"
            r = await client.post(
                "/v2/bookings",
                json=booking_body(et_id, f"2050-09-{day:02d}T{hour:02d}:00:00Z", email),
                headers=V_BOOK,
            )
            assert r.status_code == 201
            uids.append(r.json()["data"]["uid"])
    r = await client.get("/v2/bookings", params={"take": 4}, headers=V_BOOK)
    body = r.json()
    assert [b["uid"] for b in body["data"]] == uids[:4]
    assert body["pagination"] == {
        "totalItems": 10,
        "remainingItems": 6,
        "returnedItems": 4,
        "itemsPerPage": 4,
        "currentPage": 1,
        "totalPages": 3,
        "hasNextPage": True,
        "hasPreviousPage": False,
    }
    last = (await client.get("/v2/bookings", params={"take": 4, "skip": 8}, headers=V_BOOK)).json()
    assert [b["uid"] for b in last["data"]] == uids[8:]
    assert last["pagination"]["currentPage"] == 3 and last["pagination"]["hasNextPage"] is False
    assert (
        last["pagination"]["remainingItems"] == 0 and last["pagination"]["hasPreviousPage"] is True
    )
    ada = (
        await client.get(
            "/v2/bookings", params={"attendeeEmail": "ADA@example.com"}, headers=V_BOOK
        )
    ).json()
    assert ada["pagination"]["totalItems"] == 5
    await client.post(f"/v2/bookings/{uids[0]}/cancel", json={}, headers=V_BOOK)
    cancelled = (
        await client.get("/v2/bookings", params={"status": "cancelled"}, headers=V_BOOK)
    ).json()
    assert [b["uid"] for b in cancelled["data"]] == [uids[0]]
    both = (
        await client.get("/v2/bookings", params={"status": "upcoming,cancelled"}, headers=V_BOOK)
    ).json()
    assert both["pagination"]["totalItems"] == 10
    assert (await client.get("/v2/bookings", params={"status": "past"}, headers=V_BOOK)).json()[
        "data"
    ] == []
    window = (
        await client.get(
            "/v2/bookings",
            params={
                "afterStart": "2050-09-06T00:00:00Z",
                "beforeEnd": "2050-09-07",
                "sortStart": "desc",
            },
            headers=V_BOOK,
        )
    ).json()
    assert [b["uid"] for b in window["data"]] == [uids[5], uids[4], uids[3], uids[2]]
    r = await client.get("/v2/bookings", params={"take": 251}, headers=V_BOOK)
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "take"
    r = await client.get("/v2/bookings", params={"status": "bogus"}, headers=V_BOOK)
    assert r.status_code == 400
    async with fake.client(KEY2) as other:
        assert (await other.get("/v2/bookings", headers=V_BOOK)).json()["pagination"][
            "totalItems"
        ] == 0


async def test_reschedule_links_uids_and_cancel(
    client: httpx.AsyncClient, fake: FakeCalcom
) -> None:
    _, et_id = berlin_setup(fake)
    old = (
        await client.post(
            "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
        )
    ).json()["data"]
    r = await client.post(
        f"/v2/bookings/{old['uid']}/reschedule",
        json={
            "start": "2050-09-05T09:00:00Z",
            "reschedulingReason": "Clash",
            "rescheduledBy": "ada@example.com",
        },
        headers=V_BOOK,
    )
    assert r.status_code == 201, r.text
    new = r.json()["data"]
    assert new["uid"] != old["uid"] and new["rescheduledFromUid"] == old["uid"]
    assert new["reschedulingReason"] == "Clash" and new["status"] == "accepted"
    assert (
        new["start"] == "2050-09-05T09:00:00.000Z"
        and new["attendees"][0]["email"] == "ada@example.com"
    )
    old_now = (await client.get(f"/v2/bookings/{old['uid']}", headers=V_BOOK)).json()["data"]
    assert old_now["status"] == "cancelled" and old_now["rescheduled"] is True
    assert old_now["rescheduledToUid"] == new["uid"]
    # The old slot is free again; rescheduling a cancelled booking is refused.
    r = await client.post(
        "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
    )
    assert r.status_code == 201
    r = await client.post(
        f"/v2/bookings/{old['uid']}/reschedule",
        json={"start": "2050-09-06T09:00:00Z"},
        headers=V_BOOK,
    )
    assert r.status_code == 400
    # Cancel → 200, then again → 400.
    r = await client.post(
        f"/v2/bookings/{new['uid']}/cancel", json={"cancellationReason": "Ill"}, headers=V_BOOK
    )
    assert r.status_code == 200
    assert (
        r.json()["data"]["status"] == "cancelled"
        and r.json()["data"]["cancellationReason"] == "Ill"
    )
    r = await client.post(f"/v2/bookings/{new['uid']}/cancel", json={}, headers=V_BOOK)
    assert r.status_code == 400


async def test_confirm_and_decline(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    user_id, _ = berlin_setup(fake)
    et = fake.state.add_event_type(user_id, title="Vetted", requires_confirmation=True)
    a = (
        await client.post(
            "/v2/bookings", json=booking_body(et.id, "2050-09-05T08:00:00Z"), headers=V_BOOK
        )
    ).json()["data"]
    b = (
        await client.post(
            "/v2/bookings", json=booking_body(et.id, "2050-09-05T09:00:00Z"), headers=V_BOOK
        )
    ).json()["data"]
    assert a["status"] == b["status"] == "pending"
    async with fake.client(KEY2) as other:
        assert (
            await other.post(f"/v2/bookings/{a['uid']}/confirm", headers=V_BOOK)
        ).status_code == 403
    r = await client.post(f"/v2/bookings/{a['uid']}/confirm", headers=V_BOOK)
    assert r.status_code == 200 and r.json()["data"]["status"] == "accepted"
    r = await client.post(
        f"/v2/bookings/{b['uid']}/decline", json={"reason": "Busy"}, headers=V_BOOK
    )
    assert r.status_code == 200 and r.json()["data"]["status"] == "rejected"
    assert (
        await client.post(f"/v2/bookings/{b['uid']}/confirm", headers=V_BOOK)
    ).status_code == 400
    unconfirmed = (
        await client.get("/v2/bookings", params={"status": "unconfirmed"}, headers=V_BOOK)
    ).json()
    assert unconfirmed["data"] == []


# ---------------------------------------------------------------------------- teams
async def test_round_robin_assigns_a_free_host(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    u1, u2 = fake.users
    for u in (u1, u2):
        fake.state.add_schedule(u.id, time_zone="UTC")
    org, team = fake.organization.id, fake.team.id
    r = await client.get(f"/v2/organizations/{org}/teams")
    assert r.status_code == 200 and [t["id"] for t in r.json()["data"]] == [team]
    assert "pagination" not in r.json()
    assert (
        await client.get(f"/v2/organizations/{org}/teams", params={"take": 0})
    ).status_code == 400
    r = await client.post(
        f"/v2/organizations/{org}/teams/{team}/event-types",
        json={
            "title": "Sales call",
            "slug": "sales",
            "lengthInMinutes": 30,
            "schedulingType": "roundRobin",
            "hosts": [{"userId": u1.id}, {"userId": u2.id}],
        },
    )
    assert r.status_code == 201, r.text
    et = r.json()["data"]
    assert et["teamId"] == team and et["schedulingType"] == "roundRobin"
    assert [h["userId"] for h in et["hosts"]] == [u1.id, u2.id]
    listed = (await client.get(f"/v2/organizations/{org}/teams/{team}/event-types")).json()["data"]
    assert [e["id"] for e in listed] == [et["id"]]
    start = "2050-09-05T10:00:00Z"
    first = (
        await client.post("/v2/bookings", json=booking_body(et["id"], start), headers=V_BOOK)
    ).json()["data"]
    assert [h["id"] for h in first["hosts"]] == [u1.id]
    data = await slots(
        client, eventTypeId=et["id"], start="2050-09-05T10:00:00Z", end="2050-09-05T10:00:00Z"
    )
    assert data == {MONDAY: [{"start": "2050-09-05T10:00:00.000Z"}]}  # u2 is still free
    second = (
        await client.post(
            "/v2/bookings", json=booking_body(et["id"], start, "b@example.com"), headers=V_BOOK
        )
    ).json()["data"]
    assert [h["id"] for h in second["hosts"]] == [u2.id]
    assert await slots(client, eventTypeId=et["id"], start=start, end=start) == {}
    r = await client.post(
        "/v2/bookings", json=booking_body(et["id"], start, "c@example.com"), headers=V_BOOK
    )
    assert r.status_code == 400 and r.json()["error"]["message"] == TEAM_CONFLICT_MESSAGE
    # Least recently booked: at a fresh time u1 (booked first, longest ago) gets the next one.
    third = (
        await client.post(
            "/v2/bookings", json=booking_body(et["id"], "2050-09-05T12:00:00Z"), headers=V_BOOK
        )
    ).json()["data"]
    assert [h["id"] for h in third["hosts"]] == [u1.id]
    fourth = (
        await client.post(
            "/v2/bookings", json=booking_body(et["id"], "2050-09-05T14:00:00Z"), headers=V_BOOK
        )
    ).json()["data"]
    assert [h["id"] for h in fourth["hosts"]] == [u2.id]


async def test_collective_needs_every_host(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    u1, u2 = fake.users
    extra = fake.state.add_user(name="Third Host", team_ids=[fake.team.id], time_zone="UTC")
    for u in (u1, u2, extra):
        fake.state.add_schedule(u.id, time_zone="UTC")
    et = fake.state.add_team_event_type(
        fake.team.id,
        title="Panel",
        length_in_minutes=60,
        scheduling_type="collective",
        hosts=[u1.id, u2.id, Host(extra.id)],
    )
    personal = fake.state.add_event_type(extra.id, title="Own")
    fake.state.add_booking(personal.id, datetime(2050, 9, 5, 10, 0, tzinfo=UTC))
    data = await slots(client, eventTypeId=et.id, start=MONDAY, end=MONDAY)
    starts = [s["start"][11:16] for s in data[MONDAY]]
    assert "10:00" not in starts and "09:00" in starts and "11:00" in starts
    r = await client.post(
        "/v2/bookings", json=booking_body(et.id, "2050-09-05T10:00:00Z"), headers=V_BOOK
    )
    assert r.status_code == 400 and r.json()["error"]["message"] == TEAM_CONFLICT_MESSAGE
    r = await client.post(
        "/v2/bookings", json=booking_body(et.id, "2050-09-05T11:00:00Z"), headers=V_BOOK
    )
    assert r.status_code == 201
    assert sorted(h["id"] for h in r.json()["data"]["hosts"]) == sorted([u1.id, u2.id, extra.id])
    # Each host is now busy at 11:00 for their own event types too.
    assert fake.state.busy(
        u2.id, datetime(2050, 9, 5, 11, 30, tzinfo=UTC), datetime(2050, 9, 5, 11, 45, tzinfo=UTC)
    )


async def test_team_event_type_validation(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    org, team = fake.organization.id, fake.team.id
    outsider = fake.state.add_user()
    url = f"/v2/organizations/{org}/teams/{team}/event-types"
    base = {"title": "T", "slug": "t", "lengthInMinutes": 30}
    r = await client.post(url, json={**base, "schedulingType": "roundRobin"})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "hosts"
    r = await client.post(
        url, json={**base, "schedulingType": "roundrobin", "assignAllTeamMembers": True}
    )
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "schedulingType"
    r = await client.post(
        url, json={**base, "schedulingType": "collective", "hosts": [{"userId": outsider.id}]}
    )
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "hosts.0.userId"
    r = await client.post(
        url, json={**base, "schedulingType": "collective", "assignAllTeamMembers": True}
    )
    assert r.status_code == 201 and len(r.json()["data"]["hosts"]) == 2
    assert (await client.get(f"/v2/organizations/{org + 999}/teams")).status_code == 404


# ---------------------------------------------------------------------------- calendars
async def test_calendars_and_busy_times(client: httpx.AsyncClient, fake: FakeCalcom) -> None:
    _, et_id = berlin_setup(fake)
    user = fake.user_for_key(KEY)
    cals = (await client.get("/v2/calendars")).json()["data"]
    conn = cals["connectedCalendars"][0]
    assert conn["credentialId"] == user.credential_id
    assert conn["calendars"][0]["externalId"] == user.email
    assert cals["destinationCalendar"]["externalId"] == user.email
    await client.post(
        "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
    )
    params = {
        "credentialId": user.credential_id,
        "externalId": user.email,
        "dateFrom": "2050-09-05",
        "dateTo": "2050-09-06",
        "timeZone": "Europe/Berlin",
    }
    r = await client.get("/v2/calendars/busy-times", params=params)
    assert r.status_code == 200, r.text
    assert r.json()["data"] == [
        {"start": "2050-09-05T08:00:00.000Z", "end": "2050-09-05T09:00:00.000Z", "source": None}
    ]
    r = await client.get("/v2/calendars/busy-times", params={**params, "credentialId": 1})
    assert r.status_code == 404
    r = await client.get(
        "/v2/calendars/busy-times", params={k: v for k, v in params.items() if k != "externalId"}
    )
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "externalId"


# ---------------------------------------------------------------------------- webhooks
@asynccontextmanager
async def receiver() -> AsyncIterator[tuple[str, list[tuple[bytes, dict[str, str]]]]]:
    """A tiny webhook subscriber on 127.0.0.1 (ephemeral port)."""
    received: list[tuple[bytes, dict[str, str]]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        received.append((await request.body(), dict(request.headers)))
        await JSONResponse({"ok": True})(scope, receive, send)

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, lifespan="off", log_level="warning", log_config=None, access_log=False)
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes only a flag
        await asyncio.sleep(0.002)
    try:
        yield f"http://127.0.0.1:{port}/hook", received
    finally:
        server.should_exit = True
        await task
        sock.close()


async def test_webhook_delivered_with_valid_signature(
    client: httpx.AsyncClient, fake: FakeCalcom
) -> None:
    _, et_id = berlin_setup(fake)
    async with receiver() as (url, received):
        r = await client.post(
            "/v2/webhooks",
            json={
                "subscriberUrl": url,
                "triggers": ["BOOKING_CREATED", "BOOKING_CANCELLED"],
                "active": True,
                "secret": "s3cret",
            },
        )
        assert r.status_code == 201, r.text
        hook = r.json()["data"]
        assert (
            hook["triggers"] == ["BOOKING_CREATED", "BOOKING_CANCELLED"] and hook["active"] is True
        )
        assert (await client.get("/v2/webhooks")).json()["data"] == [hook]
        booking = (
            await client.post(
                "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
            )
        ).json()["data"]
        await client.post(
            f"/v2/bookings/{booking['uid']}/cancel",
            json={"cancellationReason": "x"},
            headers=V_BOOK,
        )
        deliveries = await fake.wait_for_deliveries(2, timeout=5)
        assert [d.ok for d in deliveries] == [True, True]
        await fake.aclose()
    assert len(received) == 2
    for (body, headers), trigger in zip(
        received, ["BOOKING_CREATED", "BOOKING_CANCELLED"], strict=True
    ):
        assert verify_signature("s3cret", body, headers["x-cal-signature-256"])
        assert not verify_signature("other", body, headers["x-cal-signature-256"])
        event = json.loads(body)
        assert event["triggerEvent"] == trigger and event["payload"]["uid"] == booking["uid"]
        assert set(event) == {"triggerEvent", "createdAt", "payload"}
    r = await client.patch(f"/v2/webhooks/{hook['id']}", json={"active": False})
    assert r.status_code == 200 and r.json()["data"]["active"] is False
    assert (await client.delete(f"/v2/webhooks/{hook['id']}")).status_code == 200
    assert (await client.get(f"/v2/webhooks/{hook['id']}")).status_code == 404


async def test_webhook_failures_do_not_break_the_api(
    client: httpx.AsyncClient, fake: FakeCalcom
) -> None:
    _, et_id = berlin_setup(fake)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    dead_port = closed.getsockname()[1]
    closed.close()
    for url in (f"http://127.0.0.1:{dead_port}/hook", "https://example.com/hook"):
        r = await client.post(
            "/v2/webhooks",
            json={"subscriberUrl": url, "triggers": ["BOOKING_CREATED"], "active": True},
        )
        assert r.status_code == 201
    r = await client.post(
        "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
    )
    assert r.status_code == 201
    deliveries = await fake.wait_for_deliveries(2, timeout=5)
    assert not any(d.ok for d in deliveries)
    refused = [d for d in deliveries if d.url.startswith("https://example.com")]
    assert refused and refused[0].error is not None and "loopback" in refused[0].error
    assert fake.stats.webhook_failures == 2
    r = await client.post(
        "/v2/webhooks", json={"subscriberUrl": "x", "triggers": ["NOPE"], "active": True}
    )
    assert r.status_code == 400
    await fake.aclose()


# ---------------------------------------------------------------------------- faults
async def _outcomes(seed: int, faults: Faults, n: int = 40) -> tuple[list[str], list[Any]]:
    fake = FakeCalcom(api_keys=[KEY], faults=faults, seed=seed, clock=FakeClock(T0))
    out = []
    async with fake.client(KEY) as c:
        for _ in range(n):
            try:
                out.append(str((await c.get("/v2/me")).status_code))
            except httpx.HTTPError as exc:
                out.append(type(exc).__name__)
    return out, list(fake.stats.fault_log)


async def test_faults_are_reproducible_from_seed() -> None:
    faults = Faults(error_rate=0.25, drop_rate=0.15, lost_response_rate=0.15, latency=(0.0, 0.001))
    a, log_a = await _outcomes(7, faults)
    b, log_b = await _outcomes(7, faults)
    c, _ = await _outcomes(8, faults)
    assert a == b and log_a == log_b
    assert a != c
    kinds = {k for _, k, _ in log_a}
    assert {"error", "drop", "lost_response", "latency"} <= kinds
    assert set(a) <= {"200", "500", "502", "503", "RemoteProtocolError"}


async def test_error_and_drop_faults_apply_nothing(clock: FakeClock) -> None:
    for faults, expected in ((Faults(error_rate=1.0), "status"), (Faults(drop_rate=1.0), "exc")):
        fake = FakeCalcom(api_keys=[KEY], faults=faults, clock=clock)
        _, et_id = berlin_setup(fake)
        async with fake.client(KEY) as c:
            if expected == "status":
                r = await c.post(
                    "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
                )
                assert r.status_code in (500, 502, 503) and r.json()["status"] == "error"
                assert r.headers["x-request-id"]
            else:
                with pytest.raises(httpx.RemoteProtocolError):
                    await c.post(
                        "/v2/bookings",
                        json=booking_body(et_id, "2050-09-05T08:00:00Z"),
                        headers=V_BOOK,
                    )
        assert fake.state.bookings == {}


async def test_lost_response_applies_the_request_in_process(clock: FakeClock) -> None:
    fake = FakeCalcom(api_keys=[KEY], faults=Faults(lost_response_rate=1.0), clock=clock)
    _, et_id = berlin_setup(fake)
    async with fake.client(KEY) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            await c.post(
                "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
            )
        assert len(fake.state.bookings) == 1
        fake.faults = None
        r = await c.get("/v2/bookings", params={"attendeeEmail": "ada@example.com"}, headers=V_BOOK)
        assert r.json()["pagination"]["totalItems"] == 1
    assert fake.stats.faults["lost_response"] == 1


# ---------------------------------------------------------------------------- real loopback HTTP
async def test_over_real_loopback_http(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeCalcom(api_keys=[KEY], clock=clock, rate_limit=(100, 60))
    _, et_id = berlin_setup(fake)
    async with fake.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        headers = {"Authorization": f"Bearer {KEY}"}
        async with httpx.AsyncClient(base_url=base_url, headers=headers, trust_env=False) as c:
            r = await c.get("/v2/me")
            assert r.status_code == 200 and r.headers["x-request-id"]
            assert r.headers["x-ratelimit-remaining-default"] == "99"
            r = await c.post(
                "/v2/bookings", json=booking_body(et_id, "2050-09-05T08:00:00Z"), headers=V_BOOK
            )
            assert r.status_code == 201
            # Dropped connection: no response at all, nothing applied.
            fake.faults = Faults(drop_rate=1.0)
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                await c.post(
                    "/v2/bookings", json=booking_body(et_id, "2050-09-05T10:00:00Z"), headers=V_BOOK
                )
            assert len(fake.state.bookings) == 1
            # Lost response: applied, then the connection closes without a response.
            fake.faults = Faults(lost_response_rate=1.0)
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                await c.post(
                    "/v2/bookings", json=booking_body(et_id, "2050-09-05T12:00:00Z"), headers=V_BOOK
                )
            assert len(fake.state.bookings) == 2
            fake.faults = Faults(error_rate=1.0)
            assert (await c.get("/v2/me")).status_code in (500, 502, 503)
            fake.faults = None
            r = await c.get("/v2/bookings", headers=V_BOOK)
            assert r.json()["pagination"]["totalItems"] == 2
    assert fake.stats.faults["drop"] == 1 and fake.stats.faults["lost_response"] == 1
    assert fake.stats.internal_errors == []
    # Dropping closes the socket quietly: uvicorn neither answered 500 nor logged an error.
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_serve_can_restart_and_user_seeding(clock: FakeClock) -> None:
    fake = FakeCalcom(api_keys=[KEY], clock=clock)
    other = fake.state.add_user(
        username="grace", api_key="cal_live_grace", time_zone="America/New_York"
    )
    for _ in range(2):
        async with (
            fake.serve() as base_url,
            httpx.AsyncClient(base_url=base_url, trust_env=False) as c,
        ):
            r = await c.get("/v2/me", headers={"Authorization": "Bearer cal_live_grace"})
            assert r.json()["data"]["username"] == "grace"
            assert r.json()["data"]["id"] == other.id


def test_verify_signature_helper() -> None:
    from calcom_async.testing import sign

    body = b'{"a":1}'
    sig = sign("k", body)
    assert len(sig) == 64 and verify_signature("k", body, sig)
    assert verify_signature("k", body, "sha256=" + sig.upper())
    assert not verify_signature("k", body + b" ", sig)
    assert not verify_signature("k", body, "")


def test_constructor_validation() -> None:
    with pytest.raises(ValueError):
        FakeCalcom(api_keys=["nope"])
    with pytest.raises(TypeError):
        FakeCalcom(api_keys="cal_x")
    with pytest.raises(ValueError):
        Faults(error_rate=1.5)
    fake = FakeCalcom(api_keys=[KEY], now=lambda: T0 + timedelta(days=1))
    assert fake.now() == T0 + timedelta(days=1)
