"""Every generated endpoint function sends the right request (respx, no network).

The cases of the first 30 operations are here; those added for issue 10 are in
``test_generated_endpoints_more.py`` and ``test_generated_endpoints_teams.py``. The shared case
record and runner live in ``_endpoint_cases.py``.
"""

from __future__ import annotations

import pkgutil
from datetime import date, datetime, timedelta

import calcom_v2_client.api as api
import pytest
import respx
import test_generated_endpoints_more
import test_generated_endpoints_teams
from _endpoint_cases import (
    BASE,
    BOOKING_ANSWER,
    BOOKINGS,
    EVENT_TYPE_ANSWER,
    EVENT_TYPES,
    KEY,
    SCHEDULE_ANSWER,
    SCHEDULES,
    SLOTS,
    TEAM_EVENT_TYPE_ANSWER,
    WEBHOOK_ANSWER,
    Case,
    case_id,
    check_case,
    ok,
)
from calcom_v2_client import AuthenticatedClient
from calcom_v2_client import models as m
from dateutil.parser import isoparse

ATTENDEE = m.BookingAttendeeInput(name="Ada", time_zone="Europe/London", email="ada@example.com")


CASES = [
    Case(
        "me.get_me",
        {},
        "GET",
        "/v2/me",
        None,
        200,
        ok({"id": 1, "username": "u", "email": "u@example.com", "timeZone": "UTC"}),
        m.MeResponse,
    ),
    Case(
        "event_types.list_event_types",
        {
            "username": "grace",
            "event_slug": "30min",
            "usernames": "a,b",
            "org_slug": "acme",
            "org_id": 9,
            "sort_created_at": "desc",
        },
        "GET",
        "/v2/event-types",
        EVENT_TYPES,
        200,
        ok([EVENT_TYPE_ANSWER]),
        m.EventTypeListResponse,
        query={
            "username": "grace",
            "eventSlug": "30min",
            "usernames": "a,b",
            "orgSlug": "acme",
            "orgId": "9",
            "sortCreatedAt": "desc",
        },
    ),
    Case(
        "event_types.create_event_type",
        {
            "body": m.CreateEventTypeInput(
                length_in_minutes=30, title="30 min", slug="30min", slot_interval=15
            )
        },
        "POST",
        "/v2/event-types",
        EVENT_TYPES,
        201,
        ok(EVENT_TYPE_ANSWER),
        m.EventTypeResponse,
        body={"lengthInMinutes": 30, "title": "30 min", "slug": "30min", "slotInterval": 15},
    ),
    Case(
        "event_types.get_event_type",
        {"event_type_id": 42},
        "GET",
        "/v2/event-types/42",
        EVENT_TYPES,
        200,
        ok(EVENT_TYPE_ANSWER),
        m.EventTypeOrTeamEventTypeResponse,
    ),
    Case(
        "event_types.update_event_type",
        {"event_type_id": 42, "body": m.UpdateEventTypeInput(title="Renamed", hidden=True)},
        "PATCH",
        "/v2/event-types/42",
        EVENT_TYPES,
        200,
        ok(EVENT_TYPE_ANSWER),
        m.EventTypeResponse,
        body={"title": "Renamed", "hidden": True},
    ),
    Case(
        "event_types.delete_event_type",
        {"event_type_id": 42},
        "DELETE",
        "/v2/event-types/42",
        EVENT_TYPES,
        200,
        ok(EVENT_TYPE_ANSWER),
        m.DeletedEventTypeResponse,
    ),
    Case(
        "slots.list_slots",
        {
            "start": "2050-09-05",
            "end": "2050-09-06",
            "event_type_id": 42,
            "event_type_slug": "30min",
            "username": "grace",
            "team_slug": "eng",
            "organization_slug": "acme",
            "usernames": "a,b",
            "time_zone": "Europe/Berlin",
            "duration": 30,
            "format_": "range",
            "booking_uid_to_reschedule": "bk_1",
        },
        "GET",
        "/v2/slots",
        SLOTS,
        200,
        ok({"2050-09-05": [{"start": "2050-09-05T09:00:00.000+02:00"}]}),
        m.SlotsResponse,
        query={
            "start": "2050-09-05",
            "end": "2050-09-06",
            "eventTypeId": "42",
            "eventTypeSlug": "30min",
            "username": "grace",
            "teamSlug": "eng",
            "organizationSlug": "acme",
            "usernames": "a,b",
            "timeZone": "Europe/Berlin",
            "duration": "30",
            "format": "range",
            "bookingUidToReschedule": "bk_1",
        },
    ),
    Case(
        "bookings.list_bookings",
        {
            "status": "upcoming,unconfirmed",
            "attendee_email": "ada@example.com",
            "attendee_name": "Ada",
            "booking_uid": "bk_1",
            "event_type_ids": "1,2",
            "event_type_id": 1,
            "teams_ids": "3,4",
            "team_id": 3,
            "after_start": "2050-01-01T00:00:00Z",
            "before_end": "2050-12-31T00:00:00Z",
            "after_created_at": "2049-01-01",
            "before_created_at": "2051-01-01",
            "after_updated_at": "2049-01-02",
            "before_updated_at": "2051-01-02",
            "sort_start": "asc",
            "sort_end": "desc",
            "sort_created": "asc",
            "sort_updated_at": "desc",
            "take": 10,
            "skip": 20,
        },
        "GET",
        "/v2/bookings",
        BOOKINGS,
        200,
        ok(
            [BOOKING_ANSWER],
            pagination={
                "totalItems": 1,
                "remainingItems": 0,
                "returnedItems": 1,
                "itemsPerPage": 10,
                "currentPage": 1,
                "totalPages": 1,
                "hasNextPage": False,
                "hasPreviousPage": False,
            },
        ),
        m.BookingListResponse,
        query={
            "status": "upcoming,unconfirmed",
            "attendeeEmail": "ada@example.com",
            "attendeeName": "Ada",
            "bookingUid": "bk_1",
            "eventTypeIds": "1,2",
            "eventTypeId": "1",
            "teamsIds": "3,4",
            "teamId": "3",
            "afterStart": "2050-01-01T00:00:00Z",
            "beforeEnd": "2050-12-31T00:00:00Z",
            "afterCreatedAt": "2049-01-01",
            "beforeCreatedAt": "2051-01-01",
            "afterUpdatedAt": "2049-01-02",
            "beforeUpdatedAt": "2051-01-02",
            "sortStart": "asc",
            "sortEnd": "desc",
            "sortCreated": "asc",
            "sortUpdatedAt": "desc",
            "take": "10",
            "skip": "20",
        },
    ),
    Case(
        "bookings.create_booking",
        {
            "body": m.CreateBookingInput(
                start="2050-09-05T09:00:00Z",
                attendee=ATTENDEE,
                event_type_id=42,
                guests=["g@example.com"],
                length_in_minutes=30,
                location=m.BookingLocationIntegration(type_="integration", integration="cal-video"),
            )
        },
        "POST",
        "/v2/bookings",
        BOOKINGS,
        201,
        ok(BOOKING_ANSWER),
        m.BookingResponse,
        body={
            "start": "2050-09-05T09:00:00Z",
            "eventTypeId": 42,
            "guests": ["g@example.com"],
            "lengthInMinutes": 30,
            "attendee": {"name": "Ada", "timeZone": "Europe/London", "email": "ada@example.com"},
            "location": {"type": "integration", "integration": "cal-video"},
        },
    ),
    Case(
        "bookings.create_booking",
        {
            "body": m.CreateInstantBookingInput(
                start="2050-09-05T09:00:00Z", attendee=ATTENDEE, event_type_id=90, instant=True
            )
        },
        "POST",
        "/v2/bookings",
        BOOKINGS,
        201,
        ok(BOOKING_ANSWER),
        m.BookingResponse,
        body={
            "start": "2050-09-05T09:00:00Z",
            "eventTypeId": 90,
            "instant": True,
            "attendee": {"name": "Ada", "timeZone": "Europe/London", "email": "ada@example.com"},
        },
    ),
    Case(
        "bookings.create_booking",
        {
            "body": m.CreateRecurringBookingInput(
                start="2050-09-05T09:00:00Z",
                attendee=ATTENDEE,
                event_type_id=44,
                recurrence_count=3,
            )
        },
        "POST",
        "/v2/bookings",
        BOOKINGS,
        201,
        ok([{**BOOKING_ANSWER, "recurringBookingUid": "r1"}]),
        m.BookingResponse,
        body={
            "start": "2050-09-05T09:00:00Z",
            "eventTypeId": 44,
            "recurrenceCount": 3,
            "attendee": {"name": "Ada", "timeZone": "Europe/London", "email": "ada@example.com"},
        },
    ),
    Case(
        "bookings.get_booking",
        {"booking_uid": "bk_1"},
        "GET",
        "/v2/bookings/bk_1",
        BOOKINGS,
        200,
        ok(BOOKING_ANSWER),
        m.BookingResponse,
    ),
    Case(
        "bookings.cancel_booking",
        {
            "booking_uid": "bk_1",
            "body": m.CancelBookingInput(
                cancellation_reason="Conflict", cancel_subsequent_bookings=True
            ),
        },
        "POST",
        "/v2/bookings/bk_1/cancel",
        BOOKINGS,
        200,
        ok({**BOOKING_ANSWER, "status": "cancelled"}),
        m.BookingResponse,
        body={"cancellationReason": "Conflict", "cancelSubsequentBookings": True},
    ),
    Case(
        "bookings.cancel_booking",
        {"booking_uid": "bk_1", "body": m.CancelSeatedBookingInput(seat_uid="seat_9")},
        "POST",
        "/v2/bookings/bk_1/cancel",
        BOOKINGS,
        200,
        ok(BOOKING_ANSWER),
        m.BookingResponse,
        body={"seatUid": "seat_9"},
    ),
    Case(
        "bookings.reschedule_booking",
        {
            "booking_uid": "bk_1",
            "body": m.RescheduleBookingInput(
                start="2050-09-06T09:00:00Z",
                rescheduling_reason="Moved",
                rescheduled_by="grace@example.com",
            ),
        },
        "POST",
        "/v2/bookings/bk_1/reschedule",
        BOOKINGS,
        201,
        ok({**BOOKING_ANSWER, "uid": "bk_2", "rescheduledFromUid": "bk_1"}),
        m.BookingResponse,
        body={
            "start": "2050-09-06T09:00:00Z",
            "reschedulingReason": "Moved",
            "rescheduledBy": "grace@example.com",
        },
    ),
    Case(
        "bookings.confirm_booking",
        {"booking_uid": "bk_1"},
        "POST",
        "/v2/bookings/bk_1/confirm",
        BOOKINGS,
        200,
        ok(BOOKING_ANSWER),
        m.BookingResponse,
    ),
    Case(
        "bookings.decline_booking",
        {"booking_uid": "bk_1", "body": m.DeclineBookingInput(reason="Busy")},
        "POST",
        "/v2/bookings/bk_1/decline",
        BOOKINGS,
        200,
        ok({**BOOKING_ANSWER, "status": "rejected"}),
        m.BookingResponse,
        body={"reason": "Busy"},
    ),
    Case(
        "schedules.list_schedules",
        {},
        "GET",
        "/v2/schedules",
        SCHEDULES,
        200,
        ok([SCHEDULE_ANSWER]),
        m.ScheduleListResponse,
    ),
    Case(
        "schedules.create_schedule",
        {
            "body": m.CreateScheduleInput(
                name="Work",
                time_zone="Europe/Berlin",
                is_default=True,
                availability=[
                    m.ScheduleAvailability(
                        days=["Monday", "Friday"], start_time="09:00", end_time="17:00"
                    )
                ],
                overrides=[
                    m.ScheduleOverride(date=date(2050, 9, 10), start_time="10:00", end_time="12:00")
                ],
            )
        },
        "POST",
        "/v2/schedules",
        SCHEDULES,
        201,
        ok(SCHEDULE_ANSWER),
        m.ScheduleResponse,
        body={
            "name": "Work",
            "timeZone": "Europe/Berlin",
            "isDefault": True,
            "availability": [
                {"days": ["Monday", "Friday"], "startTime": "09:00", "endTime": "17:00"}
            ],
            "overrides": [{"date": "2050-09-10", "startTime": "10:00", "endTime": "12:00"}],
        },
    ),
    Case(
        "schedules.get_default_schedule",
        {},
        "GET",
        "/v2/schedules/default",
        SCHEDULES,
        200,
        ok(SCHEDULE_ANSWER),
        m.ScheduleResponse,
    ),
    Case(
        "schedules.get_schedule",
        {"schedule_id": 7},
        "GET",
        "/v2/schedules/7",
        SCHEDULES,
        200,
        ok(SCHEDULE_ANSWER),
        m.ScheduleResponse,
    ),
    Case(
        "schedules.update_schedule",
        {"schedule_id": 7, "body": m.UpdateScheduleInput(name="Renamed")},
        "PATCH",
        "/v2/schedules/7",
        SCHEDULES,
        200,
        ok(SCHEDULE_ANSWER),
        m.ScheduleResponse,
        body={"name": "Renamed"},
    ),
    Case(
        "schedules.delete_schedule",
        {"schedule_id": 7},
        "DELETE",
        "/v2/schedules/7",
        SCHEDULES,
        200,
        {"status": "success"},
        m.DeletedScheduleResponse,
    ),
    Case(
        "teams.list_organization_teams",
        {"org_id": 9, "take": 50, "skip": 100},
        "GET",
        "/v2/organizations/9/teams",
        None,
        200,
        ok([{"id": 3, "name": "Eng", "isOrganization": False}]),
        m.TeamListResponse,
        query={"take": "50", "skip": "100"},
    ),
    Case(
        "teams.list_organization_team_event_types",
        {
            "org_id": 9,
            "team_id": 3,
            "event_slug": "intro",
            "hosts_limit": 5,
            "sort_created_at": "asc",
        },
        "GET",
        "/v2/organizations/9/teams/3/event-types",
        None,
        200,
        ok([TEAM_EVENT_TYPE_ANSWER]),
        m.TeamEventTypeListResponse,
        query={"eventSlug": "intro", "hostsLimit": "5", "sortCreatedAt": "asc"},
    ),
    Case(
        "teams.create_organization_team_event_type",
        {
            "org_id": 9,
            "team_id": 3,
            "body": m.CreateTeamEventTypeInput(
                length_in_minutes=30,
                title="Intro",
                slug="intro",
                scheduling_type="roundRobin",
                hosts=[m.TeamEventTypeHostInput(user_id=11, mandatory=False, priority="high")],
            ),
        },
        "POST",
        "/v2/organizations/9/teams/3/event-types",
        None,
        201,
        ok(TEAM_EVENT_TYPE_ANSWER),
        m.TeamEventTypeCreatedResponse,
        body={
            "lengthInMinutes": 30,
            "title": "Intro",
            "slug": "intro",
            "schedulingType": "roundRobin",
            "hosts": [{"userId": 11, "mandatory": False, "priority": "high"}],
        },
    ),
    Case(
        "webhooks.list_webhooks",
        {"take": 250, "skip": 0},
        "GET",
        "/v2/webhooks",
        None,
        200,
        ok([WEBHOOK_ANSWER]),
        m.WebhookListResponse,
        query={"take": "250", "skip": "0"},
    ),
    Case(
        "webhooks.create_webhook",
        {
            "body": m.CreateWebhookInput(
                subscriber_url="https://example.com/hook",
                triggers=["BOOKING_CREATED", "BOOKING_CANCELLED"],
                active=True,
                secret="s3cret",
            )
        },
        "POST",
        "/v2/webhooks",
        None,
        201,
        ok(WEBHOOK_ANSWER),
        m.WebhookResponse,
        body={
            "subscriberUrl": "https://example.com/hook",
            "triggers": ["BOOKING_CREATED", "BOOKING_CANCELLED"],
            "active": True,
            "secret": "s3cret",
        },
    ),
    Case(
        "webhooks.get_webhook",
        {"webhook_id": "wh_1"},
        "GET",
        "/v2/webhooks/wh_1",
        None,
        200,
        ok(WEBHOOK_ANSWER),
        m.WebhookResponse,
    ),
    Case(
        "webhooks.update_webhook",
        {"webhook_id": "wh_1", "body": m.UpdateWebhookInput(active=False)},
        "PATCH",
        "/v2/webhooks/wh_1",
        None,
        200,
        ok(WEBHOOK_ANSWER),
        m.WebhookResponse,
        body={"active": False},
    ),
    Case(
        "webhooks.delete_webhook",
        {"webhook_id": "wh_1"},
        "DELETE",
        "/v2/webhooks/wh_1",
        None,
        200,
        ok(WEBHOOK_ANSWER),
        m.WebhookResponse,
    ),
    Case(
        "calendars.list_calendars",
        {},
        "GET",
        "/v2/calendars",
        None,
        200,
        ok({"connectedCalendars": [], "destinationCalendar": None}),
        m.ConnectedCalendarsResponse,
    ),
    Case(
        "calendars.get_busy_times",
        {
            "credential_id": 135,
            "external_id": "grace@example.com",
            "date_from": "2050-09-05",
            "date_to": "2050-09-06",
            "time_zone": "Europe/Madrid",
        },
        "GET",
        "/v2/calendars/busy-times",
        None,
        200,
        ok([{"start": "2050-09-05T09:00:00Z", "end": "2050-09-05T10:00:00Z"}]),
        m.BusyTimesResponse,
        query={
            "credentialId": "135",
            "externalId": "grace@example.com",
            "dateFrom": "2050-09-05",
            "dateTo": "2050-09-06",
            "timeZone": "Europe/Madrid",
        },
    ),
]


