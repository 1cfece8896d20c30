"""Per-call cost of calcom-async against raw httpx, measured side by side in one run.

    python scripts/bench_calls.py [--rounds 7] [--bookings 20000] [--no-import] [--quick]

Contenders, on the same httpx and the same connection limits (100 connections):

* **raw httpx**: a plain ``httpx.AsyncClient`` with the ``Authorization`` and
  ``cal-api-version`` headers preset; ``get`` is ``client.get(...)``, ``raise_for_status()``
  and ``response.json()["data"]``; the listing is a hand-written ``take``/``skip`` loop over
  ``response.json()`` that stops on ``pagination.hasNextPage``.
* **calcom-async**: ``cal.bookings.get(uid)`` / ``async for b in cal.bookings.list()`` with
  every default (retries, pacing, typed and checked models, page prefetch); then the same with
  ``pacing=False``, and for listings with ``paginator.prefetch = False``.

Scenarios (every contender runs every scenario once per round; the rounds interleave the
contenders in a rotating order; each figure is the median over the rounds, so machine noise
hits all contenders alike). Servers run in child processes (``bench_server.py``):

* ``get, loopback``: sequential gets to a ``FakeCalcom`` under uvicorn, microseconds per call.
* ``get, loopback replay``: the same against a bare server replaying the fake's recorded
  answer: next to no server work, so the client and the sockets are most of the time.
* ``get, in-process``: through ``httpx.ASGITransport`` to a ``FakeCalcom`` in this process
  (its server work included); ``get, canned``: ``httpx.MockTransport`` returning the recorded
  answer -- the client's own cost alone, the harshest view of the ratio.
* ``1,000 concurrent gets``: ``asyncio.gather`` over loopback to the fake; a fresh client per
  measurement (after one warm-up call), since httpcore's pool degrades after a burst and the
  figure would otherwise depend on the order of the contenders.
* ``list``: iterating ``--bookings`` bookings in pages of 100, items per second, over loopback
  and in-process, with the client process's CPU per item. Over loopback, prefetch overlaps the
  parsing of one page with the server's work on the next only when the server's process has a
  core to itself: on a busy 2-core machine the figure swings between the two cases.
* ``list, 50 ms per page``: up to 2,000 bookings from a fake that waits 50 ms before each
  answer (a remote API; Cal.com takes 150-300 ms), with a caller that awaits 0.5 ms of its own
  I/O per item: what prefetch is for.
* ``import`` / ``first call``: from an installed wheel in a fresh virtualenv
  (``bench_import.py``, which also runs alone).

The fake sends Cal.com's rate-limit headers with a budget far above the run, so the pacer does
its per-response work without ever delaying a call. **Ratio** = calcom-async / raw httpx in the
row's unit: below 1 is faster for times, above 1 is faster for items/s.

A script, not a test: absolute figures depend on the machine; compare the ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from bench_server import KEY, VERSION, Server, recorded_get, seeded_fake

from calcom_async import AsyncCalcom

PAGE = 100
LIMITS = httpx.Limits(max_connections=100)  # calcom-async's pool; raw httpx gets the same
IN_PROCESS = "http://127.0.0.1:9"  # never dialled: the transport is in-process

Transport = Callable[[], httpx.AsyncBaseTransport | None]


class Raw:
    """Hand-written httpx: what a careful user would write without an SDK."""

    def __init__(self, base_url: str, transport: Transport) -> None:
        self._args = (base_url, transport)
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {KEY}", "cal-api-version": VERSION},
            limits=LIMITS,
            transport=transport(),
            timeout=30.0,
        )

    def fresh(self) -> Raw:
        return Raw(*self._args)

    async def get(self, uid: str) -> Any:
        response = await self._client.get(f"/v2/bookings/{uid}")
        response.raise_for_status()
        return response.json()["data"]

    async def list_all(self, io_per_item: float = 0.0) -> int:
        seen, skip = 0, 0
        while True:
            response = await self._client.get("/v2/bookings", params={"take": PAGE, "skip": skip})
            response.raise_for_status()
            body = response.json()
            for item in body["data"]:
                seen += item["uid"] is not None
                if io_per_item:
                    await asyncio.sleep(io_per_item)
            skip += len(body["data"])
            if not body["data"] or not body["pagination"]["hasNextPage"]:
                return seen

    async def aclose(self) -> None:
        await self._client.aclose()


class Ours:
    def __init__(
        self, base_url: str, transport: Transport, *, pacing: bool = True, prefetch: bool = True
    ) -> None:
        self._args = (base_url, transport, pacing, prefetch)
        self._cal = AsyncCalcom(KEY, base_url=base_url, transport=transport(), pacing=pacing)
        self._prefetch = prefetch

    def fresh(self) -> Ours:
        base_url, transport, pacing, prefetch = self._args
        return Ours(base_url, transport, pacing=pacing, prefetch=prefetch)

    async def get(self, uid: str) -> Any:
        return await self._cal.bookings.get(uid)

    async def list_all(self, io_per_item: float = 0.0) -> int:
        seen = 0
        listing = self._cal.bookings.list(page_size=PAGE)
        listing.prefetch = self._prefetch
        async for booking in listing:
            seen += booking.uid is not None
            if io_per_item:
                await asyncio.sleep(io_per_item)
        return seen

    async def aclose(self) -> None:
        await self._cal.aclose()


Contender = Raw | Ours
NAMES = ("raw httpx", "calcom-async", "pacing off", "prefetch off")


def contenders(base_url: str, transport: Transport, *, listing: bool = False) -> dict[str, Any]:
    made: dict[str, Contender] = {
        "raw httpx": Raw(base_url, transport),
        "calcom-async": Ours(base_url, transport),
        "pacing off": Ours(base_url, transport, pacing=False),
    }
    if listing:
        made["prefetch off"] = Ours(base_url, transport, prefetch=False)
    return made


Measure = Callable[[Contender], Awaitable[tuple[float, float]]]


async def interleaved(
    made: dict[str, Contender], measure: Measure, rounds: int
) -> dict[str, tuple[float, float]]:
    """Median ``(value, cpu)`` per contender over ``rounds``, after one warm-up run each
    (connections, lazy imports, the pacer's first response); the order rotates per round."""
    names = list(made)
    for name in names:
        await measure(made[name])
    values: dict[str, list[tuple[float, float]]] = {n: [] for n in names}
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            values[name].append(await measure(made[name]))
    for c in made.values():
        await c.aclose()
    return {
        n: (statistics.median(v for v, _ in values[n]), statistics.median(c for _, c in values[n]))
        for n in names
    }


def sequential_gets(uid: str, calls: int) -> Measure:
    async def measure(c: Contender) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(calls):
            await c.get(uid)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        return wall / calls * 1e6, cpu / calls * 1e6

    return measure


def concurrent_gets(uid: str, calls: int) -> Measure:
    async def measure(c: Contender) -> tuple[float, float]:
        fresh = c.fresh()
        try:
            await fresh.get(uid)
            wall, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(fresh.get(uid) for _ in range(calls)))
            return (time.perf_counter() - wall) * 1e3, (time.process_time() - cpu) * 1e3
        finally:
            await fresh.aclose()

    return measure


