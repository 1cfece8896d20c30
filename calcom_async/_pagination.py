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

Iteration stops on the API's pagination block (``hasNextPage`` / ``remainingItems``) where the
endpoint has one, otherwise on a short page, and after ``limit`` items when a limit is given
(the last request then asks only for what is left, and nothing is fetched beyond it).

Prefetch
--------
While the caller works through one page, the next one is already being fetched (when the page
says there is one): against Cal.com's 150-300 ms per page, a caller that does I/O per item
no longer waits for each page in turn. It is bounded to **one page ahead**, so at most two
pages are held (the one being used and the one arriving): memory stays O(page). The pages
still come in order, each request is the same one a sequential loop would send, and an error
(a 404, a ``RateLimitError``...) is raised when the iteration reaches the page it belongs to,
never earlier. Leaving the loop early (``break``, an exception, a cancelled task) cancels the
page in flight: at once with ``pages()`` / ``to_list()``; for a bare ``async for`` as soon as
the event loop finalizes the abandoned iterator (wrap it in ``contextlib.aclosing`` to make that
immediate). It works under asyncio and trio (see :mod:`calcom_async._background`).

The cost of prefetch is at most one page request that turns out not to be needed, when the
caller stops early; with ``limit=`` that never happens, since the last page is known. Set
``paginator.prefetch = False`` to fetch strictly on demand (say, with a tight rate budget and
callers that usually stop after the first page).
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._background import Background, start_background
from ._errors import CalcomValueError, ResponseValidationError

__all__ = ["AsyncPaginator", "Page", "PageInfo"]

T = TypeVar("T")


# Dataclasses, not attrs: ``import calcom_async`` does not load attrs (it costs ~10 ms).
@dataclass(frozen=True)
class PageInfo:
    """The API's pagination block, where the endpoint returns one (bookings)."""

    total_items: int | None = None
    remaining_items: int | None = None
    has_next_page: bool | None = None


@dataclass(frozen=True)
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


@dataclass
class _Ahead(Generic[T]):
    """A page request sent before the caller asked for the page."""

    skip: int
    take: int
    work: Background[Page[T]]


async def _discard(ahead: deque[_Ahead[T]]) -> None:
    """Cancel requests sent ahead that turned out not to be the ones needed."""
    while ahead:
        await ahead.popleft().work.aclose()


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
        self.prefetch = True
        """Fetch the next page while this one is used (one page ahead; see the module doc)."""

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Yield page after page (each trimmed to ``limit`` when one is set).

        With :attr:`prefetch`, requests are sent ahead of the caller; see the module docstring.
        """
        self.skipped = []
        skip, wanted = 0, self._limit
        if wanted == 0:
            return
        ahead: deque[_Ahead[T]] = deque()  # requests sent early, in page order (at most two)
        try:
            while True:
                page = await self._take_page(ahead, skip, self._take(wanted))
                self.skipped.extend(page.skipped)
                fetched = page.fetched
                if wanted is not None:
                    if len(page.items) > wanted:
                        page = dataclasses.replace(page, items=page.items[:wanted])
                    wanted -= len(page.items)
                more = bool(fetched) and page.has_next and (wanted is None or wanted > 0)
                if more:
                    skip += fetched
                    await self._send_ahead(ahead, skip, self._take(wanted))
                if fetched:
                    yield page
                if not more:
                    return
                # The caller is done with this page and wants the next one: when this page's
                # pagination block already says the next one is full and another follows,
                # that one goes now too, so the server works while the next page is parsed.
                following = self._predict_following(page, skip, wanted)
                if following is not None and len(ahead) == 1:
                    self._start(ahead, *following)
        finally:
            while ahead:
                await ahead.popleft().work.aclose()

    def _take(self, wanted: int | None) -> int:
        return self._page_size if wanted is None else min(self._page_size, wanted)

    def _predict_following(
        self, page: Page[T], next_skip: int, wanted: int | None
    ) -> tuple[int, int] | None:
        """``(skip, take)`` of the page after the next one, when the API's figures show it is
        needed; ``None`` when unknown (no ``remainingItems``) or not needed."""
        info = page.pagination
        if not self.prefetch or info is None or info.remaining_items is None:
            return None
        next_take = self._take(wanted)
        if info.remaining_items <= next_take:  # the next page is the last one (or short)
            return None
        after = None if wanted is None else wanted - next_take
        if after is not None and after <= 0:  # the limit is reached with the next page
            return None
        return next_skip + next_take, self._take(after)

    async def _send_ahead(self, ahead: deque[_Ahead[T]], skip: int, take: int) -> None:
        """Make sure the next page's request, ``(skip, take)``, is the one sent ahead."""
        if ahead and (ahead[0].skip, ahead[0].take) != (skip, take):
            await _discard(ahead)  # a prediction the page did not confirm (the listing changed)
        if not ahead:
            self._start(ahead, skip, take)

    def _start(self, ahead: deque[_Ahead[T]], skip: int, take: int) -> None:
        if self.prefetch and (work := start_background(self._fetch, skip, take)) is not None:
            ahead.append(_Ahead(skip, take, work))

    async def _take_page(self, ahead: deque[_Ahead[T]], skip: int, take: int) -> Page[T]:
        """Page ``(skip, take)``: the request sent ahead for it, or a new one."""
        if ahead and (ahead[0].skip, ahead[0].take) == (skip, take):
            return await ahead.popleft().work.result()
        await _discard(ahead)
        return await self._fetch(skip, take)

    async def __aiter__(self) -> AsyncIterator[T]:
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item

    async def to_list(self) -> list[T]:
        """Fetch everything (up to ``limit``) into a list."""
        items: list[T] = []
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                items.extend(page.items)
        return items