def test_every_endpoint_module_is_covered() -> None:
    modules = {
        f"{pkg.name}.{mod.name}"
        for pkg in pkgutil.iter_modules(api.__path__)
        for mod in pkgutil.iter_modules([f"{api.__path__[0]}/{pkg.name}"])
    }
    covered = [
        *CASES,
        *test_generated_endpoints_more.CASES,
        *test_generated_endpoints_teams.CASES,
    ]
    assert modules == {case.module for case in covered}
    assert len(modules) == 99


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
async def test_request_shape(case: Case) -> None:
    await check_case(case)


async def test_default_query_values_are_sent() -> None:
    """take/skip carry their documented defaults when the caller leaves them out."""
    from calcom_v2_client.api.bookings import list_bookings
    from calcom_v2_client.api.webhooks import list_webhooks

    client = AuthenticatedClient(base_url=BASE, token=KEY)
    with respx.mock() as router:
        bookings = router.get(BASE + "/v2/bookings").respond(200, json=CASES[7].answer)
        webhooks = router.get(BASE + "/v2/webhooks").respond(200, json=ok([]))
        await list_bookings.asyncio_detailed(client=client)
        await list_webhooks.asyncio_detailed(client=client)
    assert dict(bookings.calls.last.request.url.params) == {"take": "100", "skip": "0"}
    assert dict(webhooks.calls.last.request.url.params) == {"take": "250", "skip": "0"}


