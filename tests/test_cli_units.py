"""Units of the ``calcom-async`` command: wall-clock wait accounting, the ordered failures file,
the progress bar's wait column, the import summary, plural forms, JSON conversion."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import datetime, timezone

import httpx
import pytest
from rich.console import Console
from rich.progress import Progress

from calcom_async import AsyncCalcom, WaitEvent
from calcom_async._cli._common import plural, to_json
from calcom_async._cli._import import default_journal
from calcom_async._cli._import_rows import FailuresFile
from calcom_async._cli._progress import (
    ImportProgress,
    ImportTotals,
    _WaitOrEtaColumn,
    summary_data,
    summary_table,
)
from calcom_async._cli._waits import WaitClock, WaitTotals
from calcom_async._transport import TransportStats
from calcom_async.testing import FakeCalcom

KEY = "cal_test_cli_units_0123456789"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plural() -> None:
    assert [plural(n, "booking") for n in (0, 1, 2)] == ["0 bookings", "1 booking", "2 bookings"]
    assert plural(1, "identical failure") == "1 identical failure"


def test_default_journal_sits_next_to_the_csv() -> None:
    assert default_journal("people.csv") == "people.journal.jsonl"
    assert default_journal("/data/in/march.CSV") == "/data/in/march.journal.jsonl"
    assert default_journal("noext") == "noext.journal.jsonl"


async def test_concurrent_waits_count_once_in_wall_time() -> None:
    """Three tasks waiting out the same 10 s are 10 s of wall time, not 30."""
    clock = Clock()
    waits = WaitClock(clock)
    started = asyncio.Event()
    release = asyncio.Event()

    async def task(delay: float) -> None:
        waits.on_wait(WaitEvent("rate_limit", 10.0, "default"))
        started.set()
        await release.wait()
        waits.sent()

    tasks = [asyncio.create_task(task(i)) for i in range(3)]
    await asyncio.sleep(0)
    assert started.is_set()
    clock.now += 4.0
    current = waits.current()
    assert current is not None and current.reason == "rate_limit"
    assert current.seconds == pytest.approx(6.0) and current.limit == "default"
    clock.now += 6.0
    release.set()
    await asyncio.gather(*tasks)

    totals = waits.totals()
    assert totals.total == pytest.approx(10.0)
    assert totals.by_reason == {"rate_limit": pytest.approx(10.0)}
    assert waits.current() is None


def test_a_wait_ends_when_its_task_sends_and_is_capped_at_its_plan() -> None:
    clock = Clock()
    waits = WaitClock(clock)
    waits.on_wait(WaitEvent("backoff", 2.0))
    clock.now += 0.5
    waits.sent()  # ended early (a response brought news)
    waits.on_wait(WaitEvent("pacing", 1.0, "default"))
    clock.now += 30.0  # never sent again: counts only its planned second
    totals = waits.totals()
    assert totals.by_reason == {"backoff": pytest.approx(0.5), "pacing": pytest.approx(1.0)}
    assert totals.total == pytest.approx(1.5)


def test_a_new_reason_in_the_same_task_splits_the_wait() -> None:
    clock = Clock()
    waits = WaitClock(clock)
    waits.on_wait(WaitEvent("first_response", 5.0))
    clock.now += 1.0
    waits.on_wait(WaitEvent("rate_limit", 3.0, "default"))
    clock.now += 3.0
    waits.sent()
    totals = waits.totals()
    assert totals.by_reason == {
        "first_response": pytest.approx(1.0),
        "rate_limit": pytest.approx(3.0),
    }
    assert totals.total == pytest.approx(4.0)


async def test_the_clock_sees_a_real_clients_waits() -> None:
    """Wired to a client (transport + on_wait), a 429's wait is measured from the wait event to
    the retry leaving."""
    waits = WaitClock()
    fake = FakeCalcom(api_keys=[KEY], rate_limit=(1, 1.0))
    async with AsyncCalcom(
        KEY,
        base_url="http://127.0.0.1",
        transport=waits.transport(fake.transport()),
        on_wait=waits.on_wait,
    ) as cal:
        await cal.me.get()
        await cal.me.get()  # over the limit: waits for the window (pacer or 429)
    totals = waits.totals()
    assert 0.3 < totals.total < 3.0
    assert set(totals.by_reason) <= {"rate_limit", "pacing"}


def test_failures_are_written_in_input_order_as_soon_as_possible() -> None:
    out = io.StringIO()
    failures = FailuresFile(csv.writer(out, lineterminator="\n"))
    for line in (2, 3, 4, 5, 6):
        failures.expect(line)
    failures.resolve(4, ("invalid", "bad start"))
    failures.resolve(6, ("slot_unavailable", "taken"))
    assert out.getvalue() == ""  # line 2 is still running
    failures.resolve(2, ("not_found", "gone"))
    failures.resolve(3, None)
    assert out.getvalue().splitlines() == ["2,not_found,gone", "4,invalid,bad start"]
    failures.close()  # interrupted: line 5 never finished
    assert out.getvalue().splitlines()[-1] == "6,slot_unavailable,taken"


def _render(column: _WaitOrEtaColumn) -> str:
    progress = Progress(column, console=Console(file=io.StringIO(), width=120))
    task_id = progress.add_task("x", total=10)
    return str(column.render(progress.tasks[task_id]))


def test_the_bar_shows_the_wait_instead_of_the_eta() -> None:
    clock = Clock()
    waits = WaitClock(clock)
    column = _WaitOrEtaColumn(waits)
    assert _render(column).startswith("ETA ")
    waits.on_wait(WaitEvent("rate_limit", 42.0, "default"))
    assert _render(column) == "waiting 42 s for the rate limit 'default'"
    clock.now += 30.0
    assert _render(column) == "waiting 12 s for the rate limit 'default'"
    clock.now += 11.5
    assert _render(column).startswith("ETA ")  # under a second left: not worth a flicker


def test_without_a_terminal_each_long_wait_is_one_line() -> None:
    out = io.StringIO()
    waits = WaitClock()
    progress = ImportProgress(
        Console(file=out, width=120), ImportTotals(), 3, TransportStats, waits
    )
    assert not progress.live
    progress.on_wait(WaitEvent("pacing", 0.4, "default"))  # routine pacing: no line
    progress.on_wait(WaitEvent("rate_limit", 42.0, "default"))
    progress.on_wait(WaitEvent("rate_limit", 41.9, "default"))  # the same wait, another task
    progress.on_wait(WaitEvent("rate_limit", 30.0))  # a different one
    assert out.getvalue().splitlines() == [
        "waiting 42 s for the rate limit 'default'",
        "waiting 30 s for the rate limit",
    ]
    assert waits.current() is not None  # the clock saw them all


def test_summary_shows_counts_reasons_and_wall_time_waits() -> None:
    totals = ImportTotals()
    for status, reason in [("booked", None)] * 8 + [("already_done", None), ("failed", "invalid")]:
        totals.count(status, reason)
    totals.bad_rows = 1
    totals.not_attempted = 5
    stats = TransportStats(requests=20, retries=4, rate_limited=4, waited_seconds=99.0)
    waits = WaitTotals(1.75, {"rate_limit": 1.5, "backoff": 0.5})
    data = summary_data(
        totals,
        stats,
        waits,
        wall_seconds=2.0,
        source="p.csv",
        journal="j",
        failures_file="f.csv",
        stopped="10 identical failures in a row (not_found: gone)",
    )
    assert data["rows"] == 15 and data["not_attempted"] == 5
    assert data["waited_seconds"] == 1.75  # wall time; the transport's 99 s sum is not used
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(summary_table(data))
    from cli_support import summary_rows

    rows = summary_rows(console.export_text())
    assert rows["rows read"] == "10" and rows["not attempted"] == "5"
    assert rows["booked"] == "8" and rows["already done"] == "1" and rows["failed"] == "1"
    assert rows["invalid (1 bad CSV row)"] == "1"
    assert rows["429 responses seen"] == "4" and rows["retries"] == "4"
    assert rows["waiting (wall time)"] == "1.8 s of 2.0 s"
    assert rows["for the rate limit"] == "1.5 s" and rows["before retries"] == "0.5 s"
    assert rows["throughput"] == "4.0 bookings/s"
    assert rows["failures written to"] == "f.csv"


def test_to_json_turns_models_into_the_apis_field_names() -> None:
    from calcom_async.types import Me

    me = Me.from_dict(
        {"id": 1, "username": "ada", "email": "a@example.com", "timeZone": "UTC", "extra": 5}
    )
    when = datetime(2031, 3, 3, 9, tzinfo=timezone.utc)
    assert to_json({"me": [me], "at": when}) == {
        "me": [
            {"id": 1, "username": "ada", "email": "a@example.com", "timeZone": "UTC", "extra": 5}
        ],
        "at": "2031-03-03T09:00:00+00:00",
    }


def test_the_send_watch_passes_requests_through() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(204)

    async def go() -> int:
        transport = WaitClock().transport(httpx.MockTransport(handler))
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
            return (await client.get("/ping")).status_code

    assert asyncio.run(go()) == 204 and seen == ["/ping"]


def test_connection_failures_during_an_import_name_the_origin_and_stop_the_run() -> None:
    from calcom_async import BookingOutcome, ProgressEvent
    from calcom_async._cli._import_rows import Importer

    out = io.StringIO()
    totals = ImportTotals()
    progress = ImportProgress(Console(file=out, width=200), totals, 5, TransportStats, WaitClock())
    importer = Importer(
        None,  # type: ignore[arg-type]  # the source is only read by requests()
        totals,
        progress,
        None,
        stop_after=2,
        origin="http://127.0.0.1:1",
    )
    importer.lines = [2, 3]
    for index in (0, 1):
        error = f"POST /v2/bookings failed: ConnectError [request id r{index}]"
        outcome = BookingOutcome(index, None, "failed", reason="connection", error=error)
        importer.on_progress(ProgressEvent(index + 1, 0, 0, index + 1, 0, 5, outcome))
    lines = out.getvalue().splitlines()
    assert lines[0] == (
        "line 2: connection: POST /v2/bookings failed: ConnectError [request id r0] "
        "(connecting to http://127.0.0.1:1)"
    )
    assert lines[1] == "line 3: connection (same error as line 2)"
    assert importer.stopped == (
        "2 identical failures in a row (connection: POST /v2/bookings failed: ConnectError "
        "(connecting to http://127.0.0.1:1))"
    )
    assert totals.failed_by_reason == {"connection": 2}


def test_the_rate_is_an_average_since_the_start() -> None:
    from calcom_async._cli._progress import _RateColumn

    now = [0.0]
    progress = Progress(console=Console(file=io.StringIO()), get_time=lambda: now[0])
    task_id = progress.add_task("x", total=100)
    progress.start_task(task_id)
    column = _RateColumn()
    assert str(column.render(progress.tasks[task_id])) == ""
    now[0] = 2.0
    progress.update(task_id, completed=40)  # a burst
    now[0] = 62.0  # then a minute of waiting: the average falls, it does not freeze at 20/s
    assert str(column.render(progress.tasks[task_id])).strip() == "0.6/s"
