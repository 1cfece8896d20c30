"""Tests for calcom_async._pacing (adaptive pacing from X-RateLimit-* headers).

Most scenarios run under trio with ``MockClock(autojump_threshold=0)``: virtual time that jumps
to the next deadline whenever every task is blocked. Throughput and timing figures below are in
virtual seconds (deterministic and fast, not wall-clock assertions), and the pacer runs with its
default clock and sleep (anyio's). A few asyncio tests inject a fake clock and sleep instead, and
one smoke test uses trio's real clock with a tiny budget.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from trio.testing import MockClock

from calcom_async._pacing import (
    AdaptivePacer,
    MemoryPacerStorage,
    PacerStats,
    parse_rate_limit_headers,
)
from calcom_async._retry import parse_retry_after
from calcom_async._waits import WaitTooLong

# --------------------------------------------------------------------------- simulation helpers


class FixedWindowServer:
    """Per-key fixed-window limiter answering like Cal.com.

    ``limits`` maps a name to ``(L, W)``: L requests per W seconds. With ``aligned=False``
    (Cal.com / NestJS throttler) a window opens at the first request after the previous one
    expired. With ``aligned=True`` windows sit on multiples of W. Reset is whole seconds >= 1,
    rounded with ``rounding`` (up, like Cal.com, by default). A request over any limit gets 429.
    """

    def __init__(
        self,
        limits: dict[str, tuple[int, float]],
        clock: Callable[[], float] = anyio.current_time,
        *,
        aligned: bool = False,
        rounding: Callable[[float], int] = math.ceil,
        retry_after: bool = False,
    ) -> None:
        self.limits = limits
        self.clock = clock
        self.aligned = aligned
        self.rounding = rounding
        self.retry_after = retry_after
        self.state = {name: [-math.inf, 0] for name in limits}  # name -> [end, hits]
        self.log: list[tuple[float, int]] = []  # (time, status)

    def handle(self) -> httpx.Response:
        now = self.clock()
        headers: dict[str, str] = {}
        refused = False
        longest = 0
        for name, (limit, window) in self.limits.items():
            st = self.state[name]
            if now >= st[0]:
                st[0] = (math.floor(now / window) + 1) * window if self.aligned else now + window
                st[1] = 0
            st[1] += 1
            refused = refused or st[1] > limit
            reset = max(1, self.rounding(round(st[0] - now, 6)))
            if st[1] >= limit:
                longest = max(longest, reset)
            headers[f"X-RateLimit-Limit-{name}"] = str(limit)
            headers[f"X-RateLimit-Remaining-{name}"] = str(max(0, limit - st[1]))
            headers[f"X-RateLimit-Reset-{name}"] = str(reset)
        if refused and self.retry_after:
            headers["Retry-After"] = str(longest)
        status = 429 if refused else 200
        self.log.append((now, status))
        return httpx.Response(status, headers=headers)


async def call(pacer: AdaptivePacer, server: FixedWindowServer, latency: float = 0.0) -> int:
    """One attempt as the retrying transport makes it: acquire, send, observe."""
    await pacer.acquire()
    if latency:
        await anyio.sleep(latency / 2)  # the server counts the request on arrival
    response = server.handle()
    if latency:
        await anyio.sleep(latency / 2)
    pacer.observe(response)
    return response.status_code


def run_virtual(fn: Callable[[], Awaitable[Any]]) -> Any:
    """Run ``fn`` under trio with an auto-jumping virtual clock."""
    return anyio.run(fn, backend="trio", backend_options={"clock": MockClock(autojump_threshold=0)})


def saturate(
    server_limits: dict[str, tuple[int, float]],
    *,
    duration: float,
    tasks: int = 200,
    latency: float = 0.0,
    storage: MemoryPacerStorage | None = None,
    **server_options: Any,
) -> tuple[int, int, PacerStats]:
    """``tasks`` workers send back-to-back requests (retrying 429s) until ``duration``.

    Returns (served, refused, pacer stats), counting what the server answered in [0, duration).
    """

    async def main() -> tuple[int, int, PacerStats]:
        start = anyio.current_time()
        server = FixedWindowServer(
            server_limits, lambda: anyio.current_time() - start, **server_options
        )
        pacer = AdaptivePacer(storage)

        async def worker() -> None:
            while anyio.current_time() - start < duration:
                await call(pacer, server, latency)

        async with anyio.create_task_group() as tg:
            for _ in range(tasks):
                tg.start_soon(worker)
        inside = [status for t, status in server.log if t < duration]
        return inside.count(200), inside.count(429), pacer.snapshot()

    result: tuple[int, int, PacerStats] = run_virtual(main)
    return result


class FakeTime:
    """Injectable clock and sleep for asyncio tests: ``sleep`` advances the clock and yields."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()


