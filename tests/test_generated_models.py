"""Generated models parse realistic Cal.com answers and write them back unchanged.

Timestamps (``format: date-time``) become aware ``datetime`` objects, so writing a model back
gives the same instant in ``isoformat()`` spelling (``+00:00`` rather than ``.000Z``); the
round trips therefore compare timestamps by value and everything else exactly.
"""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from calcom_v2_client import models as m
from calcom_v2_client.types import UNSET
from dateutil.parser import isoparse

HOST = {
    "id": 11,
    "name": "Grace Hopper",
    "email": "grace@example.com",
    "displayEmail": "grace@example.com",
    "username": "grace",
    "timeZone": "America/New_York",
}
ATTENDEE = {
    "name": "Ada Lovelace",
    "email": "ada@example.com",
    "displayEmail": "ada@example.com",
    "timeZone": "Europe/London",
    "language": "en",
    "absent": False,
    "phoneNumber": "+442071234567",
}
BOOKING: dict[str, Any] = {
    "id": 501,
    "uid": "bk_3f1c9a",
    "title": "30 min between Grace Hopper and Ada Lovelace",
    "description": "Talk about engines",
    "hosts": [HOST],
    "status": "accepted",
    "cancellationReason": None,
    "reschedulingReason": None,
    "rescheduledFromUid": None,
    "rescheduledToUid": None,
    "start": "2050-09-05T09:00:00.000Z",
    "end": "2050-09-05T09:30:00.000Z",
    "duration": 30,
    "eventTypeId": 42,
    "eventType": {"id": 42, "slug": "30min"},
    "meetingUrl": "https://app.cal.com/video/bk_3f1c9a",
    "location": "https://app.cal.com/video/bk_3f1c9a",
    "absentHost": False,
    "createdAt": "2050-09-01T12:00:00.000Z",
    "updatedAt": "2050-09-01T12:00:00.000Z",
    "metadata": {"crmId": "42"},
    "icsUid": "bk_3f1c9a@Cal.com",
    "attendees": [ATTENDEE],
    "guests": ["guest@example.com"],
    "bookingFieldsResponses": {"name": "Ada Lovelace", "email": "ada@example.com"},
    "someFutureField": {"nested": [1, 2]},
}
RECURRING = {**BOOKING, "uid": "bk_r1", "recurringBookingUid": "rec_77"}
PAGINATION = {
    "totalItems": 3,
    "remainingItems": 1,
    "returnedItems": 2,
    "itemsPerPage": 2,
    "currentPage": 1,
    "totalPages": 2,
    "hasNextPage": True,
    "hasPreviousPage": False,
}
EVENT_TYPE: dict[str, Any] = {
    "id": 42,
    "lengthInMinutes": 30,
    "lengthInMinutesOptions": [15, 30],
    "title": "30 min",
    "slug": "30min",
    "description": "A short call",
    "locations": [{"type": "integration", "integration": "cal-video"}],
    "bookingFields": [
        {"type": "name", "slug": "name", "isDefault": True, "required": True, "hidden": False},
        {"type": "text", "slug": "company", "label": "Company", "required": False},
    ],
    "disableGuests": False,
    "slotInterval": 15,
    "minimumBookingNotice": 120,
    "beforeEventBuffer": 0,
    "afterEventBuffer": 5,
    "recurrence": None,
    "metadata": {},
    "price": 0,
    "currency": "usd",
    "lockTimeZoneToggleOnBookingPage": False,
    "seatsPerTimeSlot": None,
    "forwardParamsSuccessRedirect": True,
    "successRedirectUrl": None,
    "isInstantEvent": False,
    "seatsShowAvailabilityCount": None,
    "scheduleId": 7,
    "bookerLayouts": {"defaultLayout": "month", "enabledLayouts": ["month"]},
    "hidden": False,
    "bookingRequiresAuthentication": False,
    "ownerId": 11,
    "users": ["grace"],
    "bookingUrl": "https://cal.com/grace/30min",
    "unknownFlag": "kept",
}
TEAM_EVENT_TYPE: dict[str, Any] = {
    **{k: v for k, v in EVENT_TYPE.items() if k not in ("ownerId", "users")},
    "id": 90,
    "teamId": 3,
    "ownerId": None,
    "parentEventTypeId": None,
    "hosts": [
        {"userId": 11, "name": "Grace Hopper", "username": "grace", "avatarUrl": None},
        {"userId": 12, "name": "Alan", "username": "alan", "mandatory": True, "priority": "high"},
    ],
    "assignAllTeamMembers": False,
    "schedulingType": "roundRobin",
    "team": {"id": 3, "slug": "eng", "name": "Engineering", "weekStart": "Monday"},
    "rescheduleWithSameRoundRobinHost": True,
}
SCHEDULE = {
    "id": 7,
    "ownerId": 11,
    "name": "Working hours",
    "timeZone": "Europe/Berlin",
    "availability": [
        {"days": ["Monday", "Tuesday"], "startTime": "09:00", "endTime": "17:00"},
    ],
    "isDefault": True,
    "overrides": [{"date": "2050-09-10", "startTime": "10:00", "endTime": "12:00"}],
}
TEAM = {
    "id": 3,
    "parentId": 1,
    "name": "Engineering",
    "slug": "eng",
    "logoUrl": None,
    "bio": None,
    "hideBranding": False,
    "isOrganization": False,
    "isPrivate": False,
    "hideBookATeamMember": False,
    "metadata": {},
    "theme": None,
    "brandColor": "#292929",
    "darkBrandColor": "#fafafa",
    "timeFormat": 24,
    "timeZone": "Europe/London",
    "weekStart": "Sunday",
}
WEBHOOK = {
    "id": 6001,
    "userId": 11,
    "subscriberUrl": "https://example.com/hook",
    "triggers": ["BOOKING_CREATED", "BOOKING_CANCELLED"],
    "active": True,
    "payloadTemplate": None,
    "secret": "s3cret",
}
CALENDAR_ENTRY = {
    "externalId": "grace@example.com",
    "integration": "google_calendar",
    "name": "grace@example.com",
    "primary": True,
    "readOnly": False,
    "email": "grace@example.com",
    "isSelected": True,
    "credentialId": 135,
    "delegationCredentialId": None,
}
CONNECTED_CALENDARS = {
    "connectedCalendars": [
        {
            "integration": {
                "name": "Google Calendar",
                "type": "google_calendar",
                "slug": "google-calendar",
                "variant": "calendar",
                "categories": ["calendar"],
                "logo": "icon.svg",
                "publisher": "Cal.com",
                "url": "https://cal.com",
                "email": "help@cal.com",
                "installed": True,
                "locationOption": None,
                "appData": None,
            },
            "credentialId": 135,
            "delegationCredentialId": None,
            "primary": CALENDAR_ENTRY,
            "calendars": [CALENDAR_ENTRY],
        }
    ],
    "destinationCalendar": {
        "id": 1,
        "integration": "google_calendar",
        "externalId": "grace@example.com",
        "primaryEmail": "grace@example.com",
        "userId": 11,
        "eventTypeId": None,
        "credentialId": 135,
        "name": "grace@example.com",
        "primary": True,
        "readOnly": False,
        "email": "grace@example.com",
        "integrationTitle": "Google Calendar",
    },
}
ME = {
    "id": 11,
    "username": "grace",
    "email": "grace@example.com",
    "name": "Grace Hopper",
    "avatarUrl": None,
    "bio": None,
    "timeFormat": 24,
    "defaultScheduleId": 7,
    "weekStart": "Monday",
    "timeZone": "America/New_York",
    "organizationId": None,
    "organization": {"id": 1, "isPlatform": False},
}


