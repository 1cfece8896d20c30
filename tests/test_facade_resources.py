"""Every facade method sends the right request and unwraps the envelope into the right model.

Each test mocks one Cal.com endpoint with respx, calls the facade on a real ``AsyncCalcom`` and
checks: HTTP method and path, query parameter names (camelCase), JSON body, the
``cal-api-version`` header of the area (or its absence), the bearer key, and the parsed result.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import respx
from calcom_v2_client import models as m
from conftest import FACADE_API_KEY
from test_generated_models import (
    BOOKING,
    CONNECTED_CALENDARS,
    EVENT_TYPE,
    ME,
    PAGINATION,
    RECURRING,
    SCHEDULE,
    TEAM,
    TEAM_EVENT_TYPE,
    WEBHOOK,
    ok,
)

from calcom_async import AsyncCalcom, Attendee, Availability, DateOverride, Host

BOOKINGS_VERSION = "2024-08-13"
EVENT_TYPES_VERSION = "2024-06-14"
SCHEDULES_VERSION = "2024-06-11"
SLOTS_VERSION = "2024-09-04"


def only_request(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1, f"expected one call, got {route.call_count}"
    return route.calls.last.request


def body_of(request: httpx.Request) -> Any:
    assert request.headers["content-type"] == "application/json"
    return json.loads(request.content)


def params_of(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


def check_headers(request: httpx.Request, version: str | None) -> None:
    assert request.headers["authorization"] == f"Bearer {FACADE_API_KEY}"
    if version is None:
        assert "cal-api-version" not in request.headers
    else:
        assert request.headers["cal-api-version"] == version


# --------------------------------------------------------------------------------------------
# me
# --------------------------------------------------------------------------------------------


async def test_me_get(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/me").respond(200, json=ok(ME))
    me = await cal.me.get()
    request = only_request(route)
    check_headers(request, None)
    assert params_of(request) == {}
    assert isinstance(me, m.Me)
    assert me.username == "grace"
    assert me.time_zone == "America/New_York"


# --------------------------------------------------------------------------------------------
# event types
# --------------------------------------------------------------------------------------------


async def test_event_types_list(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/event-types").respond(
        200, json=ok([EVENT_TYPE, {**EVENT_TYPE, "id": 43, "slug": "60min"}])
    )
    result = await cal.event_types.list()
    request = only_request(route)
    check_headers(request, EVENT_TYPES_VERSION)
    assert params_of(request) == {}
    assert isinstance(result, list)
    assert all(isinstance(et, m.EventType) for et in result)
    assert [et.slug for et in result] == ["30min", "60min"]


async def test_event_types_list_filters(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/event-types").respond(200, json=ok([EVENT_TYPE]))
    await cal.event_types.list(username="grace", event_slug="30min", org_id=1)
    assert params_of(only_request(route)) == {
        "username": "grace",
        "eventSlug": "30min",
        "orgId": "1",
    }


async def test_event_types_list_usernames(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/event-types").respond(200, json=ok([]))
    assert await cal.event_types.list(usernames=["grace", "alan"], org_slug="acme") == []
    assert params_of(only_request(route)) == {"usernames": "grace,alan", "orgSlug": "acme"}


async def test_event_types_get(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/event-types/42").respond(200, json=ok(EVENT_TYPE))
    et = await cal.event_types.get(42)
    check_headers(only_request(route), EVENT_TYPES_VERSION)
    assert isinstance(et, m.EventType)
    assert et.length_in_minutes == 30


async def test_event_types_get_team_event_type(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/v2/event-types/90").respond(200, json=ok(TEAM_EVENT_TYPE))
    et = await cal.event_types.get(90)
    assert isinstance(et, m.TeamEventType)
    assert et.team_id == 3


async def test_event_types_create(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/event-types").respond(201, json=ok(EVENT_TYPE))
    et = await cal.event_types.create(
        title="30 min",
        slug="30min",
        length_in_minutes=30,
        description="A short call",
        schedule_id=7,
        slot_interval=15,
        minimum_booking_notice=120,
        after_event_buffer=5,
        hidden=False,
        locations=[{"type": "integration", "integration": "cal-video"}],
    )
    request = only_request(route)
    check_headers(request, EVENT_TYPES_VERSION)
    assert body_of(request) == {
        "title": "30 min",
        "slug": "30min",
        "lengthInMinutes": 30,
        "description": "A short call",
        "scheduleId": 7,
        "slotInterval": 15,
        "minimumBookingNotice": 120,
        "afterEventBuffer": 5,
        "hidden": False,
        "locations": [{"type": "integration", "integration": "cal-video"}],
    }
    assert isinstance(et, m.EventType)
    assert et.id == 42


async def test_event_types_create_extra_passes_through(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v2/event-types").respond(201, json=ok(EVENT_TYPE))
    await cal.event_types.create(
        title="30 min", slug="30min", length_in_minutes=30, extra={"seatsPerTimeSlot": 4}
    )
    assert body_of(only_request(route)) == {
        "title": "30 min",
        "slug": "30min",
        "lengthInMinutes": 30,
        "seatsPerTimeSlot": 4,
    }


async def test_event_types_update(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.patch("/v2/event-types/42").respond(
        200, json=ok({**EVENT_TYPE, "lengthInMinutes": 45, "hidden": True})
    )
    et = await cal.event_types.update(42, length_in_minutes=45, hidden=True)
    request = only_request(route)
    check_headers(request, EVENT_TYPES_VERSION)
    assert body_of(request) == {"lengthInMinutes": 45, "hidden": True}
    assert isinstance(et, m.EventType)
    assert et.length_in_minutes == 45


async def test_event_types_delete(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.delete("/v2/event-types/42").respond(
        200, json=ok({"id": 42, "lengthInMinutes": 30, "title": "30 min", "slug": "30min"})
    )
    assert await cal.event_types.delete(42) is None
    request = only_request(route)
    check_headers(request, EVENT_TYPES_VERSION)
    assert request.content == b""


# --------------------------------------------------------------------------------------------
# slots
# --------------------------------------------------------------------------------------------

SLOTS_DATA = {
    "2050-09-06": [{"start": "2050-09-06T09:00:00.000+02:00"}],
    "2050-09-05": [
        {"start": "2050-09-05T09:00:00.000+02:00"},
        {"start": "2050-09-05T10:00:00.000+02:00"},
    ],
}


async def test_slots_list(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/slots").respond(200, json=ok(SLOTS_DATA))
    berlin = ZoneInfo("Europe/Berlin")
    days = await cal.slots.list(
        event_type_id=42,
        start=datetime(2050, 9, 5, 8, 0, tzinfo=berlin),
        end=datetime(2050, 9, 7, 0, 0, tzinfo=timezone.utc),
        time_zone="Europe/Berlin",
        duration=30,
        format="range",
        booking_uid_to_reschedule="bk_3f1c9a",
    )
    request = only_request(route)
    check_headers(request, SLOTS_VERSION)
    assert params_of(request) == {
        "start": "2050-09-05T06:00:00.000Z",
        "end": "2050-09-07T00:00:00.000Z",
        "eventTypeId": "42",
        "timeZone": "Europe/Berlin",
        "duration": "30",
        "format": "range",
        "bookingUidToReschedule": "bk_3f1c9a",
    }
    assert list(days) == [date(2050, 9, 5), date(2050, 9, 6)]  # sorted by date
    first = days[date(2050, 9, 5)][0]
    assert isinstance(first, m.Slot)
    assert first.start == datetime(2050, 9, 5, 7, 0, tzinfo=timezone.utc)
    assert len(days[date(2050, 9, 5)]) == 2


async def test_slots_list_by_slug_with_dates(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/slots").respond(200, json=ok({}))
    days = await cal.slots.list(
        event_type_slug="30min",
        username="grace",
        organization_slug="acme",
        start=date(2050, 9, 5),
        end=date(2050, 9, 6),
    )
    assert days == {}
    assert params_of(only_request(route)) == {
        "start": "2050-09-05",
        "end": "2050-09-06",
        "eventTypeSlug": "30min",
        "username": "grace",
        "organizationSlug": "acme",
    }


async def test_slots_list_dynamic_usernames(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/slots").respond(200, json=ok({}))
    await cal.slots.list(usernames=["grace", "alan"], start=date(2050, 9, 5), end=date(2050, 9, 5))
    assert params_of(only_request(route))["usernames"] == "grace,alan"


# --------------------------------------------------------------------------------------------
# bookings
# --------------------------------------------------------------------------------------------


async def test_bookings_create(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/bookings").respond(201, json=ok(BOOKING))
    booking = await cal.bookings.create(
        event_type_id=42,
        start=datetime(2050, 9, 5, 11, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        attendee=Attendee(
            name="Ada Lovelace", email="ada@example.com", time_zone="Europe/London", language="en"
        ),
        guests=["guest@example.com"],
        metadata={"crmId": "42"},
        length_in_minutes=30,
        booking_fields_responses={"company": "Analytical Engines"},
    )
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert body_of(request) == {
        "eventTypeId": 42,
        "start": "2050-09-05T09:00:00.000Z",
        "attendee": {
            "name": "Ada Lovelace",
            "email": "ada@example.com",
            "timeZone": "Europe/London",
            "language": "en",
        },
        "guests": ["guest@example.com"],
        "metadata": {"crmId": "42"},
        "lengthInMinutes": 30,
        "bookingFieldsResponses": {"company": "Analytical Engines"},
    }
    assert isinstance(booking, m.Booking)
    assert booking.uid == "bk_3f1c9a"
    assert booking.start == datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc)


async def test_bookings_create_minimal_and_location(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v2/bookings").respond(201, json=ok(BOOKING))
    await cal.bookings.create(
        event_type_id=42,
        start=datetime(2050, 9, 5, 9, 0, 0, 123456, tzinfo=timezone.utc),
        attendee=Attendee(name="Ada", email="ada@example.com"),
        location={"type": "address"},
    )
    assert body_of(only_request(route)) == {
        "eventTypeId": 42,
        "start": "2050-09-05T09:00:00.123Z",
        "attendee": {"name": "Ada", "email": "ada@example.com", "timeZone": "UTC"},
        "location": {"type": "address"},
    }


async def test_bookings_create_recurring_returns_first(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/v2/bookings").respond(201, json=ok([RECURRING, {**RECURRING, "uid": "bk_r2"}]))
    booking = await cal.bookings.create(
        event_type_id=42,
        start=datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc),
        attendee=Attendee(name="Ada", email="ada@example.com"),
    )
    assert isinstance(booking, m.RecurringBooking)
    assert booking.uid == "bk_r1"
    assert booking.recurring_booking_uid == "rec_77"


async def test_bookings_get(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/bookings/bk_3f1c9a").respond(200, json=ok(BOOKING))
    booking = await cal.bookings.get("bk_3f1c9a")
    check_headers(only_request(route), BOOKINGS_VERSION)
    assert isinstance(booking, m.Booking)
    assert booking.status == "accepted"
    assert booking.attendees[0].email == "ada@example.com"


async def test_bookings_cancel(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/bookings/bk_3f1c9a/cancel").respond(
        200,
        json=ok({**BOOKING, "status": "cancelled", "cancellationReason": "Schedule conflict"}),
    )
    booking = await cal.bookings.cancel(
        "bk_3f1c9a", reason="Schedule conflict", cancel_subsequent_bookings=True
    )
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert body_of(request) == {
        "cancellationReason": "Schedule conflict",
        "cancelSubsequentBookings": True,
    }
    assert isinstance(booking, m.Booking)
    assert booking.status == "cancelled"
    assert booking.cancellation_reason == "Schedule conflict"


async def test_bookings_cancel_without_reason_sends_empty_object(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v2/bookings/bk_3f1c9a/cancel").respond(
        200, json=ok({**BOOKING, "status": "cancelled"})
    )
    await cal.bookings.cancel("bk_3f1c9a")
    assert body_of(only_request(route)) == {}


async def test_bookings_reschedule(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    moved = {
        **BOOKING,
        "uid": "bk_new",
        "start": "2050-09-06T14:00:00.000Z",
        "end": "2050-09-06T14:30:00.000Z",
        "rescheduledFromUid": "bk_3f1c9a",
        "reschedulingReason": "Moved",
    }
    route = mock_api.post("/v2/bookings/bk_3f1c9a/reschedule").respond(201, json=ok(moved))
    booking = await cal.bookings.reschedule(
        "bk_3f1c9a",
        start=datetime(2050, 9, 6, 10, 0, tzinfo=ZoneInfo("America/New_York")),
        reason="Moved",
        rescheduled_by="grace@example.com",
    )
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert body_of(request) == {
        "start": "2050-09-06T14:00:00.000Z",
        "reschedulingReason": "Moved",
        "rescheduledBy": "grace@example.com",
    }
    assert isinstance(booking, m.Booking)
    assert booking.uid == "bk_new"
    assert booking.rescheduled_from_uid == "bk_3f1c9a"


async def test_bookings_confirm(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/bookings/bk_3f1c9a/confirm").respond(200, json=ok(BOOKING))
    booking = await cal.bookings.confirm("bk_3f1c9a")
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert request.content == b""
    assert isinstance(booking, m.Booking)
    assert booking.status == "accepted"


async def test_bookings_decline(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/bookings/bk_3f1c9a/decline").respond(
        200, json=ok({**BOOKING, "status": "rejected"})
    )
    booking = await cal.bookings.decline("bk_3f1c9a", reason="Fully booked")
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert body_of(request) == {"reason": "Fully booked"}
    assert isinstance(booking, m.Booking)
    assert booking.status == "rejected"


async def test_bookings_list_query(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    last = {**PAGINATION, "hasNextPage": False, "remainingItems": 0}
    route = mock_api.get("/v2/bookings").respond(
        200, json=ok([BOOKING, RECURRING], pagination=last)
    )
    items = await cal.bookings.list(
        status=["upcoming", "unconfirmed"],
        attendee_email="ada@example.com",
        attendee_name="Ada Lovelace",
        booking_uid="bk_3f1c9a",
        event_type_id=42,
        event_type_ids=[42, 43],
        team_id=3,
        team_ids=[3, 4],
        after_start=datetime(2050, 9, 1, tzinfo=timezone.utc),
        before_end=datetime(2050, 9, 30, 2, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        after_created_at=datetime(2050, 1, 1, tzinfo=timezone.utc),
        before_created_at=datetime(2050, 2, 1, tzinfo=timezone.utc),
        after_updated_at=datetime(2050, 3, 1, tzinfo=timezone.utc),
        before_updated_at=datetime(2050, 4, 1, tzinfo=timezone.utc),
        sort_start="asc",
        sort_end="desc",
        sort_created="desc",
        sort_updated_at="asc",
        page_size=50,
    ).to_list()
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert params_of(request) == {
        "status": "upcoming,unconfirmed",
        "attendeeEmail": "ada@example.com",
        "attendeeName": "Ada Lovelace",
        "bookingUid": "bk_3f1c9a",
        "eventTypeId": "42",
        "eventTypeIds": "42,43",
        "teamId": "3",
        "teamsIds": "3,4",
        "afterStart": "2050-09-01T00:00:00.000Z",
        "beforeEnd": "2050-09-30T00:00:00.000Z",
        "afterCreatedAt": "2050-01-01T00:00:00.000Z",
        "beforeCreatedAt": "2050-02-01T00:00:00.000Z",
        "afterUpdatedAt": "2050-03-01T00:00:00.000Z",
        "beforeUpdatedAt": "2050-04-01T00:00:00.000Z",
        "sortStart": "asc",
        "sortEnd": "desc",
        "sortCreated": "desc",
        "sortUpdatedAt": "asc",
        "take": "50",
        "skip": "0",
    }
    assert [type(b) for b in items] == [m.Booking, m.RecurringBooking]
    assert [b.uid for b in items] == ["bk_3f1c9a", "bk_r1"]


async def test_bookings_list_single_status(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    last = {**PAGINATION, "hasNextPage": False, "remainingItems": 0}
    route = mock_api.get("/v2/bookings").respond(200, json=ok([], pagination=last))
    assert await cal.bookings.list(status="past").to_list() == []
    assert params_of(only_request(route)) == {"status": "past", "take": "100", "skip": "0"}


async def test_bookings_find(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    cancelled = {**BOOKING, "uid": "bk_cancelled", "status": "cancelled"}
    other_time = {
        **BOOKING,
        "uid": "bk_other",
        "start": "2050-09-05T10:00:00.000Z",
        "end": "2050-09-05T10:30:00.000Z",
    }
    last = {**PAGINATION, "hasNextPage": False, "remainingItems": 0}
    route = mock_api.get("/v2/bookings").respond(
        200, json=ok([cancelled, other_time, BOOKING], pagination=last)
    )
    start = datetime(2050, 9, 5, 11, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    found = await cal.bookings.find(event_type_id=42, start=start, attendee_email="ada@example.com")
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert params_of(request) == {
        "attendeeEmail": "ada@example.com",
        "eventTypeId": "42",
        "afterStart": "2050-09-05T08:59:59.000Z",
        "beforeEnd": "2050-09-06T09:00:00.000Z",
        "sortCreated": "asc",  # oldest first: the original of any duplicates
        "take": "250",
        "skip": "0",
    }
    assert isinstance(found, m.Booking)
    assert found.uid == "bk_3f1c9a"


async def test_bookings_find_cancelled_and_missing(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    cancelled = {**BOOKING, "uid": "bk_cancelled", "status": "cancelled"}
    last = {**PAGINATION, "hasNextPage": False, "remainingItems": 0}
    mock_api.get("/v2/bookings").respond(200, json=ok([cancelled], pagination=last))
    start = datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc)
    assert (
        await cal.bookings.find(event_type_id=42, start=start, attendee_email="ada@example.com")
        is None
    )
    found = await cal.bookings.find(
        event_type_id=42, start=start, attendee_email="ada@example.com", include_cancelled=True
    )
    assert found is not None
    assert found.uid == "bk_cancelled"


# --------------------------------------------------------------------------------------------
# schedules
# --------------------------------------------------------------------------------------------


async def test_schedules_list(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/schedules").respond(
        200, json=ok([SCHEDULE, {**SCHEDULE, "id": 8, "isDefault": False}])
    )
    schedules = await cal.schedules.list()
    check_headers(only_request(route), SCHEDULES_VERSION)
    assert all(isinstance(s, m.Schedule) for s in schedules)
    assert [s.id for s in schedules] == [7, 8]


async def test_schedules_get_default(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/schedules/default").respond(200, json=ok(SCHEDULE))
    schedule = await cal.schedules.get_default()
    check_headers(only_request(route), SCHEDULES_VERSION)
    assert isinstance(schedule, m.Schedule)
    assert schedule.is_default is True
    assert schedule.availability[0].days == ["Monday", "Tuesday"]


async def test_schedules_get_default_none(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/schedules/default").respond(200, json=ok(None))
    assert await cal.schedules.get_default() is None


async def test_schedules_get(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/schedules/7").respond(200, json=ok(SCHEDULE))
    schedule = await cal.schedules.get(7)
    check_headers(only_request(route), SCHEDULES_VERSION)
    assert isinstance(schedule, m.Schedule)
    assert schedule.time_zone == "Europe/Berlin"


async def test_schedules_create(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/schedules").respond(201, json=ok(SCHEDULE))
    schedule = await cal.schedules.create(
        name="Working hours",
        time_zone="Europe/Berlin",
        is_default=True,
        availability=[
            Availability(days=["Monday", "Tuesday"], start_time="09:00", end_time="17:00")
        ],
        overrides=[DateOverride(date=date(2050, 9, 10), start_time="10:00", end_time="12:00")],
    )
    request = only_request(route)
    check_headers(request, SCHEDULES_VERSION)
    assert body_of(request) == {
        "name": "Working hours",
        "timeZone": "Europe/Berlin",
        "isDefault": True,
        "availability": [{"days": ["Monday", "Tuesday"], "startTime": "09:00", "endTime": "17:00"}],
        "overrides": [{"date": "2050-09-10", "startTime": "10:00", "endTime": "12:00"}],
    }
    assert isinstance(schedule, m.Schedule)
    assert schedule.name == "Working hours"


async def test_schedules_update(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.patch("/v2/schedules/7").respond(
        200, json=ok({**SCHEDULE, "name": "Summer hours"})
    )
    schedule = await cal.schedules.update(7, name="Summer hours", time_zone="Europe/Lisbon")
    request = only_request(route)
    check_headers(request, SCHEDULES_VERSION)
    assert body_of(request) == {"name": "Summer hours", "timeZone": "Europe/Lisbon"}
    assert isinstance(schedule, m.Schedule)
    assert schedule.name == "Summer hours"


async def test_schedules_delete(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.delete("/v2/schedules/7").respond(200, json={"status": "success"})
    assert await cal.schedules.delete(7) is None
    check_headers(only_request(route), SCHEDULES_VERSION)


# --------------------------------------------------------------------------------------------
# teams
# --------------------------------------------------------------------------------------------


async def test_teams_list(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/organizations/1/teams").respond(200, json=ok([TEAM]))
    teams = await cal.teams.list(org_id=1).to_list()
    request = only_request(route)
    check_headers(request, None)
    assert params_of(request) == {"take": "250", "skip": "0"}
    assert len(teams) == 1
    assert isinstance(teams[0], m.Team)
    assert teams[0].slug == "eng"


async def test_teams_event_types(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/organizations/1/teams/3/event-types").respond(
        200, json=ok([TEAM_EVENT_TYPE])
    )
    types = await cal.teams.event_types.list(3, org_id=1, event_slug="30min")
    request = only_request(route)
    check_headers(request, None)
    assert params_of(request) == {"eventSlug": "30min"}
    assert isinstance(types[0], m.TeamEventType)
    assert types[0].scheduling_type == "roundRobin"


async def test_teams_create_event_type(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/organizations/1/teams/3/event-types").respond(
        201, json=ok(TEAM_EVENT_TYPE)
    )
    et = await cal.teams.event_types.create(
        3,
        org_id=1,
        title="Intro",
        slug="intro",
        length_in_minutes=30,
        scheduling_type="roundRobin",
        hosts=[11, Host(user_id=12, mandatory=True, priority="high")],
    )
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {
        "title": "Intro",
        "slug": "intro",
        "lengthInMinutes": 30,
        "schedulingType": "roundRobin",
        "hosts": [{"userId": 11}, {"userId": 12, "mandatory": True, "priority": "high"}],
    }
    assert isinstance(et, m.TeamEventType)
    assert et.id == 90


async def test_teams_create_managed_returns_parent(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v2/organizations/1/teams/3/event-types").respond(
        201,
        json=ok(
            [
                {**TEAM_EVENT_TYPE, "schedulingType": "managed"},
                {**TEAM_EVENT_TYPE, "id": 91, "schedulingType": "managed"},
            ]
        ),
    )
    et = await cal.teams.event_types.create(
        3,
        org_id=1,
        title="Onboarding",
        slug="onboarding",
        length_in_minutes=60,
        scheduling_type="managed",
        assign_all_team_members=True,
    )
    assert body_of(only_request(route)) == {
        "title": "Onboarding",
        "slug": "onboarding",
        "lengthInMinutes": 60,
        "schedulingType": "managed",
        "assignAllTeamMembers": True,
    }
    assert isinstance(et, m.TeamEventType)
    assert et.id == 90


# --------------------------------------------------------------------------------------------
# webhooks
# --------------------------------------------------------------------------------------------


async def test_webhooks_list(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/webhooks").respond(200, json=ok([WEBHOOK]))
    hooks = [w async for w in cal.webhooks.list()]
    request = only_request(route)
    check_headers(request, None)
    assert params_of(request) == {"take": "250", "skip": "0"}
    assert isinstance(hooks[0], m.Webhook)
    assert hooks[0].subscriber_url == "https://example.com/hook"


async def test_webhooks_get(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/webhooks/wh_1").respond(200, json=ok(WEBHOOK))
    hook = await cal.webhooks.get("wh_1")
    check_headers(only_request(route), None)
    assert isinstance(hook, m.Webhook)
    assert hook.triggers == ["BOOKING_CREATED", "BOOKING_CANCELLED"]


async def test_webhooks_create(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/webhooks").respond(201, json=ok(WEBHOOK))
    hook = await cal.webhooks.create(
        subscriber_url="https://example.com/hook",
        triggers=["BOOKING_CREATED", "BOOKING_CANCELLED"],
        secret="s3cret",
        payload_template='{"uid":"{{uid}}"}',
    )
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {
        "subscriberUrl": "https://example.com/hook",
        "triggers": ["BOOKING_CREATED", "BOOKING_CANCELLED"],
        "active": True,
        "secret": "s3cret",
        "payloadTemplate": '{"uid":"{{uid}}"}',
    }
    assert isinstance(hook, m.Webhook)
    assert hook.id == 6001


async def test_webhooks_update(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.patch("/v2/webhooks/wh_1").respond(200, json=ok({**WEBHOOK, "active": False}))
    hook = await cal.webhooks.update("wh_1", active=False)
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {"active": False}
    assert isinstance(hook, m.Webhook)
    assert hook.active is False


async def test_webhooks_delete(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.delete("/v2/webhooks/wh_1").respond(200, json=ok(WEBHOOK))
    assert await cal.webhooks.delete("wh_1") is None
    check_headers(only_request(route), None)


# --------------------------------------------------------------------------------------------
# calendars
# --------------------------------------------------------------------------------------------


async def test_calendars_list(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/calendars").respond(200, json=ok(CONNECTED_CALENDARS))
    cals = await cal.calendars.list()
    check_headers(only_request(route), None)
    assert isinstance(cals, m.ConnectedCalendars)
    assert cals.connected_calendars[0].credential_id == 135
    assert cals.connected_calendars[0].calendars[0].external_id == "grace@example.com"


async def test_calendars_busy_times(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/calendars/busy-times").respond(
        200,
        json=ok(
            [
                {"start": "2050-09-05T09:00:00Z", "end": "2050-09-05T10:00:00Z", "source": None},
                {"start": "2050-09-05T12:00:00Z", "end": "2050-09-05T13:00:00Z"},
            ]
        ),
    )
    busy = await cal.calendars.busy_times(
        credential_id=135,
        external_id="grace@example.com",
        start=date(2050, 9, 5),
        end=datetime(2050, 9, 6, 23, 0, tzinfo=ZoneInfo("Europe/Madrid")),
        time_zone="Europe/Madrid",
    )
    request = only_request(route)
    check_headers(request, None)
    assert params_of(request) == {
        "credentialId": "135",
        "externalId": "grace@example.com",
        "dateFrom": "2050-09-05",
        "dateTo": "2050-09-06",
        "timeZone": "Europe/Madrid",
    }
    assert len(busy) == 2
    assert isinstance(busy[0], m.BusyTime)
    assert busy[0].start == datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc)


async def test_calendars_busy_times_days_are_taken_in_the_time_zone(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/v2/calendars/busy-times").respond(200, json=ok([]))
    await cal.calendars.busy_times(
        credential_id=135,
        external_id="grace@example.com",
        # 23:30 UTC on the 5th is already the 6th in Tokyo; 16:00 UTC on the 7th is the 8th.
        start=datetime(2050, 9, 5, 23, 30, tzinfo=timezone.utc),
        end=datetime(2050, 9, 7, 16, 0, tzinfo=timezone.utc),
        time_zone="Asia/Tokyo",
    )
    params = params_of(only_request(route))
    assert (params["dateFrom"], params["dateTo"]) == ("2050-09-06", "2050-09-08")
