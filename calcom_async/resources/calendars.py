"""``cal.calendars``: connected calendars and their busy times."""

from __future__ import annotations

import builtins
import zoneinfo
from datetime import date, datetime

from calcom_v2_client.api.calendars import get_busy_times, list_calendars
from calcom_v2_client.models import (
    BusyTime,
    BusyTimesResponse,
    ConnectedCalendars,
    ConnectedCalendarsResponse,
)

from .. import _validate as v
from .._errors import CalcomValueError
from ._base import Resource

__all__ = ["Calendars"]


def _day(value: datetime | date, field: str, time_zone: str) -> str:
    # The API reads dateFrom/dateTo as calendar days in ``timeZone``: an aware datetime names
    # the day it falls on there (not the day in its own offset, which may differ).
    value = v.date_or_datetime(value, field)
    if isinstance(value, datetime):
        try:
            local = value.astimezone(zoneinfo.ZoneInfo(time_zone))
        except OverflowError:
            raise CalcomValueError(f"{field} is out of range in {time_zone}") from None
        return local.date().isoformat()
    return value.isoformat()


class Calendars(Resource):
    """Calendars connected to the authenticated user (no ``cal-api-version`` needed)."""

    async def list(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> ConnectedCalendars:
        """Connected calendars (``connected_calendars``) and the destination calendar.

        Example::

            cals = await cal.calendars.list()
            for connected in cals.connected_calendars:
                print(connected.credential_id, [c.external_id for c in connected.calendars])
        """
        result = await self._client._request(
            list_calendars.asyncio_detailed,
            ConnectedCalendarsResponse,
            timeout=timeout,
            max_retries=max_retries,
        )
        return result.data

    async def busy_times(
        self,
        *,
        credential_id: int,
        external_id: str,
        start: datetime | date,
        end: datetime | date,
        time_zone: str = "UTC",
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[BusyTime]:
        """Busy intervals of one connected calendar between two days.

        ``credential_id`` and ``external_id`` come from :meth:`list`.

        Example::

            busy = await cal.calendars.busy_times(credential_id=135, external_id="me@example.com",
                                                  start=date(2030, 5, 6), end=date(2030, 5, 10),
                                                  time_zone="Europe/Madrid")
        """
        v.positive_int(credential_id, "credential_id")
        v.query_text(external_id, "external_id")
        time_zone = v.time_zone(time_zone)
        date_from, date_to = _day(start, "start", time_zone), _day(end, "end", time_zone)
        if date_to < date_from:
            raise CalcomValueError("end must not be before start")
        result = await self._client._request(
            get_busy_times.asyncio_detailed,
            BusyTimesResponse,
            timeout=timeout,
            max_retries=max_retries,
            credential_id=v.positive_int(credential_id, "credential_id"),
            external_id=external_id,
            date_from=date_from,
            date_to=date_to,
            time_zone=time_zone,
        )
        return list(result.data)
