"""Teams, plain (``/v2/teams``) and of an organization (``/v2/organizations/{orgId}/teams``);
no ``cal-api-version``. Also the checks every team route shares (:func:`team_for`).

Who may do what, as the fake enforces it (on both kinds of path): a team is read by its
**accepted** members (a pending invitation is not membership: 403); OWNER and ADMIN update it
and create invitations; only an OWNER deletes it. An organization path also needs the caller to
belong to the organization (403) and the team to be inside it (404).

- ``GET /v2/teams``: the caller's teams (accepted memberships). ``POST /v2/teams`` → 201, the
  creator becomes OWNER (accepted unless ``autoAcceptCreator: false``); a slug already used by
  another team of the same organization (or another plain team) → 409.
- ``GET /v2/organizations/{orgId}/teams`` (every team of the organization) and ``.../teams/me``
  (the caller's): ``take`` 1-250 (default 250), ``skip``; no pagination block.
  ``POST .../teams`` creates a team inside the organization.
- ``GET`` / ``PATCH`` / ``DELETE`` ``.../teams/{teamId}`` (delete answers the team as it was
  and removes its memberships, event types, their webhooks and private links; bookings stay).
- ``POST .../teams/{teamId}/invite`` → 200 ``{token, inviteLink}``.

Fields the fake does not interpret (``bio``, ``logoUrl``, ``brandColor``...) are stored and
echoed. Organization roles (ORG_ADMIN) are not modelled: team roles decide on both paths.
"""

from __future__ import annotations

from typing import Any, Literal

from .._routing import ApiError, Area, Ctx, Reply, forbidden, not_found, ok
from .._state import MANAGERS, Team
from .._validate import check_keys, check_time_zone, fail, get_bool, get_str, query_int, words

area = Area("teams")

_TEAM_FIELDS = words(
    "name slug logoUrl calVideoLogo appLogo appIconLogo bio hideBranding isPrivate "
    "hideBookATeamMember metadata theme brandColor darkBrandColor bannerUrl timeFormat timeZone "
    "weekStart"
)
_CREATE_FIELDS = _TEAM_FIELDS | {"autoAcceptCreator"}
_UPDATE_FIELDS = _TEAM_FIELDS | {"bookingLimits", "includeManagedEventsInLimits"}
_WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_BOOLEANS = ("hideBranding", "isPrivate", "hideBookATeamMember", "includeManagedEventsInLimits")

Need = Literal["member", "manager", "owner"]


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
    out.update({k: v for k, v in t.profile.items() if k in _TEAM_FIELDS})
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


def team_for(ctx: Ctx, need: Need = "member") -> Team:
    """The ``teamId`` of the path, checked: inside ``orgId`` when the path has one (404
    otherwise), and the caller an accepted member with the role ``need`` asks for (403)."""
    org_id = org_for(ctx) if "orgId" in ctx.params else None
    team_id = ctx.int_param("teamId")
    team = ctx.state.teams.get(team_id)
    if team is None or (org_id is not None and team.organization_id != org_id):
        where = f" in organization id={org_id}" if org_id is not None else ""
        raise not_found(f"Team with id={team_id} not found{where}")
    role = team.members.get(ctx.user.id)
    if role is None:
        raise forbidden(f"User is not a member of team id={team_id}")
    if need == "manager" and role not in MANAGERS:
        raise forbidden(f"Only owners and admins of team id={team_id} can do this")
    if need == "owner" and role != "OWNER":
        raise forbidden(f"Only owners of team id={team_id} can do this")
    return team


