"""``calcom-async bookings import``: book every CSV row exactly once, with a live progress bar.

Before anything is sent the header and every record are read once (:meth:`BookingCsv.scan`),
the key is checked (``GET /v2/me``) and so is every event type the rows name (``GET
/v2/event-types/{id}``): a wrong ``--event-type`` ends the command at once, with the event types
the key does have, instead of a POST and a 404 per row. ``--dry-run`` sends nothing at all.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Iterable

from .._client import AsyncCalcom
from .._errors import NotFoundError, PermissionDeniedError
from .._redis_support import describe_url, is_redis_url
from ..bulk import BookingRequest
from ._common import EXIT_FAILED, EXIT_OK, UsageError, plural, print_json, run
from ._csv import BookingCsv, CsvFormatError, RowError

__all__ = ["cmd_import", "default_journal"]

JOURNAL_SUFFIX = ".journal.jsonl"


def default_journal(csv_path: str) -> str:
    """The journal used without ``--journal``: next to the CSV, ``people.csv`` ->
    ``people.journal.jsonl``, so re-running the same command resumes the same import."""
    root, _ = os.path.splitext(csv_path)
    return root + JOURNAL_SUFFIX


def cmd_import(args: argparse.Namespace) -> int:
    """Book every CSV row once (or, with ``--dry-run``, show what would be booked)."""
    try:
        source = BookingCsv(args.file, default_event_type_id=args.event_type)
        scan = source.scan()
    except CsvFormatError as exc:
        raise UsageError(str(exc)) from None
    if args.dry_run:
        return _dry_run(args, source)
    return _import(args, source, scan.rows, scan.event_type_ids)


async def _check_event_types(
    cal: AsyncCalcom, ids: Iterable[int], username: str, say: Callable[[str], None]
) -> None:
    """Refuse to start when an event type the rows name does not exist for this key."""
    missing: list[int] = []
    for event_type_id in sorted(ids):
        try:
            await cal.event_types.get(event_type_id)
        except NotFoundError:
            missing.append(event_type_id)
        except PermissionDeniedError as exc:
            # Someone else's (or a team's) event type can still accept bookings: go on.
            say(f"event type {event_type_id} cannot be checked with this key ({exc}); going on")
    if not missing:
        return
    own = await cal.event_types.list()
    known = ", ".join(f"#{et.id} {et.slug}" for et in own) or "none"
    what = "event type" if len(missing) == 1 else "event types"
    names = ", ".join(map(str, missing))
    raise UsageError(
        f"{what} {names} not found for {username} at "
        f"{cal.base_url}; no booking was sent. Event types of {username}: {known} "
        "(see 'calcom-async event-types list')"
    )


def _import(args: argparse.Namespace, source: BookingCsv, total: int, ids: frozenset[int]) -> int:
    from ._import_rows import Importer, failures_file
    from ._progress import ImportProgress, ImportTotals, summary_data, summary_table
    from ._render import emit, make_console
    from ._waits import WaitClock

    journal: str = args.journal or default_journal(args.file)
    shown_journal = describe_url(journal) if is_redis_url(journal) else journal  # no password
    err = make_console(stderr=True)
    waits = WaitClock()

    def say(line: str) -> None:
        err.print(line, soft_wrap=True, markup=False)

    async def command(cal: AsyncCalcom) -> int:
        me = await cal.me.get()  # checks the key and the URL before anything is sent
        await _check_event_types(cal, ids, me.username, say)
        say(
            f"Importing {plural(total, 'row')} from {args.file} as {me.username} at "
            f"{cal.base_url} (concurrency {args.concurrency})"
        )
        default = "" if args.journal else " (the default; --journal to choose)"
        say(f"Journal {shown_journal}{default}: re-run the same command to resume")
        totals = ImportTotals()
        started = time.monotonic()
        with failures_file(args.failures) as failures:
            progress = ImportProgress(err, totals, total, lambda: cal.stats, waits)
            importer = Importer(
                source,
                totals,
                progress,
                failures,
                stop_after=args.max_identical_failures,
                origin=cal.base_url,
            )
            cal.on_wait = progress.on_wait
            with progress:
                await cal.bookings.create_many(
                    importer.requests(),
                    concurrency=args.concurrency,
                    journal=journal,
                    on_progress=importer.on_progress,
                    settle_delay=args.settle_delay,
                    worker_id=args.worker_id,
                )
        totals.not_attempted = total - importer.read
        data = summary_data(
            totals,
            cal.stats,
            waits.totals(),
            wall_seconds=time.monotonic() - started,
            source=args.file,
            journal=shown_journal,
            failures_file=args.failures,
            stopped=importer.stopped,
        )
        if importer.stopped is not None:
            say(
                f"Stopped after {importer.stopped}; "
                f"{plural(totals.not_attempted, 'row')} not sent. Fix the cause and run the same "
                "command again: rows already booked are skipped."
            )
        if args.json:
            print_json(data)
        else:
            emit(make_console(), summary_table(data))
        return EXIT_FAILED if totals.failed or importer.stopped else EXIT_OK

    return run(args, command, transport=waits.transport())


def _dry_run(args: argparse.Namespace, source: BookingCsv) -> int:
    """Validate every row and show the bookings an import would create; send nothing."""
    from ._render import emit, make_console, rows_table

    err = make_console(stderr=True)
    planned: list[tuple[int, BookingRequest, str]] = []  # line, request, note
    invalid: list[RowError] = []
    first_line: dict[str, tuple[int, str]] = {}  # key -> (line, fingerprint)
    for line, item in source.rows():
        if isinstance(item, RowError):
            invalid.append(item)
            continue
        seen = first_line.get(item.key)
        if seen is None:
            first_line[item.key] = (line, item.fingerprint)
            planned.append((line, item, ""))
        elif seen[1] == item.fingerprint:
            planned.append((line, item, f"same as line {seen[0]}: booked once"))
        else:
            invalid.append(
                RowError(
                    line,
                    None,
                    f"same attendee, event type and start as line {seen[0]} "
                    "but other details: it would fail as conflicting_duplicate",
                )
            )
    invalid.sort(key=lambda e: e.line)
    to_book = sum(1 for _, _, note in planned if not note)
    if args.json:
        print_json(
            {
                "source": args.file,
                "would_book": to_book,
                "rows": [
                    {"line": line, "request": request.to_wire(), "note": note or None}
                    for line, request, note in planned
                ],
                "invalid": [
                    {"line": e.line, "field": e.field, "error": e.message} for e in invalid
                ],
            }
        )
    else:
        for error in invalid:
            err.print(f"line {error.line}: invalid: {error.detail}", style="red", markup=False)
        table = rows_table(
            ("line", "start", "event type", "attendee", "time zone", "guests", "note"),
            (
                (
                    line,
                    request.start,
                    request.event_type_id,
                    f"{request.attendee.name} <{request.attendee.email}>",
                    request.attendee.time_zone,
                    len(request.guests) or "",
                    note,
                )
                for line, request, note in planned
            ),
            title=f"Dry run: {args.file} would create {plural(to_book, 'booking')}"
            + (f" ({plural(len(invalid), 'row')} refused)" if invalid else "")
            + "; nothing was sent",
            right=("line", "event type", "guests"),
        )
        emit(make_console(), table)
    return EXIT_FAILED if invalid else EXIT_OK
