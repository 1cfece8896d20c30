"""Bookings (``cal-api-version: 2024-08-13``): create, get, cancel, reschedule, confirm, decline.

Create → 201 with the BookingOutput_2024_08_13 shape (id, uid, title, description, hosts,
status, start, end, duration, eventTypeId, eventType {id, slug}, location, meetingUrl,
absentHost, attendees, guests, bookingFieldsResponses, metadata, createdAt, updatedAt; optional
fields such as cancellationReason / rescheduledFromUid are omitted while unset). Times are UTC
``...T09:00:00.000Z``. A host whose user no longer exists is rendered as Cal.com renders it:
``{"id": "unknown", "name": "unknown", "email": "unknown", "username": "unknown"}``.

The requested interval must lie inside an availability window of every required host and
overlap no accepted/pending booking — it need *not* be on the slot grid (Cal.com checks
availability, not grid alignment). Status ``pending`` when the event type requires
confirmation, else ``accepted``. Round robin picks, among free hosts, the highest ``priority``,
then the least recently booked (for that event type), then host order; collective makes every
host a host of the booking. Metadata: ≤ 50 keys, keys ≤ 40 chars, string values ≤ 500 chars,
values string/number/boolean → else 400.

**Conflicts**: a start that is taken or outside availability → **400 BadRequestException** with
message :data:`CONFLICT_MESSAGE` (personal event types) or :data:`TEAM_CONFLICT_MESSAGE` (team
event types), because Cal.com API v2 maps its core "no available users" booking error to a
BadRequestException with exactly these texts (seen in public copies of its v2 bookings service,
and SDK users in the wild match on the first one) - not a 409. A start in the past → 400
"Attempting to book a meeting in the past."; inside the minimum booking notice → 400 (field
``start``) saying so.

Cancel → 200, status ``cancelled`` (400 if already cancelled/rejected). Reschedule → 201 with a
new booking (same duration, attendees; round robin keeps the old host when free), the old one
becomes ``cancelled`` with ``rescheduled: true`` and ``rescheduledToUid``; the new one has
``rescheduledFromUid``, ``reschedulingReason``, ``rescheduledByEmail``. The old booking does not
block its own reschedule. Confirm (pending → accepted) and decline (pending → rejected, reason
stored as cancellationReason) → 200, host/team admin only. ``GET /v2/bookings/{uid}`` returns
any booking (as upstream, uid is the secret). Webhooks: BOOKING_CREATED (create; confirm),
BOOKING_REQUESTED (create of a pending booking), BOOKING_CANCELLED, BOOKING_RESCHEDULED (for the
new booking), BOOKING_REJECTED. A create or reschedule into a slot somebody else's reservation
holds is refused, and a create presenting its own reservation (``reservedSlotUid``) uses it up
(``slot_reservations``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from .._routing import Area, Ctx, Reply, bad_request, forbidden, not_found, ok
from .._slots import pick_hosts
from .._state import ACTIVE_STATUSES, MANAGERS, Attendee, Booking, EventType, User
from .._timeutil import format_utc
from .._validate import (
    PHONE_RE,
    as_obj,
    check_email,
    check_keys,
    check_metadata,
    check_time_zone,
    fail,
    get_bool,
    get_int,
    get_list,
    get_str,
    parse_instant,
    words,
)
from .slot_reservations import check_reservations, presented_reservation
from .slots import check_length, resolve_event_type

area = Area("bookings", version="2024-08-13")

#: Message of the 400 answered when the requested time is taken or outside availability.
CONFLICT_MESSAGE = "User either already has booking at this time or is not available"
#: The same for team event types (round robin / collective / managed).
TEAM_CONFLICT_MESSAGE = (
    "One of the hosts either already has booking at this time or is not available"
)
PAST_MESSAGE = "Attempting to book a meeting in the past."
#: Our wording for a start inside the event type's minimum booking notice.
TOO_SOON_MESSAGE = (
    "The event type can't be booked at this start time: it violates the minimum booking "
    "notice. Fetch GET /v2/slots and book one of the returned start times."
)
LANGUAGES = words(
    "ar ca de es eu he id ja lv pl ro sr th vi az cs el es-419 fi hr it km nl pt ru sv tr zh-CN "
    "bg da en et fr hu iw ko no pt-BR sk ta uk zh-TW bn"
)
_BOOKING_FIELDS = words(
    "start attendee bookingFieldsResponses eventTypeId eventTypeSlug username teamSlug "
    "organizationSlug guests meetingUrl location metadata lengthInMinutes routing "
    "emailVerificationCode instant recurrenceCount reservedSlotUid"
)
_ATTENDEE_FIELDS = frozenset({"name", "email", "timeZone", "phoneNumber", "language"})
#: How Cal.com renders a booking host whose user is gone.
UNKNOWN_HOST = {"id": "unknown", "name": "unknown", "email": "unknown", "username": "unknown"}


# --------------------------------------------------------------------------- output
def booking_out(ctx: Ctx, b: Booking) -> dict[str, Any]:
    users = ctx.state.users
    hosts: list[dict[str, Any]] = []
    for hid in b.host_ids:
        u = users.get(hid)
        if u is None:
            hosts.append(dict(UNKNOWN_HOST))
            continue
        hosts.append(
            {
                "id": u.id,
                "name": u.name,
                "email": u.email,
                "displayEmail": u.email,
                "username": u.username,
                "timeZone": u.time_zone,
            }
        )
    attendees = []
    for a in b.attendees:
        item: dict[str, Any] = {
            "name": a.name,
            "email": a.email,
            "displayEmail": a.email,
            "timeZone": a.time_zone,
            "language": a.language,
            "absent": a.absent,
        }
        if a.phone_number is not None:
            item["phoneNumber"] = a.phone_number
        attendees.append(item)
    out: dict[str, Any] = {
        "id": b.id,
        "uid": b.uid,
        "title": b.title,
        "description": b.description,
        "hosts": hosts,
        "status": b.status,
        "start": format_utc(b.start),
        "end": format_utc(b.end),
        "duration": b.duration,
        "eventTypeId": b.event_type_id,
        "eventType": {"id": b.event_type_id, "slug": b.event_type_slug},
        "location": b.location,
        "absentHost": b.absent_host,
        "createdAt": format_utc(b.created_at),
        "updatedAt": format_utc(b.updated_at),
        "metadata": dict(b.metadata),
        "attendees": attendees,
        "guests": list(b.guests),
        "bookingFieldsResponses": dict(b.booking_fields_responses),
    }
    optional = {
        "cancellationReason": b.cancellation_reason,
        "cancelledByEmail": b.cancelled_by_email,
        "reschedulingReason": b.rescheduling_reason,
        "rescheduledByEmail": b.rescheduled_by_email,
        "rescheduledFromUid": b.rescheduled_from_uid,
        "rescheduledToUid": b.rescheduled_to_uid,
        "meetingUrl": b.meeting_url,
    }
    out.update({k: v for k, v in optional.items() if v is not None})
    if b.rescheduled:
        out["rescheduled"] = True
    return out


# --------------------------------------------------------------------------- helpers
def booking_or_404(ctx: Ctx) -> Booking:
    """The booking of the ``bookingUid`` path parameter (404 otherwise)."""
    uid = ctx.params["bookingUid"]
    b = ctx.state.get_booking(uid)
    if b is None:
        raise not_found(f"Booking with uid={uid} not found")
    return b


def can_manage(ctx: Ctx, user: User, b: Booking) -> bool:
    """Hosts, the event type's owner and the team's owners/admins manage a booking."""
    if user.id in b.host_ids:
        return True
    et = ctx.state.event_types.get(b.event_type_id)
    if et is None:
        return False
    if et.owner_id == user.id:
        return True
    team = ctx.state.teams.get(et.team_id or -1)
    return team is not None and team.members.get(user.id) in MANAGERS


def conflict_message(et: EventType) -> str:
    return CONFLICT_MESSAGE if et.team_id is None else TEAM_CONFLICT_MESSAGE


def _parse_attendee(raw: Any) -> Attendee:
    a = as_obj(raw, "attendee")
    check_keys(a, _ATTENDEE_FIELDS, "attendee.")
    name = cast(str, get_str(a, "name", required=True, prefix="attendee."))
    tz = cast(str, get_str(a, "timeZone", required=True, prefix="attendee."))
    check_time_zone(tz, "attendee.timeZone")
    email = get_str(a, "email", prefix="attendee.")
    phone = get_str(a, "phoneNumber", prefix="attendee.")
    language = get_str(a, "language", prefix="attendee.") or "en"
    if email is not None:
        check_email(email, "attendee.email")
    if phone is not None and not PHONE_RE.match(phone):
        fail("attendee.phoneNumber must be a valid E.164 phone number", "attendee.phoneNumber")
    if email is None and phone is None:
        fail("attendee.email or attendee.phoneNumber is required", "attendee.email")
    if language not in LANGUAGES:
        fail("attendee.language must be a supported language code", "attendee.language")
    if email is None:
        email = f"{cast(str, phone).lstrip('+')}@sms.cal.com"
    return Attendee(name=name, email=email, time_zone=tz, phone_number=phone, language=language)


def parse_location(raw: Any) -> str | None:
    """A booking ``location`` input (string or one of the typed objects) as stored."""
    if raw is None:
        return None
    if isinstance(raw, str):
        return raw
    loc = as_obj(raw, "location")
    kind = loc.get("type")
    if kind == "attendeeAddress":
        return str(get_str(loc, "address", required=True, prefix="location."))
    if kind == "attendeePhone":
        return str(get_str(loc, "phone", required=True, prefix="location."))
    if kind == "attendeeDefined":
        return str(get_str(loc, "location", required=True, prefix="location."))
    if kind == "integration":
        return f"integrations:{get_str(loc, 'integration', required=True, prefix='location.')}"
    if kind in ("address", "link", "phone", "organizersDefaultApp"):
        return str(kind)
    fail("location.type is not a supported location type", "location.type")


def _default_location(et: EventType, uid: str) -> str:
    first = et.locations[0] if et.locations else {"type": "integration", "integration": "cal-video"}
    if first.get("integration") == "cal-video":
        return f"https://app.cal.com/video/{uid}"
    return str(first.get("address") or first.get("link") or first.get("phone") or first.get("type"))


def _check_start(ctx: Ctx, et: EventType, start: Any) -> None:
    now = ctx.now()
    if start < now:
        raise bad_request(PAST_MESSAGE, "start")
    if start < now + timedelta(minutes=et.minimum_booking_notice):
        raise bad_request(TOO_SOON_MESSAGE, "start")


# --------------------------------------------------------------------------- routes
@area.route("POST", "/v2/bookings")
def create_booking(ctx: Ctx) -> Reply:
    state = ctx.state
    body = ctx.body_obj()
    check_keys(body, _BOOKING_FIELDS)
    if body.get("instant") or body.get("recurrenceCount") is not None:
        fail("instant and recurring bookings are not supported by the fake", "instant")
    start = parse_instant(cast(str, get_str(body, "start", required=True)), "start")
    if "attendee" not in body:
        fail("attendee should not be empty", "attendee")
    attendee = _parse_attendee(body["attendee"])
    et = resolve_event_type(
        state,
        get_int(body, "eventTypeId", minimum=1),
        get_str(body, "eventTypeSlug"),
        get_str(body, "username"),
        get_str(body, "teamSlug"),
    )
    length = check_length(et, get_int(body, "lengthInMinutes", minimum=1), "lengthInMinutes")
    guests = [check_email(g, f"guests.{i}") for i, g in enumerate(get_list(body, "guests") or [])]
    location = parse_location(body.get("location"))
    metadata = check_metadata(body["metadata"]) if body.get("metadata") is not None else {}
    responses_raw = body.get("bookingFieldsResponses")
    responses = (
        dict(as_obj(responses_raw, "bookingFieldsResponses")) if responses_raw is not None else {}
    )
    meeting_url = get_str(body, "meetingUrl")
    presented = presented_reservation(ctx, body)
    _check_start(ctx, et, start)
    end = start + timedelta(minutes=length)
    reservation = check_reservations(ctx, et, start, end, presented)
    hosts = pick_hosts(state, et, start, end)
    if hosts is None:
        raise bad_request(conflict_message(et))
    # -- no await between the availability check above and the insert below --
    now = ctx.now()
    uid = state.new_uid()
    organizer = state.users[hosts[0]]
    if location is None:
        location = _default_location(et, uid)
    responses = {"name": attendee.name, "email": attendee.email, "guests": guests, **responses}
    booking = Booking(
        id=state.next_id("booking"),
        uid=uid,
        event_type_id=et.id,
        event_type_slug=et.slug,
        title=f"{et.title} between {organizer.name} and {attendee.name}",
        description=str(responses.get("notes") or ""),
        start=start,
        end=end,
        host_ids=hosts,
        attendees=[attendee],
        status="pending" if et.requires_confirmation else "accepted",
        guests=guests,
        location=location,
        meeting_url=meeting_url
        or (location if location.startswith("https://app.cal.com/video/") else None),
        metadata=metadata,
        booking_fields_responses=responses,
        created_at=now,
        updated_at=now,
    )
    state.insert_booking(booking)
    if reservation is not None:  # used up by this booking
        del state.reservations[reservation.uid]
    ctx.emit("BOOKING_REQUESTED" if booking.status == "pending" else "BOOKING_CREATED", booking)
    return ok(booking_out(ctx, booking), 201)


@area.route("GET", "/v2/bookings/{bookingUid}")
def get_booking(ctx: Ctx) -> Reply:
    return ok(booking_out(ctx, booking_or_404(ctx)))


@area.route("POST", "/v2/bookings/{bookingUid}/cancel")
def cancel_booking(ctx: Ctx) -> Reply:
    b = booking_or_404(ctx)
    body = ctx.body_obj()
    check_keys(body, ("cancellationReason", "cancelSubsequentBookings", "seatUid"))
    if "seatUid" in body:
        fail("seated bookings are not supported by the fake", "seatUid")
    reason = get_str(body, "cancellationReason")
    get_bool(body, "cancelSubsequentBookings")
    if b.status in ("cancelled", "rejected"):
        raise bad_request("This booking has already been cancelled.")
    b.cancellation_reason = reason
    b.cancelled_by_email = ctx.user.email
    ctx.state.set_status(b, "cancelled", ctx.now())
    ctx.emit("BOOKING_CANCELLED", b)
    return ok(booking_out(ctx, b))


@area.route("POST", "/v2/bookings/{bookingUid}/reschedule")
def reschedule_booking(ctx: Ctx) -> Reply:
    state = ctx.state
    old = booking_or_404(ctx)
    body = ctx.body_obj()
    check_keys(
        body, ("start", "reschedulingReason", "rescheduledBy", "emailVerificationCode", "seatUid")
    )
    if "seatUid" in body:
        fail("seated bookings are not supported by the fake", "seatUid")
    start = parse_instant(cast(str, get_str(body, "start", required=True)), "start")
    reason = get_str(body, "reschedulingReason")
    by = get_str(body, "rescheduledBy")
    if by is not None:
        check_email(by, "rescheduledBy")
    if old.status not in ACTIVE_STATUSES:
        raise bad_request(f"Can't reschedule booking with uid={old.uid}: it is {old.status}")
    et = state.event_types.get(old.event_type_id)
    if et is None:
        raise not_found(f"Event type with id={old.event_type_id} not found")
    _check_start(ctx, et, start)
    end = start + (old.end - old.start)
    check_reservations(ctx, et, start, end, None)
    hosts = pick_hosts(state, et, start, end, ignore=old.uid, prefer=old.host_ids)
    if hosts is None:
        raise bad_request(conflict_message(et))
    now = ctx.now()
    new = Booking(
        id=state.next_id("booking"),
        uid=state.new_uid(),
        event_type_id=old.event_type_id,
        event_type_slug=old.event_type_slug,
        title=old.title,
        description=old.description,
        start=start,
        end=end,
        host_ids=hosts,
        attendees=[Attendee(**a.__dict__) for a in old.attendees],
        status="pending" if et.requires_confirmation else "accepted",
        guests=list(old.guests),
        location=old.location,
        meeting_url=old.meeting_url,
        metadata=dict(old.metadata),
        booking_fields_responses=dict(old.booking_fields_responses),
        rescheduling_reason=reason,
        rescheduled_by_email=by,
        rescheduled_from_uid=old.uid,
        created_at=now,
        updated_at=now,
    )
    old.rescheduled = True
    old.rescheduled_to_uid = new.uid
    old.rescheduling_reason = reason
    old.rescheduled_by_email = by
    state.set_status(old, "cancelled", now)
    state.insert_booking(new)
    ctx.emit("BOOKING_RESCHEDULED", new, previous=old)
    return ok(booking_out(ctx, new), 201)


def _confirm_or_decline(ctx: Ctx, confirm: bool) -> Reply:
    b = booking_or_404(ctx)
    body = ctx.body_obj()
    check_keys(body, () if confirm else ("reason",))
    reason = None if confirm else get_str(body, "reason")
    if not can_manage(ctx, ctx.user, b):
        raise forbidden(f"User is not a host of booking uid={b.uid}")
    if b.status != "pending":
        raise bad_request(f"Booking with uid={b.uid} is not pending (status {b.status})")
    if confirm:
        ctx.state.set_status(b, "accepted", ctx.now())
        ctx.emit("BOOKING_CREATED", b)
    else:
        b.cancellation_reason = reason
        ctx.state.set_status(b, "rejected", ctx.now())
        ctx.emit("BOOKING_REJECTED", b)
    return ok(booking_out(ctx, b))


@area.route("POST", "/v2/bookings/{bookingUid}/confirm")
def confirm_booking(ctx: Ctx) -> Reply:
    return _confirm_or_decline(ctx, True)


@area.route("POST", "/v2/bookings/{bookingUid}/decline")
def decline_booking(ctx: Ctx) -> Reply:
    return _confirm_or_decline(ctx, False)
