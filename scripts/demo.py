"""The main job, on screen: book hundreds of slots concurrently under Cal.com's rate limit,
then again on a network that fails, and show that every slot was booked exactly once.

    python scripts/demo.py            # against the embedded fake Cal.com on 127.0.0.1 (~30 s)
    CALCOM_API_KEY=cal_live_... python scripts/demo.py --live --event-type 123 --bookings 5

Against the fake (the default) it starts ``FakeCalcom`` on loopback with Cal.com's throttler
(a fixed window and, once the limit is exceeded, a 60 s block), sets a host up through the API
(a schedule, two event types), finds free slots, and books them with ``create_many`` twice: on
a clean network, then with the fake injecting 5xx answers, dropped connections and answers lost
*after* the booking was made. It checks the fake's own state -- each requested slot must hold
exactly one booking for its attendee -- and prints how the faults were reconciled. Figures are
measured, and waits are wall time (while at least one request was held back), never a sum over
concurrent tasks. With ``--live`` a small clean run goes to api.cal.com on an event type of
yours; its bookings are cancelled at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import httpx
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from calcom_async import (
    AsyncCalcom,
    Attendee,
    Availability,
    BookingOutcome,
    BookingRequest,
    ProgressEvent,
)
from calcom_async._cli._progress import ImportProgress, ImportTotals  # the CLI's progress bar
from calcom_async._cli._waits import WaitClock

if TYPE_CHECKING:
    from calcom_async.testing import FakeCalcom

DEMO_KEY = "cal_test_demo_0000000000000000"
HOST_TZ = "Europe/Berlin"
WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CREATE = ("POST", "/v2/bookings")
LOOKUP = ("GET", "/v2/bookings")
# The fake handles a request completely before it drops the answer, so nothing it was sent can
# commit later: a short settle delay is honest here. Against Cal.com keep the default (61 s).
FAKE_SETTLE_DELAY = 0.5


class _Counting(httpx.AsyncBaseTransport):
    """Counts what really crossed the wire, per ``(method, path)``: status codes, or "no answer"."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner
        self.seen: Counter[tuple[str, str, str]] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.method, request.url.path)
        try:
            response = await self._inner.handle_async_request(request)
        except Exception:
            self.seen[(*key, "no answer")] += 1
            raise
        self.seen[(*key, str(response.status_code))] += 1
        return response

    def count(self, route: tuple[str, str], status: str | None = None) -> int:
        return sum(
            n for (m, p, s), n in self.seen.items() if (m, p) == route and status in (None, s)
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass
class Run:
    """One ``create_many`` run and what was measured around it."""

    title: str
    outcomes: list[BookingOutcome]
    seconds: float
    requests: int
    rate_limited: int
    waited: float  # wall seconds with at least one request held back
    wire: _Counting
    counted: int | None = None  # requests the fake's throttler counted (faulted ones are not)
    blocks: int | None = None  # rate-limit blocks the fake started during the run
    exactly_once: dict[str, int] = field(default_factory=dict)  # from the fake's state

    @property
    def booked(self) -> int:
        return sum(o.status == "booked" for o in self.outcomes)

    @property
    def failed(self) -> int:
        return sum(o.status == "failed" for o in self.outcomes)


def _client(base_url: str | None, waits: WaitClock, wire: _Counting) -> AsyncCalcom:
    """The demo key for the fake (``base_url``), else ``CALCOM_API_KEY`` and api.cal.com."""
    key = None if base_url is None else DEMO_KEY
    return AsyncCalcom(
        key, base_url=base_url, transport=waits.transport(wire), on_wait=waits.on_wait
    )


async def _set_up_host(cal: AsyncCalcom, console: Console) -> int:
    """A working week in Berlin and two event types, created through the API."""
    await cal.schedules.create(
        name="Clinic hours",
        time_zone=HOST_TZ,
        is_default=True,
        availability=[Availability(days=WEEK, start_time="08:00", end_time="20:00")],
    )
    quick = await cal.event_types.create(title="Check-up", slug="check-up", length_in_minutes=15)
    await cal.event_types.create(title="Consultation", slug="consultation", length_in_minutes=45)
    table = Table(box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("id", "event type", "minutes", "slug"):
        table.add_column(column)
    for et in await cal.event_types.list():
        table.add_row(str(et.id), et.title, str(et.length_in_minutes), f"/{et.slug}")
    console.print("Host set up through the API: schedule 'Clinic hours' (every day 08-20 Berlin)")
    console.print(table)
    return quick.id


def _requests(event_type_id: int, starts: list[datetime], tag: str) -> list[BookingRequest]:
    return [
        BookingRequest(
            event_type_id=event_type_id,
            start=start,
            attendee=Attendee(
                name=f"Patient {tag}{i:03d}",
                email=f"patient.{tag.lower()}{i:03d}@example.com",
                time_zone="Europe/London",
            ),
            metadata={"source": "calcom-async demo", "run": tag},
        )
        for i, start in enumerate(starts)
    ]


async def _book(
    console: Console,
    title: str,
    base_url: str | None,
    requests: list[BookingRequest],
    args: argparse.Namespace,
    **create_many: Any,
) -> Run:
    """Book ``requests`` with a fresh client (fresh figures) behind the CLI's progress bar."""
    waits = WaitClock()
    wire = _Counting(httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100)))
    async with _client(base_url, waits, wire) as cal:
        totals = ImportTotals()
        progress = ImportProgress(console, totals, len(requests), lambda: cal.stats, waits)
        cal.on_wait = progress.on_wait

        def on_progress(event: ProgressEvent) -> None:
            outcome = event.outcome
            totals.count(outcome.status, outcome.reason)
            if outcome.status == "failed":
                progress.say(f"item {outcome.index}: {outcome.reason}: {outcome.error}", "red")
            progress.advance()

        console.print(Text(f"\n{title}", style="bold"))
        started = time.perf_counter()
        with progress:
            outcomes = await cal.bookings.create_many(
                requests, concurrency=args.concurrency, on_progress=on_progress, **create_many
            )
        seconds = time.perf_counter() - started
        wall = waits.totals()
        stats = cal.stats
        return Run(
            title,
            outcomes,
            seconds,
            stats.requests,
            stats.rate_limited,
            wall.total,
            wire,
        )


