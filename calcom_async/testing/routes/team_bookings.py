"""A team's bookings and its members' schedules (no ``cal-api-version``); OWNER/ADMIN only.

- ``GET /v2/teams/{teamId}/bookings`` and ``/v2/organizations/{orgId}/teams/{teamId}/
  bookings``: the bookings of the team's event types, with the filters, sorting and pagination
  block of ``GET /v2/bookings`` (see :mod:`.booking_list`: ``status``, ``attendeeEmail``,
  ``attendeeName``, ``bookingUid``, ``eventTypeId(s)``, ``afterStart``, ``beforeEnd``, ``sort*``;
  ``take`` 1-250, default 100, ``skip``).
- ``GET /v2/organizations/{orgId}/teams/{teamId}/bookings/{bookingUid}/references``: what the
  booking made elsewhere, derived from it: a ``daily_video`` meeting when it takes place on Cal
  Video, and a ``google_calendar`` event in the organizer's fake Google calendar (the one
  ``GET /v2/calendars`` shows); ``type`` keeps one kind. A booking of another team → 404.
- ``GET /v2/teams/{teamId}/schedules`` and ``/v2/organizations/{orgId}/teams/{teamId}/
  schedules``: every schedule of the team's accepted members (``take`` 1-250, default 250,
  ``skip``); the organization path takes ``eventTypeId`` (one of the team's: the schedules its
  hosts use for it). ``.../users/{userId}/schedules``: one member's (404 for a non-member).
"""

from __future__ import annotations

import math
from typing import Any

from .._routing import Area, Ctx, Reply, not_found, ok
from .._slots import host_plans
from .._state import Booking, EventType, Schedule, Team
from .._validate import fail, query_int
from .booking_list import _checks, _page, _sort
from .bookings import booking_out
from .schedules import schedule_out
from .teams import team_for

area = Area("team-bookings")

REFERENCE_TYPES = (
    "google_calendar",
    "office365_calendar",
    "daily_video",
    "google_video",
    "office365_video",
    "zoom_video",
)


def _team_bookings(ctx: Ctx, team: Team) -> set[int]:
    state = ctx.state
    ids: set[int] = set()
    for et in state.event_types.values():
        if et.team_id == team.id:
            ids.update(b.id for b in state.bookings_for_event_type(et.id))
    return ids


@area.route("GET", "/v2/teams/{teamId}/bookings")
@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/bookings")
def list_team_bookings(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    take = query_int(ctx.query, "take", 100, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    checks = _checks(ctx)
    attr, reverse = _sort(ctx)
    matched = _team_bookings(ctx, team)
    bookings = ctx.state.bookings
    for check in checks:
        matched = {i for i in matched if check(bookings[i])}
    total = len(matched)
    page = _page(ctx, matched, attr, reverse, skip, take) if skip < total else []
    pagination = {
        "totalItems": total,
        "remainingItems": max(0, total - skip - len(page)),
        "returnedItems": len(page),
        "itemsPerPage": take,
        "currentPage": skip // take + 1,
        "totalPages": math.ceil(total / take) if total else 0,
        "hasNextPage": skip + len(page) < total,
        "hasPreviousPage": skip > 0,
    }
    return ok([booking_out(ctx, b) for b in page], pagination=pagination)


def references(ctx: Ctx, b: Booking) -> list[dict[str, Any]]:
    """The calendar event and video meeting a booking made (see the module docstring)."""
    out: list[dict[str, Any]] = []
    organizer = ctx.state.users.get(b.host_ids[0]) if b.host_ids else None
    if organizer is not None:
        out.append(
            {
                "id": b.id * 10 + 1,
                "type": "google_calendar",
                "eventUid": f"{b.uid.lower()}gcal",
                "destinationCalendarId": organizer.email,
            }
        )
    if b.location.startswith("https://app.cal.com/video/"):
        out.append(
            {
                "id": b.id * 10 + 2,
                "type": "daily_video",
                "eventUid": b.uid,
                "destinationCalendarId": None,
            }
        )
    return out


@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/bookings/{bookingUid}/references")
def list_team_booking_references(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    uid = ctx.params["bookingUid"]
    b = ctx.state.get_booking(uid)
    et = ctx.state.event_types.get(b.event_type_id) if b is not None else None
    if b is None or et is None or et.team_id != team.id:
        raise not_found(f"Booking with uid={uid} not found in team id={team.id}")
    kind = ctx.query.get("type")
    if kind is not None and kind not in REFERENCE_TYPES:
        fail(f"type must be one of {', '.join(REFERENCE_TYPES)}", "type")
    return ok([r for r in references(ctx, b) if kind is None or r["type"] == kind])


def _event_type_filter(ctx: Ctx, team: Team) -> EventType | None:
    raw = ctx.query.get("eventTypeId")
    if raw is None or raw == "":
        return None
    eid = query_int(ctx.query, "eventTypeId", 0, 1)
    et = ctx.state.event_types.get(eid)
    if et is None or et.team_id != team.id:
        raise not_found(f"Event type with id={eid} not found in team id={team.id}")
    return et


def _schedules(ctx: Ctx, team: Team, user_ids: list[int]) -> list[Schedule]:
    et = _event_type_filter(ctx, team) if "orgId" in ctx.params else None
    if et is not None:
        used = {p.schedule.id for p in host_plans(ctx.state, et) if p.schedule is not None}
        return [
            ctx.state.schedules[i]
            for i in sorted(used)
            if ctx.state.schedules[i].owner_id in user_ids
        ]
    wanted = set(user_ids)
    return [s for s in ctx.state.schedules.values() if s.owner_id in wanted]


@area.route("GET", "/v2/teams/{teamId}/schedules")
@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/schedules")
def list_team_schedules(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    take = query_int(ctx.query, "take", 250, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    items = _schedules(ctx, team, list(team.members))
    return ok([schedule_out(ctx, s) for s in items[skip : skip + take]])


@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/users/{userId}/schedules")
def list_team_member_schedules(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    user_id = ctx.int_param("userId")
    if user_id not in team.members:
        raise not_found(f"User with id={user_id} is not a member of team id={team.id}")
    return ok([schedule_out(ctx, s) for s in _schedules(ctx, team, [user_id])])
