"""Generated endpoints added for issue 10, outside teams: each sends the documented request.

Bookings after booking, slot reservations, PATCH /v2/me, event-type webhooks and private links,
calendar connections. Teams are in ``test_generated_endpoints_teams.py``.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from _endpoint_cases import BOOKING_ANSWER, BOOKINGS, SLOTS, Case, case_id, check_case, ok
from calcom_v2_client import models as m

RESERVATION = {
    "reservationUid": "rsv_1",
    "eventTypeId": 42,
    "slotStart": "2050-09-05T09:00:00.000Z",
    "slotEnd": "2050-09-05T09:30:00.000Z",
    "slotDuration": 30,
    "reservationDuration": 10,
    "reservationUntil": "2050-09-01T10:10:00.000Z",
}
ET_WEBHOOK = {
    "id": 5,
    "eventTypeId": 42,
    "subscriberUrl": "https://example.com/hook",
    "triggers": ["BOOKING_CREATED"],
    "active": True,
    "payloadTemplate": None,
}
USAGE_LINK = {
    "linkId": "pl_1",
    "eventTypeId": 42,
    "isExpired": False,
    "bookingUrl": "https://cal.com/d/pl_1/30min",
    "maxUsageCount": 3,
    "usageCount": 0,
}
TIME_LINK = {
    "linkId": "pl_2",
    "eventTypeId": 42,
    "isExpired": False,
    "bookingUrl": "https://cal.com/d/pl_2/30min",
    "expiresAt": "2050-12-31T23:59:59.000Z",
}
CREDENTIAL = {
    "id": 135,
    "type": "google_calendar",
    "userId": 1,
    "teamId": None,
    "appId": "google-calendar",
    "invalid": False,
}
SELECTED = {
    "userId": 1,
    "integration": "google_calendar",
    "externalId": "me@x.com",
    "credentialId": 135,
}
EXPIRES = datetime(2050, 12, 31, 23, 59, 59, tzinfo=timezone.utc)

BOOKING_CASES = [
    Case(
        "bookings.mark_booking_absent",
        {
            "booking_uid": "bk_1",
            "body": m.MarkAbsentInput(
                host=False, attendees=[m.MarkAbsentAttendee(email="ada@example.com", absent=True)]
            ),
        },
        "POST",
        "/v2/bookings/bk_1/mark-absent",
        BOOKINGS,
        200,
        ok({**BOOKING_ANSWER, "absentHost": False}),
        m.BookingResponse,
        body={"host": False, "attendees": [{"email": "ada@example.com", "absent": True}]},
        data=m.Booking,
    ),
    Case(
        "bookings.reassign_booking",
        {"booking_uid": "bk_1"},
        "POST",
        "/v2/bookings/bk_1/reassign",
        BOOKINGS,
        200,
        ok({"bookingUid": "bk_1", "reassignedTo": {"id": 12, "name": "Bo", "email": "bo@x.com"}}),
        m.BookingReassignmentResponse,
        data=m.BookingReassignment,
    ),
    Case(
        "bookings.reassign_booking_to_user",
        {"booking_uid": "bk_1", "user_id": 12, "body": m.ReassignBookingInput(reason="Holiday")},
        "POST",
        "/v2/bookings/bk_1/reassign/12",
        BOOKINGS,
        200,
        ok({"bookingUid": "bk_1", "reassignedTo": {"id": 12, "name": None, "email": "bo@x.com"}}),
        m.BookingReassignmentResponse,
        body={"reason": "Holiday"},
        data=m.BookingReassignment,
    ),
    Case(
        "bookings.add_booking_guests",
        {
            "booking_uid": "bk_1",
            "body": m.AddGuestsInput(
                guests=[
                    m.GuestInput(email="grace@example.com", name="Grace", time_zone="UTC"),
                    m.GuestInput(email="alan@example.com"),
                ]
            ),
        },
        "POST",
        "/v2/bookings/bk_1/guests",
        BOOKINGS,
        200,
        ok(BOOKING_ANSWER),
        m.BookingResponse,
        body={
            "guests": [
                {"email": "grace@example.com", "name": "Grace", "timeZone": "UTC"},
                {"email": "alan@example.com"},
            ]
        },
        data=m.Booking,
    ),
    Case(
        "bookings.update_booking_location",
        {
            "booking_uid": "bk_1",
            "body": m.UpdateBookingLocationInput(
                location=m.BookingLocationLinkUpdate(type_="link", link="https://meet.example/x")
            ),
        },
        "PATCH",
        "/v2/bookings/bk_1/location",
        BOOKINGS,
        200,
        ok({**BOOKING_ANSWER, "location": "https://meet.example/x"}),
        m.BookingResponse,
        body={"location": {"type": "link", "link": "https://meet.example/x"}},
        data=m.Booking,
    ),
    Case(
        "bookings.update_booking_location",
        {
            "booking_uid": "bk_1",
            "body": m.UpdateBookingLocationInput(
                location=m.BookingLocationAttendeePhone(type_="attendeePhone", phone="+15550100")
            ),
        },
        "PATCH",
        "/v2/bookings/bk_1/location",
        BOOKINGS,
        200,
        ok(BOOKING_ANSWER),
        m.BookingResponse,
        body={"location": {"type": "attendeePhone", "phone": "+15550100"}},
    ),
    Case(
        "bookings.get_booking_calendar_links",
        {"booking_uid": "bk_1"},
        "GET",
        "/v2/bookings/bk_1/calendar-links",
        BOOKINGS,
        200,
        ok([{"label": "Google", "link": "https://calendar.google.com/x"}]),
        m.CalendarLinksResponse,
        data=list,
    ),
    Case(
        "bookings.list_booking_references",
        {"booking_uid": "bk_1", "type_": "zoom_video"},
        "GET",
        "/v2/bookings/bk_1/references",
        BOOKINGS,
        200,
        ok([{"id": 3, "type": "zoom_video", "eventUid": "z1", "destinationCalendarId": None}]),
        m.BookingReferencesResponse,
        query={"type": "zoom_video"},
        data=list,
    ),
    Case(
        "bookings.list_booking_recordings",
        {"booking_uid": "bk_1"},
        "GET",
        "/v2/bookings/bk_1/recordings",
        BOOKINGS,
        200,
        ok(
            [
                {
                    "id": "rec_1",
                    "roomName": "room",
                    "startTs": 2546000000,
                    "status": "finished",
                    "duration": 1800,
                    "shareToken": "tok",
                    "downloadLink": None,
                }
            ]
        ),
        m.BookingRecordingsResponse,
        data=list,
    ),
    Case(
        "bookings.list_booking_transcripts",
        {"booking_uid": "bk_1"},
        "GET",
        "/v2/bookings/bk_1/transcripts",
        BOOKINGS,
        200,
        ok(["https://example.com/transcript.vtt"]),
        m.BookingTranscriptsResponse,
        data=list,
    ),
    Case(
        "bookings.list_booking_conferencing_sessions",
        {"booking_uid": "bk_1"},
        "GET",
        "/v2/bookings/bk_1/conferencing-sessions",
        BOOKINGS,
        200,
        ok(
            [
                {
                    "id": "s1",
                    "room": "room",
                    "startTime": 2546000000,
                    "duration": 1700,
                    "ongoing": False,
                    "maxParticipants": 2,
                    "participants": [
                        {
                            "userId": None,
                            "userName": "Ada",
                            "joinTime": 2546000005,
                            "duration": 1600,
                        }
                    ],
                }
            ]
        ),
        m.ConferencingSessionsResponse,
        data=list,
    ),
]

SLOT_AND_ME_CASES = [
    Case(
        "slots.reserve_slot",
        {
            "body": m.ReserveSlotInput(
                event_type_id=42, slot_start="2050-09-05T09:00:00Z", reservation_duration=10
            )
        },
        "POST",
        "/v2/slots/reservations",
        SLOTS,
        201,
        ok(RESERVATION),
        m.SlotReservationResponse,
        body={"eventTypeId": 42, "slotStart": "2050-09-05T09:00:00Z", "reservationDuration": 10},
        data=m.SlotReservation,
    ),
    Case(
        "slots.get_slot_reservation",
        {"uid": "rsv_1"},
        "GET",
        "/v2/slots/reservations/rsv_1",
        SLOTS,
        200,
        ok({k: v for k, v in RESERVATION.items() if k != "reservationDuration"}),
        m.SlotReservationLookupResponse,
        data=m.SlotReservation,
    ),
    Case(
        "slots.get_slot_reservation",
        {"uid": "gone"},
        "GET",
        "/v2/slots/reservations/gone",
        SLOTS,
        200,
        ok(None),
        m.SlotReservationLookupResponse,
        data=type(None),
    ),
    Case(
        "slots.update_slot_reservation",
        {
            "uid": "rsv_1",
            "body": m.ReserveSlotInput(
                event_type_id=42, slot_start="2050-09-05T10:00:00Z", slot_duration=60
            ),
        },
        "PATCH",
        "/v2/slots/reservations/rsv_1",
        SLOTS,
        200,
        ok(RESERVATION),
        m.SlotReservationResponse,
        body={"eventTypeId": 42, "slotStart": "2050-09-05T10:00:00Z", "slotDuration": 60},
        data=m.SlotReservation,
    ),
    Case(
        "slots.delete_slot_reservation",
        {"uid": "rsv_1"},
        "DELETE",
        "/v2/slots/reservations/rsv_1",
        SLOTS,
        200,
        {"status": "success"},
        m.DeletedSlotReservationResponse,
    ),
    Case(
        "me.update_me",
        {"body": m.UpdateMeInput(time_zone="Europe/Riga", week_start="Monday", time_format=24)},
        "PATCH",
        "/v2/me",
        None,
        200,
        ok({"id": 1, "username": "u", "email": "u@example.com", "timeZone": "Europe/Riga"}),
        m.MeResponse,
        body={"timeZone": "Europe/Riga", "weekStart": "Monday", "timeFormat": 24},
        data=m.Me,
    ),
]

EVENT_TYPE_CASES = [
    Case(
        "event_types.list_event_type_webhooks",
        {"event_type_id": 42, "take": 20, "skip": 40},
        "GET",
        "/v2/event-types/42/webhooks",
        None,
        200,
        ok([ET_WEBHOOK]),
        m.EventTypeWebhookListResponse,
        query={"take": "20", "skip": "40"},
        data=list,
    ),
    Case(
        "event_types.create_event_type_webhook",
        {
            "event_type_id": 42,
            "body": m.CreateWebhookInput(
                subscriber_url="https://example.com/hook", triggers=["BOOKING_CREATED"], active=True
            ),
        },
        "POST",
        "/v2/event-types/42/webhooks",
        None,
        201,
        ok(ET_WEBHOOK),
        m.EventTypeWebhookResponse,
        body={
            "subscriberUrl": "https://example.com/hook",
            "triggers": ["BOOKING_CREATED"],
            "active": True,
        },
        data=m.EventTypeWebhook,
    ),
    Case(
        "event_types.delete_all_event_type_webhooks",
        {"event_type_id": 42},
        "DELETE",
        "/v2/event-types/42/webhooks",
        None,
        200,
        ok("2 webhooks deleted"),
        m.DeletedEventTypeWebhooksResponse,
        data=str,
    ),
    Case(
        "event_types.get_event_type_webhook",
        {"event_type_id": 42, "webhook_id": "5"},
        "GET",
        "/v2/event-types/42/webhooks/5",
        None,
        200,
        ok(ET_WEBHOOK),
        m.EventTypeWebhookResponse,
        data=m.EventTypeWebhook,
    ),
    Case(
        "event_types.update_event_type_webhook",
        {"event_type_id": 42, "webhook_id": "5", "body": m.UpdateWebhookInput(active=False)},
        "PATCH",
        "/v2/event-types/42/webhooks/5",
        None,
        200,
        ok({**ET_WEBHOOK, "active": False}),
        m.EventTypeWebhookResponse,
        body={"active": False},
        data=m.EventTypeWebhook,
    ),
    Case(
        "event_types.delete_event_type_webhook",
        {"event_type_id": 42, "webhook_id": "5"},
        "DELETE",
        "/v2/event-types/42/webhooks/5",
        None,
        200,
        ok(ET_WEBHOOK),
        m.EventTypeWebhookResponse,
        data=m.EventTypeWebhook,
    ),
    Case(
        "event_types.list_private_links",
        {"event_type_id": 42},
        "GET",
        "/v2/event-types/42/private-links",
        None,
        200,
        ok([USAGE_LINK, TIME_LINK]),
        m.PrivateLinkListResponse,
        data=list,
    ),
    Case(
        "event_types.create_private_link",
        {"event_type_id": 42, "body": m.CreatePrivateLinkInput(max_usage_count=3)},
        "POST",
        "/v2/event-types/42/private-links",
        None,
        201,
        ok(USAGE_LINK),
        m.PrivateLinkResponse,
        body={"maxUsageCount": 3},
        data=m.PrivateLink,
    ),
    Case(
        "event_types.update_private_link",
        {
            "event_type_id": 42,
            "link_id": "pl_2",
            "body": m.UpdatePrivateLinkInput(expires_at=EXPIRES),
        },
        "PATCH",
        "/v2/event-types/42/private-links/pl_2",
        None,
        200,
        ok(TIME_LINK),
        m.PrivateLinkResponse,
        body={"expiresAt": "2050-12-31T23:59:59+00:00"},
        data=m.PrivateLink,
    ),
    Case(
        "event_types.delete_private_link",
        {"event_type_id": 42, "link_id": "pl_2"},
        "DELETE",
        "/v2/event-types/42/private-links/pl_2",
        None,
        200,
        ok({"linkId": "pl_2", "message": "deleted"}),
        m.DeletedPrivateLinkResponse,
        data=m.DeletedPrivateLink,
    ),
]

CALENDAR_CASES = [
    Case(
        "calendars.check_calendar_connection",
        {"calendar": "google"},
        "GET",
        "/v2/calendars/google/check",
        None,
        200,
        {"status": "success"},
        m.CalendarCheckResponse,
    ),
    Case(
        "calendars.disconnect_calendar",
        {"calendar": "office365", "body": m.DisconnectCalendarInput(id=135)},
        "POST",
        "/v2/calendars/office365/disconnect",
        None,
        200,
        ok(CREDENTIAL),
        m.CalendarCredentialResponse,
        body={"id": 135},
        data=m.CalendarCredential,
    ),
    Case(
        "calendars.check_ics_feed",
        {},
        "GET",
        "/v2/calendars/ics-feed/check",
        None,
        200,
        {"status": "success"},
        m.CalendarCheckResponse,
    ),
    Case(
        "calendars.save_ics_feed",
        {"body": m.SaveIcsFeedInput(urls=["https://example.com/a.ics"], read_only=False)},
        "POST",
        "/v2/calendars/ics-feed/save",
        None,
        201,
        ok({**CREDENTIAL, "type": "ics-feed_calendar"}),
        m.CalendarCredentialResponse,
        body={"urls": ["https://example.com/a.ics"], "readOnly": False},
        data=m.CalendarCredential,
    ),
    Case(
        "calendars.add_selected_calendar",
        {
            "body": m.SelectedCalendarInput(
                integration="google_calendar", external_id="me@x.com", credential_id=135
            )
        },
        "POST",
        "/v2/selected-calendars",
        None,
        201,
        ok(SELECTED),
        m.SelectedCalendarResponse,
        body={"integration": "google_calendar", "externalId": "me@x.com", "credentialId": 135},
        data=m.SelectedCalendar,
    ),
    Case(
        "calendars.remove_selected_calendar",
        {
            "integration": "google_calendar",
            "external_id": "me@x.com",
            "credential_id": 135,
            "delegation_credential_id": "dc_1",
        },
        "DELETE",
        "/v2/selected-calendars",
        None,
        200,
        ok(SELECTED),
        m.SelectedCalendarResponse,
        query={
            "integration": "google_calendar",
            "externalId": "me@x.com",
            "credentialId": "135",
            "delegationCredentialId": "dc_1",
        },
        data=m.SelectedCalendar,
    ),
    Case(
        "calendars.update_destination_calendar",
        {"body": m.DestinationCalendarInput(integration="google_calendar", external_id="me@x.com")},
        "PUT",
        "/v2/destination-calendars",
        None,
        200,
        ok(SELECTED),
        m.SelectedDestinationCalendarResponse,
        body={"integration": "google_calendar", "externalId": "me@x.com"},
        data=m.SelectedDestinationCalendar,
    ),
]

CASES = [*BOOKING_CASES, *SLOT_AND_ME_CASES, *EVENT_TYPE_CASES, *CALENDAR_CASES]


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
async def test_request_shape(case: Case) -> None:
    await check_case(case)
