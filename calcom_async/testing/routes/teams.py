"""Organization teams and team event types (no ``cal-api-version``).

``GET /v2/organizations/{orgId}/teams`` (``take`` 1-250, default 250, ``skip``; no pagination
block). Team event types: list (``eventSlug``, ``sortCreatedAt``, ``hostsLimit``) and create,
which needs title, slug, lengthInMinutes, schedulingType (collective / roundRobin / managed) and
``hosts [{userId, mandatory?, priority?}]`` (team members) or ``assignAllTeamMembers: true``;
only team OWNER/ADMIN may create. Each host uses their own schedule (``Host.schedule_id``, else
the event type's ``scheduleId``, else their default). Not a member of the organization → 403.
"""

from __future__ import annotations

from typing import Any, cast

from .._routing import Area, Ctx, Reply, forbidden, not_found, ok
from .._state import MANAGERS, PRIORITIES, EventType, Host, Team
from .._validate import as_obj, check_keys, fail, get_bool, get_int, get_list, get_str, query_int
from .event_types import (
    DEFAULT_LOCATIONS,
    EVENT_TYPE_FIELDS,
    apply_event_type_fields,
    check_slug_free,
    team_event_type_out,
)

area = Area("teams")

_TEAM_EVENT_TYPE_FIELDS = EVENT_TYPE_FIELDS | {
    "schedulingType",
    "hosts",
    "assignAllTeamMembers",
    "emailSettings",
    "rescheduleWithSameRoundRobinHost",
}


def team_out(t: Team) -> dict[str, Any]:
    # Optional string fields without a value are omitted rather than sent as null.
    out: dict[str, Any] = {
        "id": t.id,
        "name": t.name,
        "slug": t.slug,
        "hideBranding": False,
        "isOrganization": False,
        "isPrivate": False,
        "hideBookATeamMember": False,
        "metadata": {},
        "timeFormat": 24,
        "timeZone": "Europe/London",
        "weekStart": "Monday",
    }
    if t.organization_id is not None:
        out["parentId"] = t.organization_id
    return out


def org_for(ctx: Ctx) -> int:
    """The ``orgId`` path parameter, checked: it exists (404) and the caller is a member (403)."""
    org_id = ctx.int_param("orgId")
    state = ctx.state
    if org_id not in state.organizations:
        raise not_found(f"Organization with id={org_id} not found")
    user = ctx.user
    member = user.organization_id == org_id or any(
        t.organization_id == org_id and user.id in t.members for t in state.teams.values()
    )
    if not member:
        raise forbidden(f"User is not a member of organization id={org_id}")
    return org_id


def team_for(ctx: Ctx, org_id: int) -> Team:
    """The ``teamId`` path parameter: a team of organization ``org_id`` (404 otherwise)."""
    team_id = ctx.int_param("teamId")
    team = ctx.state.teams.get(team_id)
    if team is None or team.organization_id != org_id:
        raise not_found(f"Team with id={team_id} not found in organization id={org_id}")
    return team


@area.route("GET", "/v2/organizations/{orgId}/teams")
def list_org_teams(ctx: Ctx) -> Reply:
    org_id = org_for(ctx)
    take = query_int(ctx.query, "take", 250, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    teams = [t for t in ctx.state.teams.values() if t.organization_id == org_id]
    return ok([team_out(t) for t in teams[skip : skip + take]])


@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/event-types")
def list_team_event_types(ctx: Ctx) -> Reply:
    team = team_for(ctx, org_for(ctx))
    q = ctx.query
    items = [et for et in ctx.state.event_types.values() if et.team_id == team.id]
    if q.get("eventSlug"):
        items = [et for et in items if et.slug == q["eventSlug"]]
    if q.get("sortCreatedAt") == "desc":
        items.sort(key=lambda e: (e.created_at, e.id), reverse=True)
    hosts_limit = query_int(q, "hostsLimit", 0, 0) if q.get("hostsLimit") else None
    return ok([team_event_type_out(ctx, et, hosts_limit) for et in items])


def _hosts(team: Team, raw: list[Any]) -> list[Host]:
    hosts: list[Host] = []
    seen: set[int] = set()
    for i, item_raw in enumerate(raw):
        prefix = f"hosts.{i}."
        item = as_obj(item_raw, f"hosts.{i}")
        check_keys(item, ("userId", "mandatory", "priority"), prefix)
        user_id = cast(int, get_int(item, "userId", required=True, prefix=prefix))
        if user_id not in team.members:
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


@area.route("POST", "/v2/organizations/{orgId}/teams/{teamId}/event-types")
def create_team_event_type(ctx: Ctx) -> Reply:
    team = team_for(ctx, org_for(ctx))
    if team.members.get(ctx.user.id) not in MANAGERS:
        raise forbidden("Only team owners and admins can create team event types")
    body = ctx.body_obj()
    check_keys(body, _TEAM_EVENT_TYPE_FIELDS)
    get_str(body, "title", required=True)
    get_str(body, "slug", required=True)
    get_int(body, "lengthInMinutes", required=True, minimum=1)
    kind = get_str(body, "schedulingType", required=True)
    if kind not in ("collective", "roundRobin", "managed"):
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
