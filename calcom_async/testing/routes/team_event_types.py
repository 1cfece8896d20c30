"""Team event types, plain (``/v2/teams/{teamId}/event-types``) and of an organization's team
(``/v2/organizations/{orgId}/teams/{teamId}/event-types``); no ``cal-api-version``.

Members list and read them; OWNER/ADMIN create, update and delete them (403 otherwise; the
checks of :func:`.teams.team_for`). Create needs title, slug, lengthInMinutes, schedulingType
(collective / roundRobin / managed) and ``hosts [{userId, mandatory?, priority?}]`` or
``assignAllTeamMembers: true``; hosts must be **accepted** members of the team (400 otherwise),
and they stay in step with the memberships (a removed member stops hosting; with
``assignAllTeamMembers`` a new member starts). Each host uses their own schedule
(``Host.schedule_id``, else the event type's ``scheduleId``, else their default).

PATCH changes the fields sent: ``hosts`` replaces the hosts, ``schedulingType`` switches
between collective and roundRobin (a managed event type cannot change kind: 400). DELETE → 200
``{id, title}`` and removes the event type's webhooks and private links (bookings stay). List:
``eventSlug``, ``sortCreatedAt``, ``hostsLimit``; ``GET /v2/organizations/{orgId}/teams/
event-types`` lists every team's, ``take`` 1-250 (default 250), ``skip``.
"""

from __future__ import annotations

from typing import Any, cast

from .._routing import Area, Ctx, Reply, bad_request, not_found, ok
from .._state import PRIORITIES, EventType, Host, Team
from .._validate import as_obj, check_keys, fail, get_bool, get_int, get_list, get_str, query_int
from .event_types import (
    DEFAULT_LOCATIONS,
    EVENT_TYPE_FIELDS,
    apply_event_type_fields,
    check_slug_free,
    team_event_type_out,
)
from .teams import org_for, team_for

area = Area("team-event-types")

_TEAM_EVENT_TYPE_FIELDS = EVENT_TYPE_FIELDS | {
    "schedulingType",
    "hosts",
    "assignAllTeamMembers",
    "emailSettings",
    "rescheduleWithSameRoundRobinHost",
}
_KINDS = ("collective", "roundRobin", "managed")


def _hosts(team: Team, raw: list[Any]) -> list[Host]:
    hosts: list[Host] = []
    seen: set[int] = set()
    members = team.members
    for i, item_raw in enumerate(raw):
        prefix = f"hosts.{i}."
        item = as_obj(item_raw, f"hosts.{i}")
        check_keys(item, ("userId", "mandatory", "priority"), prefix)
        user_id = cast(int, get_int(item, "userId", required=True, prefix=prefix))
        if user_id not in members:
            fail(f"User with id={user_id} is not a member of team id={team.id}", f"{prefix}userId")
        if user_id in seen:
            fail(f"Duplicate host userId={user_id}", f"{prefix}userId")
        seen.add(user_id)
        priority = get_str(item, "priority", prefix=prefix) or "medium"
        if priority not in PRIORITIES:
            fail(f"{prefix}priority must be one of {', '.join(PRIORITIES)}", f"{prefix}priority")
        mandatory = bool(get_bool(item, "mandatory", prefix=prefix))
        hosts.append(Host(user_id=user_id, mandatory=mandatory, priority=priority))
    return hosts


def _team_event_type(ctx: Ctx, team: Team) -> EventType:
    eid = ctx.int_param("eventTypeId")
    et = ctx.state.event_types.get(eid)
    if et is None or et.team_id != team.id:
        raise not_found(f"Event type with id={eid} not found in team id={team.id}")
    return et


def _list(ctx: Ctx, items: list[EventType]) -> list[EventType]:
    q = ctx.query
    if q.get("sortCreatedAt") == "desc":
        items.sort(key=lambda e: (e.created_at, e.id), reverse=True)
    elif q.get("sortCreatedAt") == "asc":
        items.sort(key=lambda e: (e.created_at, e.id))
    return items


@area.route("GET", "/v2/teams/{teamId}/event-types")
@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/event-types")
def list_team_event_types(ctx: Ctx) -> Reply:
    team = team_for(ctx)
    q = ctx.query
    items = [et for et in ctx.state.event_types.values() if et.team_id == team.id]
    if q.get("eventSlug"):
        items = [et for et in items if et.slug == q["eventSlug"]]
    hosts_limit = query_int(q, "hostsLimit", 0, 0) if q.get("hostsLimit") else None
    return ok([team_event_type_out(ctx, et, hosts_limit) for et in _list(ctx, items)])


