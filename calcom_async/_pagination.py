"""Lazy, auto-paginating iteration over Cal.com's ``take``/``skip`` list endpoints.

A list method returns an :class:`AsyncPaginator` straight away (after validating its arguments,
so bad input fails before any request). Nothing is fetched until it is iterated::

    async for booking in cal.bookings.list(status="upcoming"):        # item by item
        ...
    async for page in cal.bookings.list(page_size=50).pages():         # page by page
        print(page.pagination.total_items if page.pagination else len(page.items))
    first_ten = await cal.bookings.list(limit=10).to_list()

An item the SDK cannot use (say a booking whose ``start`` is null) does not end the iteration:
it is logged, left out, and kept on its page as a :class:`ResponseValidationError` in
``Page.skipped`` (and in ``AsyncPaginator.skipped`` for the last iteration).

Pages are fetched one at a time, only when the previous one is used up, so at most one page is
held in memory (plus the one being fetched). Iteration stops on the API's pagination block
(``hasNextPage`` / ``remainingItems``) where the endpoint has one, otherwise on a short page, and
after ``limit`` items when a limit is given (the last request then asks only for what is left).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Generic, TypeVar

import attrs

from ._errors import CalcomValueError, ResponseValidationError

__all__ = ["AsyncPaginator", "Page", "PageInfo"]

T = TypeVar("T")


@attrs.frozen
class PageInfo:
    """The API's pagination block, where the endpoint returns one (bookings)."""

    total_items: int | None = None
    remaining_items: int | None = None
    has_next_page: bool | None = None


@attrs.frozen
class Page(Generic[T]):
    """One fetched page: its items, the ``skip`` it started at, and the pagination block.

    ``skipped`` holds the errors of the page's items that could not be used (left out of
    ``items``); they still count as fetched for the next page's ``skip``.
    """

    items: list[T]
    skip: int
    take: int
    pagination: PageInfo | None = None
    skipped: tuple[ResponseValidationError, ...] = ()

    @property
    def has_next(self) -> bool:
        """Whether another page should be fetched after this one."""
        if self.pagination is not None:
            if self.pagination.has_next_page is not None:
                return self.pagination.has_next_page
            if self.pagination.remaining_items is not None:
                return self.pagination.remaining_items > 0
        # No block: a short (or empty) page is the last one.
        return self.fetched >= self.take and self.fetched > 0

    @property
    def fetched(self) -> int:
        """How many items the API returned on this page, usable or not."""
        return len(self.items) + len(self.skipped)


FetchPage = Callable[[int, int], Awaitable[Page[T]]]


def check_page_size(page_size: int, *, maximum: int) -> int:
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise CalcomValueError("page_size must be an integer")
    if not 1 <= page_size <= maximum:
        raise CalcomValueError(f"page_size must be between 1 and {maximum}, got {page_size}")
    return page_size


class AsyncPaginator(Generic[T]):
    """An async iterable over every item of a paginated listing, fetched lazily.

    Created by the resources' ``list`` methods; not meant to be built by hand. It can be iterated
    more than once: each iteration starts again from the first page.
    """

    def __init__(self, fetch: FetchPage[T], *, page_size: int, limit: int | None = None) -> None:
        if limit is not None and (
            isinstance(limit, bool) or not isinstance(limit, int) or limit < 0
        ):
            raise CalcomValueError("limit must be a non-negative integer or None")
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self.skipped: list[ResponseValidationError] = []
        """Errors of the items left out during the latest iteration (see ``Page.skipped``)."""

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield page after page (each trimmed to ``limit`` when one is set)."""
        skip, wanted = 0, self._limit
        self.skipped = []
        while wanted is None or wanted > 0:
            take = self._page_size if wanted is None else min(self._page_size, wanted)
            page = await self._fetch(skip, take)
            self.skipped.extend(page.skipped)
            if wanted is not None:
                if len(page.items) > wanted:
                    page = attrs.evolve(page, items=page.items[:wanted])
                wanted -= len(page.items)
            if page.fetched:
                yield page
            if not page.has_next or not page.fetched:
                return
            skip += page.fetched

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[T]:
        """Fetch everything (up to ``limit``) into a list."""
        return [item async for item in self]
