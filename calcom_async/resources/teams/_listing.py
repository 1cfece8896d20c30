"""Page fetchers for the team listings, and the filters of a team's bookings.

Cal.com lists team data three ways: bookings with a pagination block, most other lists with
``take``/``skip`` but no block (a short page is the last), and a few without paging at all (the
answer is the whole list). Each fetcher here feeds an :class:`AsyncPaginator`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from calcom_v2_client.models import BookingListResponse

from ... import _validate as v
from ..._pagination import FetchPage, Page, PageInfo
from ..._response_validation import fetch_listing
from .._base import compact, optional
from ..bookings import AnyBooking, BookingStatusFilter, SortOrder
from ._scope import Endpoint

if TYPE_CHECKING:
    from ..._client import AsyncCalcom

__all__ = ["booking_filters", "booking_pages", "paged", "whole"]

_STATUSES = v.literal_values(BookingStatusFilter)


def paged(
    client: AsyncCalcom, endpoint: Endpoint, model: type[Any], options: dict[str, Any], **kw: Any
) -> FetchPage[Any]:
    """Pages of a ``take``/``skip`` listing without a pagination block."""

    async def fetch(skip: int, take: int) -> Page[Any]:
        result, skipped = await fetch_listing(
            client, endpoint, model, take=take, skip=skip, **options, **kw
        )
        return Page(items=list(result.data), skip=skip, take=take, skipped=tuple(skipped))

    return fetch


def whole(
    client: AsyncCalcom, endpoint: Endpoint, model: type[Any], options: dict[str, Any], **kw: Any
) -> FetchPage[Any]:
    """One final page holding everything an unpaginated endpoint answers."""

    async def fetch(skip: int, take: int) -> Page[Any]:
        result, skipped = await fetch_listing(client, endpoint, model, **options, **kw)
        items = list(result.data)
        last = PageInfo(total_items=len(items), remaining_items=0, has_next_page=False)
        return Page(items=items, skip=skip, take=take, pagination=last, skipped=tuple(skipped))

    return fetch


def booking_pages(
    client: AsyncCalcom, endpoint: Endpoint, options: dict[str, Any], **kw: Any
) -> FetchPage[AnyBooking]:
    """Pages of a booking listing, which carries Cal.com's pagination block."""

    async def fetch(skip: int, take: int) -> Page[AnyBooking]:
        result, skipped = await fetch_listing(
            client, endpoint, BookingListResponse, take=take, skip=skip, **options, **kw
        )
        p = result.pagination
        info = PageInfo(
            total_items=p.total_items,
            remaining_items=p.remaining_items,
            has_next_page=p.has_next_page,
        )
        return Page(
            items=list(result.data), skip=skip, take=take, pagination=info, skipped=tuple(skipped)
        )

    return fetch


def _status(status: BookingStatusFilter | Sequence[BookingStatusFilter] | None) -> str | None:
    if status is None:
        return None
    if isinstance(status, str):
        return v.choice(status, "status", _STATUSES)
    return ",".join(v.string_list(status, "status", item=lambda x, f: v.choice(x, f, _STATUSES)))


def _sort(value: SortOrder | None, field: str) -> str | None:
    return None if value is None else v.choice(value, field, ("asc", "desc"))


def booking_filters(
    *,
    status: BookingStatusFilter | Sequence[BookingStatusFilter] | None,
    attendee_email: str | None,
    attendee_name: str | None,
    booking_uid: str | None,
    event_type_id: int | None,
    event_type_ids: Sequence[int] | None,
    after_start: datetime | None,
    before_end: datetime | None,
    sort_start: SortOrder | None,
    sort_end: SortOrder | None,
    sort_created: SortOrder | None,
) -> dict[str, Any]:
    """The query of a team's booking listing, checked (the generated functions' names)."""
    return compact(
        {
            "status": _status(status),
            "attendee_email": optional(v.email, attendee_email, "attendee_email"),
            "attendee_name": optional(v.query_text, attendee_name, "attendee_name"),
            "booking_uid": optional(v.identifier, booking_uid, "booking_uid"),
            "event_type_id": optional(v.positive_int, event_type_id, "event_type_id"),
            "event_type_ids": None
            if event_type_ids is None
            else ",".join(map(str, v.id_list(event_type_ids, "event_type_ids"))),
            "after_start": optional(v.wire_datetime, after_start, "after_start"),
            "before_end": optional(v.wire_datetime, before_end, "before_end"),
            "sort_start": _sort(sort_start, "sort_start"),
            "sort_end": _sort(sort_end, "sort_end"),
            "sort_created": _sort(sort_created, "sort_created"),
        }
    )
