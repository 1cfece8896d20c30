"""``cal.teams``: an organization's teams and their event types (round robin, collective)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from calcom_v2_client.api.teams import (
    create_team_event_type,
    list_organization_teams,
    list_team_event_types,
)
from calcom_v2_client.models import (
    CreateTeamEventTypeInput,
    Team,
    TeamEventType,
    TeamEventTypeCreatedResponse,
    TeamEventTypeListResponse,
    TeamListResponse,
)

# Requests take the values this SDK knows (the generated SchedulingType also admits newer ones).
from calcom_v2_client.models.scheduling_type import KnownSchedulingType as SchedulingType

from .. import _validate as v
from .._errors import CalcomValueError
from .._pagination import AsyncPaginator, Page, check_page_size
from .._types import Host
from .._validation import fetch_listing
from ._base import Resource, build, compact, optional
from .event_types import event_type_fields

__all__ = ["Teams"]

_SCHEDULING_TYPES = v.literal_values(SchedulingType)
_MAX_TAKE = 250


def _hosts(value: object) -> list[Host]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise CalcomValueError("hosts must be a list of user ids or Host(...) objects")
    return [
        h if isinstance(h, Host) else Host(user_id=v.positive_int(h, f"hosts[{i}]"))
        for i, h in enumerate(value)
    ]


class Teams(Resource):
    """Organization teams (no ``cal-api-version`` needed)."""

    def list(
        self,
        org_id: int,
        *,
        page_size: int = _MAX_TAKE,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[Team]:
        """Iterate over the teams of organization ``org_id``, fetching pages lazily.

        Example::

            async for team in cal.teams.list(org_id=7):
                print(team.id, team.name)
        """
        v.positive_int(org_id, "org_id")
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)

        async def fetch(skip: int, take: int) -> Page[Team]:
            result, skipped = await fetch_listing(
                self._client,
                list_organization_teams.asyncio_detailed,
                TeamListResponse,
                timeout=timeout,
                max_retries=max_retries,
                org_id=org_id,
                take=take,
                skip=skip,
            )
            return Page(items=list(result.data), skip=skip, take=take, skipped=tuple(skipped))

        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    async def event_types(
        self,
        org_id: int,
        team_id: int,
        *,
        event_slug: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[TeamEventType]:
        """The event types of a team (not paginated by the API)."""
        result = await self._client._request(
            list_team_event_types.asyncio_detailed,
            TeamEventTypeListResponse,
            timeout=timeout,
            max_retries=max_retries,
            org_id=v.positive_int(org_id, "org_id"),
            team_id=v.positive_int(team_id, "team_id"),
            **compact({"event_slug": optional(v.identifier, event_slug, "event_slug")}),
        )
        return list(result.data)

    async def create_event_type(
        self,
        org_id: int,
        team_id: int,
        *,
        title: str,
        slug: str,
        length_in_minutes: int,
        scheduling_type: SchedulingType,
        hosts: Sequence[Host | int] | None = None,
        assign_all_team_members: bool | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TeamEventType:
        """Create a team event type: ``collective`` (every host must be free), ``roundRobin``
        (one free host is picked) or ``managed`` (a copy per member).

        Give ``hosts`` (user ids or :class:`Host` objects) or ``assign_all_team_members=True``.
        For a managed event type the API answers with the parent and one child per member; the
        parent is returned.

        Example::

            rr = await cal.teams.create_event_type(
                org_id=7, team_id=3, title="Intro", slug="intro", length_in_minutes=30,
                scheduling_type="roundRobin", hosts=[Host(user_id=11), Host(user_id=12)],
            )
        """
        v.positive_int(org_id, "org_id")
        v.positive_int(team_id, "team_id")
        v.text(title, "title")
        v.text(slug, "slug")
        v.positive_int(length_in_minutes, "length_in_minutes")
        v.choice(scheduling_type, "scheduling_type", _SCHEDULING_TYPES)
        host_list = [] if hosts is None else _hosts(hosts)
        if assign_all_team_members is not None:
            v.boolean(assign_all_team_members, "assign_all_team_members")
        if not host_list and not assign_all_team_members:
            raise CalcomValueError("give hosts or assign_all_team_members=True")
        body = event_type_fields(
            title=title,
            slug=slug,
            length_in_minutes=length_in_minutes,
            description=description,
            extra=compact(
                {
                    "schedulingType": scheduling_type,
                    "hosts": [h.to_wire() for h in host_list] or None,
                    "assignAllTeamMembers": assign_all_team_members,
                },
                optional(v.json_object, extra, "extra"),
            ),
        )
        result = await self._client._request(
            create_team_event_type.asyncio_detailed,
            TeamEventTypeCreatedResponse,
            timeout=timeout,
            max_retries=max_retries,
            org_id=v.positive_int(org_id, "org_id"),
            team_id=v.positive_int(team_id, "team_id"),
            body=build(CreateTeamEventTypeInput, body),
        )
        data = result.data
        return data[0] if isinstance(data, list) else data
