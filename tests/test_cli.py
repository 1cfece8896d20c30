"""The ``calcom-async`` command against a FakeCalcom served over real HTTP on 127.0.0.1.

The fake runs in a background thread with its own event loop. The big import runs the real
entry point (``python -m calcom_async.cli``) as a subprocess, so its stdout and stderr are pipes
(the non-TTY path); the other tests call :func:`calcom_async.cli.main` in-process.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from calcom_async import AsyncCalcom
from calcom_async.cli import main
from calcom_async.testing import FakeCalcom

KEY = "cal_test_cli_0123456789abcdef"
DAY = date(2031, 3, 3)  # a Monday, safely in the future
ROOT = Path(__file__).resolve().parents[1]
CREATE = "POST /v2/bookings"
HEADER = ["start", "name", "email", "time_zone", "guests", "metadata.row"]


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


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    monkeypatch.setenv("COLUMNS", "200")
    fake = FakeCalcom(api_keys=[KEY])
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
    """The import summary table as ``{label: value}``."""
    rows = {}
    for line in stdout.splitlines():
        parts = re.split(r"\s{2,}", line.strip())
        if len(parts) == 2:
            rows[parts[0]] = parts[1]
    return rows


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


# --------------------------------------------------------------------------------------------
# bookings import
# --------------------------------------------------------------------------------------------


def test_import_300_rows_then_rerun_with_the_same_journal(served: Served, tmp_path: Path) -> None:
    starts = free_slots(served, days=4)[:300]
    assert len(starts) == 300
    source = write_csv(tmp_path / "people.csv", person_rows(starts))
    journal = tmp_path / "run.jsonl"
    argv = [
        "bookings",
        "import",
        str(source),
        "--event-type",
        str(served.event_type_id),
        "--concurrency",
        "16",
        "--journal",
        str(journal),
        "--base-url",
        served.url,
    ]

    first = run_cli(*argv)

    assert first.returncode == 0, first.stderr
    booked = active_bookings(served.fake)
    assert len(booked) == 300
    assert Counter(booked) == Counter(
        (s.astimezone(timezone.utc), f"person{i}@example.com") for i, s in enumerate(starts)
    )
    assert served.fake.stats.routes[CREATE] == 300
    assert "Import summary" in first.stdout
    summary = summary_rows(first.stdout)
    assert summary["rows read"] == summary["booked"] == "300"
    assert summary["already done"] == summary["failed"] == "0"
    assert int(summary["requests sent"]) >= 301  # the key check, then one create per row
    assert summary["throughput"].endswith("bookings/s")
    assert "line " not in first.stderr  # no failures reported
    for text in (first.stdout, first.stderr):
        assert "\x1b[" not in text  # not a terminal: no colours, no bar animation
        assert KEY not in text
    first_booking = next(b for b in served.fake.state.bookings.values() if b.metadata)
    assert first_booking.metadata.keys() == {"row", "calcom_async_bulk_key"}  # create_many's marker

    second = run_cli(*argv)

    assert second.returncode == 0, second.stderr
    assert served.fake.stats.routes[CREATE] == 300  # not one new create request
    assert len(active_bookings(served.fake)) == 300
    summary = summary_rows(second.stdout)
    assert summary["already done"] == "300"
    assert summary["booked"] == summary["failed"] == "0"
    assert summary["requests sent"] == "1"  # only the key check


def test_bad_rows_are_reported_by_line_and_the_rest_is_booked(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    starts = free_slots(served, days=1)[:12]
    rows = person_rows(starts)
    rows[3][0] = "2031-03-03T10:00:00"  # line 5: naive start
    rows[7][2] = "not-an-email"  # line 9
    source = write_csv(tmp_path / "people.csv", rows)
    failures = tmp_path / "failures.csv"

    status = main(
        [
            "--base-url",
            served.url,
            "bookings",
            "import",
            str(source),
            "--event-type",
            str(served.event_type_id),
            "--journal",
            str(tmp_path / "run.jsonl"),
            "--failures",
            str(failures),
        ]
    )

    assert status == 1
    err = capsys.readouterr().err
    assert "line 5: start: must be timezone-aware" in err
    assert "line 9: email: must be an email address" in err and "'not-an-email'" in err
    assert len(active_bookings(served.fake)) == 10
    assert served.fake.stats.routes[CREATE] == 10
    with failures.open(newline="") as f:
        reported = list(csv.DictReader(f))
    assert [(r["line"], r["reason"]) for r in reported] == [("5", "invalid"), ("9", "invalid")]
    assert reported[0]["error"].startswith("start: must be timezone-aware")


def test_api_failures_are_reported_with_their_csv_line(
    served: Served,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    start = free_slots(served, days=1)[0]
    rows = [
        [start.isoformat(), "First", "first@example.com"],
        [(start + timedelta(minutes=15)).isoformat(), "Second", "second@example.com"],
        [start.isoformat(), "Late", "late@example.com"],  # line 4: same slot, someone else
    ]
    source = write_csv(tmp_path / "people.csv", rows, header=["start", "name", "email"])
    monkeypatch.setattr("calcom_async._cli_render._PLAIN_PROGRESS_EVERY", 0.0)

    status = main(
        [
            "bookings",
            "import",
            str(source),
            "--event-type",
            str(served.event_type_id),
            "--journal",
            str(tmp_path / "run.jsonl"),
            "--concurrency",
            "1",
            "--base-url",
            served.url,
        ]
    )

    assert status == 1
    captured = capsys.readouterr()
    assert "line 4: slot_unavailable:" in captured.err
    assert "progress: 3/3 rows, 2 booked, 0 already done, 1 failed" in captured.err  # not a TTY
    assert "slot_unavailable" in captured.out  # the summary's failed-by-reason row
    assert sorted(email for _, email in active_bookings(served.fake)) == [
        "first@example.com",
        "second@example.com",
    ]


def test_interrupted_import_resumes_with_the_same_journal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    fake = FakeCalcom(api_keys=[KEY], rate_limit=(30, 1.0))  # slow enough to interrupt
    event_type_id = seed(fake)
    with serve_in_thread(fake) as url:
        starts = [
            datetime(2031, 3, 3, tzinfo=timezone.utc) + timedelta(minutes=15 * i) for i in range(60)
        ]
        source = write_csv(tmp_path / "p.csv", person_rows(starts))
        argv = ["--base-url", url, "bookings", "import", str(source)]
        argv += ["--event-type", str(event_type_id), "--journal", str(tmp_path / "j.jsonl")]
        argv += ["--settle-delay", "0.2"]  # the interrupted run's in-flight rows settle at once
        # A shell may start background jobs with SIGINT ignored, which the child would inherit:
        # put Python's handler back first, then run the real entry point.
        restore_sigint = (
            "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "runpy.run_module('calcom_async.cli', run_name='__main__')"
        )
        child = subprocess.Popen(
            [sys.executable, "-c", restore_sigint, *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(),
            cwd=ROOT,
        )
        try:
            for _ in range(500):
                if len(fake.state.bookings) >= 10:
                    break
                time.sleep(0.01)
            child.send_signal(signal.SIGINT)
            _, err = child.communicate(timeout=20)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == 130, err
        assert "interrupted" in err and "--journal" in err
        assert 10 <= len(fake.state.bookings) < 60

        assert main(argv) == 0

    assert Counter(email for _, email in active_bookings(fake)) == Counter(
        f"person{i}@example.com" for i in range(60)
    )
    summary = summary_rows(capsys.readouterr().out)
    assert int(summary["booked"]) + int(summary["already done"]) == 60


def test_event_type_id_column_overrides_the_option(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = served.fake.state.add_event_type(
        served.fake.users[0].id, title="Other", length_in_minutes=15
    )
    start = free_slots(served, days=1)[0]
    rows = [
        [start.isoformat(), "A", "a@example.com", ""],
        [(start + timedelta(hours=1)).isoformat(), "B", "b@example.com", str(other.id)],
    ]
    source = write_csv(tmp_path / "p.csv", rows, header=["start", "name", "email", "event_type_id"])
    status = main(
        [
            "--base-url",
            served.url,
            "bookings",
            "import",
            str(source),
            "--event-type",
            str(served.event_type_id),
            "--journal",
            str(tmp_path / "j.jsonl"),
        ]
    )
    assert status == 0, capsys.readouterr().err
    by_email = {b.attendees[0].email: b.event_type_id for b in served.fake.state.bookings.values()}
    assert by_email == {"a@example.com": served.event_type_id, "b@example.com": other.id}


# --------------------------------------------------------------------------------------------
# slots, bookings list
# --------------------------------------------------------------------------------------------


def _slots_rows(out: str) -> dict[str, list[str]]:
    """``{date: [free, time, time, ...]}`` from the table (long cells wrap onto more lines)."""
    rows: dict[str, list[str]] = {}
    for words in (line.split() for line in out.splitlines()):
        if words and words[0].startswith("2031-"):
            current = rows[words[0]] = words[1:]
        elif words and ":" in words[0] and rows:
            current.extend(words)
    return rows


def test_slots_prints_a_table_grouped_by_date(
    served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["slots", "--event-type", str(served.event_type_id), "--base-url", served.url]

    assert main([*argv, "--start", "2031-03-03", "--end", "2031-03-04"]) == 0

    out = capsys.readouterr().out
    assert f"Free slots of event type {served.event_type_id} (UTC)" in out
    rows = _slots_rows(out)
    assert list(rows) == ["2031-03-03", "2031-03-04"]
    for free, *times in rows.values():
        assert int(free) == len(times) > 90
        assert times[:3] == ["00:00", "00:15", "00:30"]
    assert all(line == line.rstrip() for line in out.splitlines())  # no padding in pipes


def test_slots_in_a_time_zone(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["slots", "--event-type", str(served.event_type_id), "--base-url", served.url]
    window = ["--start", "2031-03-03T10:00:00Z", "--end", "2031-03-03T11:00:00Z"]

    assert main([*argv, *window, "--time-zone", "Europe/Berlin"]) == 0

    out = capsys.readouterr().out
    assert "(Europe/Berlin)" in out
    assert _slots_rows(out)["2031-03-03"] == ["5", "11:00", "11:15", "11:30", "11:45", "12:00"]


def test_bookings_list_prints_uid_start_status_attendee(
    served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    state = served.fake.state
    start = datetime(2031, 3, 3, 9, 0, tzinfo=timezone.utc)
    ada = state.add_booking(
        served.event_type_id, start, attendee_name="Ada [b]L[/b]", attendee_email="ada@example.com"
    )
    state.add_booking(
        served.event_type_id,
        start + timedelta(hours=1),
        attendee_name="Bob",
        attendee_email="bob@example.com",
    )

    status = main(
        ["--base-url", served.url, "bookings", "list", "--attendee-email", "ada@example.com"]
    )

    assert status == 0
    out = capsys.readouterr().out
    assert "1 bookings" in out
    row = next(line for line in out.splitlines() if ada.uid in line)
    assert "2031-03-03T09:00+00:00" in row and "accepted" in row
    assert "Ada [b]L[/b] <ada@example.com>" in row  # user data is not rich markup
    assert "bob@example.com" not in out

    assert main(["--base-url", served.url, "bookings", "list", "--limit", "1"]) == 0
    assert "limit reached" in capsys.readouterr().out


def test_summary_table_shows_429s_retries_and_reasons() -> None:
    from rich.console import Console

    from calcom_async._cli_render import ImportTotals, summary_table
    from calcom_async._transport import TransportStats

    totals = ImportTotals()
    for status, reason in [("booked", None)] * 8 + [("already_done", None), ("failed", "invalid")]:
        totals.count(status, reason)
    totals.bad_rows = 1
    stats = TransportStats(requests=20, retries=4, rate_limited=4, waited_seconds=3.25)
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(
        summary_table(
            totals, stats, wall_seconds=2.0, source="p.csv", journal="j", failures_file="f.csv"
        )
    )
    rows = summary_rows(console.export_text())
    assert rows["booked"] == "8" and rows["already done"] == "1" and rows["failed"] == "1"
    assert rows["invalid (1 bad CSV rows)"] == "1"
    assert rows["429 responses seen"] == "4" and rows["retries"] == "4"
    assert rows["requests sent"] == "20" and rows["waited before retries"] == "3.2 s"
    assert rows["throughput"] == "4.0 bookings/s"
    assert rows["failures written to"] == "f.csv"


# --------------------------------------------------------------------------------------------
# usage errors: exit status 2, nothing sent, the key never shown
# --------------------------------------------------------------------------------------------


def _import_argv(served: Served, tmp_path: Path, *extra: str) -> list[str]:
    source = write_csv(tmp_path / "one.csv", [["2031-03-03T09:00:00Z", "A", "a@example.com"]])
    return [
        "--base-url",
        served.url,
        "bookings",
        "import",
        str(source),
        "--event-type",
        str(served.event_type_id),
        "--journal",
        str(tmp_path / "j.jsonl"),
        *extra,
    ]


def test_missing_key_exits_2(
    served: Served,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("CALCOM_API_KEY")
    assert main(_import_argv(served, tmp_path)) == 2
    err = capsys.readouterr().err
    assert "no API key" in err and "CALCOM_API_KEY" in err
    assert served.fake.stats.api_requests == 0


@pytest.mark.parametrize(
    ("secret", "expected"),
    [("sk_live_abcdef123456", "MY_KEY"), ("cal_live_unknown_to_the_server", "401")],
)
def test_bad_or_rejected_key_exits_2_without_showing_it(
    served: Served,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    secret: str,
    expected: str,
) -> None:
    monkeypatch.setenv("MY_KEY", secret)
    assert main(_import_argv(served, tmp_path, "--api-key-env", "MY_KEY")) == 2
    captured = capsys.readouterr()
    assert expected in captured.err
    assert secret not in captured.err + captured.out
    assert served.fake.stats.routes[CREATE] == 0


@pytest.mark.parametrize(
    ("header", "rows", "message"),
    [
        (["start", "name", "emial"], [], "unknown column 'emial'"),
        (["start", "name"], [], "missing required column(s): email"),
        (["start", "name", "email", "start"], [], "column 'start' appears twice"),
        ([], [], "empty file"),
    ],
)
def test_bad_header_exits_2_before_any_request(
    served: Served,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    header: list[str],
    rows: list[list[str]],
    message: str,
) -> None:
    source = tmp_path / "bad.csv"
    if header:
        write_csv(source, rows, header=header)
    else:
        source.write_text("")
    argv = ["--base-url", served.url, "bookings", "import", str(source), "--event-type", "1"]
    assert main([*argv, "--journal", str(tmp_path / "j.jsonl")]) == 2
    assert message in capsys.readouterr().err
    assert served.fake.stats.api_requests == 0


def test_other_usage_errors_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    missing = ["bookings", "import", str(tmp_path / "nope.csv"), "--event-type", "1"]
    assert main([*missing, "--journal", str(tmp_path / "j.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err

    source = write_csv(tmp_path / "p.csv", [], header=["start", "name", "email"])
    no_event_type = ["bookings", "import", str(source), "--journal", str(tmp_path / "j")]
    assert main(no_event_type) == 2
    assert "pass --event-type ID or add an event_type_id column" in capsys.readouterr().err

    assert main([*no_event_type, "--event-type", "1", "--concurrency", "0"]) == 2
    assert "must be a positive integer" in capsys.readouterr().err

    assert main(["bookings", "import", str(source), "--event-type", "1"]) == 2  # no --journal
    assert main(["slots", "--event-type", "1", "--start", "tomorrow", "--end", "x"]) == 2
    assert "--start: expected a date" in capsys.readouterr().err


def test_http_base_url_to_a_remote_host_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    argv = ["--base-url", "http://api.example.com", "bookings", "list"]
    assert main(argv) == 2
    assert KEY not in capsys.readouterr().err


def test_missing_rich_explains_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)
    assert main(["bookings", "list"]) == 2
    assert "pip install 'calcom-async[cli]'" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from calcom_async import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"calcom-async {__version__}"
