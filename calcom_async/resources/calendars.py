"""``cal.calendars``: connected calendars, busy times, connection checks, ICS feeds, and which
calendars are checked for conflicts or receive new bookings."""

from __future__ import annotations

import builtins
import zoneinfo
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from calcom_v2_client.api.calendars import (
    add_selected_calendar,
    check_calendar_connection,
    check_ics_feed,
    disconnect_calendar,
    get_busy_times,
    list_calendars,
    remove_selected_calendar,
    save_ics_feed,
    update_destination_calendar,
)
from calcom_v2_client.models import (
    BusyTime,
    BusyTimesResponse,
    CalendarCheckResponse,
    CalendarCredential,
    CalendarCredentialResponse,
    ConnectedCalendars,
    ConnectedCalendarsResponse,
    DestinationCalendarInput,
    DisconnectCalendarInput,
    SaveIcsFeedInput,
    SelectedCalendar,
    SelectedCalendarInput,
    SelectedCalendarResponse,
    SelectedDestinationCalendar,
    SelectedDestinationCalendarResponse,
)
from calcom_v2_client.models.calendar_provider import KnownCalendarProvider as CalendarProvider
from calcom_v2_client.models.destination_calendar_integration import (
    KnownDestinationCalendarIntegration as DestinationIntegration,
)

from .. import _validate as v
from .._errors import CalcomValueError
from ._base import Resource, build, compact, optional

__all__ = ["CalendarProvider", "Calendars", "DestinationIntegration"]

_PROVIDERS = v.literal_values(CalendarProvider)
_DESTINATIONS = v.literal_values(DestinationIntegration)


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


def _provider(value: object) -> str:
    return v.choice(value, "calendar", _PROVIDERS)


def _calendar_ref(
    integration: str, external_id: str, credential_id: int, delegation_credential_id: str | None
) -> dict[str, Any]:
    return compact(
        {
            "integration": v.identifier(integration, "integration"),
            "externalId": v.query_text(external_id, "external_id"),
            "credentialId": v.positive_int(credential_id, "credential_id"),
            "delegationCredentialId": optional(
                v.identifier, delegation_credential_id, "delegation_credential_id"
            ),
        }
    )


class Calendars(Resource):
    """Calendars connected to the authenticated user (no ``cal-api-version`` needed).

    ``credential_id``, ``integration`` and ``external_id`` name a calendar as :meth:`list`
    shows it: ``connected.credential_id``, ``connected.integration.type`` (e.g.
    ``"google_calendar"``) and ``calendar.external_id``.
    """

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

    async def check(
        self,
        calendar: CalendarProvider,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> CalendarCheckResponse:
        """Check that your ``"apple"``, ``"google"`` or ``"office365"`` connection works.

        Returns when it does (whatever ``data`` Cal.com adds is on the result); an error answer
        (no such connection, credentials no longer valid) raises, e.g. :class:`BadRequestError`.

        Example::

            await cal.calendars.check("google")
        """
        return await self._client._request(
            check_calendar_connection.asyncio_detailed,
            CalendarCheckResponse,
            timeout=timeout,
            max_retries=max_retries,
            calendar=_provider(calendar),
        )

    async def disconnect(
        self,
        calendar: CalendarProvider,
        *,
        credential_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> CalendarCredential:
        """Remove a calendar connection: its credential (``credential_id`` from :meth:`list`).

        Returns the deleted credential.

        Example::

            gone = await cal.calendars.disconnect("google", credential_id=135)
        """
        body = {"id": v.positive_int(credential_id, "credential_id")}
        result = await self._client._request(
            disconnect_calendar.asyncio_detailed,
            CalendarCredentialResponse,
            timeout=timeout,
            max_retries=max_retries,
            calendar=_provider(calendar),
            body=build(DisconnectCalendarInput, body),
        )
        return result.data

    async def check_ics_feed(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> CalendarCheckResponse:
        """Check that your ICS feed connection works (an error answer raises, as in
        :meth:`check`).

        Example::

            await cal.calendars.check_ics_feed()
        """
        return await self._client._request(
            check_ics_feed.asyncio_detailed,
            CalendarCheckResponse,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def save_ics_feed(
        self,
        urls: Iterable[str],
        *,
        read_only: bool = True,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> CalendarCredential:
        """Connect one or more ICS feeds (http(s) URLs) as a calendar; returns its credential.

        ``read_only=False`` lets Cal.com write bookings to the feed's calendar.

        Example::

            cred = await cal.calendars.save_ics_feed(["https://example.com/team.ics"])
        """
        body = {
            "urls": v.string_list(urls, "urls", item=v.http_url),
            "readOnly": v.boolean(read_only, "read_only"),
        }
        result = await self._client._request(
            save_ics_feed.asyncio_detailed,
            CalendarCredentialResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=build(SaveIcsFeedInput, body),
        )
        return result.data

    async def select(
        self,
        *,
        integration: str,
        external_id: str,
        credential_id: int,
        delegation_credential_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SelectedCalendar:
        """Have Cal.com check a connected calendar for conflicts (busy times block slots).

        Example::

            await cal.calendars.select(integration="google_calendar",
                                       external_id="me@example.com", credential_id=135)
        """
        body = _calendar_ref(integration, external_id, credential_id, delegation_credential_id)
        result = await self._client._request(
            add_selected_calendar.asyncio_detailed,
            SelectedCalendarResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=build(SelectedCalendarInput, body),
        )
        return result.data

    async def unselect(
        self,
        *,
        integration: str,
        external_id: str,
        credential_id: int,
        delegation_credential_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SelectedCalendar:
        """Stop checking a calendar for conflicts; returns the calendar no longer selected.

        Example::

            await cal.calendars.unselect(integration="google_calendar",
                                         external_id="me@example.com", credential_id=135)
        """
        ref = _calendar_ref(integration, external_id, credential_id, delegation_credential_id)
        result = await self._client._request(
            remove_selected_calendar.asyncio_detailed,
            SelectedCalendarResponse,
            timeout=timeout,
            max_retries=max_retries,
            integration=ref["integration"],
            external_id=ref["externalId"],
            credential_id=ref["credentialId"],
            **compact({"delegation_credential_id": ref.get("delegationCredentialId")}),
        )
        return result.data

    async def set_destination(
        self,
        *,
        integration: DestinationIntegration,
        external_id: str,
        delegation_credential_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SelectedDestinationCalendar:
        """Choose the calendar new bookings are written to (``"apple_calendar"``,
        ``"google_calendar"`` or ``"office365_calendar"``, and the calendar's external id).

        Example::

            await cal.calendars.set_destination(integration="google_calendar",
                                                external_id="me@example.com")
        """
        body = compact(
            {
                "integration": v.choice(integration, "integration", _DESTINATIONS),
                "externalId": v.query_text(external_id, "external_id"),
                "delegationCredentialId": optional(
                    v.identifier, delegation_credential_id, "delegation_credential_id"
                ),
            }
        )
        result = await self._client._request(
            update_destination_calendar.asyncio_detailed,
            SelectedDestinationCalendarResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=build(DestinationCalendarInput, body),
        )
        return result.data
