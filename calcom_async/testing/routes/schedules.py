"""Schedules (``cal-api-version: 2024-06-11``).

Output ``{id, ownerId, name, timeZone, availability: [{days, startTime, endTime}], isDefault,
overrides: [{date, startTime, endTime}]}``; days are names. Create → 201 (availability
defaults to Mon-Fri 09:00-17:00); the first schedule of a user, or one created / patched with
``isDefault: true``, becomes the default. Deleting the default promotes the user's lowest-id
remaining schedule. ``GET /v2/schedules/default`` → ``data: null`` if none. An override
replaces the weekly rules for its date; ``00:00``-``00:00`` blocks the day; an ``endTime`` of
``23:59`` means "until midnight". Someone else's schedule → 403.
"""

from __future__ import annotations

from typing import Any, cast

from .._routing import Area, Ctx, Reply, forbidden, not_found, ok
from .._state import Schedule
from .._validate import check_keys, check_time_zone, get_bool, get_str, parse_rules

area = Area("schedules", version="2024-06-11")

_FIELDS = frozenset({"name", "timeZone", "availability", "isDefault", "overrides"})


def schedule_out(ctx: Ctx, s: Schedule) -> dict[str, Any]:
    owner = ctx.state.users.get(s.owner_id)
    return {
        "id": s.id,
        "ownerId": s.owner_id,
        "name": s.name,
        "timeZone": s.time_zone,
        "availability": [
            {"days": list(a.days), "startTime": a.start_time, "endTime": a.end_time}
            for a in s.availability
        ],
        "isDefault": owner is not None and owner.default_schedule_id == s.id,
        "overrides": [
            {"date": o.date, "startTime": o.start_time, "endTime": o.end_time} for o in s.overrides
        ],
    }


def _own_schedule(ctx: Ctx) -> Schedule:
    sid = ctx.int_param("scheduleId")
    s = ctx.state.schedules.get(sid)
    if s is None:
        raise not_found(f"Schedule with id={sid} not found")
    if s.owner_id != ctx.user.id:
        raise forbidden(f"Schedule with id={sid} does not belong to the user")
    return s


@area.route("GET", "/v2/schedules")
def list_schedules(ctx: Ctx) -> Reply:
    items = [s for s in ctx.state.schedules.values() if s.owner_id == ctx.user.id]
    return ok([schedule_out(ctx, s) for s in items])


@area.route("POST", "/v2/schedules")
def create_schedule(ctx: Ctx) -> Reply:
    body = ctx.body_obj()
    check_keys(body, _FIELDS)
    name = get_str(body, "name", required=True)
    tz = check_time_zone(cast(str, get_str(body, "timeZone", required=True)), "timeZone")
    is_default = get_bool(body, "isDefault", required=True)
    avail, over = parse_rules(body.get("availability"), body.get("overrides"))
    s = ctx.state.add_schedule(
        ctx.user.id,
        name=cast(str, name),
        time_zone=tz,
        availability=avail,
        overrides=over or [],
        is_default=is_default,
    )
    return ok(schedule_out(ctx, s), 201)


@area.route("GET", "/v2/schedules/default")
def get_default_schedule(ctx: Ctx) -> Reply:
    s = ctx.state.default_schedule(ctx.user.id)
    return ok(schedule_out(ctx, s) if s is not None else None)


@area.route("GET", "/v2/schedules/{scheduleId}")
def get_schedule(ctx: Ctx) -> Reply:
    return ok(schedule_out(ctx, _own_schedule(ctx)))


@area.route("PATCH", "/v2/schedules/{scheduleId}")
def update_schedule(ctx: Ctx) -> Reply:
    s = _own_schedule(ctx)
    body = ctx.body_obj()
    check_keys(body, _FIELDS)
    name = get_str(body, "name")
    tz = get_str(body, "timeZone")
    if tz is not None:
        check_time_zone(tz, "timeZone")
    is_default = get_bool(body, "isDefault")
    avail, over = parse_rules(body.get("availability"), body.get("overrides"))
    if name is not None:
        s.name = name
    if tz is not None:
        s.time_zone = tz
    if avail is not None:
        s.availability = avail
    if over is not None:
        s.overrides = over
    user = ctx.state.users[s.owner_id]
    if is_default:
        user.default_schedule_id = s.id
    elif is_default is False and user.default_schedule_id == s.id:
        user.default_schedule_id = None
    return ok(schedule_out(ctx, s))


@area.route("DELETE", "/v2/schedules/{scheduleId}")
def delete_schedule(ctx: Ctx) -> Reply:
    s = _own_schedule(ctx)
    state = ctx.state
    del state.schedules[s.id]
    user = state.users[s.owner_id]
    if user.default_schedule_id == s.id:
        rest = sorted(x.id for x in state.schedules.values() if x.owner_id == user.id)
        user.default_schedule_id = rest[0] if rest else None
    for et in state.event_types.values():
        if et.schedule_id == s.id:
            et.schedule_id = None
        for h in et.hosts:
            if h.schedule_id == s.id:
                h.schedule_id = None
    return ok()
