"""FakeCalcom's issue-10 routes at the HTTP level: the refusals and corners the facade's own
checks never let through (so the flows in ``test_coverage_flows.py`` cannot reach them)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from calcom_async.testing import FakeCalcom, FakeClock

KEY = "cal_test_fakeCoverageRoutes012345"
MONDAY_9 = datetime(2040, 1, 2, 9, 0, tzinfo=timezone.utc)
BOOKINGS = {"cal-api-version": "2024-08-13"}
SLOTS = {"cal-api-version": "2024-09-04"}


@pytest.fixture
def fake() -> FakeCalcom:
    fake = FakeCalcom(api_keys=[KEY], clock=FakeClock(datetime(2040, 1, 1, tzinfo=timezone.utc)))
    fake.state.add_schedule(fake.users[0].id, time_zone="UTC")
    return fake


@pytest.fixture
async def http(fake: FakeCalcom) -> AsyncIterator[httpx.AsyncClient]:
    async with fake.client(KEY) as client:
        yield client
    assert fake.stats.internal_errors == []


@pytest.fixture
async def anonymous(fake: FakeCalcom) -> AsyncIterator[httpx.AsyncClient]:
    async with fake.client() as client:
        yield client


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()["error"]
    return body


def reserve_body(event_type_id: int, **extra: Any) -> dict[str, Any]:
    return {"eventTypeId": event_type_id, "slotStart": "2040-01-02T09:00:00.000Z", **extra}


async def test_reservations_without_a_key(fake: FakeCalcom, anonymous: httpx.AsyncClient) -> None:
    et = fake.state.add_event_type(fake.users[0].id)
    refused = await anonymous.post(
        "/v2/slots/reservations", json=reserve_body(et.id, reservationDuration=9), headers=SLOTS
    )
    assert "authenticated requests" in error(refused, 401)["message"]
    made = await anonymous.post("/v2/slots/reservations", json=reserve_body(et.id), headers=SLOTS)
    assert made.status_code == 201
    uid = made.json()["data"]["reservationUid"]
    assert fake.state.reservations[uid].holder_id is None
    got = await anonymous.get(f"/v2/slots/reservations/{uid}", headers=SLOTS)
    assert got.json()["data"]["reservationUid"] == uid
    gone = await anonymous.delete(f"/v2/slots/reservations/{uid}", headers=SLOTS)
    assert gone.json() == {"status": "success"}
    assert (await anonymous.get(f"/v2/slots/reservations/{uid}", headers=SLOTS)).json() == {
        "status": "success",
        "data": None,
    }
    missing = await anonymous.patch(
        f"/v2/slots/reservations/{uid}", json=reserve_body(et.id), headers=SLOTS
    )
    assert error(missing, 404)["message"] == f"Slot with uid={uid} not found"


async def test_reservation_refusals(fake: FakeCalcom, http: httpx.AsyncClient) -> None:
    user = fake.users[0]
    et = fake.state.add_event_type(user.id)
    for body, status, text in [
        (reserve_body(99999), 404, "Event Type with ID=99999 not found"),
        (reserve_body(et.id, slotDuration=30), 400, "not a variable length event type"),
        ({"eventTypeId": et.id, "slotStart": "soon"}, 400, "slotStart"),
        ({"eventTypeId": et.id}, 400, "slotStart"),
        (reserve_body(et.id, reservationUid="x"), 400, "should not exist"),
    ]:
        response = await http.post("/v2/slots/reservations", json=body, headers=SLOTS)
        assert text in error(response, status)["message"]
    missing_version = await http.post("/v2/slots/reservations", json=reserve_body(et.id))
    assert "2024-09-04" in error(missing_version, 400)["message"]

    rr = fake.state.add_team_event_type(fake.team.id, hosts=[user.id])
    fake.state.add_booking(rr.id, MONDAY_9)  # the only host is busy
    busy = await http.post("/v2/slots/reservations", json=reserve_body(rr.id), headers=SLOTS)
    assert "No round robin host" in error(busy, 422)["message"]


async def test_the_uid_cookie_presents_a_reservation(
    fake: FakeCalcom, http: httpx.AsyncClient
) -> None:
    et = fake.state.add_event_type(fake.users[0].id)
    held = fake.state.add_reservation(et.id, MONDAY_9, minutes=10)
    booking = {
        "eventTypeId": et.id,
        "start": "2040-01-02T09:00:00.000Z",
        "attendee": {"name": "Ada", "email": "ada@example.com", "timeZone": "UTC"},
    }
    refused = await http.post("/v2/bookings", json=booking, headers=BOOKINGS)
    assert "freed up in 600 seconds" in error(refused, 400)["message"]
    stale = await http.post(
        "/v2/bookings", json={**booking, "reservedSlotUid": "not-it"}, headers=BOOKINGS
    )
    assert error(stale, 400)["message"].startswith("Someone else reserved")
    made = await http.post(
        "/v2/bookings", json=booking, headers={**BOOKINGS, "cookie": f"theme=dark; uid={held.uid}"}
    )
    assert made.status_code == 201
    assert held.uid not in fake.state.reservations


async def test_reschedule_into_a_held_slot_is_refused(
    fake: FakeCalcom, http: httpx.AsyncClient
) -> None:
    et = fake.state.add_event_type(fake.users[0].id)
    booking = fake.state.add_booking(et.id, MONDAY_9)
    later = MONDAY_9 + timedelta(hours=1)
    fake.state.add_reservation(et.id, later)
    response = await http.post(
        f"/v2/bookings/{booking.uid}/reschedule",
        json={"start": "2040-01-02T10:00:00.000Z"},
        headers=BOOKINGS,
    )
    assert error(response, 400)["message"].startswith("Someone else reserved")


async def test_after_booking_refusals(fake: FakeCalcom, http: httpx.AsyncClient) -> None:
    et = fake.state.add_event_type(fake.users[0].id)
    b = fake.state.add_booking(et.id, MONDAY_9)
    base = f"/v2/bookings/{b.uid}"
    cases: list[tuple[str, str, Any, int, str]] = [
        ("POST", "/mark-absent", {"attendees": [{"email": "x@example.com"}]}, 400, "absent"),
        ("POST", "/mark-absent", {"guests": []}, 400, "should not exist"),
        ("POST", "/guests", {"guests": []}, 400, "should not be empty"),
        ("POST", "/guests", {"guests": [{"email": f"g{i}@x.com"} for i in range(11)]}, 400, "10"),
        ("POST", "/guests", {"guests": [{"email": "g@x.com", "timeZone": "Mars"}]}, 400, "time"),
        ("POST", "/guests", {"guests": [{"email": "g@x.com", "phoneNumber": "5"}]}, 400, "E.164"),
        ("POST", "/guests", {"guests": ["g@x.com"]}, 400, "must be an object"),
        ("PATCH", "/location", {}, 400, "location should not be empty"),
        ("PATCH", "/location", {"location": {"type": "teleport"}}, 400, "location.type"),
        ("PATCH", "/location", {"location": {"type": "link", "link": "x"}}, 400, "URL"),
        ("PATCH", "/location", {"location": {"type": "phone"}}, 400, "location.phone"),
        ("POST", "/reassign", None, 400, "not a round robin booking"),
        ("POST", "/reassign/abc", {}, 400, "numeric string"),
        ("GET", "/references?type=fax", None, 400, "type must be one of"),
    ]
    for method, suffix, body, status, text in cases:
        response = await http.request(method, base + suffix, json=body, headers=BOOKINGS)
        assert text in error(response, status)["message"], (method, suffix)
    cancelled = fake.state.add_booking(et.id, MONDAY_9 + timedelta(hours=1), status="cancelled")
    response = await http.post(
        f"/v2/bookings/{cancelled.uid}/mark-absent", json={"host": True}, headers=BOOKINGS
    )
    assert "cancelled" in error(response, 400)["message"]
    assert b.absent_host is False and b.location == ""  # nothing above changed the booking


async def test_me_update_refusals_change_nothing(fake: FakeCalcom, http: httpx.AsyncClient) -> None:
    user = fake.users[0]
    before = (user.name, user.time_zone, user.time_format)
    for body, text in [
        ({"name": "New", "timeFormat": 13}, "timeFormat"),
        ({"name": "New", "weekStart": "Funday"}, "weekStart"),
        ({"name": "New", "timeZone": "Mars/Base"}, "timeZone"),
        ({"name": "New", "locale": "xx"}, "locale"),
        ({"name": "New", "username": "taken"}, "should not exist"),
        ({"name": "New", "metadata": {"k": [1]}}, "metadata"),
        ({"name": "New", "defaultScheduleId": 999}, "not one of the user's"),
    ]:
        assert text in error(await http.patch("/v2/me", json=body), 400)["message"]
    assert (user.name, user.time_zone, user.time_format) == before


async def test_calendar_refusals(fake: FakeCalcom, http: httpx.AsyncClient) -> None:
    user = fake.users[0]
    for method, path, kwargs, status, text in [
        ("GET", "/v2/calendars/outlook/check", {}, 400, "calendar must be one of"),
        ("POST", "/v2/calendars/google/disconnect", {"json": {}}, 400, "id"),
        ("POST", "/v2/calendars/google/disconnect", {"json": {"id": 1}}, 404, "not found"),
        ("POST", "/v2/calendars/ics-feed/save", {"json": {"urls": ["ftp://x"]}}, 400, "URL"),
        ("POST", "/v2/calendars/ics-feed/save", {"json": {"urls": []}}, 400, "empty"),
        (
            "DELETE",
            "/v2/selected-calendars",
            {
                "params": {
                    "integration": "google_calendar",
                    "externalId": user.email,
                    "credentialId": "x",
                }
            },
            400,
            "credentialId",
        ),
        (
            "PUT",
            "/v2/destination-calendars",
            {"json": {"integration": "ics-feed_calendar", "externalId": "x"}},
            400,
            "integration",
        ),
        (
            "POST",
            "/v2/selected-calendars",
            {
                "json": {
                    "integration": "google_calendar",
                    "externalId": "nope",
                    "credentialId": user.credential_id,
                }
            },
            404,
            "not found",
        ),
    ]:
        response = await http.request(method, path, **kwargs)
        assert text in error(response, status)["message"], (method, path)
    listed = (await http.get("/v2/calendars")).json()["data"]
    assert [c["credentialId"] for c in listed["connectedCalendars"]] == [user.credential_id]


def test_new_routes_are_served(fake: FakeCalcom) -> None:
    keys = {route.key for route in fake.routes}
    for key in [
        "POST /v2/slots/reservations",
        "GET /v2/slots/reservations/{uid}",
        "PATCH /v2/slots/reservations/{uid}",
        "DELETE /v2/slots/reservations/{uid}",
        "POST /v2/bookings/{bookingUid}/mark-absent",
        "POST /v2/bookings/{bookingUid}/reassign",
        "POST /v2/bookings/{bookingUid}/reassign/{userId}",
        "POST /v2/bookings/{bookingUid}/guests",
        "PATCH /v2/bookings/{bookingUid}/location",
        "GET /v2/bookings/{bookingUid}/calendar-links",
        "GET /v2/bookings/{bookingUid}/references",
        "GET /v2/bookings/{bookingUid}/recordings",
        "GET /v2/bookings/{bookingUid}/transcripts",
        "GET /v2/bookings/{bookingUid}/conferencing-sessions",
        "PATCH /v2/me",
        "GET /v2/calendars/{calendar}/check",
        "POST /v2/calendars/{calendar}/disconnect",
        "GET /v2/calendars/ics-feed/check",
        "POST /v2/calendars/ics-feed/save",
        "POST /v2/selected-calendars",
        "DELETE /v2/selected-calendars",
        "PUT /v2/destination-calendars",
    ]:
        assert key in keys
    throttled = {r.key: r.throttle.name for r in fake.routes if r.throttle is not None}
    assert throttled == {
        "POST /v2/bookings/{bookingUid}/guests": "booking_guests_add",
        "PATCH /v2/bookings/{bookingUid}/location": "booking_location_update",
    }
