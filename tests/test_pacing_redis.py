"""The shared rate budget on a real Redis (``_pacing_redis.py``).

* the Lua script makes the same decisions as :class:`MemoryPacerStorage` (a replayed scenario
  on an injected clock);
* takes are atomic: pacers of separate clients (as in separate processes) never spend one token
  twice, and together stay under one budget against a throttling server;
* a process that dies mid-request only holds its in-flight lease until it expires;
* the budget is stored under a hash, never the key; an unreachable Redis, and trio, fall back to
  local pacing with a warning, and the calls still succeed.
"""

from __future__ import annotations

import logging
import random
import secrets
from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
import redis.asyncio as aioredis

from calcom_async import AsyncCalcom
from calcom_async._pacing import AdaptivePacer
from calcom_async._pacing_redis import RedisPacerStorage
from calcom_async._pacing_storage import MemoryPacerStorage
from calcom_async._redis_support import budget_id
from calcom_async.testing import FakeCalcom, RateLimit

pytestmark = pytest.mark.redis


@pytest.fixture
def key() -> str:
    """A key of its own per test: the session's Redis outlives each test's budget."""
    return "cal_test_shared_budget_" + secrets.token_hex(8)


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    r = aioredis.Redis.from_url(redis_url)
    try:
        yield r
    finally:
        await r.aclose()


def fresh_budget() -> str:
    return "test-" + secrets.token_hex(8)


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# ---------------------------------------------------------------------------- the arithmetic


async def test_the_script_decides_like_the_in_memory_storage(client: aioredis.Redis) -> None:
    """One scenario (takes, responses from a fixed-window server, a 429, a window roll-over,
    two named limits) replayed on both storages on one injected clock: the same waits."""
    clock = Clock()
    redis_storage = RedisPacerStorage(client, fresh_budget(), now=clock)
    memory = MemoryPacerStorage()
    rng = random.Random(7)
    limits = {"short": (12, 2.0), "long": (40, 10.0)}
    windows = {name: [-1.0, 0] for name in limits}  # server side: end, hits
    outstanding: list[tuple[str, float]] = []  # (grant, sent)
    decisions = 0
    for step in range(400):
        clock.now += rng.choice((0.0, rng.uniform(0, 0.02), rng.uniform(0, 0.3)))
        now = clock.now
        if outstanding and rng.random() < 0.5:
            grant, sent = outstanding.pop(rng.randrange(len(outstanding)))
            figures: dict[str, tuple[int, int, float]] = {}
            refused = True
            for name, (limit, window) in limits.items():
                st = windows[name]
                if now >= st[0]:
                    st[0], st[1] = now + window, 0
                st[1] += 1
                refused = refused and st[1] > limit
                figures[name] = (limit, max(0, limit - st[1]), float(int(st[0] - now) + 1))
            status = 429 if refused else 200
            memory.record(now, sent, status, figures, None, [t for _, t in outstanding])
            redis_storage.record_shared(now, sent, grant, status, figures, None)
            continue
        grant = f"g{step}"
        expected = memory.take(now, [t for _, t in outstanding])
        got = await redis_storage.take_shared(now, grant)
        decisions += 1
        if expected is None:
            assert got is None, (step, got)
            outstanding.append((grant, now))
        else:
            assert got is not None, (step, expected)
            assert (got.reason, got.limit) == (expected.reason, expected.limit), step
            assert got.seconds == pytest.approx(expected.seconds, abs=1e-3), step
    assert decisions > 150
    shared = redis_storage.snapshot(clock.now)
    local = memory.snapshot(clock.now)
    assert {n: s.tokens for n, s in shared.items()} == {n: s.tokens for n, s in local.items()}


