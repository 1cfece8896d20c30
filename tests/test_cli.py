"""``calcom-async bookings import`` against a FakeCalcom served over real HTTP on 127.0.0.1.

The big import runs the real entry point (``python -m calcom_async.cli``) as a subprocess, so its
stdout and stderr are pipes (the non-TTY path); the other tests call
:func:`calcom_async.cli.main` in-process. The everyday commands are in ``test_cli_commands.py``.
"""

from __future__ import annotations

import csv
import json
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cli_support import (
    CREATE,
    KEY,
    ROOT,
    Served,
    active_bookings,
    cli_env,
    free_slots,
    person_rows,
    run_cli,
    seed,
    serve_in_thread,
    served_fake,
    strip_ansi,
    summary_rows,
    write_csv,
)

from calcom_async.cli import main
from calcom_async.testing import FakeCalcom, Faults, RateLimit


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    yield from served_fake(monkeypatch)


def import_argv(served: Served, source: Path, *extra: str) -> list[str]:
    return ["--base-url", served.url, "bookings", "import", str(source), *extra]


def test_import_300_rows_then_rerun_with_the_same_journal(served: Served, tmp_path: Path) -> None:
    starts = free_slots(served, days=4)[:300]
    assert len(starts) == 300
    source = write_csv(tmp_path / "people.csv", person_rows(starts))
    journal = tmp_path / "run.jsonl"
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))
    argv += ["--concurrency", "16", "--journal", str(journal)]

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
    assert summary["requests sent"] == "302"  # the key check, the event type check, 300 creates
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
    assert summary["requests sent"] == "2"  # only the checks


def test_bad_rows_are_reported_by_line_and_the_rest_is_booked(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    starts = free_slots(served, days=1)[:12]
    rows = person_rows(starts)
    rows[3][0] = "2031-03-03T10:00:00"  # line 5: naive start
    rows[7][2] = "not-an-email"  # line 9
    source = write_csv(tmp_path / "people.csv", rows)
    failures = tmp_path / "failures.csv"
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))

    status = main([*argv, "--journal", str(tmp_path / "run.jsonl"), "--failures", str(failures)])

    assert status == 1
    err = capsys.readouterr().err
    assert "line 5: invalid: start: must be timezone-aware" in err
    assert "line 9: invalid: email: must be an email address" in err and "'not-an-email'" in err
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
    monkeypatch.setattr("calcom_async._cli._progress._PLAIN_PROGRESS_EVERY", 0.0)
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))

    status = main([*argv, "--journal", str(tmp_path / "run.jsonl"), "--concurrency", "1"])

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
        argv += ["--event-type", str(event_type_id)]  # the default journal, next to the CSV
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

    assert (tmp_path / "p.journal.jsonl").exists()
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
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))
    status = main([*argv, "--journal", str(tmp_path / "j.jsonl")])
    assert status == 0, capsys.readouterr().err
    by_email = {b.attendees[0].email: b.event_type_id for b in served.fake.state.bookings.values()}
    assert by_email == {"a@example.com": served.event_type_id, "b@example.com": other.id}
    assert served.fake.stats.routes["GET /v2/event-types/{eventTypeId}"] == 2  # each checked


