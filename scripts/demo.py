"""The main job: find free slots and book many of them concurrently, within the rate limit.

    python scripts/demo.py                       # against the embedded fake Cal.com on 127.0.0.1
    CALCOM_API_KEY=cal_live_... python scripts/demo.py --live --event-type 123 --bookings 5

Against the fake (the default) it starts ``FakeCalcom`` on loopback with a Cal.com-style rate
limit, sets a host up through the API itself (a schedule and two event types), lists the event
types, finds next week's free slots, books ``--bookings`` of them with ``create_many`` (bounded
concurrency, paced by the client's adaptive limiter), reschedules and cancels a few, and prints a
summary. With ``--live`` the same flow runs against api.cal.com on an existing event type of
yours (bookings there are real: keep ``--bookings`` small, they are cancelled at the end).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import time
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from calcom_async import (
    AsyncCalcom,
    Attendee,
    Availability,
    BookingRequest,
    CalcomError,
    ProgressEvent,
    summarize,
)

DEMO_KEY = "cal_test_demo_0000000000000000"
HOST_TZ = "Europe/Berlin"
WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@contextlib.asynccontextmanager
async def _target(args: argparse.Namespace) -> AsyncIterator[tuple[AsyncCalcom, str]]:
    if args.live:
        async with AsyncCalcom() as cal:  # CALCOM_API_KEY, https://api.cal.com
            yield cal, "api.cal.com"
        return
    from calcom_async.testing import FakeCalcom

    fake = FakeCalcom(api_keys=[DEMO_KEY], rate_limit=(args.rate_limit, args.window), seed=7)
    async with fake.serve() as base_url, AsyncCalcom(DEMO_KEY, base_url=base_url) as cal:
        yield cal, f"FakeCalcom at {base_url} ({args.rate_limit} requests / {args.window:g} s)"


async def _set_up_host(cal: AsyncCalcom) -> int:
    """A working week in Berlin and two event types, created through the API."""
    await cal.schedules.create(
        name="Clinic hours",
        time_zone=HOST_TZ,
        is_default=True,
        availability=[Availability(days=WEEK, start_time="08:00", end_time="20:00")],
    )
    quick = await cal.event_types.create(title="Check-up", slug="check-up", length_in_minutes=15)
    await cal.event_types.create(title="Consultation", slug="consultation", length_in_minutes=45)
    return quick.id


def _progress(total: int) -> object:
    marks = {total * k // 4 for k in (1, 2, 3)}

    def report(event: ProgressEvent) -> None:
        if event.done in marks:
            print(f"  ... {event.done}/{total} done ({event.booked} booked, {event.failed} failed)")

    return report


async def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    async with _target(args) as (cal, where):
        print(f"Target: {where}")
        event_type_id = args.event_type if args.live else await _set_up_host(cal)

        print("\nEvent types:")
        for et in await cal.event_types.list():
            print(f"  #{et.id:<4} {et.title:<14} {et.length_in_minutes:>3} min  /{et.slug}")

        tomorrow = datetime.now(ZoneInfo(HOST_TZ)).date() + timedelta(days=1)
        start = datetime.combine(tomorrow, datetime.min.time(), ZoneInfo(HOST_TZ))
        days = await cal.slots.list(
            event_type_id=event_type_id,
            start=start,
            end=start + timedelta(days=7),
            time_zone=HOST_TZ,
        )
        free = [slot.start for day in days.values() for slot in day]
        print(f"\nFree slots next week: {len(free)} over {len(days)} days")
        if len(free) < args.bookings + args.changes:
            print(f"not enough free slots for {args.bookings} bookings", file=sys.stderr)
            return 1

        requests = [
            BookingRequest(
                event_type_id=event_type_id,
                start=free[i],
                attendee=Attendee(
                    name=f"Patient {i:03d}",
                    email=f"patient{i:03d}@example.com",
                    time_zone="Europe/London",
                ),
                metadata={"source": "calcom-async demo"},
            )
            for i in range(args.bookings)
        ]
        print(f"\nBooking {len(requests)} slots, {args.concurrency} at a time:")
        book_started = time.perf_counter()
        outcomes = await cal.bookings.create_many(
            requests, concurrency=args.concurrency, on_progress=_progress(len(requests))
        )
        book_seconds = time.perf_counter() - book_started
        summary = summarize(outcomes)

        booked = [o for o in outcomes if o.uid is not None]
        spare = iter(free[args.bookings :])
        moved = cancelled = 0
        for outcome in booked[: args.changes]:
            try:
                await cal.bookings.reschedule(
                    outcome.uid or "", start=next(spare), reason="Patient asked"
                )
                moved += 1
            except CalcomError as exc:
                print(f"  reschedule failed: {exc}")
        for outcome in booked[args.changes : 2 * args.changes]:
            try:
                await cal.bookings.cancel(outcome.uid or "", reason="Patient cancelled")
                cancelled += 1
            except CalcomError as exc:
                print(f"  cancel failed: {exc}")
        if args.live:  # leave nothing behind on a real account
            for outcome in booked[2 * args.changes :]:
                await cal.bookings.cancel(outcome.uid or "", reason="calcom-async demo clean-up")

        stats = cal.stats
        pacing = "off"
        if cal.pacer is not None:
            p = cal.pacer.snapshot()
            pacing = f"{p.waits} waits (summed over parallel tasks: {p.waited_seconds:.0f} s)"
        wall = time.perf_counter() - started
        rows = [
            ("booked", f"{summary.booked} of {len(requests)}"),
            ("already done", str(summary.already_done)),
            (
                "failed",
                ", ".join(f"{k}: {v}" for k, v in sorted(summary.failed_by_reason.items())) or "0",
            ),
            ("rescheduled / cancelled", f"{moved} / {cancelled}"),
            ("HTTP requests", str(stats.requests)),
            ("429s seen / waited out", f"{stats.rate_limited} / {stats.rate_limit_waits}"),
            ("retries", str(stats.retries)),
            ("retry waits (429/backoff)", f"{stats.waited_seconds:.1f} s"),
            ("pacer waits", pacing),
            ("booking wall time", f"{book_seconds:.1f} s"),
            ("booking throughput", f"{summary.booked / book_seconds:.1f} bookings/s"),
            ("total wall time", f"{wall:.1f} s"),
        ]
        width = max(len(k) for k, _ in rows)
        print("\nSummary")
        print("-" * (width + 40))
        for key, value in rows:
            print(f"{key:<{width}}  {value}")
        print("-" * (width + 40))
        return 0 if summary.failed == 0 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=200, help="how many to book (200)")
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight (16)")
    parser.add_argument("--changes", type=int, default=5, help="reschedule and cancel N (5)")
    parser.add_argument("--rate-limit", type=int, default=60, help="fake: requests per window")
    parser.add_argument("--window", type=float, default=5.0, help="fake: window in seconds")
    parser.add_argument("--live", action="store_true", help="use api.cal.com (CALCOM_API_KEY)")
    parser.add_argument("--event-type", type=int, help="with --live: the event type to book")
    args = parser.parse_args(argv)
    if args.live and (args.event_type is None or not os.environ.get("CALCOM_API_KEY")):
        parser.error("--live needs --event-type and CALCOM_API_KEY")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
