"""Terminal output of the ``calcom-async`` command (tables), built on rich (the ``cli`` extra).

Only the command modules import this module, lazily, so that the SDK itself never needs rich and
a missing rich gives a clear "install calcom-async[cli]" message instead of a traceback.

Output discipline: results (tables, the import summary, ``--json`` documents) go to stdout;
progress, failures and errors go to stderr. When a stream is not a terminal (CI logs, pipes,
files) rich writes no colour codes, and tables are not padded nor wrapped at 80 columns. User data
is never parsed as rich markup.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..types import Unset

__all__ = [
    "attendee_text",
    "bookings_table",
    "emit",
    "fields_table",
    "make_console",
    "rows_table",
    "slots_table",
    "text",
]

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
    lines = "\n".join(line.rstrip() for line in captured.get().splitlines())
    console.file.write(lines + "\n")
    console.file.flush()


def text(value: Any) -> str:
    """A field value for a table cell: ``-`` for unset or empty, ISO 8601 for date-times."""
    if value is None or isinstance(value, Unset) or value == "" or value == []:
        return "-"
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def attendee_text(attendees: Sequence[Any]) -> str:
    """``"Ada <ada@example.com> +2"``: the first attendee, and how many more."""
    if not attendees:
        return "-"
    first = attendees[0]
    shown = f"{first.name} <{first.email}>"
    if len(attendees) > 1:
        shown += f" +{len(attendees) - 1}"
    return shown


def _titled(title: str, table: Table) -> RenderableType:
    """``table`` under a title line (a rich table title would wrap at the table's width)."""
    return Group(Text(title, style="bold"), table)


def fields_table(rows: Iterable[tuple[str, Any]], *, title: str) -> RenderableType:
    """One record as a two-column ``field  value`` table."""
    table = Table(box=box.SIMPLE, show_header=False, pad_edge=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    for name, value in rows:
        table.add_row(name, Text(text(value)))
    return _titled(title, table)


def rows_table(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str, right: Sequence[str] = ()
) -> RenderableType:
    """Records as a table with a header row; ``right`` names the right-aligned columns."""
    table = Table(box=box.SIMPLE_HEAD)
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left")
    for row in rows:
        table.add_row(*(Text(text(cell)) for cell in row))  # user data: never parsed as markup
    return _titled(title, table)


def slots_table(days: Mapping[date, Sequence[datetime]], *, title: str) -> RenderableType:
    """Free slot start times grouped by date: one row per date."""
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("date", no_wrap=True)
    table.add_column("free", justify="right")
    table.add_column("start times", overflow="fold")
    for day, starts in days.items():
        times = " ".join(s.strftime("%H:%M") for s in starts)
        table.add_row(day.isoformat(), str(len(starts)), times)
    return _titled(title, table)


def bookings_table(rows: Iterable[tuple[str, str, str, str]], *, title: str) -> RenderableType:
    """``(uid, start, status, attendee)`` rows as a table."""
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("uid", no_wrap=True)
    table.add_column("start", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("attendee")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # user data: never parsed as markup
    return _titled(title, table)
