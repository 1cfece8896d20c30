"""One worker process of a shared import, for ``tests/test_journal_redis_processes.py``.

    python tests/_bulk_worker.py BASE_URL JOURNAL_URL WORKER_ID EVENT_TYPE_ID N OUT.json

Books the same N requests as every other worker (15-minute slots from a fixed day), through a
shared Redis journal (claims lasting 1 s) and the key's shared rate budget on the same Redis,
and writes its outcome counts to OUT.json.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

from calcom_async import AsyncCalcom, Attendee, BookingRequest
from calcom_async._journal import open_journal

KEY = "cal_test_shared_import_0123456789"
DAY = datetime(2031, 3, 3, tzinfo=timezone.utc)


def requests(event_type_id: int, n: int) -> list[BookingRequest]:
    return [
        BookingRequest(
            event_type_id=event_type_id,
            start=DAY + timedelta(minutes=15 * i),
            attendee=Attendee(name=f"Person {i}", email=f"person{i}@example.com"),
        )
        for i in range(n)
    ]


async def main(base_url: str, journal_url: str, worker: str, event_type_id: int, n: int) -> dict:
    store = journal_url.partition("#")[0]
    journal = await open_journal(journal_url, worker_id=worker, lease_seconds=1.0)
    try:
        async with AsyncCalcom(KEY, base_url=base_url, rate_limit_store=store) as cal:
            outcomes = await cal.bookings.create_many(
                requests(event_type_id, n), journal=journal, concurrency=8, settle_delay=0.3
            )
            stats = cal.stats.as_dict()
    finally:
        await journal.aclose()
    return {
        "statuses": dict(Counter(o.status for o in outcomes)),
        "reasons": dict(Counter(o.reason for o in outcomes if o.reason)),
        "outcomes": len(outcomes),
        "rate_limited": stats["rate_limited"],
    }


if __name__ == "__main__":
    base, url, worker, et, count, out = sys.argv[1:7]
    result = asyncio.run(main(base, url, worker, int(et), int(count)))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
