"""``cal.slots``: free times of an event type, grouped by date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Literal

from calcom_v2_client.api.slots import list_slots
from calcom_v2_client.models import Slot, SlotsResponse

from .. import _validate as v
from .._errors import CalcomValueError
from ._base import Resource, compact, optional

__all__ = ["Slots"]


def _bound(value: datetime | date, field: str) -> str:
    # A bare date means the whole day to the API; a datetime must be aware.
    value = v.date_or_datetime(value, field)
    return v.wire_datetime(value, field) if isinstance(value, datetime) else value.isoformat()


class Slots(Resource):
    """Available slots (``cal-api-version: 2024-09-04``, sent for you)."""

    async def list(
        self,
        *,
        start: datetime | date,
        end: datetime | date,
        event_type_id: int | None = None,
        event_type_slug: str | None = None,
        username: str | None = None,
        team_slug: str | None = None,
        organization_slug: str | None = None,
        usernames: Sequence[str] | None = None,
        time_zone: str | None = None,
        duration: int | None = None,
        format: Literal["time", "range"] | None = None,
        booking_uid_to_reschedule: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> dict[date, list[Slot]]:
        """Free slots between ``start`` and ``end``, grouped by local date in ``time_zone``.

        Name the event type by ``event_type_id``, or by ``event_type_slug`` with ``username``
        (or ``team_slug``), or ask for a dynamic event of several ``usernames``. Each slot's
        ``start`` carries the offset of ``time_zone`` (UTC by default); ``format="range"`` adds
        ``end``.

        Example::

            days = await cal.slots.list(event_type_id=123, start=monday, end=friday,
                                        time_zone="Europe/Berlin")
            for day, slots in days.items():
                print(day, [s.start for s in slots])
        """
        query = compact(
            {
                "start": _bound(start, "start"),
                "end": _bound(end, "end"),
                "event_type_id": optional(v.positive_int, event_type_id, "event_type_id"),
                "event_type_slug": optional(v.identifier, event_type_slug, "event_type_slug"),
                "username": optional(v.username, username, "username"),
                "team_slug": optional(v.identifier, team_slug, "team_slug"),
                "organization_slug": optional(v.identifier, organization_slug, "organization_slug"),
                "usernames": None
                if usernames is None
                else ",".join(v.string_list(usernames, "usernames", item=v.username)),
                "time_zone": optional(v.time_zone, time_zone, "time_zone"),
                "duration": optional(v.positive_int, duration, "duration"),
                "format_": optional(v.choice, format, "format", choices=("time", "range")),
                "booking_uid_to_reschedule": optional(
                    v.identifier, booking_uid_to_reschedule, "booking_uid_to_reschedule"
                ),
            }
        )
        if isinstance(start, datetime) == isinstance(end, datetime) and end < start:
            raise CalcomValueError("end must not be before start")
        if event_type_id is None and event_type_slug is None and usernames is None:
            raise CalcomValueError("name the event type: event_type_id, event_type_slug, usernames")
        if event_type_slug is not None and username is None and team_slug is None:
            raise CalcomValueError("event_type_slug needs username or team_slug")
        result = await self._client._request(
            list_slots.asyncio_detailed,
            SlotsResponse,
            timeout=timeout,
            max_retries=max_retries,
            **query,
        )
        return {
            date.fromisoformat(day): list(slots)
            for day, slots in sorted(result.data.additional_properties.items())
        }