# --------------------------------------------------------------------------- parsing


def test_parse_rate_limit_headers_named_limits() -> None:
    headers = httpx.Headers(
        {
            "X-RateLimit-Limit-short": "20",
            "x-ratelimit-remaining-short": "3",
            "X-RateLimit-Reset-short": "2",
            "X-RateLimit-Limit-long": "1000",
            "X-RateLimit-Remaining-long": "998",
            "X-RateLimit-Reset-long": "3599",
            "X-RateLimit-Limit-broken": "ten",  # malformed: skipped, not guessed
            "X-RateLimit-Remaining-partial": "1",  # incomplete: skipped
            "Content-Type": "application/json",
        }
    )
    assert parse_rate_limit_headers(headers) == {
        "short": (20, 3, 2.0),
        "long": (1000, 998, 3599.0),
    }
    assert parse_rate_limit_headers(httpx.Headers({"content-type": "text/plain"})) == {}


def test_parse_rate_limit_headers_layout_cache_matches_the_public_path() -> None:
    """The cached layouts (where a response's limit headers sit) give what a plain scan of
    ``multi_items()`` gives: each value read from its own response, later duplicates winning,
    malformed or incomplete limits skipped, and more layouts than the cache holds still parsed."""
    import random

    from calcom_async import _pacing_storage as storage

    names = [
        *(f"x-ratelimit-{f}-{n}" for f in ("limit", "remaining", "reset") for n in ("a", "b")),
        "X-RateLimit-Reset-A",
        "x-ratelimit-",
        "x-ratelimit-limit-",
        "content-type",
        "retry-after",
    ]
    values = ["5", "0", "-3", "1.5", "ten", "60", " 7 "]
    rng = random.Random(7)
    layouts = set()
    for _ in range(3_000):
        items = [(rng.choice(names), rng.choice(values)) for _ in range(rng.randint(0, 8))]
        headers = httpx.Headers(items)
        layouts.add(tuple(k.lower() for k, _ in items))
        assert parse_rate_limit_headers(headers) == storage._parse_items(headers), items
    assert len(layouts) > storage._MAX_LAYOUTS >= len(storage._LAYOUTS)


def test_parse_retry_after() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    in_a_minute = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=60), usegmt=True)
    assert 55 < (parse_retry_after(in_a_minute) or 0) <= 60


def test_tuning_options_only_with_default_storage() -> None:
    with pytest.raises(ValueError):
        AdaptivePacer(MemoryPacerStorage(), safety_margin=0.2)
    with pytest.raises(ValueError):
        MemoryPacerStorage(reserve=1.5)


# --------------------------------------------------------------------------- light traffic


async def test_no_headers_never_waits() -> None:
    """A server without rate-limit headers: nothing is ever paced, even at high concurrency."""
    ft = FakeTime()
    pacer = AdaptivePacer(clock=ft.clock, sleep=ft.sleep)

    async def request() -> None:
        await pacer.acquire()
        await anyio.lowlevel.checkpoint()  # let the other tasks interleave while "in flight"
        pacer.observe(httpx.Response(200))

    await request()  # the first response reveals there is no budget to learn
    async with anyio.create_task_group() as tg:
        for _ in range(300):
            tg.start_soon(request)
    stats = pacer.snapshot()
    assert ft.sleeps == [] and stats.waits == 0
    assert stats.acquired == 301 and stats.limits == {} and stats.in_flight == 0


async def test_without_probe_first_nothing_waits_before_headers() -> None:
    ft = FakeTime()
    pacer = AdaptivePacer(clock=ft.clock, sleep=ft.sleep, probe_first=False)
    async with anyio.create_task_group() as tg:
        for _ in range(50):  # 50 concurrent grants before any response: no budget assumed
            tg.start_soon(pacer.acquire)
    assert ft.sleeps == [] and pacer.snapshot().in_flight == 50