def ok(data: Any, **extra: Any) -> dict[str, Any]:
    return {"status": "success", "data": data, **extra}


# Keys whose string values are ISO 8601 instants in the payloads below.
TIMESTAMP_KEYS = frozenset({"start", "end", "createdAt", "updatedAt", "timestamp"})


def normalise(value: Any) -> Any:
    """``value`` with every timestamp string replaced by the aware datetime it names."""
    if isinstance(value, dict):
        return {
            k: isoparse(v) if k in TIMESTAMP_KEYS and isinstance(v, str) else normalise(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


ROUND_TRIPS: list[tuple[type[Any], dict[str, Any]]] = [
    (m.MeResponse, ok(ME)),
    (m.EventTypeResponse, ok(EVENT_TYPE)),
    (m.EventTypeListResponse, ok([EVENT_TYPE, {**EVENT_TYPE, "id": 43, "slug": "60min"}])),
    (m.EventTypeOrTeamEventTypeResponse, ok(EVENT_TYPE)),
    (m.EventTypeOrTeamEventTypeResponse, ok(TEAM_EVENT_TYPE)),
    (
        m.DeletedEventTypeResponse,
        ok({"id": 42, "lengthInMinutes": 30, "title": "30 min", "slug": "30min"}),
    ),
    (m.TeamEventTypeListResponse, ok([TEAM_EVENT_TYPE])),
    (m.TeamEventTypeCreatedResponse, ok(TEAM_EVENT_TYPE)),
    (m.TeamEventTypeCreatedResponse, ok([TEAM_EVENT_TYPE, {**TEAM_EVENT_TYPE, "id": 91}])),
    (
        m.SlotsResponse,
        ok(
            {
                "2050-09-05": [
                    {"start": "2050-09-05T09:00:00.000+02:00"},
                    {"start": "2050-09-05T10:00:00.000+02:00"},
                ],
                "2050-09-06": [
                    {
                        "start": "2050-09-06T09:00:00.000+02:00",
                        "end": "2050-09-06T10:00:00.000+02:00",
                        "attendeesCount": 1,
                        "bookingUid": "bk_seated",
                    }
                ],
            }
        ),
    ),
    (m.SlotsResponse, ok({})),
    (m.BookingResponse, ok(BOOKING)),
    (m.BookingResponse, ok(RECURRING)),
    (m.BookingResponse, ok([RECURRING, {**RECURRING, "uid": "bk_r2"}])),
    (m.BookingListResponse, ok([BOOKING, RECURRING], pagination=PAGINATION)),
    (m.ScheduleResponse, ok(SCHEDULE)),
    (m.ScheduleResponse, ok(None)),
    (m.ScheduleListResponse, ok([SCHEDULE])),
    (m.DeletedScheduleResponse, {"status": "success"}),
    (m.TeamListResponse, ok([TEAM])),
    (m.WebhookResponse, ok(WEBHOOK)),
    (m.WebhookListResponse, ok([WEBHOOK])),
    (m.ConnectedCalendarsResponse, ok(CONNECTED_CALENDARS)),
    (
        m.BusyTimesResponse,
        ok(
            [
                {"start": "2050-09-05T09:00:00Z", "end": "2050-09-05T10:00:00Z", "source": None},
                {"start": "2050-09-05T12:00:00Z", "end": "2050-09-05T13:00:00Z"},
            ]
        ),
    ),
    (
        m.ErrorEnvelope,
        {
            "status": "error",
            "timestamp": "2050-09-05T09:00:00.000Z",
            "path": "/v2/bookings/nope",
            "error": {
                "code": "NotFoundException",
                "message": "Booking with uid=nope was not found",
                "details": {"message": "not found", "statusCode": 404},
            },
        },
    ),
]


@pytest.mark.parametrize(
    ("model", "payload"),
    ROUND_TRIPS,
    ids=[f"{model.__name__}-{i}" for i, (model, _) in enumerate(ROUND_TRIPS)],
)
def test_round_trip(model: type[Any], payload: dict[str, Any]) -> None:
    original = copy.deepcopy(payload)
    parsed = model.from_dict(payload)
    written = parsed.to_dict()
    assert normalise(written) == normalise(original)
    assert model.from_dict(written) == parsed
    assert payload == original, "from_dict must not mutate its input"


@pytest.mark.parametrize(("model", "payload"), ROUND_TRIPS[:1] + ROUND_TRIPS[11:12])
def test_unknown_top_level_fields_are_preserved(model: type[Any], payload: dict[str, Any]) -> None:
    with_extra = {**payload, "requestId": "abc", "meta": {"x": 1}}
    parsed = model.from_dict(with_extra)
    assert parsed.additional_properties == {"requestId": "abc", "meta": {"x": 1}}
    assert normalise(parsed.to_dict()) == normalise(with_extra)


def test_plain_booking_parses_as_the_plain_variant() -> None:
    parsed = m.BookingResponse.from_dict(ok(BOOKING))
    assert type(parsed.data) is m.Booking
    assert parsed.data.uid == "bk_3f1c9a"
    assert parsed.data.status == "accepted"
    assert parsed.data.hosts[0].email == "grace@example.com"
    assert isinstance(parsed.data.attendees[0], m.Attendee)
    assert parsed.data.attendees[0].time_zone == "Europe/London"
    assert parsed.data.additional_properties == {"someFutureField": {"nested": [1, 2]}}


def test_recurring_booking_parses_as_the_recurring_variant() -> None:
    parsed = m.BookingResponse.from_dict(ok(RECURRING))
    assert type(parsed.data) is m.RecurringBooking
    assert parsed.data.recurring_booking_uid == "rec_77"
    occurrences = m.BookingResponse.from_dict(ok([RECURRING])).data
    assert isinstance(occurrences, list)
    assert type(occurrences[0]) is m.RecurringBooking


def test_booking_list_items_and_pagination() -> None:
    parsed = m.BookingListResponse.from_dict(ok([BOOKING, RECURRING], pagination=PAGINATION))
    assert [type(b) for b in parsed.data] == [m.Booking, m.RecurringBooking]
    assert parsed.pagination.has_next_page is True
    assert parsed.pagination.total_items == 3


@pytest.mark.parametrize("status", ["accepted", "pending", "cancelled", "rejected"])
def test_every_booking_status_parses(status: str) -> None:
    assert m.Booking.from_dict({**BOOKING, "status": status}).status == status


def test_slots_parse_into_date_to_slot_list() -> None:
    payload = ROUND_TRIPS[9][1]
    parsed = m.SlotsResponse.from_dict(payload)
    by_date = parsed.data.additional_properties
    assert list(by_date) == ["2050-09-05", "2050-09-06"]
    assert all(isinstance(slot, m.Slot) for slots in by_date.values() for slot in slots)
    assert by_date["2050-09-05"][1].start == isoparse("2050-09-05T10:00:00.000+02:00")
    assert by_date["2050-09-06"][0].end == isoparse("2050-09-06T10:00:00.000+02:00")
    assert parsed.data["2050-09-05"][0].start == isoparse("2050-09-05T09:00:00.000+02:00")
    assert by_date["2050-09-05"][0].end is UNSET


def test_event_type_or_team_event_type() -> None:
    personal = m.EventTypeOrTeamEventTypeResponse.from_dict(ok(EVENT_TYPE)).data
    team = m.EventTypeOrTeamEventTypeResponse.from_dict(ok(TEAM_EVENT_TYPE)).data
    assert type(personal) is m.EventType
    assert type(team) is m.TeamEventType
    assert team.scheduling_type == "roundRobin"
    assert team.hosts[1].priority == "high"
    assert personal.slot_interval == 15
    assert personal.additional_properties == {"unknownFlag": "kept"}


def test_schedule_fields() -> None:
    schedule = m.ScheduleResponse.from_dict(ok(SCHEDULE)).data
    assert isinstance(schedule, m.Schedule)
    assert schedule.availability[0].days == ["Monday", "Tuesday"]
    assert isinstance(schedule.overrides[0], m.ScheduleOverride)
    assert schedule.overrides[0].date == date(2050, 9, 10)
    assert schedule.overrides[0].to_dict()["date"] == "2050-09-10"
    assert m.ScheduleResponse.from_dict(ok(None)).data is None


def test_connected_calendar_fields() -> None:
    data = m.ConnectedCalendarsResponse.from_dict(ok(CONNECTED_CALENDARS)).data
    connected = data.connected_calendars[0]
    assert connected.credential_id == 135
    assert connected.calendars[0].external_id == "grace@example.com"
    assert connected.integration.type_ == "google_calendar"


def aware(value: object, offset: timedelta = timedelta(0)) -> bool:
    return isinstance(value, datetime) and value.tzinfo is not None and value.utcoffset() == offset


@pytest.mark.parametrize("payload", [BOOKING, RECURRING], ids=["plain", "recurring"])
def test_booking_timestamps_are_aware_datetimes(payload: dict[str, Any]) -> None:
    booking = m.BookingResponse.from_dict(ok(payload)).data
    assert isinstance(booking, (m.Booking, m.RecurringBooking))
    for name, key in [("start", "start"), ("end", "end"), ("created_at", "createdAt")]:
        value = getattr(booking, name)
        assert aware(value), name
        assert value == isoparse(payload[key]), name
    assert aware(booking.updated_at)
    assert booking.end - booking.start == timedelta(minutes=30)
    assert booking.start == datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc)


def test_booking_list_timestamps_are_aware_datetimes() -> None:
    parsed = m.BookingListResponse.from_dict(ok([BOOKING, RECURRING], pagination=PAGINATION))
    assert all(aware(b.start) and aware(b.end) and aware(b.created_at) for b in parsed.data)


def test_nullable_and_missing_updated_at() -> None:
    assert m.Booking.from_dict({**BOOKING, "updatedAt": None}).updated_at is None
    assert m.Booking.from_dict({**BOOKING, "updatedAt": None}).to_dict()["updatedAt"] is None
    missing = {k: v for k, v in BOOKING.items() if k != "updatedAt"}
    assert m.Booking.from_dict(missing).updated_at is UNSET
    assert "updatedAt" not in m.Booking.from_dict(missing).to_dict()


def test_booking_keeps_unknown_fields_next_to_typed_timestamps() -> None:
    payload = {**BOOKING, "someFutureField": {"nested": [1, 2]}, "endedAt": "2050-09-05T09:30Z"}
    booking = m.Booking.from_dict(payload)
    assert booking.additional_properties == {
        "someFutureField": {"nested": [1, 2]},
        "endedAt": "2050-09-05T09:30Z",
    }
    assert aware(booking.start)
    written = booking.to_dict()
    assert written["someFutureField"] == {"nested": [1, 2]}
    assert written["endedAt"] == "2050-09-05T09:30Z", "unknown fields are passed through as is"
    assert isoparse(written["start"]) == isoparse(BOOKING["start"])


def test_written_timestamps_keep_their_offset() -> None:
    """to_dict() writes an explicit offset, so the instant survives a trip through JSON."""
    written = m.Booking.from_dict(BOOKING).to_dict()
    for key in ("start", "end", "createdAt", "updatedAt"):
        assert isoparse(written[key]).utcoffset() == timedelta(0), key
        assert isoparse(written[key]) == isoparse(BOOKING[key]), key


def test_slot_times_keep_the_requested_offset() -> None:
    slot = m.Slot.from_dict(
        {
            "start": "2050-09-06T09:00:00.000+02:00",
            "end": "2050-09-06T10:00:00.000+02:00",
            "attendeesCount": 1,
            "newSlotField": True,
        }
    )
    assert aware(slot.start, timedelta(hours=2))
    assert aware(slot.end, timedelta(hours=2))
    assert slot.start == datetime(2050, 9, 6, 7, 0, tzinfo=timezone.utc)
    assert slot.additional_properties == {"newSlotField": True}
    assert slot.to_dict()["newSlotField"] is True


def test_busy_times_and_error_timestamp_are_aware() -> None:
    busy = m.BusyTimesResponse.from_dict(ROUND_TRIPS[23][1]).data
    assert all(aware(b.start) and aware(b.end) for b in busy)
    error = m.ErrorEnvelope.from_dict(ROUND_TRIPS[24][1])
    assert aware(error.timestamp)
    assert error.timestamp == isoparse("2050-09-05T09:00:00.000Z")


def test_schedule_override_date_is_a_date() -> None:
    override = m.ScheduleOverride(date=date(2050, 9, 10), start_time="10:00", end_time="12:00")
    assert override.to_dict() == {"date": "2050-09-10", "startTime": "10:00", "endTime": "12:00"}
    assert m.ScheduleOverride.from_dict(override.to_dict()) == override