def listing(expected: int, io_per_item: float = 0.0) -> Measure:
    async def measure(c: Contender) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        seen = await c.list_all(io_per_item)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if seen != expected:
            raise SystemExit(f"{type(c).__name__} listed {seen} bookings, expected {expected}")
        return seen / wall, cpu / seen * 1e6

    return measure


Row = tuple[str, str, dict[str, float]]  # scenario, unit, value per contender


async def suite(args: argparse.Namespace) -> list[Row]:
    rows: list[Row] = []
    n, rounds = args.bookings, args.rounds

    def add(scenario: str, unit: str, result: dict[str, tuple[float, float]], *, cpu: str = ""):
        rows.append((scenario, unit, {name: v[0] for name, v in result.items()}))
        if cpu:
            rows.append((f"{scenario}: client CPU", cpu, {k: v[1] for k, v in result.items()}))
        print(f"  measured: {scenario}", file=sys.stderr, flush=True)

    def loop(url: str) -> dict[str, Any]:
        return contenders(url, lambda: None)

    with Server("fake", n) as fake:
        gets = sequential_gets(fake.uid, args.calls)
        add("get, loopback", "us/call", await interleaved(loop(fake.base_url), gets, rounds))
        add(
            "1,000 concurrent gets, loopback",
            "ms",
            await interleaved(loop(fake.base_url), concurrent_gets(fake.uid, 1000), rounds),
            cpu="ms",
        )
        add(
            f"list {n:,}, loopback",
            "items/s",
            await interleaved(
                contenders(fake.base_url, lambda: None, listing=True),
                listing(n),
                args.list_rounds,
            ),
            cpu="us/item",
        )
    # A remote API: 50 ms per page, and a caller awaiting 0.5 ms of its own I/O per item.
    slow_n = min(n, 2_000)
    with Server("fake", slow_n, latency=0.05) as slow:
        add(
            f"list {slow_n:,}, 50 ms per page, 0.5 ms I/O per item",
            "items/s",
            await interleaved(
                contenders(slow.base_url, lambda: None, listing=True),
                listing(slow_n, io_per_item=0.0005),
                args.list_rounds,
            ),
        )
    with Server("replay") as replay:
        gets = sequential_gets(replay.uid, args.calls)
        add(
            "get, loopback replay",
            "us/call",
            await interleaved(loop(replay.base_url), gets, rounds),
            cpu="us/call",
        )

    fake_app, uid = seeded_fake(n)
    gets = sequential_gets(uid, args.calls)
    add(
        "get, in-process",
        "us/call",
        await interleaved(contenders(IN_PROCESS, fake_app.transport), gets, rounds),
    )
    add(
        f"list {n:,}, in-process",
        "items/s",
        await interleaved(
            contenders(IN_PROCESS, fake_app.transport, listing=True), listing(n), args.list_rounds
        ),
    )
    status, headers, body = await recorded_get(fake_app, uid)

    def canned() -> httpx.AsyncBaseTransport:
        return httpx.MockTransport(lambda r: httpx.Response(status, headers=headers, content=body))

    add("get, canned", "us/call", await interleaved(contenders(IN_PROCESS, canned), gets, rounds))
    return rows