async def test_light_traffic_far_from_limit_never_waits() -> None:
    """Cal.com's default 120/60 s with a few concurrent callers at half the ceiling."""
    ft = FakeTime()
    server = FixedWindowServer({"default": (120, 60.0)}, ft.clock)
    pacer = AdaptivePacer(clock=ft.clock, sleep=ft.sleep)

    async def user() -> None:
        for _ in range(5):
            await pacer.acquire()
            await anyio.lowlevel.checkpoint()
            pacer.observe(server.handle())

    await pacer.acquire()  # a first lone request (concurrent starters would wait for its answer)
    pacer.observe(server.handle())
    for _ in range(40):  # 40 rounds of 3 users x 5 requests, a round every 15 s: 60 per minute
        async with anyio.create_task_group() as tg:
            for _ in range(3):
                tg.start_soon(user)
        ft.now += 15.0
    assert ft.sleeps == [] and pacer.snapshot().waits == 0
    assert all(status == 200 for _, status in server.log)
    assert pacer.snapshot().limits["default"].limit == 120


def test_cold_start_holds_concurrent_requests_for_one_response() -> None:
    """With probe_first, concurrent starters wait for the first response, not longer."""

    async def main() -> None:
        server = FixedWindowServer({"default": (20, 60.0)})
        pacer = AdaptivePacer()
        first_in = anyio.Event()
        release = anyio.Event()
        order: list[int] = []

        async def first() -> None:
            await pacer.acquire()
            first_in.set()
            await release.wait()
            pacer.observe(server.handle())

        async def other(i: int) -> None:
            await pacer.acquire()
            order.append(i)
            pacer.observe(server.handle())

        async with anyio.create_task_group() as tg:
            tg.start_soon(first)
            await first_in.wait()
            for i in range(10):
                tg.start_soon(other, i)
                await anyio.lowlevel.checkpoint()
            await anyio.sleep(0.5)  # virtual: nobody gets through while the probe is out
            assert order == [] and pacer.snapshot().queued == 10
            release.set()
        assert order == list(range(10))  # then first come, first served
        assert all(status == 200 for _, status in server.log)
        assert pacer.snapshot().max_wait == pytest.approx(0.5, abs=0.01)

    run_virtual(main)


def test_a_silent_probe_cannot_stall_the_others() -> None:
    """The first request hangs without a response: the others go after probe_timeout."""

    async def main() -> None:
        pacer = AdaptivePacer(probe_timeout=2.0)
        server = FixedWindowServer({"default": (20, 60.0)})

        async def hung() -> None:
            await pacer.acquire()
            await anyio.sleep_forever()

        async with anyio.create_task_group() as tg:
            tg.start_soon(hung)
            await anyio.wait_all_tasks_blocked()
            start = anyio.current_time()
            async with anyio.create_task_group() as others:
                for _ in range(3):
                    others.start_soon(call, pacer, server)
            # After the timeout the next one became the probe; its answer released the rest.
            assert 2.0 <= anyio.current_time() - start < 2.1
            assert pacer.snapshot().acquired == 4
            tg.cancel_scope.cancel()

    run_virtual(main)


# --------------------------------------------------------------------------- saturation


@pytest.mark.parametrize("aligned", [False, True], ids=["first-hit", "epoch-aligned"])
@pytest.mark.parametrize("latency", [0.0, 0.05])
def test_saturating_load_runs_just_under_the_ceiling(aligned: bool, latency: float) -> None:
    """200 tasks against 20 requests per 2 s: almost no 429s, >= 95 % of the ceiling."""
    duration = 40.0
    served, refused, stats = saturate(
        {"default": (20, 2.0)}, duration=duration, latency=latency, aligned=aligned
    )
    ceiling = 20 * duration / 2.0
    assert served / ceiling >= 0.95, (served, refused)
    assert refused <= 0.01 * (served + refused), (served, refused)
    assert stats.limits["default"].limit == 20
    assert stats.waits > 0


