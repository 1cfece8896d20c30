"""``cal.teams.event_types``: collective, round-robin and managed event types of a team."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from calcom_v2_client.api.teams import (
    create_organization_team_event_type,
    create_plain_team_event_type,
    delete_organization_team_event_type,
    delete_plain_team_event_type,
    get_organization_team_event_type,
    get_plain_team_event_type,
    list_all_organization_team_event_types,
    list_organization_team_event_types,
    list_plain_team_event_types,
    update_organization_team_event_type,
    update_plain_team_event_type,
)
from calcom_v2_client.models import (
    CreateTeamEventTypeInput,
    DeletedTeamEventTypeResponse,
    TeamEventType,
    TeamEventTypeCreatedResponse,
    TeamEventTypeListResponse,
    TeamEventTypeResponse,
    TeamEventTypeUpdatedResponse,
    UpdateTeamEventTypeInput,
)

# Requests take the values this SDK knows (the generated SchedulingType also admits newer ones).
from calcom_v2_client.models.scheduling_type import KnownSchedulingType as SchedulingType

from ... import _validate as v
from ..._errors import CalcomValueError
from ..._pagination import AsyncPaginator, Page, check_page_size
from ..._response_validation import fetch_listing
from ..._types import Host
from .._base import Resource, build, compact, optional
from ..event_types import event_type_fields
from ._scope import check_team_id as _team
from ._scope import scoped

__all__ = ["TeamEventTypes"]

_SCHEDULING_TYPES = v.literal_values(SchedulingType)
_CHANGEABLE_TYPES = ("collective", "roundRobin")  # a managed event type stays managed
_MAX_TAKE = 250


def _hosts(value: object) -> list[Host]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise CalcomValueError("hosts must be a list of user ids or Host(...) objects")
    return [
        h if isinstance(h, Host) else Host(user_id=v.positive_int(h, f"hosts[{i}]"))
        for i, h in enumerate(value)
    ]


def _event_type(value: object) -> int:
    return v.positive_int(value, "event_type_id")


def _sort(value: object) -> str | None:
    return optional(v.choice, value, "sort_created_at", choices=("asc", "desc"))  # type: ignore[no-any-return]


def _fields(
    *,
    hosts: Sequence[Host | int] | None,
    assign_all_team_members: bool | None,
    scheduling_type: str | None,
    extra: Mapping[str, Any] | None,
    **common: Any,
) -> dict[str, Any]:
    """The wire body: the fields personal event types share, plus the team-only ones."""
    team_fields = compact(
        {
            "schedulingType": scheduling_type,
            "hosts": None if hosts is None else [h.to_wire() for h in _hosts(hosts)],
            "assignAllTeamMembers": optional(
                v.boolean, assign_all_team_members, "assign_all_team_members"
            ),
        },
        optional(v.json_object, extra, "extra"),
    )
    return event_type_fields(**common, extra=team_fields)


class TeamEventTypes(Resource):
    """Event types owned by a team (no ``cal-api-version`` needed); ``org_id=`` for an
    organization's team. Members read them; owners and admins create, change and delete."""

    async def list(
        self,
        team_id: int,
        *,
        org_id: int | None = None,
        event_slug: str | None = None,
        hosts_limit: int | None = None,
        sort_created_at: Literal["asc", "desc"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[TeamEventType]:
        """The event types of a team (not paginated by the API), optionally one slug.

        ``hosts_limit`` caps the hosts listed per event type (large teams).

        Example::

            for et in await cal.teams.event_types.list(team.id):
                print(et.id, et.slug, et.scheduling_type, [h.user_id for h in et.hosts])
        """
        team = _team(team_id)
        endpoint, scope = scoped(
            org_id,
            list_plain_team_event_types.asyncio_detailed,
            list_organization_team_event_types.asyncio_detailed,
            what="event_types.list",
        )
        query = compact(
            {
                "event_slug": optional(v.identifier, event_slug, "event_slug"),
                "hosts_limit": optional(v.positive_int, hosts_limit, "hosts_limit"),
                "sort_created_at": _sort(sort_created_at),
            }
        )
        result = await self._client._request(
            endpoint,
            TeamEventTypeListResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            **scope,
            **query,
        )
        return list(result.data)

    def list_all(
        self,
        org_id: int,
        *,
        sort_created_at: Literal["asc", "desc"] | None = None,
        page_size: int = _MAX_TAKE,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[TeamEventType]:
        """Iterate over the event types of every team of organization ``org_id``.

        Example::

            async for et in cal.teams.event_types.list_all(org_id=7):
                print(et.team_id, et.slug)
        """
        org = v.positive_int(org_id, "org_id")
        query = compact({"sort_created_at": _sort(sort_created_at)})
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)

        async def fetch(skip: int, take: int) -> Page[TeamEventType]:
            result, skipped = await fetch_listing(
                self._client,
                list_all_organization_team_event_types.asyncio_detailed,
                TeamEventTypeListResponse,
                timeout=timeout,
                max_retries=max_retries,
                org_id=org,
                take=take,
                skip=skip,
                **query,
            )
            return Page(items=list(result.data), skip=skip, take=take, skipped=tuple(skipped))

        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    async def get(
        self,
        team_id: int,
        event_type_id: int,
        *,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TeamEventType:
        """One event type of a team.

        Example::

            et = await cal.teams.event_types.get(team.id, 4001)
        """
        team, event_type = _team(team_id), _event_type(event_type_id)
        endpoint, scope = scoped(
            org_id,
            get_plain_team_event_type.asyncio_detailed,
            get_organization_team_event_type.asyncio_detailed,
            what="event_types.get",
        )
        result = await self._client._request(
            endpoint,
            TeamEventTypeResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            event_type_id=event_type,
            **scope,
        )
        return result.data

    async def create(
        self,
        team_id: int,
        *,
        title: str,
        slug: str,
        length_in_minutes: int,
        scheduling_type: SchedulingType,
        org_id: int | None = None,
        hosts: Sequence[Host | int] | None = None,
        assign_all_team_members: bool | None = None,
        description: str | None = None,
        schedule_id: int | None = None,
        slot_interval: int | None = None,
        minimum_booking_notice: int | None = None,
        before_event_buffer: int | None = None,
        after_event_buffer: int | None = None,
        hidden: bool | None = None,
        disable_guests: bool | None = None,
        locations: Sequence[Mapping[str, Any]] | None = None,
        booking_fields: Sequence[Mapping[str, Any]] | None = None,
        extra: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TeamEventType:
        """Create a team event type: ``collective`` (every host must be free), ``roundRobin``
        (one free host is picked) or ``managed`` (a copy per member).

        Give ``hosts`` (user ids or :class:`Host` objects; they must be members of the team)
        or ``assign_all_team_members=True``. For a managed event type the API answers with the
        parent and one child per member; the parent is returned.

        Example::

            rr = await cal.teams.event_types.create(
                team.id, title="Intro", slug="intro", length_in_minutes=30,
                scheduling_type="roundRobin", hosts=[Host(user_id=11), Host(user_id=12)],
            )
        """
        team = _team(team_id)
        v.text(title, "title")
        v.text(slug, "slug")
        v.positive_int(length_in_minutes, "length_in_minutes")
        v.choice(scheduling_type, "scheduling_type", _SCHEDULING_TYPES)
        host_list = [] if hosts is None else _hosts(hosts)
        if assign_all_team_members is not None:
            v.boolean(assign_all_team_members, "assign_all_team_members")
        if not host_list and not assign_all_team_members:
            raise CalcomValueError("give hosts or assign_all_team_members=True")
        body = _fields(
            hosts=host_list or None,
            assign_all_team_members=assign_all_team_members,
            scheduling_type=scheduling_type,
            title=title,
            slug=slug,
            length_in_minutes=length_in_minutes,
            description=description,
            schedule_id=schedule_id,
            slot_interval=slot_interval,
            minimum_booking_notice=minimum_booking_notice,
            before_event_buffer=before_event_buffer,
            after_event_buffer=after_event_buffer,
            hidden=hidden,
            disable_guests=disable_guests,
            locations=locations,
            booking_fields=booking_fields,
            extra=extra,
        )
        endpoint, scope = scoped(
            org_id,
            create_plain_team_event_type.asyncio_detailed,
            create_organization_team_event_type.asyncio_detailed,
            what="event_types.create",
        )
        result = await self._client._request(
            endpoint,
            TeamEventTypeCreatedResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            body=build(CreateTeamEventTypeInput, body),
            **scope,
        )
        data = result.data
        return data[0] if isinstance(data, list) else data

    async def update(
        self,
        team_id: int,
        event_type_id: int,
        *,
        org_id: int | None = None,
        title: str | None = None,
        slug: str | None = None,
        length_in_minutes: int | None = None,
        scheduling_type: Literal["collective", "roundRobin"] | None = None,
        hosts: Sequence[Host | int] | None = None,
        assign_all_team_members: bool | None = None,
        description: str | None = None,
        schedule_id: int | None = None,
        slot_interval: int | None = None,
        minimum_booking_notice: int | None = None,
        before_event_buffer: int | None = None,
        after_event_buffer: int | None = None,
        hidden: bool | None = None,
        disable_guests: bool | None = None,
        locations: Sequence[Mapping[str, Any]] | None = None,
        booking_fields: Sequence[Mapping[str, Any]] | None = None,
        extra: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TeamEventType:
        """Change some fields of a team event type; fields left ``None`` are not sent.

        ``hosts`` replaces the hosts. ``scheduling_type`` switches between ``collective`` and
        ``roundRobin`` (a managed event type stays managed). For a managed one the parent is
        returned.

        Example::

            await cal.teams.event_types.update(team.id, rr.id, hosts=[11, 12, 13])
        """
        team, event_type = _team(team_id), _event_type(event_type_id)
        if scheduling_type is not None:
            v.choice(scheduling_type, "scheduling_type", _CHANGEABLE_TYPES)
        body = _fields(
            hosts=hosts,
            assign_all_team_members=assign_all_team_members,
            scheduling_type=scheduling_type,
            title=title,
            slug=slug,
            length_in_minutes=length_in_minutes,
            description=description,
            schedule_id=schedule_id,
            slot_interval=slot_interval,
            minimum_booking_notice=minimum_booking_notice,
            before_event_buffer=before_event_buffer,
            after_event_buffer=after_event_buffer,
            hidden=hidden,
            disable_guests=disable_guests,
            locations=locations,
            booking_fields=booking_fields,
            extra=extra,
        )
        if not body:
            raise CalcomValueError("update needs at least one field to change")
        endpoint, scope = scoped(
            org_id,
            update_plain_team_event_type.asyncio_detailed,
            update_organization_team_event_type.asyncio_detailed,
            what="event_types.update",
        )
        result = await self._client._request(
            endpoint,
            TeamEventTypeUpdatedResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            event_type_id=event_type,
            body=build(UpdateTeamEventTypeInput, body),
            **scope,
        )
        data = result.data
        return data[0] if isinstance(data, list) else data

    async def delete(
        self,
        team_id: int,
        event_type_id: int,
        *,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete a team event type (its past bookings stay).

        Example::

            await cal.teams.event_types.delete(team.id, rr.id)
        """
        team, event_type = _team(team_id), _event_type(event_type_id)
        endpoint, scope = scoped(
            org_id,
            delete_plain_team_event_type.asyncio_detailed,
            delete_organization_team_event_type.asyncio_detailed,
            what="event_types.delete",
        )
        await self._client._request(
            endpoint,
            DeletedTeamEventTypeResponse,
            timeout=timeout,
            max_retries=max_retries,
            team_id=team,
            event_type_id=event_type,
            **scope,
        )
