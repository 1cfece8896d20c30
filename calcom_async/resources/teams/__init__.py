"""``cal.teams``: teams, plain or inside an organization (``org_id=``), and what they own.

Nested, as the API nests them: ``cal.teams.event_types`` (:mod:`.event_types`) and
``cal.teams.memberships`` (:mod:`.memberships`), each loaded on first use. Every method takes
``org_id=`` to use the organization-scoped endpoint instead of the plain one (see
:mod:`._scope`).
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from calcom_v2_client.api.teams import (
    create_organization_team,
    create_organization_team_invite,
    create_team,
    create_team_invite,
    delete_organization_team,
    delete_team,
    get_organization_team,
    get_team,
    list_my_organization_teams,
    list_organization_team_booking_references,
    list_organization_team_bookings,
    list_organization_team_schedules,
    list_organization_team_user_schedules,
    list_organization_teams,
    list_team_bookings,
    list_team_schedules,
    list_teams,
    update_organization_team,
    update_team,
)
from calcom_v2_client.models import (
    BookingReference,
    BookingReferencesResponse,
    CreateTeamInput,
    PendingTeam,
    Schedule,
    ScheduleListResponse,
    Team,
    TeamCreatedResponse,
    TeamInvite,
    TeamInviteResponse,
    TeamListResponse,
    TeamResponse,
    UpdateTeamInput,
)
from calcom_v2_client.models.booking_reference_type import (
    KnownBookingReferenceType as BookingReferenceType,
)

from ... import _validate as v
from ..._errors import CalcomValueError
from ..._pagination import AsyncPaginator, check_page_size
from ..._types import Weekday
from .._base import Resource, build, compact, optional
from ..bookings import AnyBooking, BookingStatusFilter, SortOrder
from ._fields import TimeFormat, team_fields
from ._listing import booking_filters, booking_pages, paged, whole
from ._scope import check_team_id as _team
from ._scope import scoped

if TYPE_CHECKING:
    from .event_types import TeamEventTypes
    from .memberships import Memberships

__all__ = ["Teams"]

_MAX_TAKE = 250
_REFERENCE_TYPES = v.literal_values(BookingReferenceType)


class Teams(Resource):
    """Teams (no ``cal-api-version`` needed): ``org_id=`` selects an organization's team.

    Cal.com decides who may do what -- roughly: accepted members read a team, its event types
    and memberships; owners and admins change them and list the team's bookings and schedules;
    only an owner deletes the team. A refusal is :class:`PermissionDeniedError`.
    """

    @functools.cached_property
    def event_types(self) -> TeamEventTypes:
        """Team event types: list, list_all, get, create, update, delete."""
        from .event_types import TeamEventTypes

        return TeamEventTypes(self._client)

    @functools.cached_property
    def memberships(self) -> Memberships:
        """Team members and their roles: list, get, create, update, delete."""
        from .memberships import Memberships

        return Memberships(self._client)

    def list(
        self,
        *,
        org_id: int | None = None,
        page_size: int = _MAX_TAKE,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[Team]:
        """Iterate over your teams, or with ``org_id`` over the organization's teams.

        The organization endpoint is paginated (``page_size`` per request); the plain one
        answers every team at once.

        Example::

            async for team in cal.teams.list():
                print(team.id, team.name)
            org_teams = await cal.teams.list(org_id=7).to_list()
        """
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)
        options = {"timeout": timeout, "max_retries": max_retries}
        if org_id is None:
            fetch = whole(self._client, list_teams.asyncio_detailed, TeamListResponse, options)
        else:
            org = v.positive_int(org_id, "org_id")
            endpoint = list_organization_teams.asyncio_detailed
            fetch = paged(self._client, endpoint, TeamListResponse, options, org_id=org)
        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    def my_teams(
        self,
        org_id: int,
        *,
        page_size: int = _MAX_TAKE,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[Team]:
        """Iterate over the teams of organization ``org_id`` that you belong to.

        Example::

            mine = await cal.teams.my_teams(org_id=7).to_list()
        """
        org = v.positive_int(org_id, "org_id")
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)
        options = {"timeout": timeout, "max_retries": max_retries}
        endpoint = list_my_organization_teams.asyncio_detailed
        fetch = paged(self._client, endpoint, TeamListResponse, options, org_id=org)
        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    async def get(
        self,
        team_id: int,
        *,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Team:
        """One team.

        Example::

            team = await cal.teams.get(3)
        """
        endpoint, scope = scoped(
            org_id, get_team.asyncio_detailed, get_organization_team.asyncio_detailed, what="get"
        )
        result = await self._client._request(
            endpoint,
            TeamResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=_team(team_id),
            **scope,
        )
        return result.data

    async def create(
        self,
        *,
        name: str,
        org_id: int | None = None,
        slug: str | None = None,
        bio: str | None = None,
        logo_url: str | None = None,
        banner_url: str | None = None,
        time_zone: str | None = None,
        week_start: Weekday | None = None,
        time_format: TimeFormat | None = None,
        is_private: bool | None = None,
        hide_branding: bool | None = None,
        hide_book_a_team_member: bool | None = None,
        brand_color: str | None = None,
        dark_brand_color: str | None = None,
        theme: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        auto_accept_creator: bool | None = None,
        extra: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Team | PendingTeam:
        """Create a team; you become its owner (``auto_accept_creator=False``: an invitation).

        Where Cal.com charges for teams, a plain team is a :class:`PendingTeam` until paid
        for: its ``payment_link`` completes it. ``extra`` passes further wire fields verbatim.

        Example::

            team = await cal.teams.create(name="Support", slug="support")
            if isinstance(team, PendingTeam):
                print("pay here:", team.payment_link)
        """
        v.text(name, "name")
        body = team_fields(
            name=name,
            slug=slug,
            bio=bio,
            logo_url=logo_url,
            banner_url=banner_url,
            time_zone=time_zone,
            week_start=week_start,
            time_format=time_format,
            is_private=is_private,
            hide_branding=hide_branding,
            hide_book_a_team_member=hide_book_a_team_member,
            brand_color=brand_color,
            dark_brand_color=dark_brand_color,
            theme=theme,
            metadata=metadata,
            extra=compact(
                {
                    "autoAcceptCreator": optional(
                        v.boolean, auto_accept_creator, "auto_accept_creator"
                    )
                },
                optional(v.json_object, extra, "extra"),
            ),
        )
        options: dict[str, Any] = {"timeout": timeout, "max_retries": max_retries}
        if org_id is None:
            created = await self._client._request(
                create_team.asyncio_detailed,
                TeamCreatedResponse,
                body=build(CreateTeamInput, body),
                **options,
            )
            return created.data
        result = await self._client._request(
            create_organization_team.asyncio_detailed,
            TeamResponse,
            org_id=v.positive_int(org_id, "org_id"),
            body=build(CreateTeamInput, body),
            **options,
        )
        return result.data

    async def update(
        self,
        team_id: int,
        *,
        org_id: int | None = None,
        name: str | None = None,
        slug: str | None = None,
        bio: str | None = None,
        logo_url: str | None = None,
        banner_url: str | None = None,
        time_zone: str | None = None,
        week_start: Weekday | None = None,
        time_format: TimeFormat | None = None,
        is_private: bool | None = None,
        hide_branding: bool | None = None,
        hide_book_a_team_member: bool | None = None,
        brand_color: str | None = None,
        dark_brand_color: str | None = None,
        theme: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Team:
        """Change some fields of a team (owners and admins only); ``None`` fields are not sent.

        Example::

            await cal.teams.update(team.id, bio="We answer within a day", time_zone="UTC")
        """
        team = _team(team_id)
        body = team_fields(
            name=name,
            slug=slug,
            bio=bio,
            logo_url=logo_url,
            banner_url=banner_url,
            time_zone=time_zone,
            week_start=week_start,
            time_format=time_format,
            is_private=is_private,
            hide_branding=hide_branding,
            hide_book_a_team_member=hide_book_a_team_member,
            brand_color=brand_color,
            dark_brand_color=dark_brand_color,
            theme=theme,
            metadata=metadata,
            extra=extra,
        )
        if not body:
            raise CalcomValueError("update needs at least one field to change")
        endpoint, scope = scoped(
            org_id,
            update_team.asyncio_detailed,
            update_organization_team.asyncio_detailed,
            what="update",
        )
        result = await self._client._request(
            endpoint,
            TeamResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            body=build(UpdateTeamInput, body),
            **scope,
        )
        return result.data

    async def delete(
        self,
        team_id: int,
        *,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete a team (owners only), with its memberships and event types.

        Example::

            await cal.teams.delete(team.id)
        """
        endpoint, scope = scoped(
            org_id,
            delete_team.asyncio_detailed,
            delete_organization_team.asyncio_detailed,
            what="delete",
        )
        await self._client._request(
            endpoint,
            TeamResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=_team(team_id),
            **scope,
        )

    async def invite(
        self,
        team_id: int,
        *,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TeamInvite:
        """A link that invites people to join the team (owners and admins only).

        Example::

            invite = await cal.teams.invite(team.id)
            print(invite.invite_link)
        """
        endpoint, scope = scoped(
            org_id,
            create_team_invite.asyncio_detailed,
            create_organization_team_invite.asyncio_detailed,
            what="invite",
        )
        result = await self._client._request(
            endpoint,
            TeamInviteResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=_team(team_id),
            **scope,
        )
        return result.data

    def bookings(
        self,
        team_id: int,
        *,
        org_id: int | None = None,
        status: BookingStatusFilter | Sequence[BookingStatusFilter] | None = None,
        attendee_email: str | None = None,
        attendee_name: str | None = None,
        booking_uid: str | None = None,
        event_type_id: int | None = None,
        event_type_ids: Sequence[int] | None = None,
        after_start: datetime | None = None,
        before_end: datetime | None = None,
        sort_start: SortOrder | None = None,
        sort_end: SortOrder | None = None,
        sort_created: SortOrder | None = None,
        page_size: int = 100,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[AnyBooking]:
        """Iterate over the bookings of the team's event types (owners and admins only).

        The filters are those of :meth:`Bookings.list`; pages are fetched while you iterate.

        Example::

            async for booking in cal.teams.bookings(team.id, status="upcoming"):
                print(booking.uid, booking.start, [h.name for h in booking.hosts])
        """
        team = _team(team_id)
        endpoint, scope = scoped(
            org_id,
            list_team_bookings.asyncio_detailed,
            list_organization_team_bookings.asyncio_detailed,
            what="bookings",
        )
        query = booking_filters(
            status=status,
            attendee_email=attendee_email,
            attendee_name=attendee_name,
            booking_uid=booking_uid,
            event_type_id=event_type_id,
            event_type_ids=event_type_ids,
            after_start=after_start,
            before_end=before_end,
            sort_start=sort_start,
            sort_end=sort_end,
            sort_created=sort_created,
        )
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)
        options = {"timeout": timeout, "max_retries": max_retries}
        fetch = booking_pages(self._client, endpoint, options, team_id=team, **scope, **query)
        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    async def booking_references(
        self,
        team_id: int,
        booking_uid: str,
        *,
        org_id: int,
        type: BookingReferenceType | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[BookingReference]:
        """The calendar events and video meetings Cal.com made for a booking of an
        organization's team, optionally of one ``type`` (``"daily_video"``, ...).

        Example::

            refs = await cal.teams.booking_references(team.id, booking.uid, org_id=7)
        """
        team = _team(team_id)
        if not isinstance(booking_uid, str):
            raise CalcomValueError("booking_uid must be a string")
        uid = v.path_segment(booking_uid, "booking_uid")
        endpoint, scope = scoped(
            org_id,
            None,
            list_organization_team_booking_references.asyncio_detailed,
            what="booking_references",
        )
        query = compact({"type_": optional(v.choice, type, "type", choices=_REFERENCE_TYPES)})
        result = await self._client._request(
            endpoint,
            BookingReferencesResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            booking_uid=uid,
            **scope,
            **query,
        )
        return list(result.data)

    def schedules(
        self,
        team_id: int,
        *,
        org_id: int | None = None,
        user_id: int | None = None,
        event_type_id: int | None = None,
        page_size: int = _MAX_TAKE,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[Schedule]:
        """Iterate over the schedules of the team's members (owners and admins only).

        With ``org_id``, ``user_id`` narrows it to one member's schedules and
        ``event_type_id`` to the schedules that event type uses (Cal.com offers both filters
        for organization teams only).

        Example::

            async for schedule in cal.teams.schedules(team.id):
                print(schedule.owner_id, schedule.name, schedule.time_zone)
        """
        team = _team(team_id)
        if org_id is None and (user_id is not None or event_type_id is not None):
            raise CalcomValueError("user_id and event_type_id need org_id (organization teams)")
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)
        options = {"timeout": timeout, "max_retries": max_retries}
        model = ScheduleListResponse
        if org_id is None:
            plain = list_team_schedules.asyncio_detailed
            fetch = paged(self._client, plain, model, options, team_id=team)
            return AsyncPaginator(fetch, page_size=page_size, limit=limit)
        filters = compact(
            {
                "org_id": v.positive_int(org_id, "org_id"),
                "team_id": team,
                "event_type_id": optional(v.positive_int, event_type_id, "event_type_id"),
            }
        )
        if user_id is None:
            endpoint = list_organization_team_schedules.asyncio_detailed
            fetch = paged(self._client, endpoint, model, options, **filters)
        else:
            member = list_organization_team_user_schedules.asyncio_detailed
            user = v.positive_int(user_id, "user_id")
            fetch = whole(self._client, member, model, options, user_id=user, **filters)
        return AsyncPaginator(fetch, page_size=page_size, limit=limit)