# --------------------------------------------------------------------------------------------
# checks before anything is sent
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["option", "column"])
def test_a_wrong_event_type_stops_at_once_with_nothing_sent(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    starts = free_slots(served, days=1)[:200]
    header = ["start", "name", "email", "event_type_id"]
    wrong = "999999"
    rows = [
        [s.isoformat(), f"P{i}", f"p{i}@example.com", wrong if where == "column" else ""]
        for i, s in enumerate(starts)
    ]
    source = write_csv(tmp_path / "p.csv", rows, header=header)
    event_type = wrong if where == "option" else str(served.event_type_id)

    status = main(import_argv(served, source, "--event-type", event_type))

    assert status == 2
    err = capsys.readouterr().err
    assert f"event type {wrong} not found for" in err and "no booking was sent" in err
    assert f"#{served.event_type_id} " in err  # the event types the key does have
    assert err.count("\n") == 1  # one message, not a line per row
    assert served.fake.stats.routes[CREATE] == 0
    assert served.fake.state.bookings == {}
    assert not (tmp_path / "p.journal.jsonl").exists()


def test_an_event_type_the_key_may_not_read_is_still_booked(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = served.fake
    team_type = fake.state.add_team_event_type(
        fake.team.id, title="Support", slug="support", length_in_minutes=15
    )
    fake.state.add_schedule(fake.users[0].id, time_zone="UTC")  # keep the 24/7 one as default
    source = write_csv(
        tmp_path / "p.csv",
        [["2031-03-03T10:00:00Z", "A", "a@example.com"]],
        ["start", "name", "email"],
    )

    status = main(import_argv(served, source, "--event-type", str(team_type.id)))

    err = capsys.readouterr().err
    assert f"event type {team_type.id} cannot be checked with this key" in err
    assert "going on" in err
    assert fake.stats.routes[CREATE] == 1  # sent after all; the API decides
    assert status in (0, 1)


def test_dry_run_sends_nothing_and_needs_no_key(
    served: Served,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("CALCOM_API_KEY")
    starts = free_slots(served, days=1)[:4]
    rows = person_rows(starts)
    rows[1][0] = "tomorrow at noon"  # line 3
    rows.append(list(rows[0]))  # line 6: the same booking as line 2
    conflicting = list(rows[2])
    conflicting[1] = "Someone Else"
    rows.append(conflicting)  # line 7: line 4's key, other details
    source = write_csv(tmp_path / "p.csv", rows)
    requests_before = served.fake.stats.requests
    argv = import_argv(served, source, "--event-type", str(served.event_type_id), "--dry-run")

    assert main(argv) == 1  # some rows would fail

    out, err = capsys.readouterr()
    assert "would create 3 bookings (2 rows refused); nothing was sent" in out
    assert "line 3: invalid: start: not an ISO 8601 date-time" in err
    assert "line 7: invalid: same attendee, event type and start as line 4" in err
    assert "same as line 2: booked once" in out
    assert "Person 3 <person3@example.com>" in out

    assert main([*argv, "--json"]) == 1

    plan = json.loads(capsys.readouterr().out)
    assert plan["would_book"] == 3
    assert [r["line"] for r in plan["rows"]] == [2, 4, 5, 6]
    assert plan["rows"][0]["request"]["attendee"]["email"] == "person0@example.com"
    assert plan["rows"][0]["request"]["eventTypeId"] == served.event_type_id
    assert [(e["line"], e["field"]) for e in plan["invalid"]] == [(3, "start"), (7, None)]
    assert served.fake.stats.requests == requests_before  # not one request
    assert not (tmp_path / "p.journal.jsonl").exists()


# --------------------------------------------------------------------------------------------
# behaviour during the run
# --------------------------------------------------------------------------------------------


def _taken_slot_rows(served: Served, count: int) -> list[list[str]]:
    """``count`` rows for one slot somebody else already holds: each fails identically."""
    start = datetime(2031, 3, 3, 9, 0, tzinfo=timezone.utc)
    served.fake.state.add_booking(
        served.event_type_id, start, attendee_name="Holder", attendee_email="holder@example.com"
    )
    return [[start.isoformat(), f"P{i}", f"p{i}@example.com"] for i in range(count)]


def test_the_import_stops_after_n_identical_failures(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "p.csv", _taken_slot_rows(served, 30), ["start", "name", "email"])
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))

    status = main([*argv, "--concurrency", "1", "--max-identical-failures", "3", "--json"])

    assert status == 1
    out, err = capsys.readouterr()
    assert served.fake.stats.routes[CREATE] == 3
    assert "stopping: 3 identical failures in a row (slot_unavailable: " in err
    assert "27 rows not sent" in err
    assert "line 3: slot_unavailable (same error as line 2)" in err  # repeated errors abbreviated
    summary = json.loads(out)
    assert summary["failed"] == 3 and summary["not_attempted"] == 27
    assert summary["stopped_early"].startswith("3 identical failures in a row")


def test_the_default_stop_is_ten_and_zero_never_stops(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "p.csv", _taken_slot_rows(served, 25), ["start", "name", "email"])
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))
    argv += ["--concurrency", "1"]

    assert main(argv) == 1
    assert served.fake.stats.routes[CREATE] == 10
    assert "15 rows not sent" in capsys.readouterr().err

    assert main([*argv, "--max-identical-failures", "0"]) == 1
    assert served.fake.stats.routes[CREATE] == 10 + 25
    assert "not sent" not in capsys.readouterr().err


def test_a_success_breaks_the_run_of_identical_failures(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _taken_slot_rows(served, 4)
    free = free_slots(served, days=1)[10:14]
    mixed: list[list[str]] = []
    for row, start in zip(rows, free, strict=True):
        mixed += [row, [start.isoformat(), "Free", f"free{len(mixed)}@example.com"]]
    source = write_csv(tmp_path / "p.csv", mixed, ["start", "name", "email"])
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))

    assert main([*argv, "--concurrency", "1", "--max-identical-failures", "2"]) == 1

    assert served.fake.stats.routes[CREATE] == 8  # never two identical failures in a row
    assert "not sent" not in capsys.readouterr().err


