"""``cal.schedules``: working hours that decide when event types can be booked."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from calcom_v2_client.api.schedules import (
    create_schedule,
    delete_schedule,
    get_default_schedule,
    get_schedule,
    list_schedules,
    update_schedule,
)
from calcom_v2_client.models import (
    CreateScheduleInput,
    DeletedScheduleResponse,
    Schedule,
    ScheduleListResponse,
    ScheduleResponse,
    UpdateScheduleInput,
)

from .. import _validate as v
from .._errors import CalcomError, CalcomValueError
from .._types import Availability, DateOverride
from ._base import Resource, build, compact, optional

__all__ = ["Schedules"]


def _schedule_fields(
    name: str | None,
    time_zone: str | None,
    is_default: bool | None,
    availability: Sequence[Availability] | None,
    overrides: Sequence[DateOverride] | None,
) -> dict[str, Any]:
    return compact(
        {
            "name": optional(v.text, name, "name"),
            "timeZone": optional(v.time_zone, time_zone, "time_zone"),
            "isDefault": optional(v.boolean, is_default, "is_default"),
            "availability": optional(_wire_items, availability, "availability", kind=Availability),
            "overrides": optional(_wire_items, overrides, "overrides", kind=DateOverride),
        }
    )


def _wire_items(value: object, field: str, kind: type[Availability | DateOverride]) -> list[Any]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise CalcomValueError(f"{field} must be a list of {kind.__name__}(...) objects")
    for item in value:
        if not isinstance(item, kind):
            raise CalcomValueError(f"{field} items must be {kind.__name__}(...) objects")
    return [item.to_wire() for item in value]


class Schedules(Resource):
    """Schedules (``cal-api-version: 2024-06-11``, sent for you)."""

    async def list(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> builtins.list[Schedule]:
        """All your schedules (the API does not paginate them)."""
        result = await self._client._request(
            list_schedules.asyncio_detailed,
            ScheduleListResponse,
            timeout=timeout,
            max_retries=max_retries,
        )
        return list(result.data)

    async def get_default(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> Schedule | None:
        """Your default schedule, or ``None`` when you have none yet."""
        result = await self._client._request(
            get_default_schedule.asyncio_detailed,
            ScheduleResponse,
            timeout=timeout,
            max_retries=max_retries,
        )
        return result.data

    async def get(
        self, schedule_id: int, *, timeout: float | None = None, max_retries: int | None = None
    ) -> Schedule | None:
        """One schedule by id (``None`` if the API answers with no schedule)."""
        result = await self._client._request(
            get_schedule.asyncio_detailed,
            ScheduleResponse,
            timeout=timeout,
            max_retries=max_retries,
            schedule_id=v.positive_int(schedule_id, "schedule_id"),
        )
        return result.data

    async def create(
        self,
        *,
        name: str,
        time_zone: str,
        is_default: bool,
        availability: Sequence[Availability] | None = None,
        overrides: Sequence[DateOverride] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Schedule:
        """Create a schedule. Without ``availability`` Cal.com uses Monday-Friday 09:00-17:00.

        Example::

            await cal.schedules.create(
                name="Working hours", time_zone="America/New_York", is_default=True,
                availability=[Availability(days=["Monday", "Friday"],
                                           start_time="09:00", end_time="17:00")],
            )
        """
        v.text(name, "name")
        v.time_zone(time_zone, "time_zone")
        v.boolean(is_default, "is_default")
        body = _schedule_fields(name, time_zone, is_default, availability, overrides)
        result = await self._client._request(
            create_schedule.asyncio_detailed,
            ScheduleResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=build(CreateScheduleInput, body),
        )
        if result.data is None:
            raise CalcomError("the API answered the create with no schedule")
        return result.data

    async def update(
        self,
        schedule_id: int,
        *,
        name: str | None = None,
        time_zone: str | None = None,
        is_default: bool | None = None,
        availability: Sequence[Availability] | None = None,
        overrides: Sequence[DateOverride] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Schedule | None:
        """Change some fields of a schedule; ``availability`` replaces the weekly hours."""
        v.positive_int(schedule_id, "schedule_id")
        body = _schedule_fields(name, time_zone, is_default, availability, overrides)
        if not body:
            raise CalcomValueError("update needs at least one field to change")
        result = await self._client._request(
            update_schedule.asyncio_detailed,
            ScheduleResponse,
            timeout=timeout,
            max_retries=max_retries,
            schedule_id=v.positive_int(schedule_id, "schedule_id"),
            body=build(UpdateScheduleInput, body),
        )
        return result.data

    async def delete(
        self, schedule_id: int, *, timeout: float | None = None, max_retries: int | None = None
    ) -> None:
        """Delete a schedule."""
        await self._client._request(
            delete_schedule.asyncio_detailed,
            DeletedScheduleResponse,
            timeout=timeout,
            max_retries=max_retries,
            schedule_id=v.positive_int(schedule_id, "schedule_id"),
        )