@area.route("GET", "/v2/organizations/{orgId}/teams/event-types")
def list_all_team_event_types(ctx: Ctx) -> Reply:
    org_id = org_for(ctx)
    take = query_int(ctx.query, "take", 250, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    state = ctx.state
    items = [
        et
        for et in state.event_types.values()
        if et.team_id is not None
        and et.team_id in state.teams
        and state.teams[et.team_id].organization_id == org_id
    ]
    page = _list(ctx, items)[skip : skip + take]
    return ok([team_event_type_out(ctx, et) for et in page])


@area.route("POST", "/v2/teams/{teamId}/event-types")
@area.route("POST", "/v2/organizations/{orgId}/teams/{teamId}/event-types")
def create_team_event_type(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    body = ctx.body_obj()
    check_keys(body, _TEAM_EVENT_TYPE_FIELDS)
    get_str(body, "title", required=True)
    get_str(body, "slug", required=True)
    get_int(body, "lengthInMinutes", required=True, minimum=1)
    kind = get_str(body, "schedulingType", required=True)
    if kind not in _KINDS:
        fail("schedulingType must be one of: collective, roundRobin, managed", "schedulingType")
    assign_all = bool(get_bool(body, "assignAllTeamMembers"))
    hosts_raw = get_list(body, "hosts")
    if assign_all:
        hosts = [Host(user_id=u) for u in team.members]
    elif hosts_raw:
        hosts = _hosts(team, hosts_raw)
    else:
        fail("hosts must not be empty unless assignAllTeamMembers is true", "hosts")
    et = EventType(
        id=0,
        title="",
        slug="",
        length_in_minutes=0,
        team_id=team.id,
        scheduling_type=cast(Any, kind),
        hosts=hosts,
        assign_all_team_members=assign_all,
        locations=[dict(x) for x in DEFAULT_LOCATIONS],
        created_at=ctx.now(),
    )
    apply_event_type_fields(ctx, et, body, None)
    check_slug_free(ctx, et)
    et.id = ctx.state.next_id("event_type")
    ctx.state.event_types[et.id] = et
    return ok(team_event_type_out(ctx, et), 201)


@area.route("GET", "/v2/teams/{teamId}/event-types/{eventTypeId}")
@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}")
def get_team_event_type(ctx: Ctx) -> Reply:
    team = team_for(ctx)
    return ok(team_event_type_out(ctx, _team_event_type(ctx, team)))


@area.route("PATCH", "/v2/teams/{teamId}/event-types/{eventTypeId}")
@area.route("PATCH", "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}")
def update_team_event_type(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    et = _team_event_type(ctx, team)
    body = ctx.body_obj()
    check_keys(body, _TEAM_EVENT_TYPE_FIELDS)
    kind = get_str(body, "schedulingType")
    if kind is not None:
        if kind not in ("collective", "roundRobin"):
            fail("schedulingType must be one of: collective, roundRobin", "schedulingType")
        if et.scheduling_type == "managed":
            raise bad_request("A managed event type cannot change its scheduling type")
    assign_all = get_bool(body, "assignAllTeamMembers")
    hosts_raw = get_list(body, "hosts")
    hosts = _hosts(team, hosts_raw) if hosts_raw is not None else None
    if hosts == [] and not assign_all:
        fail("hosts must not be empty unless assignAllTeamMembers is true", "hosts")
    probe = EventType(**{**et.__dict__, "extra": dict(et.extra), "hosts": list(et.hosts)})
    apply_event_type_fields(ctx, probe, body, None)
    if probe.slug != et.slug:
        check_slug_free(ctx, probe)
    if kind is not None:
        probe.scheduling_type = cast(Any, kind)
    if hosts is not None:
        probe.hosts = hosts
        probe.assign_all_team_members = False
    if assign_all is not None:
        probe.assign_all_team_members = assign_all
    et.__dict__.update(probe.__dict__)
    ctx.state.sync_team_hosts(team.id)
    return ok(team_event_type_out(ctx, et))


@area.route("DELETE", "/v2/teams/{teamId}/event-types/{eventTypeId}")
@area.route("DELETE", "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}")
def delete_team_event_type(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    et = ctx.state.delete_event_type(_team_event_type(ctx, team).id)
    return ok({"id": et.id, "title": et.title})