async def test_error_envelope_is_parsed() -> None:
    from calcom_v2_client.api.bookings import get_booking

    client = AuthenticatedClient(base_url=BASE, token=KEY)
    answer = {
        "status": "error",
        "timestamp": "2050-09-05T09:00:00.000Z",
        "path": "/v2/bookings/nope",
        "error": {"code": "NotFoundException", "message": "not found", "details": {}},
    }
    with respx.mock() as router:
        router.get(BASE + "/v2/bookings/nope").respond(404, json=answer)
        response = await get_booking.asyncio_detailed(client=client, booking_uid="nope")
    assert response.status_code == 404
    assert isinstance(response.parsed, m.ErrorEnvelope)
    assert response.parsed.error.code == "NotFoundException"
    stamp = response.parsed.timestamp
    assert isinstance(stamp, datetime)
    assert stamp.utcoffset() == timedelta(0)
    assert stamp == isoparse(answer["timestamp"])
    written = response.parsed.to_dict()
    assert isoparse(written.pop("timestamp")) == stamp
    assert written == {k: v for k, v in answer.items() if k != "timestamp"}


async def test_api_version_can_still_be_overridden() -> None:
    from calcom_v2_client.api.slots import list_slots

    client = AuthenticatedClient(base_url=BASE, token=KEY)
    with respx.mock() as router:
        route = router.get(BASE + "/v2/slots").respond(200, json=ok({}))
        await list_slots.asyncio_detailed(
            client=client, start="2050-01-01", end="2050-01-02", cal_api_version="2099-01-01"
        )
    assert route.calls.last.request.headers["cal-api-version"] == "2099-01-01"
