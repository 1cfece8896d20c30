"""What happens to a booking after it is made: no-shows, reassignment, guests, location, and
what Cal.com recorded about it (calendar links, references, recordings, transcripts, sessions).

These are methods of ``cal.bookings`` (:class:`~calcom_async.resources.bookings.Bookings`
inherits :class:`BookingExtras`); they live here to keep each module small. Each method imports
its generated operation and input model when first called: importing them all made the first
use of ``cal.bookings`` several times slower, for methods most programs never call.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from calcom_v2_client.models import (
    Booking,
    BookingReassignment,
    BookingRecording,
    BookingReference,
    BookingResponse,
    CalendarLink,
    ConferencingSession,
    RecurringBooking,
)
from calcom_v2_client.models.booking_reference_type import (
    KnownBookingReferenceType as BookingReferenceType,
)

from .. import _validate as v
from .._errors import CalcomError, CalcomValueError
from ._base import Resource, build, compact, lazy_names, optional

if TYPE_CHECKING:
    from .._types import Guest

# Guest is an attrs class: it loads with the first add_guests (see bookings.py).
__getattr__, __dir__ = lazy_names(__name__, {"Guest": "calcom_async._types"})

__all__ = [
    "MAX_GUESTS",
    "AnyBooking",
    "BookingExtras",
    "BookingReferenceType",
    "LOCATION_UPDATE_KINDS",
    "booking_uid",
    "one_booking",
]

AnyBooking: TypeAlias = Booking | RecurringBooking

#: Cal.com adds at most 10 guests per request.
MAX_GUESTS = 10

#: The kinds ``update_location`` takes, each with the field that carries its value. Unlike a
#: booking request, ``address``, ``link`` and ``phone`` carry the new value themselves.
LOCATION_UPDATE_KINDS: Mapping[str, str] = {
    "address": "address",
    "attendeeAddress": "address",
    "attendeeDefined": "location",
    "attendeePhone": "phone",
    "link": "link",
    "phone": "phone",
}
_REFERENCE_TYPES = v.literal_values(BookingReferenceType)


def booking_uid(uid: object) -> str:
    """A booking uid as one path segment (:class:`CalcomValueError` otherwise)."""
    if not isinstance(uid, str):  # uids are strings; an int is probably the booking's id
        raise CalcomValueError(f"booking uid must be a string, not {type(uid).__name__}")
    return v.path_segment(uid, "booking uid")


def one_booking(data: object) -> AnyBooking:
    """The booking of a single-booking answer (a recurring create answers with a list)."""
    if isinstance(data, (Booking, RecurringBooking)):
        return data
    if isinstance(data, list) and data and isinstance(data[0], (Booking, RecurringBooking)):
        return data[0]
    raise CalcomError(f"unexpected booking payload of type {type(data).__name__}")


def _absent_attendees(value: object) -> list[dict[str, Any]]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise CalcomValueError(
            "attendees must be a list of emails or (email, absent) pairs, "
            f"not {type(value).__name__}"
        )
    marks: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        field = f"attendees[{i}]"
        if isinstance(item, str):
            email, absent = item, True
        elif isinstance(item, tuple) and len(item) == 2:
            email, absent = item
        else:
            raise CalcomValueError(f"{field} must be an email or an (email, absent) pair")
        email = v.email(email, f"{field} email")
        absent = v.boolean(absent, f"{field} absent")
        if email.lower() in seen:
            raise CalcomValueError(f"{field}: {email!r} is listed twice")
        seen.add(email.lower())
        marks.append({"email": email, "absent": absent})
    if not marks:
        raise CalcomValueError("attendees must not be empty")
    return marks


def _guests(value: object) -> list[dict[str, Any]]:
    from .._types import Guest

    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise CalcomValueError(
            f"guests must be a list of emails or Guest objects, not {type(value).__name__}"
        )
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        if isinstance(item, str):
            item = Guest(email=v.email(item, f"guests[{i}]"))
        elif not isinstance(item, Guest):
            raise CalcomValueError(f"guests[{i}] must be an email or a Guest")
        if item.email.lower() in seen:
            raise CalcomValueError(f"guests[{i}]: {item.email!r} is listed twice")
        seen.add(item.email.lower())
        out.append(item.to_wire())
    if not out:
        raise CalcomValueError("guests must not be empty")
    if len(out) > MAX_GUESTS:
        raise CalcomValueError(f"Cal.com adds at most {MAX_GUESTS} guests per request")
    return out


def _location_update(value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise CalcomValueError(
            "location must be a mapping such as {'type': 'link', 'link': 'https://...'}"
        )
    location = v.json_object(value, "location")
    kind = v.choice(location.get("type"), "location type", LOCATION_UPDATE_KINDS)
    needed = LOCATION_UPDATE_KINDS[kind]
    unknown = sorted(set(location) - {"type", needed})
    if unknown:
        raise CalcomValueError(f"location of type {kind!r} takes no field(s) {unknown}")
    if kind == "link":
        v.http_url(location.get(needed), "location link")
    else:
        v.text(location.get(needed), f"location {needed}")
    return location


class BookingExtras(Resource):
    """The after-booking methods of ``cal.bookings`` (``cal-api-version: 2024-08-13``)."""

    async def mark_absent(
        self,
        uid: str,
        *,
        host: bool | None = None,
        attendees: Iterable[str | tuple[str, bool]] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        """Record who did not show up; returns the booking with its no-show flags.

        ``host=True`` marks the host absent (``absent_host``); ``attendees`` lists emails to
        mark absent, or ``(email, absent)`` pairs to set either way (``False`` undoes a mark).
        Attendees left out keep their flag. Cal.com sends ``BOOKING_NO_SHOW_UPDATED`` to your
        webhooks when attendees change.

        Example::

            booking = await cal.bookings.mark_absent(uid, attendees=["ada@example.com"])
            await cal.bookings.mark_absent(uid, attendees=[("ada@example.com", False)])
            print(booking.attendees[0].absent, booking.absent_host)
        """
        from calcom_v2_client.api.bookings import mark_booking_absent
        from calcom_v2_client.models import MarkAbsentInput

        if host is None and attendees is None:
            raise CalcomValueError("mark_absent needs host= and/or attendees=")
        body = compact(
            {
                "host": optional(v.boolean, host, "host"),
                "attendees": None if attendees is None else _absent_attendees(attendees),
            }
        )
        result = await self._client._request(
            mark_booking_absent.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=booking_uid(uid),
            body=build(MarkAbsentInput, body),
        )
        return one_booking(result.data)

    async def reassign(
        self,
        uid: str,
        *,
        user_id: int | None = None,
        reason: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> BookingReassignment:
        """Give a round-robin booking to another host: ``user_id``, or whoever Cal.com picks.

        Returns the booking's uid and the host it now belongs to (``reassigned_to``).
        ``reason`` is sent only with ``user_id``: Cal.com's automatic reassignment takes none.

        Example::

            moved = await cal.bookings.reassign(uid)                    # next available host
            moved = await cal.bookings.reassign(uid, user_id=42, reason="Ada is ill")
            print(moved.reassigned_to.email)
        """
        from calcom_v2_client.api.bookings import reassign_booking, reassign_booking_to_user
        from calcom_v2_client.models import BookingReassignmentResponse, ReassignBookingInput

        uid = booking_uid(uid)
        if user_id is None:
            if reason is not None:
                raise CalcomValueError("reason needs user_id: automatic reassignment takes none")
            result = await self._client._request(
                reassign_booking.asyncio_detailed,
                BookingReassignmentResponse,
                timeout=timeout,
                max_retries=max_retries,
                booking_uid=uid,
            )
            return result.data
        body = compact({"reason": optional(v.text, reason, "reason")})
        result = await self._client._request(
            reassign_booking_to_user.asyncio_detailed,
            BookingReassignmentResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=uid,
            user_id=v.positive_int(user_id, "user_id"),
            body=build(ReassignBookingInput, body),
        )
        return result.data

    async def add_guests(
        self,
        uid: str,
        guests: Iterable[str | Guest],
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        """Add up to 10 guests to a booking; they become its attendees.

        ``guests`` are emails or :class:`~calcom_async.Guest` objects (name, time zone, phone,
        language). Cal.com throttles this endpoint on its own (5 calls a minute per caller,
        then a minute's block); its 429 is waited out like any other, up to
        ``max_rate_limit_wait``, else :class:`RateLimitError`. The limit never slows the
        client's other calls.

        Example::

            booking = await cal.bookings.add_guests(
                uid, ["bob@example.com", Guest(email="eve@example.com", name="Eve")]
            )
        """
        from calcom_v2_client.api.bookings import add_booking_guests
        from calcom_v2_client.models import AddGuestsInput

        body = {"guests": _guests(guests)}
        result = await self._client._request(
            add_booking_guests.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=booking_uid(uid),
            body=build(AddGuestsInput, body),
        )
        return one_booking(result.data)

    async def update_location(
        self,
        uid: str,
        location: Mapping[str, Any],
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        """Move a booking to another place or meeting link.

        ``location`` is one of ``{"type": "address", "address": ...}``, ``{"type": "link",
        "link": "https://..."}``, ``{"type": "phone", "phone": ...}`` (the organizer's),
        ``{"type": "attendeeAddress", "address": ...}``, ``{"type": "attendeePhone", "phone":
        ...}`` or ``{"type": "attendeeDefined", "location": ...}``. Throttled by Cal.com like
        :meth:`add_guests` (5 calls a minute).

        Example::

            booking = await cal.bookings.update_location(
                uid, {"type": "link", "link": "https://meet.example.com/ada"}
            )
        """
        from calcom_v2_client.api.bookings import update_booking_location
        from calcom_v2_client.models import UpdateBookingLocationInput

        body = {"location": _location_update(location)}
        result = await self._client._request(
            update_booking_location.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=booking_uid(uid),
            body=build(UpdateBookingLocationInput, body),
        )
        return one_booking(result.data)

    async def calendar_links(
        self, uid: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> builtins.list[CalendarLink]:
        """Links that add the booking to Google Calendar, Outlook, Office or an ICS file.

        Example::

            for link in await cal.bookings.calendar_links(uid):
                print(link.label, link.link)
        """
        from calcom_v2_client.api.bookings import get_booking_calendar_links
        from calcom_v2_client.models import CalendarLinksResponse

        result = await self._client._request(
            get_booking_calendar_links.asyncio_detailed,
            CalendarLinksResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=booking_uid(uid),
        )
        return list(result.data)

    async def references(
        self,
        uid: str,
        *,
        type: BookingReferenceType | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[BookingReference]:
        """The calendar events and video meetings Cal.com created for a booking.

        ``type`` keeps one kind: ``"google_calendar"``, ``"office365_calendar"``,
        ``"daily_video"`` (Cal Video), ``"google_video"``, ``"office365_video"`` or
        ``"zoom_video"``.

        Example::

            [meeting] = await cal.bookings.references(uid, type="daily_video")
            print(meeting.event_uid)
        """
        from calcom_v2_client.api.bookings import list_booking_references
        from calcom_v2_client.models import BookingReferencesResponse

        result = await self._client._request(
            list_booking_references.asyncio_detailed,
            BookingReferencesResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=booking_uid(uid),
            **compact({"type_": optional(v.choice, type, "type", choices=_REFERENCE_TYPES)}),
        )
        return list(result.data)

    async def recordings(
        self, uid: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> builtins.list[BookingRecording]:
        """Cal Video recordings of a booking (empty when there are none).

        Example::

            for rec in await cal.bookings.recordings(uid):
                print(rec.id, rec.duration, rec.download_link)
        """
        from calcom_v2_client.api.bookings import list_booking_recordings
        from calcom_v2_client.models import BookingRecordingsResponse

        result = await self._client._request(
            list_booking_recordings.asyncio_detailed,
            BookingRecordingsResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=booking_uid(uid),
        )
        return list(result.data)

    async def transcripts(
        self, uid: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> builtins.list[str]:
        """Download links of a booking's Cal Video transcripts (Cal.com: valid for an hour).

        Example::

            links = await cal.bookings.transcripts(uid)
        """
        from calcom_v2_client.api.bookings import list_booking_transcripts
        from calcom_v2_client.models import BookingTranscriptsResponse

        result = await self._client._request(
            list_booking_transcripts.asyncio_detailed,
            BookingTranscriptsResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=booking_uid(uid),
        )
        return list(result.data)

    async def conferencing_sessions(
        self, uid: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> builtins.list[ConferencingSession]:
        """Cal Video sessions held for a booking, with who joined and for how long.

        Example::

            for session in await cal.bookings.conferencing_sessions(uid):
                print(session.room, [p.user_name for p in session.participants])
        """
        from calcom_v2_client.api.bookings import list_booking_conferencing_sessions
        from calcom_v2_client.models import ConferencingSessionsResponse

        result = await self._client._request(
            list_booking_conferencing_sessions.asyncio_detailed,
            ConferencingSessionsResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=booking_uid(uid),
        )
        return list(result.data)
