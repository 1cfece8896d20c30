"""Rows of an import on their way to ``create_many`` and back: line numbers, the failures file
in input order, and the early stop after a run of identical failures."""

from __future__ import annotations

import contextlib
import csv
import re
from collections import deque
from collections.abc import Iterator
from typing import IO, Any

from ..bulk import BookingRequest, ProgressEvent
from ._common import UsageError, plural
from ._csv import BookingCsv, RowError
from ._progress import ImportProgress, ImportTotals

__all__ = ["FailuresFile", "Importer", "failures_file"]

# Errors that differ only in the request id are the same error.
_REQUEST_ID = re.compile(r"\s*\[request id [^\]]*\]")


class FailuresFile:
    """The ``--failures`` CSV (``line,reason,error``) in input order, written as it becomes
    known: a row's failure is held back only until every earlier row has an outcome, so the
    file is ordered however concurrent requests finish, and what is written stays written if
    the run is interrupted (:meth:`close` then adds the held-back rows, still in order)."""

    def __init__(self, writer: Any) -> None:  # a csv writer
        self._writer = writer
        self._pending: deque[int] = deque()  # lines read, in input order, not yet written
        self._results: dict[int, tuple[str, str] | None] = {}  # line -> failure, or None if ok

    def expect(self, line: int) -> None:
        """Row ``line`` was read (call in input order)."""
        self._pending.append(line)

    def resolve(self, line: int, failure: tuple[str, str] | None) -> None:
        """Row ``line`` has an outcome: ``(reason, error)``, or ``None`` when it is booked."""
        self._results[line] = failure
        while self._pending and self._pending[0] in self._results:
            self._write(self._pending.popleft())

    def close(self) -> None:
        """Write the failures still held back behind rows without an outcome."""
        for line in self._pending:
            if line in self._results:
                self._write(line)
        self._pending.clear()

    def _write(self, line: int) -> None:
        failure = self._results.pop(line)
        if failure is not None:
            self._writer.writerow([line, *failure])


@contextlib.contextmanager
def failures_file(path: str | None) -> Iterator[FailuresFile | None]:
    """A :class:`FailuresFile` on ``--failures`` (line-buffered, header first), or ``None``."""
    if path is None:
        yield None
        return
    try:
        f: IO[str] = open(path, "w", encoding="utf-8", newline="", buffering=1)  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"--failures: cannot write {path}: {exc.strerror or exc}") from None
    with f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["line", "reason", "error"])
        out = FailuresFile(writer)
        try:
            yield out
        finally:
            out.close()


class Importer:
    """Feeds CSV rows to ``create_many`` and reports each outcome by CSV line number.

    After ``stop_after`` failures in a row with the same reason and error (request ids aside;
    ``0``: never), no
    further rows are sent; requests already in flight finish. A wrong key, a host that went
    away, an event type nobody can book: hundreds of identical failures tell nothing more than
    ten. ``origin`` (the API's) is named in connection failures.
    """

    def __init__(
        self,
        source: BookingCsv,
        totals: ImportTotals,
        progress: ImportProgress,
        failures: FailuresFile | None,
        *,
        stop_after: int,
        origin: str,
    ) -> None:
        self.source = source
        self.origin = origin
        self.totals = totals
        self.progress = progress
        self.failures = failures
        self.stop_after = stop_after
        self.lines: list[int] = []  # outcome index -> CSV line
        self.read = 0  # rows taken from the CSV
        self.stopped: str | None = None  # why no more rows are sent
        self._streak: tuple[str, str, int] | None = None  # reason, error, count
        self._shown: tuple[str, str, int] | None = None  # reason, error, first line printed

    def requests(self) -> Iterator[BookingRequest]:
        """The valid rows, lazily; bad rows are reported here and never sent."""
        for line, item in self.source.rows():
            if self.stopped is not None:
                return
            self.read += 1
            if self.failures is not None:
                self.failures.expect(line)
            if isinstance(item, RowError):
                self.totals.bad_rows += 1
                self.totals.count("failed", "invalid")
                self._report(line, "invalid", item.detail)
                continue
            self.lines.append(line)
            yield item

    def on_progress(self, event: ProgressEvent) -> None:
        """``create_many``'s callback: count, report a failure, move the bar, maybe stop."""
        outcome = event.outcome
        line = self.lines[outcome.index]
        self.totals.count(outcome.status, outcome.reason)
        if outcome.status != "failed":
            self._streak = None
            if self.failures is not None:
                self.failures.resolve(line, None)
            self.progress.advance()
            return
        reason = outcome.reason or "invalid"
        error = outcome.error or ""
        if reason == "connection":
            error += f" (connecting to {self.origin})"
        self._report(line, reason, error)
        same = _REQUEST_ID.sub("", error)
        streak = self._streak
        count = streak[2] + 1 if streak is not None and streak[:2] == (reason, same) else 1
        self._streak = (reason, same, count)
        if self.stop_after and count >= self.stop_after and self.stopped is None:
            self.stopped = f"{plural(count, 'identical failure')} in a row ({reason}: {same})"
            self.progress.say(
                f"stopping: {self.stopped}; rows not sent yet are left alone", style="bold red"
            )

    def _report(self, line: int, reason: str, error: str) -> None:
        """A failure line above the bar (an error repeated line after line is abbreviated) and
        in the failures file."""
        shown = self._shown
        same = _REQUEST_ID.sub("", error)
        if shown is not None and shown[:2] == (reason, same):
            self.progress.say(f"line {line}: {reason} (same error as line {shown[2]})", "red")
        else:
            self._shown = (reason, same, line)
            self.progress.say(f"line {line}: {reason}: {error}", style="red")
        if self.failures is not None:
            self.failures.resolve(line, (reason, error))
        self.progress.advance()
