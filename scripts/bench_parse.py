"""Cost of the generated layer: response parsing and the first ``cal.bookings`` call.

    python scripts/bench_parse.py [--rounds 7] [--imports 15]

* **parse**: ``BookingResponse.from_dict`` on one booking and ``BookingListResponse.from_dict``
  on a page of 100, the bodies taken from ``FakeCalcom`` (so they have every field the fake
  sends: hosts, attendees, event type, metadata, timestamps). Best of ``--rounds`` timeit runs,
  in microseconds per call.
* **first call**: in fresh interpreters, the time of ``import calcom_async`` and then of the
  first ``cal.bookings`` attribute access (which imports the resource module and the models it
  needs) -- median (and best) over ``--imports`` processes, in milliseconds. Bytecode is
  cached (in a temporary ``PYTHONPYCACHEPREFIX``, after one warm-up run) as it is for an
  installed wheel, even where ``PYTHONDONTWRITEBYTECODE`` is set; otherwise the figure is mostly
  compile time.

A script, not a test: the figures depend on the machine; compare runs made one after the other.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import timeit
from datetime import datetime, timedelta, timezone
from typing import Any

KEY = "cal_test_bench_parse_0000000000000"

_FIRST_CALL = """
import time
t0 = time.perf_counter()
import calcom_async
t1 = time.perf_counter()
cal = calcom_async.AsyncCalcom("cal_test_bench_parse_0000000000000", base_url="http://127.0.0.1:9")
t2 = time.perf_counter()
cal.bookings
t3 = time.perf_counter()
print((t1 - t0) * 1e3, (t3 - t2) * 1e3)
"""


async def _bodies() -> tuple[dict[str, Any], dict[str, Any]]:
    from calcom_async.testing import FakeCalcom

    fake = FakeCalcom(api_keys=[KEY])
    user = fake.user_for_key(KEY)
    fake.state.add_schedule(user.id, time_zone="UTC")
    et = fake.state.add_event_type(user.id, title="Bench", length_in_minutes=15)
    start = datetime(2050, 1, 3, 9, tzinfo=timezone.utc)
    for i in range(100):
        fake.state.add_booking(
            et.id,
            start + timedelta(hours=i),
            attendee_email=f"a{i}@example.com",
            metadata={"crm_id": str(i)},
        )
    headers = {"cal-api-version": "2024-08-13"}
    async with fake.client(api_key=KEY, headers=headers) as client:
        listing = (await client.get("/v2/bookings", params={"take": 100})).json()
        uid = listing["data"][0]["uid"]
        one = (await client.get(f"/v2/bookings/{uid}")).json()
    return one, listing


def _best_us(stmt: Any, rounds: int) -> float:
    timer = timeit.Timer(stmt)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=rounds, number=number)) / number * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--imports", type=int, default=15)
    args = parser.parse_args()

    from calcom_v2_client.models import BookingListResponse, BookingResponse

    one, listing = asyncio.run(_bodies())
    assert len(listing["data"]) == 100, len(listing["data"])
    get_us = _best_us(lambda: BookingResponse.from_dict(one), args.rounds)
    list_us = _best_us(lambda: BookingListResponse.from_dict(listing), args.rounds)
    print(f"parse one booking (BookingResponse.from_dict):  {get_us:8.1f} us")
    print(f"parse 100 bookings (BookingListResponse):      {list_us:8.1f} us")
    print(f"  body sizes: {len(json.dumps(one))} and {len(json.dumps(listing))} bytes")

    imports, firsts = [], []
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for run in range(args.imports + 1):
            out = subprocess.run(
                [sys.executable, "-c", _FIRST_CALL],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout.split()
            if run:  # the first run only fills the bytecode cache
                imports.append(float(out[0]))
                firsts.append(float(out[1]))
    for label, times in (
        ("import calcom_async:                      ", imports),
        ("first cal.bookings access over the import:", firsts),
    ):
        print(f"{label}    {statistics.median(times):8.1f} ms median, {min(times):.1f} ms best")
    return 0


if __name__ == "__main__":
    sys.exit(main())
