"""Shared helpers of the ``calcom-async`` command tests: a FakeCalcom served over real HTTP on
127.0.0.1 from a background thread (its own event loop), CSV writers, output parsers."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import os
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from calcom_async import AsyncCalcom
from calcom_async.testing import FakeCalcom

KEY = "cal_test_cli_0123456789abcdef"
DAY = date(2031, 3, 3)  # a Monday, safely in the future
ROOT = Path(__file__).resolve().parents[1]
CREATE = "POST /v2/bookings"
HEADER = ["start", "name", "email", "time_zone", "guests", "metadata.row"]
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@dataclass
class Served:
    fake: FakeCalcom
    url: str
    event_type_id: int


def seed(fake: FakeCalcom) -> int:
    """A 15-minute event type bookable around the clock, every day (95 slots a day)."""
    user = fake.users[0]
    every_day = [
        {
            "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "startTime": "00:00",
            "endTime": "23:59",
        }
    ]
    schedule = fake.state.add_schedule(user.id, time_zone="UTC", availability=every_day)
    event_type = fake.state.add_event_type(
        user.id, title="Quick call", length_in_minutes=15, schedule_id=schedule.id
    )
    return event_type.id


@contextlib.contextmanager
def serve_in_thread(fake: FakeCalcom) -> Iterator[str]:
    """Serve ``fake`` on 127.0.0.1 from a thread with its own event loop; yield the base URL."""
    ready: queue.Queue[tuple[str, Callable[[], object]] | BaseException] = queue.Queue()

    async def run() -> None:
        try:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            async with fake.serve() as url:
                ready.put((url, lambda: loop.call_soon_threadsafe(stop.set)))
                await stop.wait()
        except BaseException as exc:
            ready.put(exc)
            raise

    thread = threading.Thread(target=asyncio.run, args=(run(),), daemon=True)
    thread.start()
    got = ready.get(timeout=10)
    if isinstance(got, BaseException):
        raise got
    url, stop_server = got
    try:
        yield url
    finally:
        stop_server()
        thread.join(timeout=10)


def served_fake(monkeypatch: pytest.MonkeyPatch, **options: Any) -> Iterator[Served]:
    """The body of the ``served`` fixtures: key in the environment, a seeded fake on loopback."""
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("CALCOM_BASE_URL", raising=False)
    fake = FakeCalcom(api_keys=[KEY], **options)
    event_type_id = seed(fake)
    with serve_in_thread(fake) as url:
        yield Served(fake, url, event_type_id)


def free_slots(served: Served, days: int) -> list[datetime]:
    """Slot starts the fake offers, asked through the SDK (so rows match real availability)."""

    async def fetch() -> list[datetime]:
        async with AsyncCalcom(api_key=KEY, base_url=served.url) as cal:
            found = await cal.slots.list(
                event_type_id=served.event_type_id, start=DAY, end=DAY + timedelta(days=days - 1)
            )
        return [slot.start for slots in found.values() for slot in slots]

    return asyncio.run(fetch())


def write_csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def person_rows(starts: Sequence[datetime]) -> list[list[str]]:
    return [
        [
            start.isoformat(),
            f"Person {i}",
            f"person{i}@example.com",
            "Europe/Berlin" if i % 2 else "",
            f"guest{i}@example.com;boss@example.com" if i % 10 == 0 else "",
            str(i),
        ]
        for i, start in enumerate(starts)
    ]


def active_bookings(fake: FakeCalcom) -> list[tuple[datetime, str]]:
    return [
        (b.start, b.attendees[0].email)
        for b in fake.state.bookings.values()
        if b.status == "accepted"
    ]


def summary_rows(stdout: str) -> dict[str, str]:
    """A two-column table (the import summary, ``me``, ``bookings get``) as ``{label: value}``."""
    rows = {}
    for line in stdout.splitlines():
        parts = re.split(r"\s{2,}", line.strip())
        if len(parts) == 2:
            rows[parts[0]] = parts[1]
    return rows


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "calcom_async.cli", *args]


def cli_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FORCE_COLOR", None)
    return env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(*args),
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        cwd=ROOT,
    )
