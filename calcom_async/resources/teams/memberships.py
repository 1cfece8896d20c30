"""``cal.teams.memberships``: who belongs to a team, and with which role.

Roles are ``MEMBER``, ``ADMIN`` and ``OWNER``. Only accepted members host the team's event
types; owners and admins manage the team (its event types, memberships, bookings).
"""

from __future__ import annotations

from collections.abc import Sequence

from calcom_v2_client.api.teams import (
    create_organization_team_membership,
    create_team_membership,
    delete_organization_team_membership,
    delete_team_membership,
    get_organization_team_membership,
    get_team_membership,
    list_organization_team_memberships,
    list_team_memberships,
    update_organization_team_membership,
    update_team_membership,
)
from calcom_v2_client.models import (
    CreateOrganizationTeamMembershipInput,
    CreateTeamMembershipInput,
    TeamMembership,
    TeamMembershipListResponse,
    TeamMembershipResponse,
    UpdateTeamMembershipInput,
)

# Requests take the roles this SDK knows (the generated MembershipRole also admits newer ones).
from calcom_v2_client.models.membership_role import KnownMembershipRole as MembershipRole

from ... import _validate as v
from ..._errors import CalcomValueError
from ..._pagination import AsyncPaginator, Page, check_page_size
from ..._response_validation import fetch_listing
from .._base import Resource, build, compact, optional
from ._scope import check_team_id as _team
from ._scope import scoped

__all__ = ["MembershipRole", "Memberships"]

_ROLES = v.literal_values(MembershipRole)
_MAX_TAKE = 250
_MAX_EMAILS = 20  # Cal.com's limit for the emails filter


def _membership(value: object) -> int:
    return v.positive_int(value, "membership_id")


def _role(value: object) -> str | None:
    return optional(v.choice, value, "role", choices=_ROLES)  # type: ignore[no-any-return]


class Memberships(Resource):
    """Memberships of a team (no ``cal-api-version`` needed); ``org_id=`` for an
    organization's team. Members read them; owners and admins change them."""

    def list(
        self,
        team_id: int,
        *,
        org_id: int | None = None,
        emails: Sequence[str] | None = None,
        page_size: int = _MAX_TAKE,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[TeamMembership]:
        """Iterate over a team's memberships, fetching pages lazily.

        ``emails`` (at most 20; plain teams only) keeps the members with those addresses.

        Example::

            async for m in cal.teams.memberships.list(team.id):
                print(m.user_id, m.role, m.accepted, m.user.email)
        """
        team = _team(team_id)
        endpoint, scope = scoped(
            org_id,
            list_team_memberships.asyncio_detailed,
            list_organization_team_memberships.asyncio_detailed,
            what="memberships.list",
        )
        query: dict[str, str] = {}
        if emails is not None:
            if org_id is not None:
                raise CalcomValueError("emails filters plain teams only (not with org_id)")
            addresses = v.string_list(emails, "emails", item=v.email)
            if len(addresses) > _MAX_EMAILS:
                raise CalcomValueError(f"emails takes at most {_MAX_EMAILS} addresses")
            query["emails"] = ",".join(addresses)
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)

        async def fetch(skip: int, take: int) -> Page[TeamMembership]:
            result, skipped = await fetch_listing(
                self._client,
                endpoint,
                TeamMembershipListResponse,
                timeout=timeout,
                max_retries=max_retries,
                team_id=team,
                take=take,
                skip=skip,
                **scope,
                **query,
            )
            return Page(items=list(result.data), skip=skip, take=take, skipped=tuple(skipped))

        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    async def get(
        self,
        team_id: int,
        membership_id: int,
        *,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TeamMembership:
        """One membership of a team, by its id (not the user's).

        Example::

            m = await cal.teams.memberships.get(team.id, membership.id)
        """
        team, membership = _team(team_id), _membership(membership_id)
        endpoint, scope = scoped(
            org_id,
            get_team_membership.asyncio_detailed,
            get_organization_team_membership.asyncio_detailed,
            what="memberships.get",
        )
        result = await self._client._request(
            endpoint,
            TeamMembershipResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            membership_id=membership,
            **scope,
        )
        return result.data

    async def create(
        self,
        team_id: int,
        *,
        user_id: int,
        role: MembershipRole = "MEMBER",
        accepted: bool = False,
        disable_impersonation: bool | None = None,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TeamMembership:
        """Add user ``user_id`` to a team with ``role`` (owners and admins only).

        As in Cal.com the membership starts as an invitation (``accepted=False``); pass
        ``accepted=True`` to make the user a member at once, who can then host.

        Example::

            m = await cal.teams.memberships.create(team.id, user_id=12, role="ADMIN",
                                                   accepted=True)
        """
        team = _team(team_id)
        body = compact(
            {
                "userId": v.positive_int(user_id, "user_id"),
                "role": v.choice(role, "role", _ROLES),
                "accepted": v.boolean(accepted, "accepted"),
                "disableImpersonation": optional(
                    v.boolean, disable_impersonation, "disable_impersonation"
                ),
            }
        )
        endpoint, scope = scoped(
            org_id,
            create_team_membership.asyncio_detailed,
            create_organization_team_membership.asyncio_detailed,
            what="memberships.create",
        )
        model = (
            CreateTeamMembershipInput if org_id is None else CreateOrganizationTeamMembershipInput
        )
        result = await self._client._request(
            endpoint,
            TeamMembershipResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            body=build(model, body),
            **scope,
        )
        return result.data

    async def update(
        self,
        team_id: int,
        membership_id: int,
        *,
        org_id: int | None = None,
        role: MembershipRole | None = None,
        accepted: bool | None = None,
        disable_impersonation: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TeamMembership:
        """Change a member's role or acceptance (owners and admins; only an owner grants or
        takes away ``OWNER``).

        Example::

            await cal.teams.memberships.update(team.id, m.id, role="ADMIN")
        """
        team, membership = _team(team_id), _membership(membership_id)
        body = compact(
            {
                "role": _role(role),
                "accepted": optional(v.boolean, accepted, "accepted"),
                "disableImpersonation": optional(
                    v.boolean, disable_impersonation, "disable_impersonation"
                ),
            }
        )
        if not body:
            raise CalcomValueError("update needs role, accepted or disable_impersonation")
        endpoint, scope = scoped(
            org_id,
            update_team_membership.asyncio_detailed,
            update_organization_team_membership.asyncio_detailed,
            what="memberships.update",
        )
        result = await self._client._request(
            endpoint,
            TeamMembershipResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            membership_id=membership,
            body=build(UpdateTeamMembershipInput, body),
            **scope,
        )
        return result.data

    async def delete(
        self,
        team_id: int,
        membership_id: int,
        *,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Remove a member from a team; they stop hosting its event types.

        Example::

            await cal.teams.memberships.delete(team.id, m.id)
        """
        team, membership = _team(team_id), _membership(membership_id)
        endpoint, scope = scoped(
            org_id,
            delete_team_membership.asyncio_detailed,
            delete_organization_team_membership.asyncio_detailed,
            what="memberships.delete",
        )
        await self._client._request(
            endpoint,
            TeamMembershipResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            membership_id=membership,
            **scope,
        )
