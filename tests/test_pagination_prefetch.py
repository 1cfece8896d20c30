"""Page prefetch through the public API, under asyncio and trio.

The server here is an in-process transport that records every request, answer and cancellation
in order, and can hold a page's answer until the test releases it. Overlap is shown by that
order (the next page's request arrives while the caller still holds the current page), never by
timing; ``anyio.fail_after`` only turns a missing request into a failure instead of a hang.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import aclosing
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx
from test_generated_models import BOOKING, WEBHOOK, ok

from calcom_async import AsyncCalcom, NotFoundError

KEY = "cal_test_prefetchKey0123456789abcdef"
PAGE = 10
BACKENDS = ["asyncio", "trio"]
GUARD = 5  # seconds before a missing request fails the test (instead of hanging it)


class Server(httpx.AsyncBaseTransport):
    """``GET /v2/bookings`` over ``total`` bookings, with Cal.com's pagination block.

    ``hold``: skips whose answer waits until :meth:`release`; ``fail``: skips answered 404.
    ``log`` is the order of events: ``"request S"``, ``"answer S"``, ``"cancelled S"``.
    """

    def __init__(self, total: int, *, hold: set[int] = frozenset(), fail: set[int] = frozenset()):
        self.total = total
        self.hold = set(hold)
        self.fail = set(fail)
        self.log: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._events: dict[str, anyio.Event] = {}

    def event(self, name: str) -> anyio.Event:
        if name not in self._events:
            self._events[name] = anyio.Event()
        return self._events[name]

    async def seen(self, name: str) -> None:
        """Wait until ``name`` (say ``"request 10"``) has happened."""
        with anyio.fail_after(GUARD):
            await self.event(name).wait()

    def release(self, skip: int) -> None:
        self.event(f"release {skip}").set()

    def requests(self) -> list[int]:
        return [int(e.split()[1]) for e in self.log if e.startswith("request")]

    def _note(self, name: str) -> None:
        self.log.append(name)
        self.event(name).set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        take, skip = int(request.url.params["take"]), int(request.url.params["skip"])
        self._note(f"request {skip}")
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if skip in self.hold:
                await self.event(f"release {skip}").wait()
        except anyio.get_cancelled_exc_class():
            self._note(f"cancelled {skip}")
            raise
        finally:
            self.in_flight -= 1
        self._note(f"answer {skip}")
        if skip in self.fail:
            error = {"code": "NotFoundException", "message": "gone"}
            return httpx.Response(404, json={"status": "error", "error": error})
        items = [{**BOOKING, "id": i + 1, "uid": f"bk_{i}"} for i in range(skip, self.total)]
        items = items[:take]
        remaining = max(0, self.total - skip - len(items))
        block = {
            "totalItems": self.total,
            "remainingItems": remaining,
            "returnedItems": len(items),
            "itemsPerPage": take,
            "currentPage": skip // take + 1,
            "totalPages": -(-self.total // take),
            "hasNextPage": remaining > 0,
            "hasPreviousPage": skip > 0,
        }
        return httpx.Response(200, json=ok(items, pagination=block))


def run(backend: str, scenario: Callable[[AsyncCalcom, Server], Awaitable[None]], server: Server):
    async def main() -> None:
        async with AsyncCalcom(KEY, transport=server) as cal:
            await scenario(cal, server)

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_next_page_is_requested_while_the_caller_holds_this_one(backend: str) -> None:
    async def scenario(cal: AsyncCalcom, server: Server) -> None:
        seen: list[str] = []
        async for booking in cal.bookings.list(page_size=PAGE):
            seen.append(booking.uid)
            if booking.uid == "bk_0":
                # Still on page 1 (it has not asked for more): page 2 is already on its way ...
                await server.seen("request 10")
                for _ in range(20):
                    await anyio.lowlevel.checkpoint()
                # ... and nothing beyond it: one page ahead only.
                assert server.requests() == [0, 10]
        assert seen == [f"bk_{i}" for i in range(35)]
        assert sorted(server.requests()) == [0, 10, 20, 30]  # each page once, none wasted

    run(backend, scenario, Server(35))


@pytest.mark.parametrize("backend", BACKENDS)
def test_while_waiting_for_a_slow_page_the_one_after_is_already_sent(backend: str) -> None:
    """The API's ``remainingItems`` shows page 3 exists: it goes out while page 2 is awaited,
    so the server works on it while page 2 is parsed. Never more than two in flight."""

    async def scenario(cal: AsyncCalcom, server: Server) -> None:
        async def release_page_2_once_page_3_is_asked() -> None:
            await server.seen("request 20")
            server.release(10)

        async with anyio.create_task_group() as tg:
            tg.start_soon(release_page_2_once_page_3_is_asked)
            uids = [b.uid async for b in cal.bookings.list(page_size=PAGE)]
        assert uids == [f"bk_{i}" for i in range(45)]
        assert server.log.index("request 20") < server.log.index("answer 10")
        # Both go out together (in either order): each page once, none wasted.
        assert sorted(server.requests()) == [0, 10, 20, 30, 40]
        assert server.most_in_flight <= 2

    run(backend, scenario, Server(45, hold={10}))


@pytest.mark.parametrize("backend", BACKENDS)
def test_breaking_out_of_async_for_cancels_the_page_in_flight(backend: str) -> None:
    async def scenario(cal: AsyncCalcom, server: Server) -> None:
        async for booking in cal.bookings.list(page_size=PAGE):
            assert booking.uid == "bk_0"
            await server.seen("request 10")  # held by the server: it never answers
            break
        # The abandoned iterator is closed by the event loop's async-generator finalizer.
        await server.seen("cancelled 10")
        assert "answer 10" not in server.log
        assert server.requests() == [0, 10]

    run(backend, scenario, Server(100, hold={10}))


@pytest.mark.parametrize("backend", BACKENDS)
def test_closing_the_pages_iterator_cancels_at_once(backend: str) -> None:
    async def scenario(cal: AsyncCalcom, server: Server) -> None:
        async with aclosing(cal.bookings.list(page_size=PAGE).pages()) as pages:
            async for page in pages:
                assert len(page.items) == PAGE
                await server.seen("request 10")
                break
        assert server.log[-1] == "cancelled 10"  # already: closing waited for the request to end

    run(backend, scenario, Server(100, hold={10}))


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cancelled_caller_leaves_no_request_behind(backend: str) -> None:
    """The caller's task is cancelled while it waits for page 2 (and page 3 has gone out too):
    both requests are cancelled, and have ended when the cancellation has propagated."""

    async def scenario(cal: AsyncCalcom, server: Server) -> None:
        got: list[str] = []
        with anyio.CancelScope() as scope:
            async with anyio.create_task_group() as tg:

                async def consume() -> None:
                    async for booking in cal.bookings.list(page_size=PAGE):
                        got.append(booking.uid)

                tg.start_soon(consume)
                await server.seen("request 20")
                scope.cancel()
        assert scope.cancelled_caught
        assert len(got) == PAGE
        assert sorted(e for e in server.log if e.startswith("cancelled")) == [
            "cancelled 10",
            "cancelled 20",
        ]
        assert server.in_flight == 0

    run(backend, scenario, Server(100, hold={10, 20}))


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_error_surfaces_at_the_page_it_belongs_to(backend: str) -> None:
    async def scenario(cal: AsyncCalcom, server: Server) -> None:
        seen: list[str] = []
        with pytest.raises(NotFoundError):
            async for booking in cal.bookings.list(page_size=PAGE):
                seen.append(booking.uid)
        # Page 3 failed while pages 1 and 2 were used: every item before it came first.
        # (Page 4 may have gone out as page 3 was awaited; if so its answer is dropped.)
        assert seen == [f"bk_{i}" for i in range(20)]
        assert sorted(server.requests()) in ([0, 10, 20], [0, 10, 20, 30])

    run(backend, scenario, Server(50, fail={20}))


async def test_an_error_of_a_page_never_reached_is_not_raised() -> None:
    server = Server(50, fail={10})
    async with AsyncCalcom(KEY, transport=server) as cal:
        first = [b.uid async for b in cal.bookings.list(page_size=PAGE, limit=5)]
        assert first == [f"bk_{i}" for i in range(5)]
        async with aclosing(cal.bookings.list(page_size=PAGE).pages()) as pages:
            async for _page in pages:
                await server.seen("answer 10")  # the prefetched page 2 failed meanwhile
                break
    assert server.requests() == [0, 0, 10]


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (5, [(5, 0)]),
        (10, [(10, 0)]),
        (20, [(10, 0), (10, 10)]),
        (25, [(10, 0), (10, 10), (5, 20)]),
        (40, [(10, 0), (10, 10), (10, 20), (10, 30)]),
    ],
)
async def test_limit_never_fetches_beyond_what_it_needs(
    limit: int, expected: list[tuple[int, int]]
) -> None:
    with respx.mock(base_url="https://api.cal.com") as router:
        route = router.get("/v2/bookings").mock(side_effect=_bookings(1000))
        async with AsyncCalcom(KEY) as cal:
            got = [b.uid async for b in cal.bookings.list(page_size=10, limit=limit)]
    assert got == [f"bk_{i}" for i in range(limit)]
    assert [
        (int(c.request.url.params["take"]), int(c.request.url.params["skip"])) for c in route.calls
    ] == expected


def _bookings(total: int) -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        take, skip = int(request.url.params["take"]), int(request.url.params["skip"])
        items = [{**BOOKING, "id": i + 1, "uid": f"bk_{i}"} for i in range(skip, total)][:take]
        remaining = max(0, total - skip - len(items))
        block = {
            "totalItems": total,
            "remainingItems": remaining,
            "returnedItems": len(items),
            "itemsPerPage": take,
            "currentPage": skip // take + 1,
            "totalPages": -(-total // take),
            "hasNextPage": remaining > 0,
            "hasPreviousPage": skip > 0,
        }
        return httpx.Response(200, json=ok(items, pagination=block))

    return respond


def _webhooks(total: int) -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        take, skip = int(request.url.params["take"]), int(request.url.params["skip"])
        items = [{**WEBHOOK, "id": 6000 + i} for i in range(skip, min(skip + take, total))]
        return httpx.Response(200, json=ok(items))

    return respond


async def test_prefetch_sends_exactly_the_requests_of_a_sequential_loop() -> None:
    """Whatever the sizes, a listing read to its end sends the same requests, in the same
    order, with and without prefetch (with the pagination block and without one)."""

    async def listing(cal: AsyncCalcom, kind: str, page: int, limit: int | None, pf: bool) -> Any:
        paginator: Any = (
            cal.bookings.list(page_size=page, limit=limit)
            if kind == "bookings"
            else cal.webhooks.list(page_size=page, limit=limit)
        )
        paginator.prefetch = pf
        return [getattr(x, "uid", None) or x.id async for x in paginator]

    async with AsyncCalcom(KEY, pacing=False) as cal:
        for kind, make in (("bookings", _bookings), ("webhooks", _webhooks)):
            for total in (0, 1, 9, 10, 11, 30, 47):
                for page in (1, 3, 10):
                    for limit in (None, 0, 1, 10, 20, 31, 100):
                        calls: dict[bool, Any] = {}
                        for pf in (True, False):
                            with respx.mock(
                                base_url="https://api.cal.com", assert_all_called=False
                            ) as router:
                                route = router.get(f"/v2/{kind}").mock(side_effect=make(total))
                                items = await listing(cal, kind, page, limit, pf)
                                calls[pf] = (items, [c.request.url.params for c in route.calls])
                        assert calls[True] == calls[False], (kind, total, page, limit)


async def test_prefetch_off_fetches_strictly_on_demand() -> None:
    server = Server(1000)
    async with AsyncCalcom(KEY, transport=server) as cal:
        listing = cal.bookings.list(page_size=PAGE)
        listing.prefetch = False
        async with aclosing(listing.pages()) as pages:
            async for _page in pages:
                for _ in range(20):
                    await anyio.lowlevel.checkpoint()
                assert server.requests() == [0]
                break
    assert server.requests() == [0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_prefetched_pages_run_in_the_callers_context(backend: str) -> None:
    """``raw_response()`` sees the answers of pages fetched in the background too."""

    async def scenario(cal: AsyncCalcom, server: Server) -> None:
        with cal.raw_response() as raw:
            uids = [b.uid async for b in cal.bookings.list(page_size=PAGE)]
        assert len(uids) == 30
        skips = sorted(int(r.request.url.params["skip"]) for r in raw.responses)
        assert skips == [0, 10, 20]

    run(backend, scenario, Server(30))


@pytest.mark.parametrize("backend", BACKENDS)
def test_against_the_fake_server_with_pacing(backend: str) -> None:
    """End to end through ``FakeCalcom`` with its throttle headers and the client's pacer."""
    from datetime import datetime, timedelta, timezone

    from calcom_async.testing import FakeCalcom

    fake = FakeCalcom(api_keys=[KEY], rate_limit=(1000, 60))
    user = fake.user_for_key(KEY)
    fake.state.add_schedule(user.id, time_zone="UTC")
    et = fake.state.add_event_type(user.id, title="Prefetch", length_in_minutes=15)
    start = datetime(2050, 1, 3, 9, tzinfo=timezone.utc)
    for i in range(57):
        fake.state.add_booking(et.id, start + timedelta(minutes=15 * i))
    results: dict[bool, list[str]] = {}

    async def main() -> None:
        async with AsyncCalcom(KEY, base_url="http://127.0.0.1:9", transport=fake.transport()) as c:
            for pf in (True, False):
                listing = c.bookings.list(page_size=PAGE, sort_start="asc")
                listing.prefetch = pf
                results[pf] = [b.uid async for b in listing]

    anyio.run(main, backend=backend)
    assert len(results[True]) == 57
    assert results[True] == results[False]
