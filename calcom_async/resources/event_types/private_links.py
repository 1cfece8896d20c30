"""``cal.event_types.private_links``: single-use, limited or expiring booking links."""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any

from calcom_v2_client.api.event_types import (
    create_private_link,
    delete_private_link,
    list_private_links,
    update_private_link,
)
from calcom_v2_client.models import (
    CreatePrivateLinkInput,
    DeletedPrivateLinkResponse,
    PrivateLink,
    PrivateLinkListResponse,
    PrivateLinkResponse,
    UpdatePrivateLinkInput,
)

from ... import _validate as v
from ..._errors import CalcomValueError
from .._base import Resource, build, compact, optional

__all__ = ["PrivateLinks"]


def _event_type(value: int) -> int:
    return v.positive_int(value, "event_type_id")


def _link(value: str) -> str:
    if not isinstance(value, str):  # link ids are hashes, never numbers
        raise CalcomValueError(f"link_id must be a string, not {type(value).__name__}")
    return v.path_segment(value, "link_id")


def _fields(expires_at: datetime | None, max_usage_count: int | None) -> dict[str, Any]:
    return compact(
        {
            "expiresAt": optional(v.wire_datetime, expires_at, "expires_at"),
            "maxUsageCount": optional(v.positive_int, max_usage_count, "max_usage_count"),
        }
    )


class PrivateLinks(Resource):
    """Private (hashed) links to book an event type, even a hidden one (no ``cal-api-version``).

    A link expires at ``expires_at``, or once it has been used ``max_usage_count`` times
    (``usage_count`` counts the bookings made through it; ``is_expired`` says whether it still
    works). Bookings through a link are made on its ``booking_url``, Cal.com's booking page.
    """

    async def list(
        self, event_type_id: int, *, timeout: float | None = None, max_retries: int | None = None
    ) -> builtins.list[PrivateLink]:
        """Every private link of an event type, expired ones included (not paginated).

        Example::

            for link in await cal.event_types.private_links.list(et.id):
                print(link.link_id, link.usage_count, link.is_expired)
        """
        result = await self._client._request(
            list_private_links.asyncio_detailed,
            PrivateLinkListResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=_event_type(event_type_id),
        )
        return list(result.data)

    async def create(
        self,
        event_type_id: int,
        *,
        expires_at: datetime | None = None,
        max_usage_count: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> PrivateLink:
        """Create a link that expires at ``expires_at`` (an aware datetime) or after
        ``max_usage_count`` bookings; with neither it works once.

        Example::

            link = await cal.event_types.private_links.create(et.id, max_usage_count=3)
            print(link.booking_url)  # share it; each booking through it counts
        """
        event_type_id = _event_type(event_type_id)
        body = _fields(expires_at, max_usage_count)
        result = await self._client._request(
            create_private_link.asyncio_detailed,
            PrivateLinkResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=event_type_id,
            body=build(CreatePrivateLinkInput, body),
        )
        return result.data

    async def update(
        self,
        event_type_id: int,
        link_id: str,
        *,
        expires_at: datetime | None = None,
        max_usage_count: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> PrivateLink:
        """Move a link's expiry or change how often it can be used.

        Example::

            await cal.event_types.private_links.update(et.id, link.link_id, max_usage_count=10)
        """
        event_type_id = _event_type(event_type_id)
        link_id = _link(link_id)
        body = _fields(expires_at, max_usage_count)
        if not body:
            raise CalcomValueError("update needs expires_at or max_usage_count")
        result = await self._client._request(
            update_private_link.asyncio_detailed,
            PrivateLinkResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=event_type_id,
            link_id=link_id,
            body=build(UpdatePrivateLinkInput, body),
        )
        return result.data

    async def delete(
        self,
        event_type_id: int,
        link_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete a private link: booking through it stops working at once.

        Example::

            await cal.event_types.private_links.delete(et.id, link.link_id)
        """
        await self._client._request(
            delete_private_link.asyncio_detailed,
            DeletedPrivateLinkResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=_event_type(event_type_id),
            link_id=_link(link_id),
        )
