"""``cal.event_types``: the bookable meeting kinds of the authenticated user."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from calcom_v2_client.api.event_types import (
    create_event_type,
    delete_event_type,
    get_event_type,
    list_event_types,
    update_event_type,
)
from calcom_v2_client.models import (
    CreateEventTypeInput,
    DeletedEventTypeResponse,
    EventType,
    EventTypeListResponse,
    EventTypeOrTeamEventTypeResponse,
    EventTypeResponse,
    TeamEventType,
    UpdateEventTypeInput,
)

from .._errors import CalcomValueError
from ._base import Resource, compact, positive_int

__all__ = ["EventTypes", "event_type_fields"]


def event_type_fields(
    *,
    title: str | None = None,
    slug: str | None = None,
    length_in_minutes: int | None = None,
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
) -> dict[str, Any]:
    """The wire body shared by personal and team event types (unset fields left out)."""
    for label, text in (("title", title), ("slug", slug)):
        if text is not None and (not isinstance(text, str) or not text.strip()):
            raise CalcomValueError(f"{label} must be a non-empty string")
    if slug is not None and (slug != slug.strip().lower() or " " in slug):
        raise CalcomValueError("slug must be lower-case without spaces, like '30min'")
    minutes = {
        "length_in_minutes": length_in_minutes,
        "slot_interval": slot_interval,
    }
    for name, value in minutes.items():
        if value is not None:
            positive_int(value, name)
    for name, value in (
        ("minimum_booking_notice", minimum_booking_notice),
        ("before_event_buffer", before_event_buffer),
        ("after_event_buffer", after_event_buffer),
    ):
        bad = not isinstance(value, int) or isinstance(value, bool) or value < 0
        if value is not None and bad:
            raise CalcomValueError(f"{name} must be a non-negative integer (minutes)")
    return compact(
        {
            "title": title,
            "slug": slug,
            "lengthInMinutes": length_in_minutes,
            "description": description,
            "scheduleId": None if schedule_id is None else positive_int(schedule_id, "schedule_id"),
            "slotInterval": slot_interval,
            "minimumBookingNotice": minimum_booking_notice,
            "beforeEventBuffer": before_event_buffer,
            "afterEventBuffer": after_event_buffer,
            "hidden": hidden,
            "disableGuests": disable_guests,
            "locations": None if locations is None else [dict(x) for x in locations],
            "bookingFields": None if booking_fields is None else [dict(x) for x in booking_fields],
        },
        extra,
    )


class EventTypes(Resource):
    """Event types (``cal-api-version: 2024-06-14``, sent for you)."""

    async def list(
        self,
        *,
        username: str | None = None,
        event_slug: str | None = None,
        usernames: Sequence[str] | None = None,
        org_slug: str | None = None,
        org_id: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[EventType]:
        """Event types: your own by default, or a user's (``username``), optionally one slug.

        The API does not paginate this list, so it is returned whole.

        Example::

            for et in await cal.event_types.list():
                print(et.id, et.slug, et.length_in_minutes)
        """
        if event_slug is not None and username is None:
            raise CalcomValueError("event_slug needs username")
        result = await self._client._request(
            list_event_types.asyncio_detailed,
            EventTypeListResponse,
            timeout=timeout,
            max_retries=max_retries,
            **compact(
                {
                    "username": username,
                    "event_slug": event_slug,
                    "usernames": ",".join(usernames) if usernames else None,
                    "org_slug": org_slug,
                    "org_id": None if org_id is None else positive_int(org_id, "org_id"),
                }
            ),
        )
        return list(result.data)

    async def get(
        self, event_type_id: int, *, timeout: float | None = None, max_retries: int | None = None
    ) -> EventType | TeamEventType:
        """One event type by id (a team event type comes back as :class:`TeamEventType`)."""
        result = await self._client._request(
            get_event_type.asyncio_detailed,
            EventTypeOrTeamEventTypeResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=positive_int(event_type_id, "event_type_id"),
        )
        return result.data

    async def create(
        self,
        *,
        title: str,
        slug: str,
        length_in_minutes: int,
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
    ) -> EventType:
        """Create an event type. ``extra`` passes further wire fields (camelCase) verbatim.

        Example::

            et = await cal.event_types.create(title="30 min", slug="30min", length_in_minutes=30)
        """
        body = event_type_fields(
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
        result = await self._client._request(
            create_event_type.asyncio_detailed,
            EventTypeResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=CreateEventTypeInput.from_dict(body),
        )
        return result.data

    async def update(
        self,
        event_type_id: int,
        *,
        title: str | None = None,
        slug: str | None = None,
        length_in_minutes: int | None = None,
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
    ) -> EventType:
        """Change some fields of an event type; fields left ``None`` are not sent.

        Example::

            await cal.event_types.update(et.id, length_in_minutes=45, hidden=True)
        """
        body = event_type_fields(
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
        result = await self._client._request(
            update_event_type.asyncio_detailed,
            EventTypeResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=positive_int(event_type_id, "event_type_id"),
            body=UpdateEventTypeInput.from_dict(body),
        )
        return result.data

    async def delete(
        self, event_type_id: int, *, timeout: float | None = None, max_retries: int | None = None
    ) -> None:
        """Delete an event type (its past bookings stay)."""
        await self._client._request(
            delete_event_type.asyncio_detailed,
            DeletedEventTypeResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=positive_int(event_type_id, "event_type_id"),
        )
