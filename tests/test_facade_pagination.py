"""Lazy take/skip pagination through the facade: bookings (with the API's pagination block),
webhooks and organization teams (without one)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from calcom_v2_client import models as m
from test_generated_models import BOOKING, TEAM, WEBHOOK, ok

from calcom_async import AsyncCalcom, Page


def booking(i: int) -> dict[str, Any]:
    return {**BOOKING, "id": 1000 + i, "uid": f"bk_{i}"}


def webhook(i: int) -> dict[str, Any]:
    return {**WEBHOOK, "id": 6000 + i}


def team(i: int) -> dict[str, Any]:
    return {**TEAM, "id": 100 + i, "slug": f"team-{i}"}


def take_skip(request: httpx.Request) -> tuple[int, int]:
    return int(request.url.params["take"]), int(request.url.params["skip"])


def requested(route: respx.Route) -> list[tuple[int, int]]:
    """(take, skip) of every request the route received, in order."""
    return [take_skip(call.request) for call in route.calls]


def bookings_server(total: int, *, block: dict[str, Any] | None = None) -> Callable[..., Any]:
    """A ``GET /v2/bookings`` side effect serving ``total`` bookings with a pagination block."""

    def respond(request: httpx.Request) -> httpx.Response:
        take, skip = take_skip(request)
        items = [booking(i) for i in range(skip, min(skip + take, total))]
        remaining = max(0, total - skip - len(items))
        pagination = {
            "totalItems": total,
            "remainingItems": remaining,
            "returnedItems": len(items),
            "itemsPerPage": take,
            "currentPage": skip // take + 1,
            "totalPages": -(-total // take),
            "hasNextPage": remaining > 0,
            "hasPreviousPage": skip > 0,
            **(block or {}),
        }
        return httpx.Response(200, json=ok(items, pagination=pagination))

    return respond


def block(**overrides: Any) -> dict[str, Any]:
    """A complete pagination block (every field is required upstream) with some overrides."""
    return {
        "totalItems": 0,
        "remainingItems": 0,
        "returnedItems": 0,
        "itemsPerPage": 10,
        "currentPage": 1,
        "totalPages": 1,
        "hasNextPage": False,
        "hasPreviousPage": False,
        **overrides,
    }


def plain_server(total: int, make: Callable[[int], dict[str, Any]]) -> Callable[..., Any]:
    """A take/skip side effect without a pagination block (webhooks, teams)."""

    def respond(request: httpx.Request) -> httpx.Response:
        take, skip = take_skip(request)
        return httpx.Response(200, json=ok([make(i) for i in range(skip, min(skip + take, total))]))

    return respond


# --------------------------------------------------------------------------------------------
# bookings: pagination block
# --------------------------------------------------------------------------------------------


async def test_bookings_across_pages(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(10))
    uids = [b.uid async for b in cal.bookings.list(status="upcoming", page_size=3)]
    assert uids == [f"bk_{i}" for i in range(10)]
    assert requested(route) == [(3, 0), (3, 3), (3, 6), (3, 9)]
    # The filters ride along on every page.
    assert all(call.request.url.params["status"] == "upcoming" for call in route.calls)


async def test_bookings_stop_on_has_next_page_false_with_full_page(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(9))
    items = await cal.bookings.list(page_size=3).to_list()
    assert len(items) == 9
    # The third page is full, but hasNextPage is false: no fourth request.
    assert requested(route) == [(3, 0), (3, 3), (3, 6)]


async def test_bookings_block_wins_over_short_page(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    pages = [
        ok([booking(0), booking(1)], pagination=block(hasNextPage=True, remainingItems=2)),
        ok([booking(2), booking(3)], pagination=block(hasNextPage=False, remainingItems=0)),
    ]
    route = mock_api.get("/v2/bookings").mock(
        side_effect=[httpx.Response(200, json=p) for p in pages]
    )
    items = await cal.bookings.list(page_size=5).to_list()
    # A short first page does not stop iteration when the API says there is more.
    assert [b.uid for b in items] == ["bk_0", "bk_1", "bk_2", "bk_3"]
    assert requested(route) == [(5, 0), (5, 2)]


def test_page_has_next_rules() -> None:
    from calcom_async._pagination import PageInfo

    assert Page(items=[1], skip=0, take=5, pagination=PageInfo(has_next_page=True)).has_next
    assert not Page(
        items=[1] * 5, skip=0, take=5, pagination=PageInfo(has_next_page=False)
    ).has_next
    assert Page(items=[1], skip=0, take=5, pagination=PageInfo(remaining_items=3)).has_next
    assert not Page(items=[1] * 5, skip=0, take=5, pagination=PageInfo(remaining_items=0)).has_next
    assert Page(items=[1] * 5, skip=0, take=5).has_next
    assert not Page(items=[1] * 4, skip=0, take=5).has_next
    assert not Page(items=[], skip=0, take=5).has_next


async def test_bookings_empty_page_stops_even_if_block_says_more(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/v2/bookings").respond(
        200, json=ok([], pagination=block(hasNextPage=True, remainingItems=5))
    )
    assert await cal.bookings.list(page_size=10).to_list() == []
    assert route.call_count == 1  # no endless loop on an inconsistent server


async def test_bookings_limit(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(100))
    items = await cal.bookings.list(page_size=4, limit=10).to_list()
    assert [b.uid for b in items] == [f"bk_{i}" for i in range(10)]
    # The last request asks only for what is left, then iteration stops exactly.
    assert requested(route) == [(4, 0), (4, 4), (2, 8)]


async def test_bookings_limit_exact_multiple_of_page_size(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(100))
    items = await cal.bookings.list(page_size=5, limit=10).to_list()
    assert len(items) == 10
    assert requested(route) == [(5, 0), (5, 5)]


async def test_limit_smaller_than_page_and_larger_than_total(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(7))
    assert len(await cal.bookings.list(limit=3).to_list()) == 3
    assert requested(route) == [(3, 0)]
    assert len(await cal.bookings.list(page_size=5, limit=50).to_list()) == 7
    assert requested(route)[1:] == [(5, 0), (5, 5)]


async def test_limit_zero_makes_no_request(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(7))
    assert await cal.bookings.list(limit=0).to_list() == []
    assert route.call_count == 0


async def test_limit_trims_an_oversized_page(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    # A server that ignores `take` and sends more: the limit still holds.
    mock_api.get("/v2/bookings").respond(
        200,
        json=ok([booking(i) for i in range(6)], pagination=block(hasNextPage=True)),
    )
    items = await cal.bookings.list(page_size=10, limit=4).to_list()
    assert [b.uid for b in items] == ["bk_0", "bk_1", "bk_2", "bk_3"]


async def test_bookings_pages(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(7))
    pages = [p async for p in cal.bookings.list(page_size=3).pages()]
    assert all(isinstance(p, Page) for p in pages)
    assert [(p.skip, p.take, len(p.items)) for p in pages] == [(0, 3, 3), (3, 3, 3), (6, 3, 1)]
    assert [p.has_next for p in pages] == [True, True, False]
    assert pages[0].pagination is not None
    assert pages[0].pagination.total_items == 7
    assert pages[0].pagination.remaining_items == 4
    assert pages[-1].pagination is not None
    assert pages[-1].pagination.has_next_page is False
    assert isinstance(pages[0].items[0], m.Booking)
    assert route.call_count == 3


async def test_pages_with_limit_trims_last_page(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/v2/bookings").mock(side_effect=bookings_server(20))
    pages = [p async for p in cal.bookings.list(page_size=4, limit=6).pages()]
    assert [len(p.items) for p in pages] == [4, 2]
    assert [p.take for p in pages] == [4, 2]


async def test_iterating_twice_restarts(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(5))
    paginator = cal.bookings.list(page_size=2)
    first = [b.uid async for b in paginator]
    second = [b.uid async for b in paginator]
    assert first == second == [f"bk_{i}" for i in range(5)]
    assert requested(route) == [(2, 0), (2, 2), (2, 4)] * 2


async def test_nothing_is_fetched_until_iterated(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(5))
    paginator = cal.bookings.list(page_size=2)
    assert route.call_count == 0
    iterator = aiter(paginator)
    first = await anext(iterator)
    assert first.uid == "bk_0"
    assert route.call_count == 1  # only the first page so far
    await iterator.aclose()


async def test_breaking_early_fetches_no_more(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/bookings").mock(side_effect=bookings_server(1000))
    async for b in cal.bookings.list(page_size=10):
        if b.uid == "bk_12":
            break
    # Page 3 was prefetched while page 2 was in use; nothing beyond it.
    assert requested(route) == [(10, 0), (10, 10), (10, 20)]
    listing = cal.bookings.list(page_size=10)
    listing.prefetch = False
    async for b in listing:
        if b.uid == "bk_12":
            break
    assert requested(route)[3:] == [(10, 0), (10, 10)]


async def test_error_mid_iteration_propagates(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    from calcom_async import NotFoundError

    serve = bookings_server(10)
    route = mock_api.get("/v2/bookings").mock(
        side_effect=lambda request: (
            serve(request)
            if take_skip(request)[1] == 0
            else httpx.Response(
                404,
                json={"status": "error", "error": {"code": "NotFoundException", "message": "gone"}},
            )
        )
    )
    seen: list[str] = []
    with pytest.raises(NotFoundError):
        async for b in cal.bookings.list(page_size=5):
            seen.append(b.uid)
    assert seen == [f"bk_{i}" for i in range(5)]
    assert route.call_count == 2


# --------------------------------------------------------------------------------------------
# webhooks and teams: no pagination block
# --------------------------------------------------------------------------------------------


async def test_webhooks_stop_on_short_page(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/webhooks").mock(side_effect=plain_server(11, webhook))
    hooks = await cal.webhooks.list(page_size=4).to_list()
    assert [h.id for h in hooks] == [6000 + i for i in range(11)]
    assert requested(route) == [(4, 0), (4, 4), (4, 8)]
    assert all(isinstance(h, m.Webhook) for h in hooks)


async def test_webhooks_exact_multiple_needs_one_empty_page(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/v2/webhooks").mock(side_effect=plain_server(8, webhook))
    hooks = await cal.webhooks.list(page_size=4).to_list()
    assert len(hooks) == 8
    # Without a block the only way to know the end is a short (here empty) page.
    assert requested(route) == [(4, 0), (4, 4), (4, 8)]


async def test_webhooks_pages_have_no_block(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/webhooks").mock(side_effect=plain_server(3, webhook))
    pages = [p async for p in cal.webhooks.list(page_size=2).pages()]
    assert [len(p.items) for p in pages] == [2, 1]
    assert all(p.pagination is None for p in pages)
    assert [p.has_next for p in pages] == [True, False]


async def test_webhooks_empty(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/webhooks").respond(200, json=ok([]))
    assert await cal.webhooks.list().to_list() == []
    assert requested(route) == [(250, 0)]


async def test_webhooks_limit(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/webhooks").mock(side_effect=plain_server(100, webhook))
    hooks = await cal.webhooks.list(page_size=3, limit=7).to_list()
    assert len(hooks) == 7
    assert requested(route) == [(3, 0), (3, 3), (1, 6)]


async def test_teams_across_pages(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/organizations/7/teams").mock(side_effect=plain_server(7, team))
    teams = [t async for t in cal.teams.list(org_id=7, page_size=3)]
    assert [t.id for t in teams] == [100 + i for i in range(7)]
    assert requested(route) == [(3, 0), (3, 3), (3, 6)]
    assert all(isinstance(t, m.Team) for t in teams)


async def test_teams_limit_and_restart(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/organizations/7/teams").mock(side_effect=plain_server(50, team))
    paginator = cal.teams.list(org_id=7, page_size=4, limit=5)
    assert len(await paginator.to_list()) == 5
    assert len(await paginator.to_list()) == 5
    assert requested(route) == [(4, 0), (1, 4)] * 2


# --------------------------------------------------------------------------------------------
# memory bound
# --------------------------------------------------------------------------------------------


async def test_large_listing_is_streamed_with_bounded_memory(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    """10,000 webhooks, pages generated on demand: at no point are more than two pages beyond
    the one being consumed fetched, and items already consumed are released."""
    total, page_size = 10_000, 250
    fetched_pages = 0

    def respond(request: httpx.Request) -> httpx.Response:
        nonlocal fetched_pages
        fetched_pages += 1
        take, skip = take_skip(request)
        return httpx.Response(
            200, json=ok([webhook(i) for i in range(skip, min(skip + take, total))])
        )

    route = mock_api.get("/v2/webhooks").mock(side_effect=respond)

    consumed = 0
    released = 0
    worst_ahead = 0
    worst_alive = 0

    def on_release() -> None:
        nonlocal released
        released += 1

    async for hook in cal.webhooks.list(page_size=page_size):
        assert hook.id == 6000 + consumed
        consumed += 1
        weakref.finalize(hook, on_release)
        # Items fetched but not yet handed out: within two pages of the current one.
        ahead = fetched_pages * page_size - consumed
        worst_ahead = max(worst_ahead, ahead)
        assert ahead <= 2 * page_size, (fetched_pages, consumed)
        # Items handed out and still alive (the SDK holds at most its current page).
        alive = consumed - released
        worst_alive = max(worst_alive, alive)
        assert alive <= 2 * page_size, (consumed, released)
        del hook

    assert consumed == total
    # 40 full pages plus the empty one that proves the end (no pagination block).
    assert fetched_pages == total // page_size + 1
    assert route.call_count == fetched_pages
    assert worst_ahead < 2 * page_size
    assert worst_alive <= page_size + 1
