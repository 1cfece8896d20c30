"""Changes to a booking after it is made (``cal-api-version: 2024-08-13``): no-shows,
round-robin reassignment, guests, location.

Only those who manage a booking (its hosts, the event type's owner, the team's owners and
admins) may change it (403), and not once it is cancelled or rejected (400).

- ``POST /v2/bookings/{uid}/mark-absent`` ``{host?, attendees?: [{email, absent}]}``: sets
  ``absentHost`` and the attendees' ``absent`` flags (an email that is no attendee → 400) and,
  when attendees were given, fires ``BOOKING_NO_SHOW_UPDATED`` → 200 with the booking.
- ``POST /v2/bookings/{uid}/reassign``: round-robin bookings only (400 otherwise); the booking
  goes to the next free host other than the current one, chosen like a new booking's host
  (priority, then least recently booked); none free → 400. ``POST .../reassign/{userId}``
  ``{reason?}``: to that user, who must be a host of the event type (400) and free (400).
  Both → 200 ``{bookingUid, reassignedTo: {id, name, email, displayEmail}}``; the booking's
  ``hosts`` change, and so do the hosts' busy times.
- ``POST /v2/bookings/{uid}/guests`` ``{guests: [{email, name?, timeZone?, phoneNumber?,
  language?}]}`` (1 to 10): each new email becomes an attendee and is listed in ``guests``;
  emails already attending are skipped → 200 with the booking. Throttled like Cal.com:
  :data:`~.._throttle.GUESTS_ADD_LIMIT`, 5 per 60 s per caller, then a 60 s block.
- ``PATCH /v2/bookings/{uid}/location`` ``{location: {type, ...}}`` with ``address``
  (``address``), ``link`` (``link``), ``phone`` (``phone``), ``attendeeAddress``,
  ``attendeePhone``, ``attendeeDefined`` (``location``) → 200 with the booking, whose
  ``location`` is the new value (and ``meetingUrl`` the link, for a link). Throttled by
  :data:`~.._throttle.LOCATION_UPDATE_LIMIT` (5 per 60 s).
"""

from __future__ import annotations

from typing import Any, cast

from .._routing import Area, Ctx, Reply, bad_request, forbidden, ok
from .._slots import host_plans, pick_hosts
from .._state import Attendee, Booking, EventType
from .._throttle import GUESTS_ADD_LIMIT, LOCATION_UPDATE_LIMIT
from .._validate import (
    PHONE_RE,
    as_obj,
    check_email,
    check_keys,
    check_time_zone,
    fail,
    get_bool,
    get_list,
    get_str,
)
from .bookings import LANGUAGES, booking_or_404, booking_out, can_manage

area = Area("bookings", version="2024-08-13")

_MAX_GUESTS = 10
_GUEST_FIELDS = ("email", "name", "timeZone", "phoneNumber", "language")
#: Location kinds a booking can move to, with the field carrying the new value.
_LOCATION_KINDS = {
    "address": "address",
    "attendeeAddress": "address",
    "attendeeDefined": "location",
    "attendeePhone": "phone",
    "link": "link",
    "phone": "phone",
}


def _managed_booking(ctx: Ctx) -> Booking:
    """The path's booking, if the caller may change it and it is still on."""
    b = booking_or_404(ctx)
    if not can_manage(ctx, ctx.user, b):
        raise forbidden(f"User is not a host of booking uid={b.uid}")
    if b.status in ("cancelled", "rejected"):
        raise bad_request(f"Booking with uid={b.uid} is {b.status}")
    return b


@area.route("POST", "/v2/bookings/{bookingUid}/mark-absent")
def mark_absent(ctx: Ctx) -> Reply:
    body = ctx.body_obj()
    check_keys(body, ("host", "attendees"))
    host = get_bool(body, "host")
    marks: list[tuple[str, bool]] = []
    for i, raw in enumerate(get_list(body, "attendees") or []):
        prefix = f"attendees.{i}."
        item = as_obj(raw, f"attendees.{i}")
        check_keys(item, ("email", "absent"), prefix)
        email = check_email(get_str(item, "email", required=True, prefix=prefix), prefix + "email")
        absent = cast(bool, get_bool(item, "absent", required=True, prefix=prefix))
        marks.append((email, absent))
    b = _managed_booking(ctx)
    by_email = {a.email.lower(): a for a in b.attendees}
    for i, (email, _) in enumerate(marks):
        if email.lower() not in by_email:
            fail(f"{email} is not an attendee of booking uid={b.uid}", f"attendees.{i}.email")
    if host is not None:
        b.absent_host = host
    for email, absent in marks:
        by_email[email.lower()].absent = absent
    b.updated_at = ctx.now()
    if marks:
        ctx.emit("BOOKING_NO_SHOW_UPDATED", b)
    return ok(booking_out(ctx, b))


def _round_robin(ctx: Ctx, b: Booking) -> EventType:
    et = ctx.state.event_types.get(b.event_type_id)
    if et is None or et.team_id is None or et.scheduling_type not in ("roundRobin", "managed"):
        raise bad_request(f"Booking with uid={b.uid} is not a round robin booking")
    return et