async def test_takes_are_atomic_across_clients(client: aioredis.Redis, redis_url: str) -> None:
    """200 concurrent takes from four separate clients on a budget of 50: exactly 50 granted."""
    budget = fresh_budget()
    clock = Clock()
    clients = [aioredis.Redis.from_url(redis_url) for _ in range(4)]
    stores = [RedisPacerStorage(c, budget, reserve=0.0, now=clock) for c in clients]
    stores[0].record_shared(clock.now, clock.now, None, 200, {"default": (50, 50, 30.0)}, None)
    await stores[0].take_shared(clock.now, "seed")  # delivers the figures, spends one
    granted = 0

    async def take(i: int) -> None:
        nonlocal granted
        if await stores[i % 4].take_shared(clock.now, f"grant-{i}") is None:
            granted += 1

    try:
        async with anyio.create_task_group() as tg:
            for i in range(200):
                tg.start_soon(take, i)
    finally:
        for c in clients:
            await c.aclose()
    assert granted == 49
    assert await client.zcard(f"calcom_async:pace:{{{budget}}}:inflight") == 50


async def test_a_dead_process_in_flight_requests_expire(client: aioredis.Redis) -> None:
    """Grants never answered (their process died) count as in flight until their lease ends:
    a roll-over deducts them, and after ``in_flight_ttl`` they are gone."""
    budget = fresh_budget()
    clock = Clock()
    dead = RedisPacerStorage(client, budget, in_flight_ttl=5.0, now=clock)
    alive = RedisPacerStorage(client, budget, in_flight_ttl=5.0, now=clock)
    alive.record_shared(clock.now, clock.now, None, 200, {"default": (10, 10, 2.0)}, None)
    clock.now += 1.5  # late in the window: these may well be counted in the next one
    for i in range(3):
        assert await dead.take_shared(clock.now, f"dead-{i}") is None  # then the process dies
    clock.now += 0.6  # the window rolls over with three requests still "in flight"
    assert await alive.take_shared(clock.now, "a") is None
    assert alive.snapshot(clock.now)["default"].tokens == 10 - 3 - 1
    clock.now += 5.0  # past the leases
    await alive.take_shared(clock.now, "b")
    assert await client.zrange(f"calcom_async:pace:{{{budget}}}:inflight", 0, -1) == [b"b"]


# ---------------------------------------------------------------------------- through the client


def served_fake(key: str, limit: RateLimit) -> FakeCalcom:
    return FakeCalcom(api_keys=[key], rate_limit=limit)


async def test_clients_sharing_a_store_stay_under_one_budget(redis_url: str, key: str) -> None:
    """Three clients (think: three processes) on one key, 12 tasks each, against 30 requests per
    second with Cal.com's 60 s block: no 429, no block. Alone, each would spend the budget."""
    fake = served_fake(key, RateLimit(30, ttl=1, block_duration=60))
    clients = [
        AsyncCalcom(key, transport=fake.transport(), rate_limit_store=redis_url) for _ in range(3)
    ]
    served = 0
    try:
        with anyio.move_on_after(3.5):

            async def worker(cal: AsyncCalcom) -> None:
                nonlocal served
                while True:
                    await cal.me.get()
                    served += 1

            async with anyio.create_task_group() as tg:
                for i in range(36):
                    tg.start_soon(worker, clients[i % 3])
    finally:
        for cal in clients:
            await cal.aclose()
    assert (fake.stats.rate_limited, fake.stats.blocks) == (0, 0)
    assert served >= 60  # the budget is used (3 windows of 30 at least partly), not starved


async def test_the_budget_is_stored_under_a_hash_of_the_key(
    client: aioredis.Redis, redis_url: str, key: str
) -> None:
    fake = served_fake(key, RateLimit(100, ttl=60, block_duration=60))
    async with AsyncCalcom(key, transport=fake.transport(), rate_limit_store=redis_url) as cal:
        await cal.me.get()
        await cal.me.get()
        assert cal.pacer is not None
        await cal.pacer.acquire()  # in flight, so the in-flight set exists too
        names = sorted(k.decode() for k in await client.keys(f"*{budget_id(key)}*"))
    assert names == [
        f"calcom_async:pace:{{{budget_id(key)}}}:inflight",
        f"calcom_async:pace:{{{budget_id(key)}}}:state",
    ]
    everything = b" ".join(await client.keys("*"))
    assert key.encode() not in everything and b"shared_budget" not in everything
    state = await client.get(names[1])
    assert state is not None and key.encode() not in state


