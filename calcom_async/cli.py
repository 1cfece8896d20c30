"""The ``calcom-async`` command: bulk-import bookings from CSV, list slots and bookings.

Usage::

    calcom-async bookings import FILE.csv --event-type ID --journal run.jsonl
                 [--concurrency N] [--failures out.csv]
    calcom-async slots --event-type ID --start DATE|DATETIME --end DATE|DATETIME [--time-zone TZ]
    calcom-async bookings list [--status upcoming] [--attendee-email E] [--limit N]

Every command also takes ``--base-url URL`` (default ``https://api.cal.com``; plain http is
allowed only for loopback hosts, e.g. a local fake server) and ``--api-key-env NAME`` (the
environment variable holding the key, default ``CALCOM_API_KEY``), before or after the command
name. The key is never printed. The CSV format is described in :mod:`calcom_async._cli_csv`.

Exit status: ``0`` success (for an import: every row booked or already done); ``1`` some rows
failed, or an API call failed; ``2`` usage or setup error (bad arguments, missing file, bad CSV
header, missing or rejected key, rich not installed) -- nothing was booked; ``130`` interrupted
(re-run the same import with the same ``--journal`` to resume).

Needs the ``cli`` extra (``pip install 'calcom-async[cli]'``) for rich.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import os
import sys
import time
from collections.abc import Callable, Coroutine, Iterator, Sequence
from datetime import date, datetime, timezone
from typing import IO, TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from dateutil.parser import isoparse

from ._cli_csv import BookingCsv, CsvFormatError, RowError
from ._client import DEFAULT_BASE_URL, AsyncCalcom
from ._errors import (
    AuthenticationError,
    CalcomError,
    CalcomValueError,
    ConfigurationError,
)
from ._keys import ENV_VAR, ApiKey
from ._redis_support import describe_url, is_redis_url, store_of_journal
from ._types import validate_time_zone
from ._version import __version__
from .bulk import BookingRequest, ProgressEvent

if TYPE_CHECKING:
    from ._cli_render import ImportProgress, ImportTotals

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_STATUSES = ("upcoming", "recurring", "past", "cancelled", "unconfirmed")


class UsageError(Exception):
    """A problem with the invocation or setup; reported without a traceback, exit status 2."""


# --------------------------------------------------------------------------------------------
# Argument parsing
# --------------------------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, got {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text!r}")
    return value


def _common_options() -> argparse.ArgumentParser:
    """Options accepted before or after any command (defaults filled in by :func:`main`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--base-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=f"API origin (default {DEFAULT_BASE_URL}; http only for loopback hosts)",
    )
    common.add_argument(
        "--api-key-env",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"environment variable holding the API key (default {ENV_VAR})",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``calcom-async`` (all commands)."""
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="calcom-async",
        description="Cal.com API v2 from the command line.",
        parents=[common],
        epilog="Exit status: 0 ok, 1 some bookings or API calls failed, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    slots = commands.add_parser(
        "slots", parents=[common], help="list free slots of an event type, grouped by date"
    )
    slots.add_argument("--event-type", type=_positive_int, required=True, metavar="ID")
    slots.add_argument("--start", required=True, metavar="DATE|DATETIME")
    slots.add_argument("--end", required=True, metavar="DATE|DATETIME")
    slots.add_argument(
        "--time-zone",
        metavar="TZ",
        help="IANA zone for the output, and for date-times given without an offset (default UTC)",
    )
    slots.set_defaults(handler=_cmd_slots)

    bookings = commands.add_parser("bookings", parents=[common], help="bookings commands")
    actions = bookings.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = actions.add_parser(
        "import",
        parents=[common],
        help="create bookings from a CSV file, each exactly once",
        description="Create one booking per CSV row. Columns: start (ISO 8601 with offset), "
        "name, email (required); time_zone, phone_number, language, guests "
        "(';'-separated), length_in_minutes, event_type_id, metadata.<key> (optional).",
    )
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument(
        "--event-type",
        type=_positive_int,
        metavar="ID",
        help="event type for rows without an event_type_id cell",
    )
    imp.add_argument(
        "--journal",
        required=True,
        metavar="PATH|URL",
        help="JSONL journal; re-running with the same journal skips what is done. "
        "redis://HOST:6379/0#NAME: a journal several workers share (run the same import in "
        "each; they also share the key's rate budget there)",
    )
    imp.add_argument(
        "--worker-id",
        metavar="NAME",
        help="this worker's name in a shared journal (default: host:pid:random)",
    )
    imp.add_argument("--concurrency", type=_positive_int, default=8, metavar="N", help="default 8")
    imp.add_argument(
        "--settle-delay",
        type=_non_negative_float,
        metavar="SECONDS",
        help="after an ambiguous create, wait this long before looking the booking up "
        "(default: 2 x the timeout + 1 s, so a late commit is seen)",
    )
    imp.add_argument(
        "--failures", metavar="OUT.csv", help="also write failed rows (line,reason,error) here"
    )
    imp.set_defaults(handler=_cmd_import)

    lst = actions.add_parser("list", parents=[common], help="list bookings as a table")
    lst.add_argument("--status", choices=_STATUSES)
    lst.add_argument("--attendee-email", metavar="EMAIL")
    lst.add_argument("--limit", type=_positive_int, default=50, metavar="N", help="default 50")
    lst.set_defaults(handler=_cmd_list)
    return parser


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _require_rich() -> None:
    """Fail with install instructions when the optional rich dependency is missing."""
    try:
        import rich  # noqa: F401
    except ImportError:
        raise UsageError(
            "the calcom-async command needs rich: pip install 'calcom-async[cli]'"
        ) from None


def _client(args: argparse.Namespace) -> AsyncCalcom:
    """A client with the key from the environment variable named by ``--api-key-env``."""
    name: str = args.api_key_env
    secret = os.environ.get(name, "").strip()
    if not secret:
        raise UsageError(
            f"no API key: set the {name} environment variable (or name another one with "
            "--api-key-env)"
        )
    try:
        ApiKey(secret, source=name)  # a message naming the variable, never the key
        return AsyncCalcom(
            api_key=secret,
            base_url=args.base_url,
            rate_limit_store=store_of_journal(getattr(args, "journal", None)),
        )
    except ConfigurationError as exc:
        raise UsageError(str(exc)) from None


def _run(coro: Coroutine[Any, Any, int]) -> int:
    """Run a command coroutine; turn setup problems the SDK reports into usage errors."""
    try:
        return asyncio.run(coro)
    except AuthenticationError as exc:
        raise UsageError(f"the API refused the key (HTTP {exc.status_code}): {exc}") from None
    except (ConfigurationError, CalcomValueError, CsvFormatError) as exc:
        raise UsageError(str(exc)) from None


def _parse_bound(text: str, zone: str | None, field: str) -> date | datetime:
    """``--start``/``--end``: a date, or a date-time (naive ones are in ``zone``, else UTC)."""
    try:
        if len(text.strip()) == 10:
            return date.fromisoformat(text.strip())
        value = isoparse(text.strip())
    except ValueError:
        raise UsageError(
            f"--{field}: expected a date like 2030-05-06 or a date-time like "
            f"2030-05-06T09:00:00+02:00, got {text!r}"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(zone) if zone else timezone.utc)
    return value


# --------------------------------------------------------------------------------------------
# slots
# --------------------------------------------------------------------------------------------


def _cmd_slots(args: argparse.Namespace) -> int:
    """``calcom-async slots``: free slots grouped by date."""
    from . import _cli_render as render

    zone = args.time_zone
    if zone is not None:
        try:
            validate_time_zone(zone, field="--time-zone")
        except CalcomValueError as exc:
            raise UsageError(str(exc)) from None
    start = _parse_bound(args.start, zone, "start")
    end = _parse_bound(args.end, zone, "end")
    if type(start) is not type(end):  # the SDK cannot compare a date with a date-time
        start_day = start.date() if isinstance(start, datetime) else start
        end_day = end.date() if isinstance(end, datetime) else end
        if end_day < start_day:
            raise UsageError("--end must not be before --start")

    async def fetch() -> int:
        async with _client(args) as cal:
            days = await cal.slots.list(
                event_type_id=args.event_type, start=start, end=end, time_zone=zone
            )
        out = render.make_console()
        if not any(days.values()):
            render.emit(out, f"No free slots for event type {args.event_type} in that range.")
            return EXIT_OK
        starts = {day: [slot.start for slot in slots] for day, slots in days.items() if slots}
        title = f"Free slots of event type {args.event_type} ({zone or 'UTC'})"
        render.emit(out, render.slots_table(starts, title=title))
        return EXIT_OK

    return _run(fetch())


# --------------------------------------------------------------------------------------------
# bookings list
# --------------------------------------------------------------------------------------------


def _attendee_text(attendees: Sequence[Any]) -> str:
    if not attendees:
        return "-"
    first = attendees[0]
    text = f"{first.name} <{first.email}>"
    if len(attendees) > 1:
        text += f" +{len(attendees) - 1}"
    return text


def _cmd_list(args: argparse.Namespace) -> int:
    """``calcom-async bookings list``: a table of bookings."""
    from . import _cli_render as render

    async def fetch() -> int:
        rows: list[tuple[str, str, str, str]] = []
        async with _client(args) as cal:
            async for booking in cal.bookings.list(
                status=args.status,
                attendee_email=args.attendee_email,
                limit=args.limit,
                page_size=min(args.limit, 100),
            ):
                start = booking.start.isoformat(timespec="minutes")
                rows.append((booking.uid, start, booking.status, _attendee_text(booking.attendees)))
        out = render.make_console()
        if not rows:
            render.emit(out, "No bookings found.")
            return EXIT_OK
        more = " (limit reached; use --limit for more)" if len(rows) == args.limit else ""
        render.emit(out, render.bookings_table(rows, title=f"{len(rows)} bookings{more}"))
        return EXIT_OK

    return _run(fetch())


# --------------------------------------------------------------------------------------------
# bookings import
# --------------------------------------------------------------------------------------------


class _Importer:
    """Feeds CSV rows to ``create_many`` and reports each outcome by CSV line number."""

    def __init__(
        self,
        source: BookingCsv,
        totals: ImportTotals,
        progress: ImportProgress,
        failures: Any | None,  # a csv writer
    ) -> None:
        self.source = source
        self.totals = totals
        self.progress = progress
        self.failures = failures
        self.lines: list[int] = []  # outcome index -> CSV line

    def requests(self) -> Iterator[BookingRequest]:
        """The valid rows, lazily; bad rows are reported here and never sent."""
        for line, item in self.source.rows():
            if isinstance(item, RowError):
                self.totals.bad_rows += 1
                self.totals.count("failed", "invalid")
                self._report(item.line, "invalid", str(item), item.detail)
                continue
            self.lines.append(line)
            yield item

    def on_progress(self, event: ProgressEvent) -> None:
        """``create_many``'s callback: count, report a failure, move the bar."""
        outcome = event.outcome
        self.totals.count(outcome.status, outcome.reason)
        if outcome.status == "failed":
            line = self.lines[outcome.index]
            reason = outcome.reason or "invalid"
            error = outcome.error or ""
            self._report(line, reason, f"line {line}: {reason}: {error}", error)
        else:
            self.progress.advance()

    def _report(self, line: int, reason: str, text: str, error: str) -> None:
        self.progress.say(text, style="red")
        if self.failures is not None:
            self.failures.writerow([line, reason, error])
        self.progress.advance()


def _check_journal_path(path: str) -> None:
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise UsageError(f"--journal: directory {parent} does not exist")
    if os.path.isdir(path):
        raise UsageError(f"--journal: {path} is a directory")


@contextlib.contextmanager
def _failures_file(path: str | None) -> Iterator[Any | None]:
    """A csv writer on ``--failures`` (header ``line,reason,error``), line-flushed; or None."""
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
        yield writer


def _cmd_import(args: argparse.Namespace) -> int:
    """``calcom-async bookings import``: book every CSV row once; summary table at the end."""
    from . import _cli_render as render

    try:
        source = BookingCsv(args.file, default_event_type_id=args.event_type)
        total = source.count_rows()
    except CsvFormatError as exc:
        raise UsageError(str(exc)) from None
    shown_journal = args.journal
    if is_redis_url(args.journal):
        shown_journal = describe_url(args.journal)  # never a password on screen
    else:
        _check_journal_path(args.journal)
    err = render.make_console(stderr=True)

    async def run() -> int:
        async with _client(args) as cal:
            me = await cal.me.get()  # checks the key and the URL before anything is sent
            err.print(
                f"Importing {total} rows from {args.file} as {me.username} "
                f"(concurrency {args.concurrency}, journal {shown_journal})",
                soft_wrap=True,
                markup=False,
            )
            totals = render.ImportTotals()
            started = time.monotonic()
            with _failures_file(args.failures) as failures:
                progress = render.ImportProgress(err, totals, total, lambda: cal.stats)
                importer = _Importer(source, totals, progress, failures)
                cal.on_wait = progress.waiting
                with progress:
                    await cal.bookings.create_many(
                        importer.requests(),
                        concurrency=args.concurrency,
                        journal=args.journal,
                        on_progress=importer.on_progress,
                        settle_delay=args.settle_delay,
                        worker_id=args.worker_id,
                    )
            wall = time.monotonic() - started
            table = render.summary_table(
                totals,
                cal.stats,
                wall_seconds=wall,
                source=args.file,
                journal=shown_journal,
                failures_file=args.failures,
            )
        render.emit(render.make_console(), table)
        return EXIT_FAILED if totals.failed else EXIT_OK

    return _run(run())


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``calcom-async`` with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if not hasattr(args, "base_url"):
        args.base_url = DEFAULT_BASE_URL
    if not hasattr(args, "api_key_env"):
        args.api_key_env = ENV_VAR
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        _require_rich()
        return handler(args)
    except UsageError as exc:
        print(f"calcom-async: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CalcomError as exc:
        print(f"calcom-async: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"calcom-async: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(
            "calcom-async: interrupted; requests in flight are reconciled when the same "
            "command runs again with the same --journal",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