def test_the_failures_file_keeps_input_order(served: Served, tmp_path: Path) -> None:
    served.fake.faults = Faults(latency=(0.0, 0.03))  # outcomes arrive out of order
    taken = _taken_slot_rows(served, 1)[0]
    free = iter(free_slots(served, days=1)[8:])
    rows: list[list[str]] = []
    for i in range(24):
        if i % 4 == 0:
            rows.append([taken[0], f"T{i}", f"t{i}@example.com"])  # slot taken: fails late
        elif i % 4 == 2:
            rows.append(["not a date", f"B{i}", f"b{i}@example.com"])  # fails at once, locally
        else:
            rows.append([next(free).isoformat(), f"F{i}", f"f{i}@example.com"])
    source = write_csv(tmp_path / "p.csv", rows, ["start", "name", "email"])
    failures = tmp_path / "failures.csv"
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))
    argv += ["--concurrency", "8", "--failures", str(failures), "--max-identical-failures", "0"]

    assert main(argv) == 1

    with failures.open(newline="") as f:
        reported = [(int(r["line"]), r["reason"]) for r in csv.DictReader(f)]
    expected = [
        (i + 2, "slot_unavailable" if i % 4 == 0 else "invalid") for i in range(24) if i % 2 == 0
    ]
    assert reported == expected


def test_singular_forms(served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    start = free_slots(served, days=1)[0]
    source = write_csv(
        tmp_path / "one.csv",
        [[start.isoformat(), "A", "a@example.com"], ["bad", "B", "b@example.com"]],
        ["start", "name", "email"],
    )
    assert main(import_argv(served, source, "--event-type", str(served.event_type_id))) == 1
    out, err = capsys.readouterr()
    assert "Importing 2 rows from" in err
    assert "invalid (1 bad CSV row)" in out

    one = write_csv(
        tmp_path / "single.csv",
        [[start.isoformat(), "A", "a@example.com"]],
        ["start", "name", "email"],
    )
    assert (
        main(import_argv(served, one, "--event-type", str(served.event_type_id), "--dry-run")) == 0
    )
    assert "Importing" not in (captured := capsys.readouterr()).err
    assert "would create 1 booking; nothing was sent" in captured.out
    assert main(import_argv(served, one, "--event-type", str(served.event_type_id))) == 0
    assert "Importing 1 row from" in capsys.readouterr().err


def test_the_default_journal_sits_next_to_the_csv_and_is_printed(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    starts = free_slots(served, days=1)[:5]
    source = write_csv(tmp_path / "people.csv", person_rows(starts))
    argv = import_argv(served, source, "--event-type", str(served.event_type_id))

    assert main(argv) == 0

    journal = tmp_path / "people.journal.jsonl"
    out, err = capsys.readouterr()
    assert f"Journal {journal} (the default; --journal to choose)" in err
    assert summary_rows(out)["journal"] == str(journal)
    assert len(journal.read_text().splitlines()) == 10  # in_flight + done per row

    assert main(argv) == 0

    assert summary_rows(capsys.readouterr().out)["already done"] == "5"
    assert served.fake.stats.routes[CREATE] == 5


@pytest.fixture
def throttled(monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    # 3 requests per 2.5 s window: the key and event type checks leave one for a create, and
    # the pacer then waits for the window to reset.
    yield from served_fake(monkeypatch, rate_limit=RateLimit(3, ttl=2.5, block_duration=2.5))


def test_the_progress_bar_shows_a_rate_limit_wait(
    throttled: Served,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """On a terminal, the bar's last column counts a rate-limit wait down instead of an ETA."""
    served = throttled
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "160")
    starts = [datetime(2031, 3, 3, 9, tzinfo=timezone.utc) + timedelta(hours=i) for i in range(4)]
    source = write_csv(tmp_path / "p.csv", person_rows(starts))

    status = main(import_argv(served, source, "--event-type", str(served.event_type_id)))

    assert status == 0
    out, err = capsys.readouterr()
    frames = strip_ansi(err)
    assert "waiting 2." in frames or "waiting 1." in frames
    assert "s for the rate limit 'default'" in frames
    assert "ETA" in frames  # the usual column, before and after the wait
    summary = summary_rows(strip_ansi(out))
    waited = float(summary["for the rate limit"].removesuffix(" s"))
    total, wall = (
        float(x.removesuffix(" s")) for x in summary["waiting (wall time)"].split(" of ")
    )
    assert 1.0 < waited <= total <= wall  # wall time, not a sum over waiting tasks
    assert summary["429 responses seen"] == "0"
    assert len(active_bookings(served.fake)) == 4


def test_a_connection_failure_names_the_host(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    with socket.socket() as s:  # a port nothing listens on: bound, then closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    source = write_csv(tmp_path / "p.csv", [["2031-03-03T09:00:00Z", "A", "a@example.com"]])
    argv = ["--base-url", url, "bookings", "import", str(source), "--event-type", "1"]

    assert main(argv) == 1

    err = capsys.readouterr().err
    assert f"cannot reach {url}" in err and "check --base-url or CALCOM_BASE_URL" in err