def test_long_limit_is_spread_across_its_window() -> None:
    """``multi_limit="all"``: the tighter limit governs, and its budget is not burnt in one go."""
    duration = 40.0
    served, refused, stats = saturate(
        {"short": (20, 2.0), "long": (60, 20.0)},
        duration=duration,
        tasks=50,
        storage=MemoryPacerStorage(multi_limit="all"),
    )
    assert refused == 0
    assert 0.95 * 120 <= served <= 120  # long limit: 60 per 20 s, the short one would allow 400
    assert set(stats.limits) == {"short", "long"}


def test_a_server_refusing_on_any_limit_switches_the_pacer_to_all_limits(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """This server refuses when *any* limit is exceeded, unlike Cal.com. Pacing by the loosest
    limit alone costs one refusal: it shows the short limit still had requests left, and from
    then on every limit paces requests."""
    storage = MemoryPacerStorage()
    served, refused, _ = saturate(
        {"short": (20, 2.0), "long": (60, 20.0)}, duration=40.0, tasks=50, storage=storage
    )
    assert storage.multi_limit == "all"
    assert "refuses when any limit is blocked" in caplog.text
    assert 1 <= refused <= 3
    assert served >= 0.9 * 120


def test_window_sizes_margins_and_skew_steps() -> None:
    """Margins and skew steps are shares of the window: a 1 s window pays 10 ms, not 50."""
    from calcom_async._pacing_storage import LimitState

    short = LimitState(limit=100, tokens=0, end=0.0, window=1.0)
    long = LimitState(limit=120, tokens=0, end=0.0, window=60.0)
    assert short.margin(0.05) == pytest.approx(0.01)
    assert long.margin(0.05) == pytest.approx(0.05)
    storage = MemoryPacerStorage()
    storage.limits = {"default": short}
    short.confirmed = False
    for _ in range(10):  # refusals right after roll-overs: a server rounding resets down
        short.confirmed = False
        storage.record(0.0, 0.0, 429, {"default": (100, 0, 1.0)}, None, ())
    assert short.skew == pytest.approx(0.25)  # steps of 0.05 s, at most a quarter of 1 s
    storage.limits = {"default": long}
    long.confirmed = False
    storage.record(0.0, 0.0, 429, {"default": (120, 0, 60.0)}, None, ())
    assert long.skew == pytest.approx(0.25)


def test_pacers_sharing_one_storage_share_the_budget() -> None:
    """Two clients (think: processes) on one key, one storage: together under the ceiling."""

    async def main() -> tuple[int, int]:
        server = FixedWindowServer({"default": (20, 2.0)}, aligned=True)
        storage = MemoryPacerStorage()
        pacers = [AdaptivePacer(storage), AdaptivePacer(storage)]

        async def worker(pacer: AdaptivePacer) -> None:
            while anyio.current_time() < 20.0:
                await call(pacer, server, 0.02)

        async with anyio.create_task_group() as tg:
            for i in range(100):
                tg.start_soon(worker, pacers[i % 2])
        inside = [status for t, status in server.log if t < 20.0]
        return inside.count(200), inside.count(429)

    served, refused = run_virtual(main)
    assert refused == 0 and served >= 0.95 * 200


# --------------------------------------------------------------------------- 429 handling


@pytest.mark.parametrize("retry_after", [False, True])
def test_429_makes_every_task_wait_until_reset(retry_after: bool) -> None:
    """Another client empties the window. Our first refusal stops everyone until the reset."""

    async def main() -> None:
        server = FixedWindowServer({"default": (20, 10.0)}, retry_after=retry_after)
        pacer = AdaptivePacer()
        assert await call(pacer, server) == 200  # learn: 19 left, window ends at t=10
        await anyio.sleep(0.5)
        for _ in range(19):
            server.handle()  # a foreign process spends the rest
        foreign = len(server.log)

        async def worker() -> None:
            for _ in range(3):
                while await call(pacer, server) == 429:
                    pass

        async with anyio.create_task_group() as tg:
            for _ in range(10):
                tg.start_soon(worker)
        ours = server.log[foreign:]
        refusals = [t for t, status in ours if status == 429]
        assert len(refusals) == 1  # every other task waited instead of hammering
        assert all(t >= 10.0 for t, status in ours if status == 200)
        assert sum(1 for _, status in ours if status == 200) == 30

    run_virtual(main)


def test_429_without_any_figure_pauses_everyone_briefly() -> None:
    async def main() -> None:
        pacer = AdaptivePacer()
        await pacer.acquire()
        pacer.observe(httpx.Response(429))
        start = anyio.current_time()
        await pacer.acquire()
        assert 1.0 <= anyio.current_time() - start <= 1.1  # fallback_pause + margin
        pacer.observe(httpx.Response(429, headers={"Retry-After": "3"}))
        await pacer.acquire()
        assert 4.0 <= anyio.current_time() - start <= 4.2
        assert pacer.snapshot().refused == 2

    run_virtual(main)


# --------------------------------------------------------------------------- concurrency


def test_cancelled_waiters_do_not_leak_tokens_or_block_others() -> None:
    async def main() -> None:
        server = FixedWindowServer({"default": (5, 10.0)})
        pacer = AdaptivePacer()
        for _ in range(5):  # spend the whole first window
            assert await call(pacer, server) == 200
        done: list[int] = []
        scopes: dict[int, anyio.CancelScope] = {}

        async def waiter(i: int) -> None:
            with anyio.CancelScope() as scope:
                scopes[i] = scope
                await call(pacer, server)
                done.append(i)

        async with anyio.create_task_group() as tg:
            for i in range(8):
                tg.start_soon(waiter, i)
                await anyio.sleep(0.01)  # queue in a known order
            await anyio.sleep(1.0)
            assert pacer.snapshot().queued == 8
            scopes[0].cancel()  # the head, asleep until the reset
            scopes[4].cancel()  # one in the middle of the queue
            await anyio.wait_all_tasks_blocked()
            assert pacer.snapshot().queued == 6
        # Survivors keep FIFO order; the second window's 5 tokens went to the first five of them.
        assert done == [1, 2, 3, 5, 6, 7]
        stats = pacer.snapshot()
        assert stats.acquired == 5 + 6 and stats.in_flight == 0 and stats.queued == 0
        assert [status for _, status in server.log].count(429) == 0
        assert anyio.current_time() >= 20.0  # 6th survivor needed the third window

        with anyio.move_on_after(1.0):  # cancel every waiter at once: still no deadlock
            async with anyio.create_task_group() as tg:
                for i in range(5):
                    tg.start_soon(waiter, 100 + i)
        assert pacer.snapshot().queued == 0
        with anyio.fail_after(30):
            await call(pacer, server)

    run_virtual(main)


async def test_retry_from_the_same_task_replaces_its_unanswered_attempt() -> None:
    ft = FakeTime()
    pacer = AdaptivePacer(clock=ft.clock, sleep=ft.sleep)
    pacer.observe(
        httpx.Response(
            200,
            headers={
                "X-RateLimit-Limit-default": "120",
                "X-RateLimit-Remaining-default": "100",
                "X-RateLimit-Reset-default": "30",
            },
        )
    )
    for _ in range(3):  # e.g. connection errors: no response, so no observe()
        await pacer.acquire()
    assert pacer.snapshot().in_flight == 1
    assert pacer.snapshot().limits["default"].tokens == 97


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_response_observed_from_another_task_retires_the_oldest_grant(backend: str) -> None:
    """With one grant in flight the answer is that one's whichever task observes it (no task
    lookup); with more, a task holding none retires the oldest. The round trip shows which."""
    ft = FakeTime()
    headers = {
        "X-RateLimit-Limit-default": "120",
        "X-RateLimit-Remaining-default": "100",
        "X-RateLimit-Reset-default": "30",
    }

    async def main() -> list[tuple[int, float]]:
        pacer = AdaptivePacer(clock=ft.clock, sleep=ft.sleep)
        await pacer.acquire()
        pacer.observe(httpx.Response(200, headers=headers))  # the cold start is over
        storage = pacer.storage
        assert isinstance(storage, MemoryPacerStorage)
        seen: list[tuple[int, float]] = []
        done = anyio.Event()

        async def holder(at: float) -> None:
            ft.now = at
            await pacer.acquire()  # granted at `at`, then in flight until the end
            await done.wait()

        async with anyio.create_task_group() as tg:
            tg.start_soon(holder, 1000.0)
            await anyio.lowlevel.checkpoint()
            tg.start_soon(holder, 1005.0)
            for _ in range(3):
                await anyio.lowlevel.checkpoint()
            for at in (1010.0, 1011.0, 1012.0):  # observed from this task, which holds none
                ft.now = at
                pacer.observe(httpx.Response(200, headers=headers))
                seen.append((pacer.snapshot().in_flight, storage.rtt))
            done.set()
        return seen

    seen = anyio.run(main, backend=backend)
    assert seen[0] == (1, pytest.approx(10.0))  # the oldest grant (1000) retired
    assert seen[1] == (0, pytest.approx(9.8))  # the only one left (1005): 6 s < 10 * 0.98
    assert seen[2] == (0, pytest.approx(9.8 * 0.98))  # none in flight: no round trip


def test_one_pacer_tells_tasks_apart_across_event_loops() -> None:
    """The task lookup is bound to the loop first seen; under another loop (a second
    ``asyncio.run``, trio) the pacer looks again instead of mistaking tasks for each other."""
    ft = FakeTime()
    pacer = AdaptivePacer(clock=ft.clock, sleep=ft.sleep, probe_first=False)
    response = httpx.Response(
        200,
        headers={
            "X-RateLimit-Limit-default": "1000",
            "X-RateLimit-Remaining-default": "900",
            "X-RateLimit-Reset-default": "60",
        },
    )

    async def one_run() -> list[int]:
        counts: list[int] = []
        release = anyio.Event()

        async def other() -> None:
            await pacer.acquire()
            await release.wait()
            pacer.observe(response)

        async with anyio.create_task_group() as tg:
            tg.start_soon(other)
            for _ in range(3):
                await anyio.lowlevel.checkpoint()
            await pacer.acquire()
            await pacer.acquire()  # a retry: replaces this task's own grant, not the other's
            counts.append(pacer.snapshot().in_flight)
            pacer.observe(response)  # answers this task's grant
            counts.append(pacer.snapshot().in_flight)
            release.set()
        counts.append(pacer.snapshot().in_flight)
        return counts

    for backend in ("asyncio", "asyncio", "trio", "asyncio"):
        assert anyio.run(one_run, backend=backend) == [2, 1, 0], backend


# --------------------------------------------------------------------------- real time


@pytest.mark.parametrize("backend", ["trio", "asyncio"])
def test_real_time_smoke(backend: str) -> None:
    """Tiny budget on the real clock: 8 requests through 4 per 1 s, no refusals, ~1 s."""

    async def main() -> float:
        server = FixedWindowServer({"default": (4, 1.0)})
        pacer = AdaptivePacer()
        start = anyio.current_time()
        async with anyio.create_task_group() as tg:
            for _ in range(8):
                tg.start_soon(call, pacer, server, 0.01)
        assert [status for _, status in server.log] == [200] * 8
        return anyio.current_time() - start

    elapsed = anyio.run(main, backend=backend)
    assert 0.95 <= elapsed < 2.5


def test_the_cold_start_hold_is_not_refused_for_its_worst_case() -> None:
    """``probe_timeout`` (10 s) only bounds the hold for the first response: callers that may
    wait 2 s are not refused at once because 10 > 2; the response comes after 0.5 s and they go.
    A probe that stays silent past a caller's bound still gets that caller refused, then."""

    async def main() -> tuple[int, int]:
        server = FixedWindowServer({"default": (100, 60.0)})
        pacer = AdaptivePacer(probe_timeout=10.0)
        granted = refused = 0

        async def slow_probe() -> None:
            await pacer.acquire(max_wait=2.0)
            await anyio.sleep(0.5)
            pacer.observe(server.handle())

        async def other() -> None:
            nonlocal granted, refused
            try:
                await pacer.acquire(max_wait=2.0)
            except WaitTooLong:
                refused += 1
            else:
                granted += 1
                pacer.observe(server.handle())

        async with anyio.create_task_group() as tg:
            tg.start_soon(slow_probe)
            await anyio.lowlevel.checkpoint()
            for _ in range(5):
                tg.start_soon(other)
        return granted, refused

    assert run_virtual(main) == (5, 0)
