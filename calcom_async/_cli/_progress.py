"""The live side of a bulk import: running totals, the progress bar, the final summary.

On a terminal the bar is a rich live display whose last column shows either the ETA or, while
the client is held back, the wait itself ("waiting 42 s for the rate limit 'default'", counting
down), so a run waiting out a rate-limit block never looks hung with a frozen ETA. Elsewhere
(pipes, CI logs) there is no animation: a plain progress line now and then, and one line per long
wait. Wait figures are wall time (:class:`~calcom_async._cli._waits.WaitClock`), never sums over
concurrent tasks. The demo script uses this module as well.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TimeRemainingColumn,
)
from rich.table import Column, Table
from rich.text import Text

from .._transport import TransportStats
from .._waits import WaitEvent
from ._common import plural
from ._waits import WaitClock, WaitTotals

__all__ = ["ImportProgress", "ImportTotals", "summary_data", "summary_table"]

_PLAIN_PROGRESS_EVERY = 10.0  # seconds between plain progress lines when not on a terminal
_SHOW_WAITS_FROM = 5.0  # plain mode: waits shorter than this are routine pacing, not a line
_BAR_WAITS_FROM = 1.0  # live mode: remaining seconds from which the bar shows the wait
_OTHER_COLUMNS = 120  # room for the counts, the rate and "waiting 42 s for the rate limit ..."

_WAIT_LABELS = {
    "rate_limit": "for the rate limit",
    "pacing": "pacing under the limit",
    "first_response": "for the first response",
    "backoff": "before retries",
}


class ImportTotals:
    """Running counts of an import (CSV rows rejected locally included)."""

    def __init__(self) -> None:
        self.booked = 0
        self.already_done = 0
        self.failed = 0
        self.bad_rows = 0
        self.not_attempted = 0
        self.failed_by_reason: dict[str, int] = {}

    @property
    def done(self) -> int:
        return self.booked + self.already_done + self.failed

    def count(self, status: str, reason: str | None = None) -> None:
        if status == "booked":
            self.booked += 1
        elif status == "already_done":
            self.already_done += 1
        else:
            self.failed += 1
            key = reason or "invalid"
            self.failed_by_reason[key] = self.failed_by_reason.get(key, 0) + 1


class _CountsColumn(ProgressColumn):
    """``booked 12  already 0  failed 1  429s 3`` (the 429s are read live from the client)."""

    def __init__(self, totals: ImportTotals, stats: Callable[[], TransportStats]) -> None:
        super().__init__()
        self._totals = totals
        self._stats = stats

    def render(self, task: Task) -> Text:
        t = self._totals
        return Text.assemble(
            ("booked ", "green"),
            str(t.booked),
            ("  already ", "cyan"),
            str(t.already_done),
            ("  failed ", "bold red" if t.failed else "dim"),
            str(t.failed),
            ("  429s ", "yellow"),
            str(self._stats().rate_limited),
        )


class _RateColumn(ProgressColumn):
    """Rows finished per second since the start (rich's recent-speed estimate would keep
    showing the last burst's rate all through a long wait)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed
        if elapsed is None or elapsed < 1.0 or not task.completed:
            return Text("")  # too early to say
        return Text(f"{task.completed / elapsed:5.1f}/s", style="cyan")


class _WaitOrEtaColumn(ProgressColumn):
    """The wait holding requests back (counting down), else the estimated time remaining."""

    def __init__(self, waits: WaitClock) -> None:
        super().__init__(table_column=Column(no_wrap=True, overflow="ellipsis"))
        self._waits = waits
        self._eta = TimeRemainingColumn()

    def render(self, task: Task) -> Text:
        wait = self._waits.current()
        if wait is not None and wait.reason == "first_response":
            return Text("waiting for the first response", style="yellow")  # bound, not forecast
        if wait is not None and wait.seconds >= _BAR_WAITS_FROM:
            return Text(wait.describe(), style="yellow")
        return Text.assemble(("ETA ", "dim"), self._eta.render(task))


class ImportProgress:
    """The progress of an import: a rich live bar on a terminal, plain lines otherwise.

    Use as a context manager; call :meth:`advance` after each row's outcome and :meth:`say` for
    lines (failures) that must appear above the bar. :meth:`on_wait` is the client's ``on_wait``
    hook: it feeds ``waits`` (which the bar reads) and, without a terminal, prints each long
    wait once.
    """

    def __init__(
        self,
        console: Console,
        totals: ImportTotals,
        total: int | None,
        stats: Callable[[], TransportStats],
        waits: WaitClock,
    ) -> None:
        self.console = console
        self._totals = totals
        self._total = total
        self._stats = stats
        self._waits = waits
        self.live = console.is_terminal
        self._last_plain = time.monotonic()
        self._progress = Progress(
            BarColumn(bar_width=max(10, min(40, console.width - _OTHER_COLUMNS))),
            MofNCompleteColumn(),
            _CountsColumn(totals, stats),
            _RateColumn(),
            _WaitOrEtaColumn(waits),
            console=console,
            disable=not self.live,
            refresh_per_second=8,
        )
        self._task: TaskID = self._progress.add_task("import", total=total)
        self._last_wait: tuple[str, str | None, float] | None = None

    def __enter__(self) -> ImportProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.update(self._task, completed=self._totals.done)
        self._progress.stop()

    def say(self, line: str, style: str | None = None) -> None:
        """Print one line above the bar (stderr), verbatim."""
        self.console.print(Text(line, style=style or ""), soft_wrap=True)

    def on_wait(self, event: WaitEvent) -> None:
        """The client's ``on_wait`` hook."""
        self._waits.on_wait(event)
        if self.live or event.seconds < _SHOW_WAITS_FROM or event.reason == "first_response":
            return  # the bar shows it; the cold-start hold's figure is a bound, not a forecast
        # Concurrent tasks report the same wait: say it once.
        ends = time.monotonic() + event.seconds
        last = self._last_wait
        if last is not None and last[:2] == (event.reason, event.limit) and ends <= last[2] + 1:
            return
        self._last_wait = (event.reason, event.limit, ends)
        self.say(event.describe(), style="yellow")

    def advance(self) -> None:
        """Show the current totals (called after every outcome)."""
        self._progress.update(self._task, completed=self._totals.done)
        if self.live:
            return
        now = time.monotonic()
        if now - self._last_plain >= _PLAIN_PROGRESS_EVERY:
            self._last_plain = now
            t = self._totals
            of = f"/{self._total}" if self._total is not None else ""
            self.say(
                f"progress: {t.done}{of} rows, {t.booked} booked, {t.already_done} already "
                f"done, {t.failed} failed, {self._stats().rate_limited} 429s"
            )


def _rate(count: int, seconds: float) -> float | None:
    return round(count / seconds, 2) if seconds > 0 else None


def summary_data(
    totals: ImportTotals,
    stats: TransportStats,
    waits: WaitTotals,
    *,
    wall_seconds: float,
    source: str,
    journal: str,
    failures_file: str | None,
    stopped: str | None,
) -> dict[str, Any]:
    """The import's final figures as plain data (``--json``; the table is built from it)."""
    return {
        "source": source,
        "rows": totals.done + totals.not_attempted,
        "booked": totals.booked,
        "already_done": totals.already_done,
        "failed": totals.failed,
        "failed_by_reason": dict(sorted(totals.failed_by_reason.items())),
        "bad_rows": totals.bad_rows,
        "not_attempted": totals.not_attempted,
        "stopped_early": stopped,
        "requests": stats.requests,
        "retries": stats.retries,
        "rate_limited": stats.rate_limited,
        "waited_seconds": round(waits.total, 3),
        "waited_seconds_by_reason": {k: round(v, 3) for k, v in waits.by_reason.items()},
        "wall_seconds": round(wall_seconds, 3),
        "bookings_per_second": _rate(totals.booked, wall_seconds),
        "journal": journal,
        "failures_file": failures_file,
    }


def summary_table(data: dict[str, Any]) -> RenderableType:
    """The final report of an import (from :func:`summary_data`), as a two-column table."""
    table = Table(box=box.SIMPLE, show_header=False, pad_edge=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("rows read", str(data["rows"] - data["not_attempted"]))
    table.add_row(Text("booked", style="green"), str(data["booked"]))
    table.add_row(Text("already done", style="cyan"), str(data["already_done"]))
    table.add_row(Text("failed", style="red" if data["failed"] else ""), str(data["failed"]))
    for reason, count in data["failed_by_reason"].items():
        bad = data["bad_rows"]
        extra = f" ({plural(bad, 'bad CSV row')})" if reason == "invalid" and bad else ""
        table.add_row(f"  {reason}{extra}", str(count))
    if data["stopped_early"]:
        table.add_row(Text("not attempted", style="red"), str(data["not_attempted"]))
    table.add_row("429 responses seen", str(data["rate_limited"]))
    table.add_row("requests sent", str(data["requests"]))
    table.add_row("retries", str(data["retries"]))
    wall = data["wall_seconds"]
    table.add_row("waiting (wall time)", f"{data['waited_seconds']:.1f} s of {wall:.1f} s")
    for reason, seconds in data["waited_seconds_by_reason"].items():
        table.add_row(f"  {_WAIT_LABELS.get(reason, reason)}", f"{seconds:.1f} s")
    table.add_row("wall time", f"{wall:.1f} s")
    rate = data["bookings_per_second"]
    table.add_row("throughput", f"{rate:.1f} bookings/s" if rate is not None else "-")
    table.add_row("journal", Text(data["journal"]))
    if data["failures_file"] is not None:
        table.add_row("failures written to", Text(data["failures_file"]))
    return Group(Text(f"Import summary: {data['source']}", style="bold"), table)
