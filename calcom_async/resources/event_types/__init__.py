"""``cal.event_types``: the bookable meeting kinds of the authenticated user.

Nested, as the API nests them: ``cal.event_types.webhooks`` (:mod:`.webhooks`) and
``cal.event_types.private_links`` (:mod:`.private_links`), each loaded on first use.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

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

from ... import _validate as v
from ..._errors import CalcomValueError
from .._base import Resource, build, compact, optional

if TYPE_CHECKING:
    from .private_links import PrivateLinks
    from .webhooks import EventTypeWebhooks

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
    if slug is not None:
        slug = v.identifier(slug, "slug", max_length=255)
        if slug != slug.lower() or "/" in slug:
            raise CalcomValueError("slug must be lower-case without spaces or '/', like '30min'")
    minutes = (
        ("minimum_booking_notice", minimum_booking_notice),
        ("before_event_buffer", before_event_buffer),
        ("after_event_buffer", after_event_buffer),
    )
    body = compact(
        {
            "title": optional(v.text, title, "title"),
            "slug": slug,
            "lengthInMinutes": optional(v.positive_int, length_in_minutes, "length_in_minutes"),
            "description": optional(v.text, description, "description", allow_empty=True),
            "scheduleId": optional(v.positive_int, schedule_id, "schedule_id"),
            "slotInterval": optional(v.positive_int, slot_interval, "slot_interval"),
            **{
                _camel(name): optional(v.integer, value, name, minimum=0) for name, value in minutes
            },
            "hidden": optional(v.boolean, hidden, "hidden"),
            "disableGuests": optional(v.boolean, disable_guests, "disable_guests"),
            "locations": optional(_objects, locations, "locations"),
            "bookingFields": optional(_objects, booking_fields, "booking_fields"),
        },
        optional(v.json_object, extra, "extra"),
    )
    return body


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


def _objects(value: object, field: str) -> list[dict[str, Any]]:
    """A list of JSON objects (locations, booking fields)."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise CalcomValueError(f"{field} must be a list of mappings")
    return [v.json_object(item, f"{field}[{i}]") for i, item in enumerate(value)]


class EventTypes(Resource):
    """Event types (``cal-api-version: 2024-06-14``, sent for you)."""

    @functools.cached_property
    def webhooks(self) -> EventTypeWebhooks:
        """Webhooks of one event type: list, get, create, update, delete, delete_all."""
        from .webhooks import EventTypeWebhooks

        return EventTypeWebhooks(self._client)

    @functools.cached_property
    def private_links(self) -> PrivateLinks:
        """Private booking links of an event type: list, create, update, delete."""
        from .private_links import PrivateLinks

        return PrivateLinks(self._client)

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
        query = compact(
            {
                "username": optional(v.username, username, "username"),
                "event_slug": optional(v.identifier, event_slug, "event_slug"),
                "usernames": None
                if usernames is None
                else ",".join(v.string_list(usernames, "usernames", item=v.username)),
                "org_slug": optional(v.identifier, org_slug, "org_slug"),
                "org_id": optional(v.positive_int, org_id, "org_id"),
            }
        )
        if event_slug is not None and username is None:
            raise CalcomValueError("event_slug needs username")
        result = await self._client._request(
            list_event_types.asyncio_detailed,
            EventTypeListResponse,
            timeout=timeout,
            max_retries=max_retries,
            **query,
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
            event_type_id=v.positive_int(event_type_id, "event_type_id"),
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
        v.text(title, "title")
        v.text(slug, "slug")
        v.positive_int(length_in_minutes, "length_in_minutes")
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
            body=build(CreateEventTypeInput, body),
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
        v.positive_int(event_type_id, "event_type_id")
        result = await self._client._request(
            update_event_type.asyncio_detailed,
            EventTypeResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=v.positive_int(event_type_id, "event_type_id"),
            body=build(UpdateEventTypeInput, body),
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
            event_type_id=v.positive_int(event_type_id, "event_type_id"),
        )
