"""``GET /v2/slots`` (``cal-api-version: 2024-09-04``).

``start``/``end`` required (ISO 8601, UTC unless an offset is given; a bare date means the start
/ end of that day *in the requested timeZone*); ``eventTypeId`` or ``eventTypeSlug`` +
``username``/``teamSlug``, or ``usernames`` (≥ 2; collective over their default schedules,
``duration`` default 30); ``timeZone`` (default UTC), ``duration`` (must be the length or one of
``lengthInMinutesOptions``), ``format=range``, ``bookingUidToReschedule`` (that booking does not
block). Slots are laid on a grid from the start of each availability window with step
``slotInterval`` or the length; a slot must fit entirely in the window, start within ``[start,
end]``, start at or after ``now() + minimumBookingNotice`` and not overlap any accepted/pending
booking of the host(s) - the candidate padded with its event type's before/after buffers,
existing bookings padded with theirs (as when booked). Collective: all hosts' windows are
intersected and all must be free. Round robin (and managed, simplified to round robin): a slot
is offered when any non-mandatory host is free (mandatory hosts must all be free). Output groups
by local date of ``timeZone``: ``{"2050-09-05": [{"start": "2050-09-05T09:00:00.000+02:00"}]}``
(``end`` added with ``format=range``; ``Z`` offset for UTC). No slots → ``{}``. A slot that an
active reservation of the event type overlaps is left out (see ``slot_reservations``).
"""

from __future__ import annotations

from datetime import timedelta

from .._routing import Area, Ctx, Reply, bad_request, not_found, ok
from .._slots import HostPlan, available_starts, host_plans
from .._state import EventType, FakeState
from .._timeutil import format_local, get_zone
from .._validate import fail, parse_instant

area = Area("slots", version="2024-09-04")


def resolve_event_type(
    state: FakeState,
    event_type_id: int | None,
    slug: str | None,
    username: str | None,
    team_slug: str | None,
) -> EventType:
    """The event type named by id, or by slug with a username or team slug (404 / 400)."""
    if event_type_id is not None:
        et = state.event_types.get(event_type_id)
        if et is None:
            raise not_found(f"Event type with id={event_type_id} not found")
        return et
    if slug and username:
        user = state.user_by_username(username)
        if user is None:
            raise not_found(f"User with username={username} not found")
        for et in state.event_types.values():
            if et.team_id is None and et.owner_id == user.id and et.slug == slug:
                return et
        raise not_found(f"Event type with slug={slug} not found for user {username}")
    if slug and team_slug:
        team = state.team_by_slug(team_slug)
        if team is None:
            raise not_found(f"Team with slug={team_slug} not found")
        for et in state.event_types.values():
            if et.team_id == team.id and et.slug == slug:
                return et
        raise not_found(f"Event type with slug={slug} not found for team {team_slug}")
    raise bad_request(
        "eventTypeId, or eventTypeSlug with username or teamSlug, is required", "eventTypeId"
    )


def check_length(et: EventType, length: int | None, field: str) -> int:
    """``length`` if the event type offers it (400 otherwise); its own length when None."""
    if length is None:
        return et.length_in_minutes
    allowed = set(et.length_in_minutes_options or ()) | {et.length_in_minutes}
    if length not in allowed:
        fail(f"{field} must be one of the event type's lengths: {sorted(allowed)}", field)
    return length


@area.route("GET", "/v2/slots")
def get_slots(ctx: Ctx) -> Reply:
    q = ctx.query
    state = ctx.state
    tz_name = q.get("timeZone") or "UTC"
    zone = get_zone(tz_name)
    if zone is None:
        fail("timeZone must be a valid IANA time zone", "timeZone")
    if not q.get("start"):
        fail("start should not be empty", "start")
    if not q.get("end"):
        fail("end should not be empty", "end")
    start = parse_instant(q["start"], "start", zone=zone)
    end = parse_instant(q["end"], "end", end_of_day=True, zone=zone)
    if end < start:
        fail("end must be after start", "end")
    fmt = q.get("format") or "time"
    if fmt not in ("time", "range"):
        fail("format must be 'time' or 'range'", "format")
    duration: int | None = None
    if q.get("duration"):
        try:
            duration = int(q["duration"])
        except ValueError:
            fail("duration must be an integer number", "duration")
        if duration < 1:
            fail("duration must not be less than 1", "duration")
    ignore = q.get("bookingUidToReschedule") or None
    now = ctx.now()
    if q.get("usernames") and not q.get("eventTypeId") and not q.get("eventTypeSlug"):
        names = [n.strip() for n in q["usernames"].split(",") if n.strip()]
        if len(names) < 2:
            fail("usernames must contain at least 2 usernames", "usernames")
        plans = []
        for name in names:
            u = state.user_by_username(name)
            if u is None:
                raise not_found(f"User with username={name} not found")
            plans.append(HostPlan(u.id, state.default_schedule(u.id), True, "medium"))
        length = duration or 30
        starts = available_starts(
            state, plans, "collective", None, start, end, length, length, now, ignore
        )
    else:
        et_id: int | None = None
        if q.get("eventTypeId"):
            try:
                et_id = int(q["eventTypeId"])
            except ValueError:
                fail("eventTypeId must be an integer number", "eventTypeId")
        et = resolve_event_type(
            state, et_id, q.get("eventTypeSlug"), q.get("username"), q.get("teamSlug")
        )
        length = check_length(et, duration, "duration")
        step = et.slot_interval or length
        earliest = now + timedelta(minutes=et.minimum_booking_notice)
        kind = (et.scheduling_type or "single") if et.team_id is not None else "single"
        starts = available_starts(
            state, host_plans(state, et), kind, et, start, end, length, step, earliest, ignore
        )
        span = timedelta(minutes=length)
        starts = [t for t in starts if not any(state.reservations_holding(et.id, t, t + span))]
    data: dict[str, list[dict[str, str]]] = {}
    span = timedelta(minutes=length)
    for t in starts:
        key = t.astimezone(zone).date().isoformat()
        slot = {"start": format_local(t, zone)}
        if fmt == "range":
            slot["end"] = format_local(t + span, zone)
        data.setdefault(key, []).append(slot)
    return ok(data)
