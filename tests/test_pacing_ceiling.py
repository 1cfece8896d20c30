"""The pacer at the ceiling, against FakeCalcom's copy of Cal.com's throttler.

A saturating ``create_many`` runs in-process on trio's ``MockClock``: virtual time, shared by the
fake (windows, 60 s blocks) and the SDK's pacer, so a 60 s window costs no real minute and every
figure is deterministic. One refused request would block the key for a full minute; the tests
assert none happens (429s and blocks from the fake's own counters) and that the job keeps the
key busy (a share of the ceiling in virtual seconds, not a wall-clock bound). The measured
percentages over loopback are ``make bench-multi``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

import anyio
import pytest
from trio.testing import MockClock

from calcom_async import AsyncCalcom, Attendee, BookingRequest, summarize
from calcom_async._pacing_storage import MemoryPacerStorage, MultiLimitPolicy
from calcom_async.testing import FakeCalcom, RateLimit

KEY = "cal_test_ceiling"
T0 = datetime(2050, 9, 1, 12, 0, tzinfo=timezone.utc)
WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class TrioTime:
    """The fake's clock on trio's virtual time, the same time the SDK's pacer reads."""

    def now(self) -> datetime:
        return T0 + timedelta(seconds=anyio.current_time())

    def monotonic(self) -> float:
        return anyio.current_time()


def bulk(
    rate_limit: RateLimit | Sequence[RateLimit],
    n: int,
    *,
    multi_limit: MultiLimitPolicy = "loosest",
    concurrency: int = 16,
) -> dict[str, object]:
    """Book ``n`` slots with ``create_many``; report the fake's counters and the virtual time."""

    async def main() -> dict[str, object]:
        fake = FakeCalcom(api_keys=[KEY], rate_limit=rate_limit, clock=TrioTime())  # type: ignore[arg-type]
        user = fake.user_for_key(KEY)
        fake.state.add_schedule(
            user.id,
            time_zone="UTC",
            availability=[{"days": WEEK, "startTime": "00:00", "endTime": "23:59"}],
        )
        et = fake.state.add_event_type(user.id, title="Bulk", length_in_minutes=10)
        start = T0 + timedelta(days=7)
        requests = [
            BookingRequest(
                event_type_id=et.id,
                start=start + timedelta(minutes=10 * i),
                attendee=Attendee(name=f"P {i}", email=f"p{i}@example.com"),
            )
            for i in range(n)
        ]
        async with AsyncCalcom(
            KEY, base_url="http://127.0.0.1", transport=fake.transport(), max_rate_limit_wait=5
        ) as cal:
            assert cal.pacer is not None
            storage = cal.pacer.storage
            assert isinstance(storage, MemoryPacerStorage)
            storage.multi_limit = multi_limit
            began = anyio.current_time()
            outcomes = await cal.bookings.create_many(requests, concurrency=concurrency)
            elapsed = anyio.current_time() - began
            requests_sent = cal.stats.requests
        return {
            "refused": fake.stats.rate_limited,
            "blocks": fake.stats.blocks,
            "stored": len(fake.state.bookings),
            "booked": summarize(outcomes).booked,
            "elapsed": elapsed,
            "requests": requests_sent,
        }

    result: dict[str, object] = anyio.run(
        main, backend="trio", backend_options={"clock": MockClock(autojump_threshold=0)}
    )
    return result


@pytest.mark.parametrize(
    ("limit", "n"),
    [
        (RateLimit(100, ttl=1, block_duration=60), 1000),
        (RateLimit(20, ttl=2, block_duration=60), 200),
        (RateLimit(120, ttl=60, block_duration=60), 480),
    ],
    ids=["100-per-1s", "20-per-2s", "120-per-60s"],
)
def test_a_saturating_bulk_job_never_trips_a_block(limit: RateLimit, n: int) -> None:
    """Short and long windows alike: 0 refusals, 0 blocks, every booking made once, and the key
    kept at >= 95 % of its ceiling (in virtual seconds: the job needs n / L windows)."""
    result = bulk(limit, n)
    assert (result["refused"], result["blocks"]) == (0, 0)
    assert result["stored"] == result["booked"] == result["requests"] == n
    elapsed = result["elapsed"]
    assert isinstance(elapsed, float)
    assert n / (limit.limit / limit.ttl) / elapsed >= 0.95, result


SHORT = RateLimit(10, ttl=1, block_duration=60, name="short")  # 10 per s
LONG = RateLimit(60, ttl=10, block_duration=60, name="long")  # 6 per s


def test_several_limits_pace_by_the_loosest_and_are_never_refused() -> None:
    """Cal.com refuses an API key only when every named limit is blocked: the pacer keeps the
    loosest one (10 per s) unblocked and lets the tighter one (6 per s) run over. No request is
    refused, and the job runs at the loosest limit's rate, faster than the tighter one allows."""
    n = 300
    result = bulk([SHORT, LONG], n)
    assert result["refused"] == 0
    assert result["stored"] == result["booked"] == n
    elapsed = result["elapsed"]
    assert isinstance(elapsed, float)
    assert elapsed < n / 6  # the tighter limit alone would need this long
    assert n / 10 / elapsed >= 0.95, result
    assert isinstance(result["blocks"], int) and result["blocks"] >= 1  # "long", run over


def test_several_limits_all_honoured_on_request() -> None:
    """``multi_limit="all"`` stays within every limit: no refusal and no block either."""
    n = 150
    result = bulk([SHORT, LONG], n, multi_limit="all")
    assert (result["refused"], result["blocks"]) == (0, 0)
    assert result["stored"] == result["booked"] == n
    elapsed = result["elapsed"]
    assert isinstance(elapsed, float)
    assert n / 6 / elapsed >= 0.95, result
