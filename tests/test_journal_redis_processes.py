"""One import shared by several worker processes through Redis, against the fake on loopback
with Cal.com's throttler (a window and a 60 s block): every booking is made exactly once, also
when two of four workers are killed with SIGKILL mid-run, and the shared rate budget keeps the
key from being refused. The CLI's ``--journal redis://... --worker-id`` does the same."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from _bulk_worker import DAY, KEY
from cli_support import ROOT, active_bookings, cli_command, cli_env, serve_in_thread, write_csv

from calcom_async.testing import FakeCalcom, RateLimit

pytestmark = [pytest.mark.redis, pytest.mark.slow]

WORKER = str(Path(__file__).with_name("_bulk_worker.py"))
_MINUTE = timedelta(minutes=1)


def seeded_fake(limit: RateLimit) -> tuple[FakeCalcom, int]:
    fake = FakeCalcom(api_keys=[KEY], rate_limit=limit)
    user = fake.users[0]
    week = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    schedule = fake.state.add_schedule(
        user.id,
        time_zone="UTC",
        availability=[{"days": week, "startTime": "00:00", "endTime": "23:59"}],
    )
    event_type = fake.state.add_event_type(
        user.id, title="Quick call", length_in_minutes=15, schedule_id=schedule.id
    )
    return fake, event_type.id


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}


def test_four_workers_two_killed_mid_run_book_everything_exactly_once(
    redis_url: str, tmp_path: Path
) -> None:
    n = 240
    fake, event_type_id = seeded_fake(RateLimit(60, ttl=1, block_duration=60))
    journal = f"{redis_url}#procs-{os.getpid()}-{time.monotonic_ns()}"
    with serve_in_thread(fake) as url:
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    WORKER,
                    url,
                    journal,
                    f"w{i}",
                    str(event_type_id),
                    str(n),
                    str(tmp_path / f"w{i}.json"),
                ],
                env=env(),
                cwd=ROOT,
            )
            for i in range(4)
        ]
        deadline = time.monotonic() + 60
        while len(active_bookings(fake)) < n // 4:  # a quarter booked: kill two workers
            assert time.monotonic() < deadline, "no progress"
            assert all(w.poll() is None for w in workers), "a worker ended early"
            time.sleep(0.05)
        for victim in workers[:2]:
            os.kill(victim.pid, signal.SIGKILL)
        for survivor in workers[2:]:
            assert survivor.wait(timeout=120) == 0
        for victim in workers[:2]:
            victim.wait(timeout=10)
    booked = Counter(email for _, email in active_bookings(fake))
    assert len(booked) == n and set(booked.values()) == {1}  # none lost, none twice
    assert not [b for b in fake.state.bookings.values() if b.status == "cancelled"]
    for i in (2, 3):
        result = json.loads((tmp_path / f"w{i}.json").read_text())
        assert result["outcomes"] == n and result["reasons"] == {}, result
        assert set(result["statuses"]) <= {"booked", "already_done"}
    assert (fake.stats.rate_limited, fake.stats.blocks) == (0, 0)  # one shared budget


def test_cli_workers_share_an_import(redis_url: str, tmp_path: Path) -> None:
    n = 80
    fake, event_type_id = seeded_fake(RateLimit(100, ttl=1, block_duration=60))
    rows = [
        [(DAY.replace(hour=0) + (i * 15) * _MINUTE).isoformat(), f"P {i}", f"p{i}@example.com"]
        for i in range(n)
    ]
    source = write_csv(tmp_path / "rows.csv", rows, header=["start", "name", "email"])
    journal = f"{redis_url}#cli-{os.getpid()}-{time.monotonic_ns()}"
    with serve_in_thread(fake) as url:
        procs = [
            subprocess.Popen(
                cli_command(
                    "bookings",
                    "import",
                    str(source),
                    "--event-type",
                    str(event_type_id),
                    "--journal",
                    journal,
                    "--worker-id",
                    f"cli-{i}",
                    "--base-url",
                    url,
                    "--concurrency",
                    "8",
                    "--settle-delay",
                    "0.2",
                ),
                env={**cli_env(), "CALCOM_API_KEY": KEY, "COLUMNS": "200"},
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(2)
        ]
        results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    booked = Counter(email for _, email in active_bookings(fake))
    assert len(booked) == n and set(booked.values()) == {1}
    assert fake.stats.rate_limited == 0
