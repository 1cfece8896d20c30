"""Slot reservations (``cal-api-version: 2024-09-04``): ``POST /v2/slots/reservations``,
``GET, PATCH, DELETE /v2/slots/reservations/{uid}``.

Following Cal.com's slots service: the body is ``{eventTypeId, slotStart, slotDuration?,
reservationDuration?}``; the slot is ``[slotStart, slotStart + (slotDuration or the event
type's length))`` and is held for ``reservationDuration`` minutes (5 by default) from now on the
fake's clock. ``reservationDuration`` needs an authenticated caller (401) who owns the event
type, shares a team with its owner, or belongs to its team or the team's organization (403).
``slotDuration`` is only for event types with several lengths (400). A slot already booked
(for round robin: with no host left free) or overlapping another active reservation is refused
with 422, Cal.com's texts. GET answers ``data: null`` for an unknown, expired or used
reservation; PATCH replaces the slot (404 when gone); DELETE releases it (404 when gone).
None of them needs a key (a booking page reserves for anonymous visitors; the reservation's uid
is its secret), only ``reservationDuration`` does.

While active, a reservation keeps its interval of its event type (whatever the hosts) from
``GET /v2/slots`` and from any booking or reschedule that does not present its uid
(``reservedSlotUid`` in the booking body, or the ``uid`` cookie the web booker sets): those get
400 "Someone else reserved this booking time slot before you. This time slot will be freed up
in N seconds." A booking that presents it uses the reservation up. A ``reservedSlotUid`` that
names no active reservation of that slot is ignored.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any, cast

from .._routing import ApiError, Area, Ctx, Reply, bad_request, forbidden, not_found, ok
from .._slots import pick_hosts
from .._state import ACTIVE_STATUSES, EventType, FakeState, User
from .._state_extras import DEFAULT_RESERVATION_MINUTES, Reservation
from .._timeutil import format_utc
from .._validate import check_keys, fail, get_int, get_str, parse_instant

area = Area("slots", version="2024-09-04")

_FIELDS = ("eventTypeId", "slotStart", "slotDuration", "reservationDuration")
#: Cal.com's message for a booking of a slot somebody else holds (the seconds are appended).
RESERVED_MESSAGE = "Someone else reserved this booking time slot before you."


def _unprocessable(message: str) -> ApiError:
    return ApiError(422, "UnprocessableEntityException", message)


def reservation_out(r: Reservation) -> dict[str, Any]:
    return {
        "reservationUid": r.uid,
        "eventTypeId": r.event_type_id,
        "slotStart": format_utc(r.start),
        "slotEnd": format_utc(r.end),
        "slotDuration": r.duration,
        "reservationDuration": r.minutes,
        "reservationUntil": format_utc(r.until),
    }


def _may_set_duration(state: FakeState, user: User, et: EventType) -> bool:
    teams = state.teams
    if et.owner_id is not None and et.team_id is None:
        if user.id == et.owner_id:
            return True
        return any(user.id in t.members and et.owner_id in t.members for t in teams.values())
    team = teams.get(et.team_id or -1)
    if team is None:
        return False
    if user.id in team.members:
        return True
    org = team.organization_id
    return org is not None and user.organization_id == org


def _requested(ctx: Ctx) -> tuple[EventType, datetime, datetime, int]:
    """The event type, slot and hold (minutes) a POST/PATCH body asks for, checked."""
    body = ctx.body_obj()
    check_keys(body, _FIELDS)
    et_id = cast(int, get_int(body, "eventTypeId", required=True))
    raw_start = cast(str, get_str(body, "slotStart", required=True))
    slot_minutes = get_int(body, "slotDuration", minimum=1)
    hold = get_int(body, "reservationDuration", minimum=1)
    if hold is not None and ctx.caller is None:
        raise ApiError(
            401,
            "UnauthorizedException",
            "reservationDuration can only be used for authenticated requests - use access "
            "token, api key or OAuth credentials",
        )
    et = ctx.state.event_types.get(et_id)
    if et is None:
        raise not_found(f"Event Type with ID={et_id} not found")
    if hold is not None and not _may_set_duration(ctx.state, ctx.user, et):
        raise forbidden(
            "authenticated user is not owner of event type, does not have memberships in "
            "common with owner of the event type, nor does belong to event type's team or org."
        )
    start = parse_instant(raw_start, "slotStart")
    if slot_minutes is not None:
        options = et.length_in_minutes_options
        if not options:
            fail(
                "You passed 'slotDuration' but this event type is not a variable length "
                "event type.",
                "slotDuration",
            )
        if slot_minutes not in options:
            fail(
                "Provided 'slotDuration' is not one of the possible lengths for the event "
                f"type. The possible lengths for this variable length event type are: "
                f"{', '.join(map(str, options))}",
                "slotDuration",
            )
    end = start + timedelta(minutes=slot_minutes or et.length_in_minutes)
    return et, start, end, hold or DEFAULT_RESERVATION_MINUTES


def _check_free(
    ctx: Ctx, et: EventType, start: datetime, end: datetime, except_uid: str | None
) -> None:
    state = ctx.state
    if et.team_id is not None and et.scheduling_type in ("roundRobin", "managed"):
        if pick_hosts(state, et, start, end) is None:
            raise _unprocessable("No round robin host is available for this time slot.")
    elif any(
        b.status in ACTIVE_STATUSES and b.start < end and b.end > start
        for b in state.bookings_for_event_type(et.id)
    ):
        raise _unprocessable("Can't reserve a slot if the event is already booked.")
    if any(state.reservations_holding(et.id, start, end, except_uid=except_uid)):
        raise _unprocessable(
            "This time slot is already reserved by another user. Please choose a different time."
        )


def check_reservations(
    ctx: Ctx, et: EventType, start: datetime, end: datetime, presented: str | None
) -> Reservation | None:
    """For a booking of ``[start, end)``: 400 while somebody else's reservation holds it;
    the booker's own (``presented``) reservation of it, if any, to be used up."""
    own: Reservation | None = None
    for r in ctx.state.reservations_holding(et.id, start, end):
        if r.uid == presented:
            own = r
            continue
        seconds = max(0, math.ceil((r.until - ctx.now()).total_seconds()))
        raise bad_request(
            f"{RESERVED_MESSAGE} This time slot will be freed up in {seconds} seconds.", "start"
        )
    return own