def _team_fields(ctx: Ctx, body: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    """Validate a team body → the profile fields to store (``name``/``slug`` included)."""
    check_keys(body, allowed)
    for key in ("name", "slug"):
        if key in body and not (get_str(body, key) or "").strip():
            fail(f"{key} should not be empty", key)
    for key in ("bio", "logoUrl", "bannerUrl", "theme", "brandColor", "darkBrandColor"):
        get_str(body, key)
    for key in _BOOLEANS:
        get_bool(body, key)
    if body.get("timeZone") is not None:
        check_time_zone(str(get_str(body, "timeZone")), "timeZone")
    if body.get("weekStart") is not None and body["weekStart"] not in _WEEKDAYS:
        fail("weekStart must be a day name like Monday", "weekStart")
    if body.get("timeFormat") is not None and body["timeFormat"] not in (12, 24):
        fail("timeFormat must be 12 or 24", "timeFormat")
    if body.get("metadata") is not None and not isinstance(body["metadata"], dict):
        fail("metadata must be an object", "metadata")
    return {k: v for k, v in body.items() if v is not None and k != "autoAcceptCreator"}


def _check_slug_free(ctx: Ctx, slug: str, organization_id: int | None, team_id: int) -> None:
    for other in ctx.state.teams.values():
        if other.id != team_id and other.slug == slug and other.organization_id == organization_id:
            raise ApiError(409, "ConflictException", f"Team with slug '{slug}' already exists")


def _create(ctx: Ctx, organization_id: int | None) -> Reply:
    body = ctx.body_obj()
    fields = _team_fields(ctx, body, _CREATE_FIELDS)
    name = str(get_str(body, "name", required=True))
    accepted = get_bool(body, "autoAcceptCreator") is not False
    slug = fields.pop("slug", None)
    if slug is not None:
        _check_slug_free(ctx, str(slug), organization_id, team_id=0)
    fields.pop("name")
    state = ctx.state
    team = state.add_team(name, slug=slug, organization_id=organization_id)
    team.profile = fields
    state.add_team_member(team.id, ctx.user.id, role="OWNER", accepted=accepted)
    return ok(team_out(team), 201)


@area.route("GET", "/v2/teams")
def list_teams(ctx: Ctx) -> Reply:
    teams = [t for t in ctx.state.teams.values() if ctx.user.id in t.members]
    return ok([team_out(t) for t in teams])


@area.route("POST", "/v2/teams")
def create_team(ctx: Ctx) -> Reply:
    return _create(ctx, None)


@area.route("GET", "/v2/organizations/{orgId}/teams")
def list_org_teams(ctx: Ctx) -> Reply:
    org_id = org_for(ctx)
    take = query_int(ctx.query, "take", 250, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    teams = [t for t in ctx.state.teams.values() if t.organization_id == org_id]
    return ok([team_out(t) for t in teams[skip : skip + take]])


@area.route("GET", "/v2/organizations/{orgId}/teams/me")
def list_my_org_teams(ctx: Ctx) -> Reply:
    org_id = org_for(ctx)
    take = query_int(ctx.query, "take", 250, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    teams = [
        t
        for t in ctx.state.teams.values()
        if t.organization_id == org_id and ctx.user.id in t.members
    ]
    return ok([team_out(t) for t in teams[skip : skip + take]])


@area.route("POST", "/v2/organizations/{orgId}/teams")
def create_org_team(ctx: Ctx) -> Reply:
    return _create(ctx, org_for(ctx))


@area.route("GET", "/v2/teams/{teamId}")
@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}")
def get_team(ctx: Ctx) -> Reply:
    return ok(team_out(team_for(ctx)))


@area.route("PATCH", "/v2/teams/{teamId}")
@area.route("PATCH", "/v2/organizations/{orgId}/teams/{teamId}")
def update_team(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    fields = _team_fields(ctx, ctx.body_obj(), _UPDATE_FIELDS)
    if "slug" in fields:
        _check_slug_free(ctx, str(fields["slug"]), team.organization_id, team.id)
        team.slug = str(fields.pop("slug"))
    if "name" in fields:
        team.name = str(fields.pop("name"))
    team.profile.update(fields)
    return ok(team_out(team))


@area.route("DELETE", "/v2/teams/{teamId}")
@area.route("DELETE", "/v2/organizations/{orgId}/teams/{teamId}")
def delete_team(ctx: Ctx) -> Reply:
    team = team_for(ctx, "owner")
    out = team_out(team)
    ctx.state.delete_team(team.id)
    return ok(out)


@area.route("POST", "/v2/teams/{teamId}/invite")
@area.route("POST", "/v2/organizations/{orgId}/teams/{teamId}/invite")
def create_invite(ctx: Ctx) -> Reply:
    team_for(ctx, "manager")
    token = ctx.state.new_token()
    link = f"https://app.cal.com/signup?token={token}&callbackUrl=/getting-started"
    return ok({"token": token, "inviteLink": link})