def _reassigned(ctx: Ctx, b: Booking, et: EventType, new_host: int) -> Reply:
    mandatory = {p.user_id for p in host_plans(ctx.state, et) if p.mandatory}
    hosts = [h for h in b.host_ids if h in mandatory] + [new_host]
    ctx.state.set_booking_hosts(b, list(dict.fromkeys(hosts)))
    user = ctx.state.users[new_host]
    return ok(
        {
            "bookingUid": b.uid,
            "reassignedTo": {
                "id": user.id,
                "name": user.name,
                "email": user.email,
                "displayEmail": user.email,
            },
        }
    )


@area.route("POST", "/v2/bookings/{bookingUid}/reassign")
def reassign(ctx: Ctx) -> Reply:
    b = _managed_booking(ctx)
    et = _round_robin(ctx, b)
    mandatory = {p.user_id for p in host_plans(ctx.state, et) if p.mandatory}
    current = [h for h in b.host_ids if h not in mandatory]
    hosts = pick_hosts(ctx.state, et, b.start, b.end, ignore=b.uid, exclude=current)
    if hosts is None:
        raise bad_request(f"No other host of event type id={et.id} is available for uid={b.uid}")
    return _reassigned(ctx, b, et, hosts[-1])


@area.route("POST", "/v2/bookings/{bookingUid}/reassign/{userId}")
def reassign_to_user(ctx: Ctx) -> Reply:
    user_id = ctx.int_param("userId")
    body = ctx.body_obj()
    check_keys(body, ("reason",))
    get_str(body, "reason")
    b = _managed_booking(ctx)
    et = _round_robin(ctx, b)
    if user_id not in {p.user_id for p in host_plans(ctx.state, et)}:
        raise bad_request(f"User with id={user_id} is not a host of event type id={et.id}")
    if user_id not in b.host_ids:
        others = [p.user_id for p in host_plans(ctx.state, et) if p.user_id != user_id]
        hosts = pick_hosts(ctx.state, et, b.start, b.end, ignore=b.uid, exclude=others)
        if hosts is None or user_id not in hosts:
            raise bad_request(f"User with id={user_id} is not available at the booking's time")
    return _reassigned(ctx, b, et, user_id)


def _guest(raw: Any, i: int, default_tz: str) -> Attendee:
    prefix = f"guests.{i}."
    item = as_obj(raw, f"guests.{i}")
    check_keys(item, _GUEST_FIELDS, prefix)
    email = check_email(get_str(item, "email", required=True, prefix=prefix), prefix + "email")
    tz = get_str(item, "timeZone", prefix=prefix) or default_tz
    check_time_zone(tz, prefix + "timeZone")
    phone = get_str(item, "phoneNumber", prefix=prefix)
    if phone is not None and not PHONE_RE.match(phone):
        fail(f"{prefix}phoneNumber must be a valid E.164 phone number", prefix + "phoneNumber")
    language = get_str(item, "language", prefix=prefix) or "en"
    if language not in LANGUAGES:
        fail(f"{prefix}language must be a supported language code", prefix + "language")
    name = get_str(item, "name", prefix=prefix) or email.split("@")[0]
    return Attendee(name=name, email=email, time_zone=tz, phone_number=phone, language=language)


@area.route("POST", "/v2/bookings/{bookingUid}/guests", throttle=GUESTS_ADD_LIMIT)
def add_guests(ctx: Ctx) -> Reply:
    body = ctx.body_obj()
    check_keys(body, ("guests",))
    raw = get_list(body, "guests")
    if not raw:
        fail("guests should not be empty", "guests")
    if len(raw) > _MAX_GUESTS:
        fail(f"guests must contain no more than {_MAX_GUESTS} elements", "guests")
    b = _managed_booking(ctx)
    default_tz = b.attendees[0].time_zone if b.attendees else "UTC"
    guests = [_guest(g, i, default_tz) for i, g in enumerate(raw)]
    known = {a.email.lower() for a in b.attendees}
    for guest in guests:
        if guest.email.lower() not in known:
            known.add(guest.email.lower())
            b.attendees.append(guest)
            b.guests.append(guest.email)
    b.booking_fields_responses["guests"] = list(b.guests)
    b.updated_at = ctx.now()
    return ok(booking_out(ctx, b))


@area.route("PATCH", "/v2/bookings/{bookingUid}/location", throttle=LOCATION_UPDATE_LIMIT)
def update_location(ctx: Ctx) -> Reply:
    body = ctx.body_obj()
    check_keys(body, ("location",))
    if body.get("location") is None:
        fail("location should not be empty", "location")
    loc = as_obj(body["location"], "location")
    kind = loc.get("type")
    if kind not in _LOCATION_KINDS:
        fail("location.type is not a supported location type", "location.type")
    field = _LOCATION_KINDS[cast(str, kind)]
    check_keys(loc, ("type", field), "location.")
    value = cast(str, get_str(loc, field, required=True, prefix="location."))
    if kind == "link" and not value.startswith(("https://", "http://")):
        fail("location.link must be a URL address", "location.link")
    b = _managed_booking(ctx)
    b.location = value
    b.meeting_url = value if kind == "link" else None
    b.updated_at = ctx.now()
    return ok(booking_out(ctx, b))