def render(rows: list[Row], rounds: int) -> str:
    lines = [
        f"| scenario | unit | {NAMES[0]} | "
        + " | ".join(f"{name} | ratio" for name in NAMES[1:])
        + " |",
        "| --- | --- | ---: |" + " ---: | ---: |" * (len(NAMES) - 1),
    ]
    for scenario, unit, values in rows:
        raw = values[NAMES[0]]
        cells = [scenario, unit, _fmt(raw)]
        for name in NAMES[1:]:
            cells += (
                [_fmt(values[name]), f"{values[name] / raw:.2f}"] if name in values else ["", ""]
            )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--list-rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=300, help="sequential gets per round")
    parser.add_argument("--bookings", type=int, default=20_000)
    parser.add_argument("--import-rounds", type=int, default=15)
    parser.add_argument("--no-import", action="store_true", help="skip the fresh-venv rows")
    parser.add_argument("--quick", action="store_true", help="3 rounds, 2,000 bookings")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.list_rounds, args.bookings, args.calls = 3, 3, 2_000, 100
        args.import_rounds = 5
    rows = asyncio.run(suite(args))
    print(
        f"\ncalcom-async vs raw httpx {httpx.__version__} on Python "
        f"{sys.version.split()[0]}, medians of {args.rounds} interleaved rounds "
        f"({args.list_rounds} for listings); ratio = calcom-async / raw httpx\n"
    )
    print(render(rows, args.rounds))
    if not args.no_import:
        import bench_import

        print()
        print(bench_import.run(rounds=args.import_rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