async def test_an_unreachable_redis_falls_back_to_local_pacing(
    caplog: pytest.LogCaptureFixture, key: str
) -> None:
    """Nothing listens on the port: one warning, the calls succeed, paced locally (no 429)."""
    fake = served_fake(key, RateLimit(20, ttl=1, block_duration=60))
    with socket_port() as port:
        url = f"redis://127.0.0.1:{port}/0"
    caplog.set_level(logging.WARNING, "calcom_async.pacing")
    async with AsyncCalcom(key, transport=fake.transport(), rate_limit_store=url) as cal:
        with anyio.fail_after(10):
            async with anyio.create_task_group() as tg:
                for _ in range(40):
                    tg.start_soon(cal.me.get)
        assert cal.pacer is not None
        storage = cal.pacer.storage
        assert isinstance(storage, RedisPacerStorage)
        assert storage.fallbacks >= 40 and storage.errors >= 1
    assert fake.stats.rate_limited == 0
    warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(warnings) == 1
    assert key not in caplog.text


def socket_port() -> object:
    """A context manager yielding a port on 127.0.0.1 that nothing listens on afterwards."""
    import contextlib
    import socket

    @contextlib.contextmanager
    def reserve() -> object:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            yield s.getsockname()[1]

    return reserve()


def test_under_trio_the_client_paces_locally_with_a_warning(
    redis_url: str, caplog: pytest.LogCaptureFixture, key: str
) -> None:
    """redis-py's asyncio client cannot run under trio: the store says so once and the client
    paces on its own; every call succeeds and none is refused."""
    fake = served_fake(key, RateLimit(10, ttl=1, block_duration=60))

    async def main() -> tuple[int, int]:
        async with AsyncCalcom(key, transport=fake.transport(), rate_limit_store=redis_url) as cal:
            async with anyio.create_task_group() as tg:
                for _ in range(25):
                    tg.start_soon(cal.me.get)
            assert cal.pacer is not None
            storage = cal.pacer.storage
            assert isinstance(storage, RedisPacerStorage)
            return storage.fallbacks, fake.stats.rate_limited

    caplog.set_level(logging.WARNING, "calcom_async.pacing")
    fallbacks, refused = anyio.run(main, backend="trio")
    assert fallbacks >= 25 and refused == 0
    assert sum("needs asyncio" in r.getMessage() for r in caplog.records) == 1


def test_a_store_that_is_not_redis_is_refused(key: str) -> None:
    from calcom_async import ConfigurationError

    with pytest.raises(ConfigurationError, match="redis://"):
        AsyncCalcom(key, rate_limit_store="http://127.0.0.1:6379")
    with pytest.raises(ConfigurationError, match="pacing=True"):
        AsyncCalcom(key, rate_limit_store="redis://127.0.0.1:1/0", pacing=False)
    with pytest.raises(ConfigurationError, match="max_in_flight"):
        AsyncCalcom(key, max_in_flight=0)


async def test_a_shared_pacer_holds_concurrent_requests_for_the_first_response(
    redis_url: str,
) -> None:
    """The cold-start probe works with a shared store too: one request first, then the rest."""
    order: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        order.append("start")
        await anyio.sleep(0.05)
        order.append("end")
        return httpx.Response(
            200,
            headers={
                "X-RateLimit-Limit-Default": "100",
                "X-RateLimit-Remaining-Default": "99",
                "X-RateLimit-Reset-Default": "60",
            },
        )

    storage = RedisPacerStorage(
        aioredis.Redis.from_url(redis_url), fresh_budget(), owns_client=True
    )
    pacer = AdaptivePacer(storage)

    async def call() -> None:
        await pacer.acquire()
        pacer.observe(await handler(httpx.Request("GET", "http://x")))

    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(call)
    await pacer.aclose()
    assert order[:2] == ["start", "end"]
    assert pacer.snapshot().acquired == 5