def presented_reservation(ctx: Ctx, body: dict[str, Any]) -> str | None:
    """The reservation uid a booking request presents: its body, else the ``uid`` cookie."""
    uid = get_str(body, "reservedSlotUid")
    if uid is not None:
        return uid
    for part in ctx.headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "uid" and value:
            return value
    return None


@area.route("POST", "/v2/slots/reservations", auth="optional")
def reserve_slot(ctx: Ctx) -> Reply:
    et, start, end, hold = _requested(ctx)
    _check_free(ctx, et, start, end, None)
    r = Reservation(
        uid=ctx.state.new_reservation_uid(),
        event_type_id=et.id,
        start=start,
        end=end,
        until=ctx.now() + timedelta(minutes=hold),
        minutes=hold,
        holder_id=ctx.caller.id if ctx.caller is not None else None,
    )
    ctx.state.reservations[r.uid] = r
    return ok(reservation_out(r), 201)


def _reservation_or_404(ctx: Ctx) -> Reservation:
    uid = ctx.params["uid"]
    r = ctx.state.active_reservation(uid)
    if r is None:
        raise not_found(f"Slot with uid={uid} not found")
    return r


@area.route("GET", "/v2/slots/reservations/{uid}", auth="optional")
def get_reservation(ctx: Ctx) -> Reply:
    r = ctx.state.active_reservation(ctx.params["uid"])
    return ok(None if r is None else reservation_out(r))


@area.route("PATCH", "/v2/slots/reservations/{uid}", auth="optional")
def update_reservation(ctx: Ctx) -> Reply:
    r = _reservation_or_404(ctx)
    et, start, end, hold = _requested(ctx)
    _check_free(ctx, et, start, end, r.uid)
    r.event_type_id, r.start, r.end, r.minutes = et.id, start, end, hold
    r.until = ctx.now() + timedelta(minutes=hold)
    return ok(reservation_out(r))


@area.route("DELETE", "/v2/slots/reservations/{uid}", auth="optional")
def delete_reservation(ctx: Ctx) -> Reply:
    r = _reservation_or_404(ctx)
    del ctx.state.reservations[r.uid]
    return ok()