def _run_line(run: Run, ceiling: float | None) -> str:
    counted = run.requests if run.counted is None else run.counted
    limit = f" (the ceiling is {ceiling:g}/s)" if ceiling else ""
    return (
        f"{run.booked} booked, {run.failed} failed in {run.seconds:.1f} s: "
        f"{run.booked / run.seconds:.1f} bookings/s; {counted} requests counted by the "
        f"rate limit, {counted / run.seconds:.1f}/s{limit}; {run.rate_limited} refused (429); "
        f"requests held back by the pacer {run.waited:.1f} s of the {run.seconds:.1f} s"
    )


def _verify(fake: FakeCalcom, requests: list[BookingRequest]) -> dict[str, int]:
    """Count, from the fake's own state, how many bookings each request got."""
    active: Counter[tuple[int, datetime, str]] = Counter()
    for b in fake.state.bookings.values():
        if b.status == "accepted" and b.attendees:
            active[(b.event_type_id, b.start, b.attendees[0].email)] += 1
    counts = Counter(
        active[(r.event_type_id, r.start.astimezone(timezone.utc), r.attendee.email or "")]
        for r in requests
    )
    return {
        "exactly once": counts[1],
        "missing": counts[0],
        "twice or more": sum(n for k, n in counts.items() if k > 1),
    }


def _throttled(fake: FakeCalcom) -> tuple[int, int]:
    """Requests the fake's throttler has counted (an injected 5xx or drop happens before it),
    and the blocks it has started."""
    faults = fake.stats.faults
    return fake.stats.api_requests - faults["error"] - faults["drop"], fake.stats.blocks


async def _measured(fake: FakeCalcom, run: Awaitable[Run], requests: list[BookingRequest]) -> Run:
    """Await the booking run ``run`` and add what the fake saw: throttled requests, blocks,
    and how many bookings each request got."""
    counted, blocks = _throttled(fake)
    result = await run
    after_counted, after_blocks = _throttled(fake)
    result.counted, result.blocks = after_counted - counted, after_blocks - blocks
    result.exactly_once = _verify(fake, requests)
    return result


