"""Team memberships, plain (``/v2/teams/{teamId}/memberships``) and of an organization's team
(``/v2/organizations/{orgId}/teams/{teamId}/memberships``); no ``cal-api-version``.

Accepted members list and read memberships (``take`` 1-250, default 250, ``skip``; the plain
list also filters by ``emails``, comma-separated, at most 20); OWNER/ADMIN create, update and
delete them. Only an OWNER grants the OWNER role, changes an owner's membership or removes an
owner, and a team keeps at least one accepted owner (400). Create ``{userId, role?, accepted?,
disableImpersonation?}`` → 201: role defaults to MEMBER (required on the organization path),
``accepted`` to false -- an invitation: a pending member neither hosts nor manages. The user
must exist (404), not be a member already (409), and for an organization's team belong to the
organization (400). Delete answers the membership as it was. Hosts follow memberships (see
:mod:`.team_event_types`).
"""

from __future__ import annotations

from typing import Any, cast

from .._models import ROLES
from .._routing import ApiError, Area, Ctx, Reply, bad_request, forbidden, not_found, ok
from .._state import Membership, Team
from .._validate import check_email, check_keys, fail, get_bool, get_int, get_str, query_int
from .teams import team_for

area = Area("memberships")

_CREATE_FIELDS = ("userId", "accepted", "role", "disableImpersonation")
_UPDATE_FIELDS = ("accepted", "role", "disableImpersonation")


def membership_out(ctx: Ctx, m: Membership) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": m.id,
        "userId": m.user_id,
        "teamId": m.team_id,
        "accepted": m.accepted,
        "role": m.role,
        "disableImpersonation": m.disable_impersonation,
    }
    user = ctx.state.users.get(m.user_id)
    if user is not None:
        out["user"] = {
            "email": user.email,
            "username": user.username,
            "name": user.name,
            "avatarUrl": user.avatar_url,
            "bio": user.bio,
            "metadata": {},
        }
    return out


def _membership(ctx: Ctx, team: Team) -> Membership:
    mid = ctx.int_param("membershipId")
    for m in team.memberships.values():
        if m.id == mid:
            return m
    raise not_found(f"Membership with id={mid} not found in team id={team.id}")


def _role(body: dict[str, Any], *, required: bool = False) -> str | None:
    role = get_str(body, "role", required=required)
    if role is not None and role not in ROLES:
        fail(f"role must be one of {', '.join(ROLES)}", "role")
    return role


def _owners(team: Team) -> list[int]:
    return [u for u, role in team.members.items() if role == "OWNER"]


@area.route("GET", "/v2/teams/{teamId}/memberships")
@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/memberships")
def list_memberships(ctx: Ctx) -> Reply:
    team = team_for(ctx)
    take = query_int(ctx.query, "take", 250, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    items = list(team.memberships.values())
    raw = ctx.query.get("emails") if "orgId" not in ctx.params else None
    if raw:
        emails = [e.strip().lower() for e in raw.split(",") if e.strip()]
        if len(emails) > 20:
            fail("emails must contain at most 20 addresses", "emails")
        for i, e in enumerate(emails):
            check_email(e, f"emails.{i}")
        users = ctx.state.users
        items = [m for m in items if m.user_id in users and users[m.user_id].email in emails]
    return ok([membership_out(ctx, m) for m in items[skip : skip + take]])


@area.route("POST", "/v2/teams/{teamId}/memberships")
@area.route("POST", "/v2/organizations/{orgId}/teams/{teamId}/memberships")
def create_membership(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    body = ctx.body_obj()
    check_keys(body, _CREATE_FIELDS)
    user_id = cast(int, get_int(body, "userId", required=True, minimum=1))
    role = _role(body, required="orgId" in ctx.params) or "MEMBER"
    accepted = bool(get_bool(body, "accepted"))
    no_impersonation = bool(get_bool(body, "disableImpersonation"))
    user = ctx.state.users.get(user_id)
    if user is None:
        raise not_found(f"User with id={user_id} not found")
    if user_id in team.memberships:
        raise ApiError(409, "ConflictException", f"User id={user_id} is already in the team")
    if team.organization_id is not None and user.organization_id != team.organization_id:
        raise bad_request(
            f"User id={user_id} is not a member of organization id={team.organization_id}",
            "userId",
        )
    if role == "OWNER" and team.members.get(ctx.user.id) != "OWNER":
        raise forbidden("Only team owners can add owners")
    m = ctx.state.add_team_member(
        team.id, user_id, role=role, accepted=accepted, disable_impersonation=no_impersonation
    )
    return ok(membership_out(ctx, m), 201)


@area.route("GET", "/v2/teams/{teamId}/memberships/{membershipId}")
@area.route("GET", "/v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}")
def get_membership(ctx: Ctx) -> Reply:
    return ok(membership_out(ctx, _membership(ctx, team_for(ctx))))


@area.route("PATCH", "/v2/teams/{teamId}/memberships/{membershipId}")
@area.route("PATCH", "/v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}")
def update_membership(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    m = _membership(ctx, team)
    body = ctx.body_obj()
    check_keys(body, _UPDATE_FIELDS)
    role = _role(body) or m.role
    accepted = get_bool(body, "accepted")
    accepted = m.accepted if accepted is None else accepted
    no_impersonation = get_bool(body, "disableImpersonation")
    if "OWNER" in (role, m.role) and role != m.role and team.members.get(ctx.user.id) != "OWNER":
        raise forbidden("Only team owners can grant or take away the OWNER role")
    if _owners(team) == [m.user_id] and (role != "OWNER" or not accepted):
        raise bad_request("A team needs at least one accepted owner")
    ctx.state.add_team_member(
        team.id,
        m.user_id,
        role=role,
        accepted=accepted,
        disable_impersonation=m.disable_impersonation
        if no_impersonation is None
        else no_impersonation,
    )
    return ok(membership_out(ctx, m))


@area.route("DELETE", "/v2/teams/{teamId}/memberships/{membershipId}")
@area.route("DELETE", "/v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}")
def delete_membership(ctx: Ctx) -> Reply:
    team = team_for(ctx, "manager")
    m = _membership(ctx, team)
    if m.role == "OWNER" and team.members.get(ctx.user.id) != "OWNER":
        raise forbidden("Only team owners can remove an owner")
    if _owners(team) == [m.user_id]:
        raise bad_request("A team needs at least one accepted owner")
    out = membership_out(ctx, m)
    ctx.state.remove_team_member(team.id, m.user_id)
    return ok(out)
