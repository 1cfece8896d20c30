"""Terminal output of the ``calcom-async`` command, built on rich (the ``cli`` extra).

Only :mod:`calcom_async.cli` imports this module, lazily, so that the SDK itself never needs
rich and a missing rich gives a clear "install calcom-async[cli]" message instead of a traceback.

Output discipline: results (tables, the import summary) go to stdout; progress, failures and
errors go to stderr. When a stream is not a terminal (CI logs, pipes, files) rich writes no
colour codes and the live progress bar is disabled; long runs then print a plain progress line
now and then instead (see :class:`ImportProgress`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime

from rich import box
from rich.console import Console, RenderableType
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from ._transport import TransportStats
from ._waits import WaitEvent

__all__ = [
    "emit",
    "ImportProgress",
    "ImportTotals",
    "bookings_table",
    "make_console",
    "slots_table",
    "summary_table",
]

_PLAIN_PROGRESS_EVERY = 10.0  # seconds between plain progress lines when not on a terminal
_SHOW_WAITS_FROM = 5.0  # waits shorter than this are normal pacing, not worth a line
_OTHER_COLUMNS = 64  # room for "300/300 booked 300  already 0  failed 0  429s 0 ETA 0:00:00"
_PLAIN_WIDTH = 160  # width for non-terminal output, so tables do not wrap at 80 columns


def make_console(*, stderr: bool = False) -> Console:
    """A console for stdout (or stderr) that prints user data verbatim (no markup guessing)."""
    console = Console(stderr=stderr, highlight=False)
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console = Console(stderr=stderr, highlight=False, width=_PLAIN_WIDTH)
    return console


def emit(console: Console, renderable: RenderableType) -> None:
    """Print a result: as is on a terminal; elsewhere without the padding rich adds to every
    line (trailing blanks are noise in logs and break ``grep 'x$'``)."""
    if console.is_terminal:
        console.print(renderable, markup=False)
        return
    with console.capture() as captured:
        console.print(renderable, markup=False)
    text = "\n".join(line.rstrip() for line in captured.get().splitlines())
    console.file.write(text + "\n")
    console.file.flush()


class ImportTotals:
    """Running counts of an import (CSV rows rejected locally included)."""

    def __init__(self) -> None:
        self.booked = 0
        self.already_done = 0
        self.failed = 0
        self.bad_rows = 0
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


class ImportProgress:
    """The live progress of an import: a rich bar on a terminal, plain lines otherwise.

    Use as a context manager; call :meth:`advance` after each row's outcome and :meth:`say`
    for lines (failures) that must appear above the bar. :meth:`waiting` is an ``on_wait``
    hook: a long wait ("waiting 42 s for the rate limit 'default'") gets a line, so a run that
    is waiting out a rate limit does not look hung.
    """

    def __init__(
        self,
        console: Console,
        totals: ImportTotals,
        total: int | None,
        stats: Callable[[], TransportStats],
    ) -> None:
        self.console = console
        self._totals = totals
        self._total = total
        self._live = console.is_terminal
        self._last_plain = time.monotonic()
        self._progress = Progress(
            BarColumn(bar_width=max(10, min(40, console.width - _OTHER_COLUMNS))),
            MofNCompleteColumn(),
            _CountsColumn(totals, stats),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            disable=not self._live,
            refresh_per_second=8,
        )
        self._stats = stats
        self._task: TaskID = self._progress.add_task("import", total=total)
        self._last_wait: tuple[str, str | None, float] | None = None

    def __enter__(self) -> ImportProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.update(self._task, completed=self._totals.done)
        self._progress.stop()

    def say(self, text: str, style: str | None = None) -> None:
        """Print one line above the bar (stderr), verbatim."""
        self.console.print(Text(text, style=style or ""), soft_wrap=True)

    def waiting(self, event: WaitEvent) -> None:
        """Show a long wait once (concurrent tasks report the same wait; say it once)."""
        if event.seconds < _SHOW_WAITS_FROM:
            return
        now = time.monotonic()
        ends = now + event.seconds
        last = self._last_wait
        if last is not None and last[:2] == (event.reason, event.limit) and ends <= last[2] + 1:
            return
        self._last_wait = (event.reason, event.limit, ends)
        self.say(event.describe(), style="yellow")

    def advance(self) -> None:
        """Show the current totals (called after every outcome)."""
        self._progress.update(self._task, completed=self._totals.done)
        if self._live:
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


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:.1f}" if seconds > 0 else "-"


def summary_table(
    totals: ImportTotals,
    stats: TransportStats,
    *,
    wall_seconds: float,
    source: str,
    journal: str,
    failures_file: str | None,
) -> Table:
    """The final report of an import, as a two-column table."""
    table = Table(
        title=Text(f"Import summary: {source}"),
        title_justify="left",
        box=box.SIMPLE,
        show_header=False,
        pad_edge=False,
    )
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("rows read", str(totals.done))
    table.add_row(Text("booked", style="green"), str(totals.booked))
    table.add_row(Text("already done", style="cyan"), str(totals.already_done))
    table.add_row(Text("failed", style="red" if totals.failed else ""), str(totals.failed))
    for reason, count in sorted(totals.failed_by_reason.items()):
        extra = (
            f" ({totals.bad_rows} bad CSV rows)" if reason == "invalid" and totals.bad_rows else ""
        )
        table.add_row(f"  {reason}{extra}", str(count))
    table.add_row("429 responses seen", str(stats.rate_limited))
    table.add_row("requests sent", str(stats.requests))
    table.add_row("retries", str(stats.retries))
    table.add_row("waited before retries", f"{stats.waited_seconds:.1f} s")
    table.add_row("wall time", f"{wall_seconds:.1f} s")
    table.add_row("throughput", f"{_rate(totals.booked, wall_seconds)} bookings/s")
    table.add_row("journal", Text(journal))
    if failures_file is not None:
        table.add_row("failures written to", Text(failures_file))
    return table


def slots_table(days: Mapping[date, Sequence[datetime]], *, title: str) -> Table:
    """Free slot start times grouped by date: one row per date."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("date", no_wrap=True)
    table.add_column("free", justify="right")
    table.add_column("start times", overflow="fold")
    for day, starts in days.items():
        times = " ".join(s.strftime("%H:%M") for s in starts)
        table.add_row(day.isoformat(), str(len(starts)), times)
    return table


def bookings_table(rows: Iterable[tuple[str, str, str, str]], *, title: str) -> Table:
    """``(uid, start, status, attendee)`` rows as a table."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("uid", no_wrap=True)
    table.add_column("start", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("attendee")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # user data: never parsed as markup
    return table