def _faults_table(run: Run, fake: FakeCalcom, total: int) -> Table:
    wire = run.wire
    creates = wire.count(CREATE)
    answered = wire.count(CREATE, "201")
    cancelled = sum(len(o.cancelled_duplicates) for o in run.outcomes)
    attempts = sum(o.attempts for o in run.outcomes)
    faults = fake.stats.faults
    table = Table(box=box.SIMPLE, show_header=False, pad_edge=False)
    table.add_column("what")
    table.add_column("n", justify="right")
    rows: list[tuple[str, object]] = [
        ("faults injected, all requests: 5xx answers (nothing applied)", faults["error"]),
        ("  connections dropped before handling", faults["drop"]),
        ("  answers lost after the request was handled", faults["lost_response"]),
        ("create requests on the wire", creates),
        ("  answered 201", answered),
        ("  answered 5xx / no answer", creates - answered),
        ("lookups (GET /v2/bookings) to reconcile", wire.count(LOOKUP)),
        ("found after a lost answer: adopted, not re-sent", run.booked - answered + cancelled),
        ("confirmed absent, then re-sent", attempts - len(run.outcomes)),
        ("duplicates found and cancelled", cancelled),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    verified = run.exactly_once
    ok = verified["exactly once"] == total and not verified["missing"]
    mark = Text("✓", style="bold green") if ok else Text("✗", style="bold red")
    table.add_row(
        Text.assemble("verified in the fake's state: slots booked exactly once ", mark),
        f"{verified['exactly once']}/{total}",
    )
    table.add_row(
        "  missing / booked twice or more", f"{verified['missing']} / {verified['twice or more']}"
    )
    return table


async def _fake_demo(args: argparse.Namespace, console: Console) -> int:
    from calcom_async.testing import FakeCalcom, Faults, RateLimit

    limit = RateLimit(args.rate_limit, ttl=args.window, block_duration=args.block)
    ceiling = args.rate_limit / args.window
    fake = FakeCalcom(api_keys=[DEMO_KEY], rate_limit=limit, seed=args.seed)
    async with fake.serve() as url:
        console.print(
            Text.assemble(
                ("calcom-async demo", "bold"),
                f"  FakeCalcom at {url}, throttled like Cal.com: {args.rate_limit} requests per "
                f"{args.window:g} s window (a ceiling of {ceiling:g} requests/s), a "
                f"{args.block:g} s block once exceeded",
            )
        )
        waits, wire = WaitClock(), _Counting(httpx.AsyncHTTPTransport())
        async with _client(url, waits, wire) as cal:
            event_type_id = await _set_up_host(cal, console)
            day = datetime.now(ZoneInfo(HOST_TZ)).date() + timedelta(days=1)
            start = datetime.combine(day, datetime.min.time(), ZoneInfo(HOST_TZ))
            days = await cal.slots.list(
                event_type_id=event_type_id, start=start, end=start + timedelta(days=10)
            )
        free = [slot.start for slots in days.values() for slot in slots]
        console.print(f"Free slots over the next 10 days: {len(free)}")
        n = args.bookings
        if len(free) < 2 * n + args.changes:
            console.print(f"[red]not enough free slots for 2 x {n} bookings[/red]")
            return 1

        clean = _requests(event_type_id, free[:n], "A")
        title = f"1. Book {n} slots, {args.concurrency} at a time"
        first = await _measured(fake, _book(console, title, url, clean, args), clean)
        console.print(_run_line(first, ceiling))

        fake.faults = Faults(
            error_rate=0.04, drop_rate=0.03, lost_response_rate=0.05, latency=(0.005, 0.03)
        )
        faulty = _requests(event_type_id, free[n : 2 * n], "B")
        title = (
            f"2. Book {n} more on a failing network (4% 5xx, 3% dropped connections, 5% answers "
            "lost after the booking was made, 5-30 ms latency)"
        )
        with tempfile.TemporaryDirectory() as tmp:
            journal = os.path.join(tmp, "demo.journal.jsonl")
            booking = _book(
                console, title, url, faulty, args, journal=journal, settle_delay=FAKE_SETTLE_DELAY
            )
            second = await _measured(fake, booking, faulty)
            fake.faults = None
            console.print(_run_line(second, ceiling))
            console.print(_faults_table(second, fake, n))
            title = "3. Run 2 again with the same journal"
            again = await _book(console, title, url, faulty, args, journal=journal)
        already = sum(o.status == "already_done" for o in again.outcomes)
        console.print(
            f"{already} already done, {again.wire.count(CREATE)} create requests sent: "
            "a re-run resumes instead of booking twice"
        )
        console.print(await _changes(url, first.outcomes, free[2 * n :], args.changes))
        _final(console, first, second, ceiling, n)
        runs = (first, second)
        ok = all(not r.failed and r.exactly_once["exactly once"] == n for r in runs)
        return 0 if ok else 1


async def _changes(url: str, outcomes: list[BookingOutcome], spare: list[datetime], k: int) -> str:
    async with AsyncCalcom(DEMO_KEY, base_url=url) as cal:
        booked = [o.uid for o in outcomes if o.uid]
        for uid, start in zip(booked[:k], spare, strict=False):
            await cal.bookings.reschedule(uid, start=start, reason="Patient asked")
        for uid in booked[k : 2 * k]:
            await cal.bookings.cancel(uid, reason="Patient cancelled")
    return f"\n4. Rescheduled {k} and cancelled {k} bookings of run 1 through the API."


def _final(console: Console, first: Run, second: Run, ceiling: float, n: int) -> None:
    table = Table(title="Summary", title_justify="left", box=box.ROUNDED)
    table.add_column("")
    table.add_column("1. clean network", justify="right")
    table.add_column("2. failing network", justify="right")

    def both(label: str, f: Callable[[Run], str]) -> None:
        table.add_row(label, f(first), f(second))

    both("booked", lambda r: f"{r.booked}/{n}")
    both("failed", lambda r: str(r.failed))
    both("exactly once, in the fake's state", lambda r: f"{r.exactly_once['exactly once']}/{n}")
    both("wall time", lambda r: f"{r.seconds:.1f} s")
    both("bookings/s", lambda r: f"{r.booked / r.seconds:.1f}")
    both("requests counted by the limit", lambda r: str(r.counted))
    both(f"  per second (ceiling {ceiling:g})", lambda r: f"{(r.counted or 0) / r.seconds:.1f}")
    both("lookups sent to reconcile", lambda r: str(r.wire.count(LOOKUP)))
    both("refused (429) / blocks", lambda r: f"{r.rate_limited} / {r.blocks}")
    both("held back by the pacer (wall)", lambda r: f"{r.waited:.1f} s")
    console.print()
    console.print(table)
    console.print(
        "The limit counts fixed windows, so a run that spans parts of several can average a "
        "little above the ceiling; waits are wall time, not a sum over concurrent tasks."
    )


async def _live_demo(args: argparse.Namespace, console: Console) -> int:
    """A small clean run on a real event type; every booking it makes is cancelled."""
    async with AsyncCalcom() as cal:
        me = await cal.me.get()
        start = datetime.now(timezone.utc) + timedelta(days=1)
        days = await cal.slots.list(
            event_type_id=args.event_type, start=start, end=start + timedelta(days=7)
        )
    free = [slot.start for slots in days.values() for slot in slots][: args.bookings]
    console.print(f"{me.username} at {cal.base_url}: {len(free)} free slots to book")
    run = await _book(console, "Booking", None, _requests(args.event_type, free, "L"), args)
    console.print(_run_line(run, None))
    async with AsyncCalcom() as cal:
        for outcome in run.outcomes:
            if outcome.uid:
                await cal.bookings.cancel(outcome.uid, reason="calcom-async demo clean-up")
    return 0 if not run.failed else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bookings", type=int, default=200, help="per run (200)")
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight (16)")
    parser.add_argument("--changes", type=int, default=5, help="reschedule and cancel N (5)")
    parser.add_argument("--rate-limit", type=int, default=100, help="fake: requests per window")
    parser.add_argument("--window", type=float, default=5.0, help="fake: window in seconds")
    parser.add_argument("--block", type=float, default=60.0, help="fake: block once exceeded")
    parser.add_argument("--seed", type=int, default=7, help="fake: faults and uids")
    parser.add_argument("--live", action="store_true", help="use api.cal.com (CALCOM_API_KEY)")
    parser.add_argument("--event-type", type=int, help="with --live: the event type to book")
    args = parser.parse_args(argv)
    if args.live and (args.event_type is None or not os.environ.get("CALCOM_API_KEY")):
        parser.error("--live needs --event-type and CALCOM_API_KEY")
    console = Console(highlight=False)
    started = time.perf_counter()
    demo = _live_demo if args.live else _fake_demo
    status = asyncio.run(demo(args, console))
    console.print(f"Demo finished in {time.perf_counter() - started:.1f} s.")
    return status


if __name__ == "__main__":
    sys.exit(main())
