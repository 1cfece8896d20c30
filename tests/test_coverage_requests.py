"""The facade methods added for issue 10 (bookings after booking, slot reservations, me.update,
calendar connections) send the right request and return the right model.

As in ``test_facade_resources.py``: each test mocks one endpoint with respx and checks the HTTP
method and path, query parameters, JSON body, ``cal-api-version`` (or its absence), the bearer
key and the parsed result; bad arguments raise ``CalcomValueError`` with nothing sent.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import respx
from calcom_v2_client import models as m
from test_facade_resources import body_of, check_headers, only_request, params_of
from test_generated_models import BOOKING, ME, ok

from calcom_async import AsyncCalcom, Attendee, CalcomValueError, Guest

BOOKINGS_VERSION = "2024-08-13"
SLOTS_VERSION = "2024-09-04"
UID = "bk_3f1c9a"
RESERVATION = {
    "reservationUid": "e84be5a3-4696-49e3-acc7-b2f3999c3b94",
    "eventTypeId": 42,
    "slotStart": "2050-09-05T09:00:00.000Z",
    "slotEnd": "2050-09-05T09:30:00.000Z",
    "slotDuration": 30,
    "reservationDuration": 15,
    "reservationUntil": "2050-09-01T12:15:00.000Z",
}
CREDENTIAL = {
    "id": 135,
    "type": "google_calendar",
    "userId": 11,
    "teamId": None,
    "appId": "google-calendar",
    "invalid": False,
}
SELECTED = {
    "userId": 11,
    "integration": "google_calendar",
    "externalId": "grace@example.com",
    "credentialId": 135,
}
START = datetime(2050, 9, 5, 11, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # 09:00 UTC


def assert_nothing_sent(mock_api: respx.MockRouter) -> None:
    assert all(route.call_count == 0 for route in mock_api.routes)


# --------------------------------------------------------------------------------------------
# bookings: no-shows, reassignment, guests, location
# --------------------------------------------------------------------------------------------


async def test_mark_absent(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    marked = {**BOOKING, "absentHost": True}
    route = mock_api.post(f"/v2/bookings/{UID}/mark-absent").respond(200, json=ok(marked))
    booking = await cal.bookings.mark_absent(
        UID, host=True, attendees=["ada@example.com", ("bob@example.com", False)]
    )
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert body_of(request) == {
        "host": True,
        "attendees": [
            {"email": "ada@example.com", "absent": True},
            {"email": "bob@example.com", "absent": False},
        ],
    }
    assert isinstance(booking, m.Booking)
    assert booking.absent_host is True


async def test_mark_absent_host_only(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post(f"/v2/bookings/{UID}/mark-absent").respond(200, json=ok(BOOKING))
    await cal.bookings.mark_absent(UID, host=False)
    assert body_of(only_request(route)) == {"host": False}


@pytest.mark.parametrize(
    "kwargs",
    [
        {},  # nothing to mark
        {"attendees": []},
        {"attendees": "ada@example.com"},  # a string, not a list
        {"attendees": ["not-an-email"]},
        {"attendees": [("ada@example.com", "yes")]},
        {"attendees": [("ada@example.com",)]},
        {"attendees": ["ada@example.com", ("ADA@example.com", False)]},  # twice
        {"host": 1},
    ],
)
async def test_mark_absent_refuses(
    cal: AsyncCalcom, mock_api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    mock_api.post(f"/v2/bookings/{UID}/mark-absent").respond(200, json=ok(BOOKING))
    with pytest.raises(CalcomValueError):
        await cal.bookings.mark_absent(UID, **kwargs)
    assert_nothing_sent(mock_api)


REASSIGNED = {
    "bookingUid": UID,
    "reassignedTo": {"id": 12, "name": "Alan", "email": "alan@example.com"},
}


async def test_reassign_automatic(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post(f"/v2/bookings/{UID}/reassign").respond(200, json=ok(REASSIGNED))
    result = await cal.bookings.reassign(UID)
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert request.content == b""
    assert isinstance(result, m.BookingReassignment)
    assert result.booking_uid == UID
    assert result.reassigned_to.email == "alan@example.com"


async def test_reassign_to_user(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post(f"/v2/bookings/{UID}/reassign/12").respond(200, json=ok(REASSIGNED))
    result = await cal.bookings.reassign(UID, user_id=12, reason="Grace is ill")
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert body_of(request) == {"reason": "Grace is ill"}
    assert result.reassigned_to.id == 12


async def test_reassign_to_user_without_reason(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post(f"/v2/bookings/{UID}/reassign/12").respond(200, json=ok(REASSIGNED))
    await cal.bookings.reassign(UID, user_id=12)
    assert body_of(only_request(route)) == {}


@pytest.mark.parametrize(
    "kwargs",
    [{"reason": "no user"}, {"user_id": 0}, {"user_id": "12"}, {"user_id": 12, "reason": ""}],
)
async def test_reassign_refuses(
    cal: AsyncCalcom, mock_api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    mock_api.post(url__regex=r"/v2/bookings/.*").respond(200, json=ok(REASSIGNED))
    with pytest.raises(CalcomValueError):
        await cal.bookings.reassign(UID, **kwargs)
    assert_nothing_sent(mock_api)


async def test_add_guests(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post(f"/v2/bookings/{UID}/guests").respond(200, json=ok(BOOKING))
    booking = await cal.bookings.add_guests(
        UID,
        [
            "bob@example.com",
            Guest(
                email="eve@example.com",
                name="Eve",
                time_zone="America/Chicago",
                phone_number="+15551234567",
                language="de",
            ),
        ],
    )
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert body_of(request) == {
        "guests": [
            {"email": "bob@example.com"},
            {
                "email": "eve@example.com",
                "name": "Eve",
                "timeZone": "America/Chicago",
                "phoneNumber": "+15551234567",
                "language": "de",
            },
        ]
    }
    assert isinstance(booking, m.Booking)


@pytest.mark.parametrize(
    "guests",
    [
        [],
        "bob@example.com",
        ["bob"],
        ["bob@example.com", "BOB@example.com"],
        [f"g{i}@example.com" for i in range(11)],  # Cal.com takes 10 per request
        [{"email": "bob@example.com"}],  # a mapping is not a Guest
    ],
)
async def test_add_guests_refuses(
    cal: AsyncCalcom, mock_api: respx.MockRouter, guests: Any
) -> None:
    mock_api.post(f"/v2/bookings/{UID}/guests").respond(200, json=ok(BOOKING))
    with pytest.raises(CalcomValueError):
        await cal.bookings.add_guests(UID, guests)
    assert_nothing_sent(mock_api)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"email": "bob"},
        {"email": "bob@example.com", "time_zone": "Mars/Olympus"},
        {"email": "bob@example.com", "phone_number": "555-1234"},
        {"email": "bob@example.com", "language": "klingon"},
        {"email": "bob@example.com", "name": " "},
    ],
)
def test_guest_refuses_bad_fields(kwargs: dict[str, Any]) -> None:
    with pytest.raises(CalcomValueError):
        Guest(**kwargs)


@pytest.mark.parametrize(
    "location",
    [
        {"type": "link", "link": "https://meet.example.com/ada"},
        {"type": "address", "address": "1 Main St"},
        {"type": "phone", "phone": "+15551234567"},
        {"type": "attendeeAddress", "address": "2 Side St"},
        {"type": "attendeePhone", "phone": "+15557654321"},
        {"type": "attendeeDefined", "location": "The cafe"},
    ],
)
async def test_update_location(
    cal: AsyncCalcom, mock_api: respx.MockRouter, location: dict[str, str]
) -> None:
    route = mock_api.patch(f"/v2/bookings/{UID}/location").respond(200, json=ok(BOOKING))
    booking = await cal.bookings.update_location(UID, location)
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert body_of(request) == {"location": location}
    assert isinstance(booking, m.Booking)


@pytest.mark.parametrize(
    "location",
    [
        "https://meet.example.com",  # a string, not a location object
        {"type": "link"},  # the link is missing
        {"type": "link", "link": "meet.example.com"},  # not an absolute URL
        {"type": "integration", "integration": "cal-video"},  # not a kind an update takes
        {"type": "address", "address": "1 Main St", "link": "x"},
        {"type": "attendeeDefined", "location": ""},
    ],
)
async def test_update_location_refuses(
    cal: AsyncCalcom, mock_api: respx.MockRouter, location: Any
) -> None:
    mock_api.patch(f"/v2/bookings/{UID}/location").respond(200, json=ok(BOOKING))
    with pytest.raises(CalcomValueError):
        await cal.bookings.update_location(UID, location)
    assert_nothing_sent(mock_api)


@pytest.mark.parametrize("uid", [5001, "", "..", "a/b", "a b"])
async def test_after_booking_methods_refuse_bad_uids(
    cal: AsyncCalcom, mock_api: respx.MockRouter, uid: Any
) -> None:
    mock_api.route().respond(200, json=ok([]))
    for call in (
        cal.bookings.calendar_links(uid),
        cal.bookings.recordings(uid),
        cal.bookings.transcripts(uid),
        cal.bookings.conferencing_sessions(uid),
        cal.bookings.references(uid),
        cal.bookings.mark_absent(uid, host=True),
        cal.bookings.reassign(uid),
        cal.bookings.add_guests(uid, ["bob@example.com"]),
        cal.bookings.update_location(uid, {"type": "phone", "phone": "+15551234567"}),
    ):
        with pytest.raises(CalcomValueError):
            await call
    assert_nothing_sent(mock_api)


async def test_create_with_a_reservation(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/bookings").respond(201, json=ok(BOOKING))
    await cal.bookings.create(
        event_type_id=42,
        start=START,
        attendee=Attendee(name="Ada", email="ada@example.com"),
        reservation_uid=RESERVATION["reservationUid"],
    )
    body = body_of(only_request(route))
    assert body["reservedSlotUid"] == RESERVATION["reservationUid"]
    assert body["start"] == "2050-09-05T09:00:00.000Z"


# --------------------------------------------------------------------------------------------
# bookings: what Cal.com recorded
# --------------------------------------------------------------------------------------------


async def test_calendar_links(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    links = [
        {"label": "Google", "link": "https://calendar.google.com/calendar/r/eventedit?x=1"},
        {"label": "ICS", "link": "data:text/calendar,BEGIN%3AVCALENDAR"},
    ]
    route = mock_api.get(f"/v2/bookings/{UID}/calendar-links").respond(200, json=ok(links))
    result = await cal.bookings.calendar_links(UID)
    check_headers(only_request(route), BOOKINGS_VERSION)
    assert [(x.label, x.link) for x in result] == [(x["label"], x["link"]) for x in links]
    assert all(isinstance(x, m.CalendarLink) for x in result)


async def test_references(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    refs = [
        {"id": 1, "type": "daily_video", "eventUid": "room-1", "destinationCalendarId": None},
        {"id": 2, "type": "teams_video", "eventUid": "x", "destinationCalendarId": "a@b.c"},
    ]
    route = mock_api.get(f"/v2/bookings/{UID}/references").respond(200, json=ok(refs))
    result = await cal.bookings.references(UID, type="daily_video")
    request = only_request(route)
    check_headers(request, BOOKINGS_VERSION)
    assert params_of(request) == {"type": "daily_video"}
    assert all(isinstance(x, m.BookingReference) for x in result)
    assert [x.type_ for x in result] == ["daily_video", "teams_video"]  # new kinds parse


async def test_references_unfiltered_and_refused(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get(f"/v2/bookings/{UID}/references").respond(200, json=ok([]))
    assert await cal.bookings.references(UID) == []
    assert params_of(only_request(route)) == {}
    with pytest.raises(CalcomValueError):
        await cal.bookings.references(UID, type="carrier_pigeon")  # type: ignore[arg-type]
    assert route.call_count == 1


async def test_recordings(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    rec = {
        "id": "r1",
        "roomName": "room",
        "startTs": 2546000000,
        "status": "finished",
        "maxParticipants": 2,
        "duration": 1800,
        "shareToken": "tok",
        "downloadLink": "https://example.com/r1.mp4",
        "error": None,
    }
    route = mock_api.get(f"/v2/bookings/{UID}/recordings").respond(200, json=ok([rec]))
    [result] = await cal.bookings.recordings(UID)
    check_headers(only_request(route), BOOKINGS_VERSION)
    assert isinstance(result, m.BookingRecording)
    assert (result.duration, result.download_link) == (1800, "https://example.com/r1.mp4")


async def test_transcripts(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    links = ["https://example.com/t1.txt", "https://example.com/t2.txt"]
    route = mock_api.get(f"/v2/bookings/{UID}/transcripts").respond(200, json=ok(links))
    assert await cal.bookings.transcripts(UID) == links
    check_headers(only_request(route), BOOKINGS_VERSION)


async def test_conferencing_sessions(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    session = {
        "id": "s1",
        "room": "room",
        "startTime": 2546000000,
        "duration": 900,
        "ongoing": False,
        "maxParticipants": 2,
        "participants": [
            {"userId": None, "userName": "Ada", "joinTime": 2546000010, "duration": 890}
        ],
    }
    route = mock_api.get(f"/v2/bookings/{UID}/conferencing-sessions").respond(
        200, json=ok([session])
    )
    [result] = await cal.bookings.conferencing_sessions(UID)
    check_headers(only_request(route), BOOKINGS_VERSION)
    assert isinstance(result, m.ConferencingSession)
    assert [p.user_name for p in result.participants] == ["Ada"]


# --------------------------------------------------------------------------------------------
# slot reservations
# --------------------------------------------------------------------------------------------


async def test_reserve(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/slots/reservations").respond(201, json=ok(RESERVATION))
    held = await cal.slots.reserve(
        event_type_id=42, start=START, duration=30, reservation_duration=15
    )
    request = only_request(route)
    check_headers(request, SLOTS_VERSION)
    assert body_of(request) == {
        "eventTypeId": 42,
        "slotStart": "2050-09-05T09:00:00.000Z",
        "slotDuration": 30,
        "reservationDuration": 15,
    }
    assert isinstance(held, m.SlotReservation)
    assert held.reservation_uid == RESERVATION["reservationUid"]
    assert held.slot_start == START
    assert held.reservation_until.tzinfo is not None


async def test_reserve_minimal_body(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/slots/reservations").respond(201, json=ok(RESERVATION))
    await cal.slots.reserve(event_type_id=42, start=START)
    assert body_of(only_request(route)) == {
        "eventTypeId": 42,
        "slotStart": "2050-09-05T09:00:00.000Z",
    }


@pytest.mark.parametrize(
    "kwargs",
    [
        {"event_type_id": 0, "start": START},
        {"event_type_id": 42, "start": datetime(2050, 9, 5, 9)},  # naive
        {"event_type_id": 42, "start": START, "duration": 0},
        {"event_type_id": 42, "start": START, "reservation_duration": 2.5},
        {"event_type_id": 42, "start": "2050-09-05T09:00:00Z"},
    ],
)
async def test_reserve_refuses(
    cal: AsyncCalcom, mock_api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    mock_api.post("/v2/slots/reservations").respond(201, json=ok(RESERVATION))
    with pytest.raises(CalcomValueError):
        await cal.slots.reserve(**kwargs)
    assert_nothing_sent(mock_api)


async def test_get_reservation(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    uid = RESERVATION["reservationUid"]
    route = mock_api.get(f"/v2/slots/reservations/{uid}").mock(
        side_effect=[
            respx.MockResponse(200, json=ok(RESERVATION)),
            respx.MockResponse(200, json=ok(None)),
        ]
    )
    held = await cal.slots.get_reservation(uid)
    assert isinstance(held, m.SlotReservation)
    assert held.slot_duration == 30
    assert await cal.slots.get_reservation(uid) is None  # expired, used or released
    check_headers(route.calls.last.request, SLOTS_VERSION)


async def test_update_reservation(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    uid = RESERVATION["reservationUid"]
    later = START + timedelta(hours=1)
    moved = {**RESERVATION, "slotStart": "2050-09-05T10:00:00.000Z"}
    route = mock_api.patch(f"/v2/slots/reservations/{uid}").respond(200, json=ok(moved))
    held = await cal.slots.update_reservation(
        uid, event_type_id=42, start=later, reservation_duration=10
    )
    request = only_request(route)
    check_headers(request, SLOTS_VERSION)
    assert body_of(request) == {
        "eventTypeId": 42,
        "slotStart": "2050-09-05T10:00:00.000Z",
        "reservationDuration": 10,
    }
    assert held.slot_start == later


async def test_delete_reservation(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    uid = RESERVATION["reservationUid"]
    route = mock_api.delete(f"/v2/slots/reservations/{uid}").respond(
        200, json={"status": "success"}
    )
    assert await cal.slots.delete_reservation(uid) is None
    check_headers(only_request(route), SLOTS_VERSION)


@pytest.mark.parametrize("uid", [7, "", "..", "x/y"])
async def test_reservation_methods_refuse_bad_uids(
    cal: AsyncCalcom, mock_api: respx.MockRouter, uid: Any
) -> None:
    mock_api.route().respond(200, json=ok(RESERVATION))
    for call in (
        cal.slots.get_reservation(uid),
        cal.slots.delete_reservation(uid),
        cal.slots.update_reservation(uid, event_type_id=42, start=START),
    ):
        with pytest.raises(CalcomValueError):
            await call
    assert_nothing_sent(mock_api)


# --------------------------------------------------------------------------------------------
# me
# --------------------------------------------------------------------------------------------


async def test_me_update(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    changed = {**ME, "timeZone": "Europe/Berlin", "timeFormat": 12}
    route = mock_api.patch("/v2/me").respond(200, json=ok(changed))
    me = await cal.me.update(
        email="grace@navy.example.com",
        name="Grace",
        time_format=12,
        default_schedule_id=3,
        week_start="Sunday",
        time_zone="Europe/Berlin",
        locale="pt-BR",
        avatar_url="https://example.com/g.png",
        bio="",
        metadata={"team": "compilers"},
    )
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {
        "email": "grace@navy.example.com",
        "name": "Grace",
        "timeFormat": 12,
        "defaultScheduleId": 3,
        "weekStart": "Sunday",
        "timeZone": "Europe/Berlin",
        "locale": "pt-BR",
        "avatarUrl": "https://example.com/g.png",
        "bio": "",
        "metadata": {"team": "compilers"},
    }
    assert isinstance(me, m.Me)
    assert (me.time_zone, me.time_format) == ("Europe/Berlin", 12)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"time_format": 13},
        {"time_format": 12.0},
        {"time_format": True},
        {"week_start": "monday"},
        {"time_zone": "Berlin"},
        {"locale": "xx"},
        {"email": "grace"},
        {"avatar_url": "g.png"},
        {"metadata": {"k": 1}},
        {"metadata": {"k" * 41: "v"}},
        {"default_schedule_id": -1},
    ],
)
async def test_me_update_refuses(
    cal: AsyncCalcom, mock_api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    mock_api.patch("/v2/me").respond(200, json=ok(ME))
    with pytest.raises(CalcomValueError):
        await cal.me.update(**kwargs)
    assert_nothing_sent(mock_api)


# --------------------------------------------------------------------------------------------
# calendars
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", ["apple", "google", "office365"])
async def test_calendar_check(cal: AsyncCalcom, mock_api: respx.MockRouter, provider: str) -> None:
    route = mock_api.get(f"/v2/calendars/{provider}/check").respond(
        200, json={"status": "success", "data": {"checked": True}}
    )
    result = await cal.calendars.check(provider)  # type: ignore[arg-type]
    check_headers(only_request(route), None)
    assert isinstance(result, m.CalendarCheckResponse)
    assert result.data == {"checked": True}


async def test_calendar_check_refuses_unknown_provider(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    mock_api.route().respond(200, json={"status": "success"})
    with pytest.raises(CalcomValueError):
        await cal.calendars.check("ics-feed")  # type: ignore[arg-type]
    with pytest.raises(CalcomValueError):
        await cal.calendars.disconnect("../me", credential_id=1)  # type: ignore[arg-type]
    assert_nothing_sent(mock_api)


async def test_calendar_disconnect(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/calendars/google/disconnect").respond(200, json=ok(CREDENTIAL))
    gone = await cal.calendars.disconnect("google", credential_id=135)
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {"id": 135}
    assert isinstance(gone, m.CalendarCredential)
    assert (gone.id, gone.type_) == (135, "google_calendar")


async def test_check_ics_feed(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/calendars/ics-feed/check").respond(200, json={"status": "success"})
    result = await cal.calendars.check_ics_feed()
    check_headers(only_request(route), None)
    assert result.status == "success"


async def test_save_ics_feed(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    feed = {**CREDENTIAL, "id": 140, "type": "ics-feed_calendar", "appId": "ics-feed"}
    route = mock_api.post("/v2/calendars/ics-feed/save").respond(201, json=ok(feed))
    cred = await cal.calendars.save_ics_feed(
        ["https://example.com/a.ics", "http://example.com/b.ics"], read_only=False
    )
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {
        "urls": ["https://example.com/a.ics", "http://example.com/b.ics"],
        "readOnly": False,
    }
    assert cred.type_ == "ics-feed_calendar"


@pytest.mark.parametrize(
    "urls", [[], "https://example.com/a.ics", ["webcal://example.com/a.ics"], ["a.ics"]]
)
async def test_save_ics_feed_refuses(
    cal: AsyncCalcom, mock_api: respx.MockRouter, urls: Any
) -> None:
    mock_api.route().respond(201, json=ok(CREDENTIAL))
    with pytest.raises(CalcomValueError):
        await cal.calendars.save_ics_feed(urls)
    assert_nothing_sent(mock_api)


async def test_select_and_unselect(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    added = mock_api.post("/v2/selected-calendars").respond(201, json=ok(SELECTED))
    removed = mock_api.delete("/v2/selected-calendars").respond(200, json=ok(SELECTED))
    ref = {"integration": "google_calendar", "external_id": "grace@example.com"}
    selected = await cal.calendars.select(**ref, credential_id=135)
    request = only_request(added)
    check_headers(request, None)
    assert body_of(request) == {
        "integration": "google_calendar",
        "externalId": "grace@example.com",
        "credentialId": 135,
    }
    assert isinstance(selected, m.SelectedCalendar)
    unselected = await cal.calendars.unselect(
        **ref, credential_id=135, delegation_credential_id="d1"
    )
    request = only_request(removed)
    check_headers(request, None)
    assert request.content == b""
    assert params_of(request) == {
        "integration": "google_calendar",
        "externalId": "grace@example.com",
        "credentialId": "135",
        "delegationCredentialId": "d1",
    }
    assert unselected.external_id == "grace@example.com"


async def test_set_destination(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.put("/v2/destination-calendars").respond(200, json=ok(SELECTED))
    dest = await cal.calendars.set_destination(
        integration="google_calendar", external_id="grace@example.com"
    )
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {"integration": "google_calendar", "externalId": "grace@example.com"}
    assert isinstance(dest, m.SelectedDestinationCalendar)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"integration": "ics-feed_calendar", "external_id": "x"},  # not a destination app
        {"integration": "google_calendar", "external_id": ""},
        {"integration": "google_calendar", "external_id": "a\nb"},
    ],
)
async def test_set_destination_refuses(
    cal: AsyncCalcom, mock_api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    mock_api.route().respond(200, json=ok(SELECTED))
    with pytest.raises(CalcomValueError):
        await cal.calendars.set_destination(**kwargs)
    assert_nothing_sent(mock_api)
