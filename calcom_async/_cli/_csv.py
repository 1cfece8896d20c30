"""The CSV input of ``calcom-async bookings import``: header checks and row -> BookingRequest.

Format: UTF-8 (a byte-order mark is fine), comma-separated, RFC 4180 quoting, one header row::

    start,name,email,time_zone,guests,metadata.crm_id
    2030-05-06T09:00:00+02:00,Ada Lovelace,ada@example.com,Europe/London,bob@example.com,A-17

Columns (header names are case-insensitive, cells are stripped of surrounding blanks):

``start`` (required)
    ISO 8601 date-time *with* an offset (``Z`` or ``+02:00``); a naive time is refused.
``name``, ``email`` (required)
    The attendee.
``time_zone``
    The attendee's IANA time zone; an empty cell means ``UTC``.
``phone_number``, ``language``
    Optional attendee fields (E.164 number; a Cal.com language code).
``guests``
    Extra guest emails separated by ``;``.
``length_in_minutes``
    For event types that offer several lengths.
``event_type_id``
    Overrides ``--event-type`` for this row (an empty cell falls back to it).
``metadata.<key>``
    Each becomes ``metadata[<key>]`` (empty cells are left out).

Any other column is refused up front (a typo must not silently drop data). A row that cannot be
turned into a :class:`~calcom_async.BookingRequest` becomes a :class:`RowError` naming its line
and field; the other rows go on. The file is read twice, both times streaming: a first pass
(:meth:`BookingCsv.scan`) counts records, collects their event type ids and surfaces encoding
or CSV syntax errors before any request is sent, the second (:meth:`BookingCsv.rows`) produces
the requests.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dateutil.parser import isoparse

from .._errors import CalcomValueError
from ..bulk import BookingRequest

__all__ = ["COLUMNS", "BookingCsv", "CsvFormatError", "CsvScan", "RowError"]

#: Known columns besides ``metadata.<key>``.
COLUMNS = (
    "start",
    "name",
    "email",
    "time_zone",
    "phone_number",
    "language",
    "guests",
    "length_in_minutes",
    "event_type_id",
)
REQUIRED = ("start", "name", "email")
METADATA_PREFIX = "metadata."

# Prefixes of the SDK's validation messages -> the CSV column they are about.
_SDK_PREFIXES = (
    ("attendee email ", "email"),
    ("attendee phone_number ", "phone_number"),
    ("attendee time_zone ", "time_zone"),
    ("attendee name ", "name"),
    ("guest email ", "guests"),
    ("metadata ", "metadata"),
    ("length_in_minutes ", "length_in_minutes"),
    ("event_type_id ", "event_type_id"),
    ("start ", "start"),
)


class CsvFormatError(Exception):
    """The file as a whole cannot be imported (missing, unreadable, bad header)."""


@dataclass(frozen=True)
class CsvScan:
    """What a first pass over the file found: the number of data records and the event type
    ids they would be booked into."""

    rows: int
    event_type_ids: frozenset[int]


@dataclass(frozen=True)
class RowError:
    """Why the row starting at ``line`` (1-based, the header is line 1) was not imported."""

    line: int
    field: str | None
    message: str

    @property
    def detail(self) -> str:
        """``"<field>: <message>"`` (or just the message when no single field is at fault)."""
        return f"{self.field}: {self.message}" if self.field else self.message

    def __str__(self) -> str:
        return f"line {self.line}: {self.detail}"


def _column_name(raw: str) -> str:
    name = raw.strip()
    if name.lower().startswith(METADATA_PREFIX):
        return METADATA_PREFIX + name[len(METADATA_PREFIX) :]
    return name.lower()


def _positive_int(text: str) -> int | None:
    try:
        value = int(text)
    except ValueError:
        return None
    return value if value >= 1 else None


def _parse_start(text: str) -> datetime | str:
    """The aware datetime in ``text``, or an error message."""
    try:
        value = isoparse(text)
    except (ValueError, OverflowError):
        return f"not an ISO 8601 date-time like '2030-05-06T09:00:00+02:00' (got {text!r})"
    if value.tzinfo is None or value.utcoffset() is None:
        return f"must be timezone-aware: add an offset such as 'Z' or '+02:00' (got {text!r})"
    return value


class BookingCsv:
    """A bookings CSV file: validated header, streamed rows.

    Example::

        source = BookingCsv("bookings.csv", default_event_type_id=123)   # checks the header
        for line, item in source.rows():
            ...  # item is a BookingRequest or a RowError
    """

    def __init__(self, path: str | os.PathLike[str], *, default_event_type_id: int | None) -> None:
        self.path = os.fspath(path)
        self.default_event_type_id = default_event_type_id
        self.header = self._read_header()

    # -- file level --------------------------------------------------------------------------

    def _open(self) -> Any:
        try:
            return open(self.path, encoding="utf-8-sig", newline="")
        except FileNotFoundError:
            raise CsvFormatError(f"{self.path}: no such file") from None
        except IsADirectoryError:
            raise CsvFormatError(f"{self.path}: is a directory, not a CSV file") from None
        except OSError as exc:
            raise CsvFormatError(f"{self.path}: cannot open: {exc.strerror or exc}") from None

    def _read_header(self) -> list[str]:
        with self._open() as f:
            try:
                raw = next(csv.reader(f), None)
            except (UnicodeDecodeError, csv.Error) as exc:
                raise CsvFormatError(
                    f"{self.path}: line 1: cannot read the header: {exc}"
                ) from None
        if raw is None or not any(cell.strip() for cell in raw):
            raise CsvFormatError(
                f"{self.path}: empty file; the first line must be a header such as "
                "'start,name,email'"
            )
        header = [_column_name(cell) for cell in raw]
        problems: list[str] = []
        seen: set[str] = set()
        for name in header:
            if name in seen:
                problems.append(f"column {name!r} appears twice")
            seen.add(name)
            if name == METADATA_PREFIX:
                problems.append("a 'metadata.' column needs a key, like 'metadata.crm_id'")
            elif not name.startswith(METADATA_PREFIX) and name not in COLUMNS:
                problems.append(
                    f"unknown column {name!r} (known: {', '.join(COLUMNS)}; put anything else "
                    f"in 'metadata.<key>' columns)"
                )
        missing = [c for c in REQUIRED if c not in seen]
        if missing:
            problems.append(f"missing required column(s): {', '.join(missing)}")
        if self.default_event_type_id is None and "event_type_id" not in seen:
            problems.append("no event type: pass --event-type ID or add an event_type_id column")
        if problems:
            raise CsvFormatError(f"{self.path}: " + "; ".join(problems))
        return header

    def scan(self) -> CsvScan:
        """Count the data records (blank lines skipped) and collect the event type ids the
        rows name, reading the whole file once.

        Raises :class:`CsvFormatError` for undecodable bytes or CSV syntax errors, so those
        stop the import before anything is sent. Unusable ``event_type_id`` cells are left to
        :meth:`rows` to report.
        """
        count = 0
        ids: set[int] = set()
        column = self.header.index("event_type_id") if "event_type_id" in self.header else None
        with self._open() as f:
            reader = csv.reader(f)
            try:
                next(reader, None)
                for record in reader:
                    if not record:
                        continue
                    count += 1
                    cell = (
                        record[column].strip()
                        if column is not None and column < len(record)
                        else ""
                    )
                    if cell:
                        if (value := _positive_int(cell)) is not None:
                            ids.add(value)
                    elif self.default_event_type_id is not None:
                        ids.add(self.default_event_type_id)
            except (UnicodeDecodeError, csv.Error) as exc:
                raise CsvFormatError(
                    f"{self.path}: near line {reader.line_num + 1}: {exc}"
                ) from None
        return CsvScan(count, frozenset(ids))

    def rows(self) -> Iterator[tuple[int, BookingRequest | RowError]]:
        """Yield ``(line, request or error)`` per data record, reading lazily."""
        with self._open() as f:
            reader = csv.reader(f)
            next(reader, None)
            while True:
                line = reader.line_num + 1  # where the next record starts
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except (UnicodeDecodeError, csv.Error) as exc:  # the file changed after counting
                    raise CsvFormatError(f"{self.path}: near line {line}: {exc}") from None
                if record:  # csv yields [] for a blank line
                    yield line, self.convert(line, record)

    # -- row level ---------------------------------------------------------------------------

    def convert(self, line: int, record: Sequence[str]) -> BookingRequest | RowError:
        """Turn one record into a request, or say which field is wrong."""
        if len(record) > len(self.header):
            return RowError(
                line, None, f"{len(record)} fields, but the header has {len(self.header)}"
            )
        values = {name: cell.strip() for name, cell in zip(self.header, record, strict=False)}
        for column in REQUIRED:
            if not values.get(column):
                return RowError(line, column, "required, but empty")

        event_type_text = values.get("event_type_id", "")
        if event_type_text:
            event_type_id = _positive_int(event_type_text)
            if event_type_id is None:
                return RowError(
                    line, "event_type_id", f"must be a positive integer (got {event_type_text!r})"
                )
        elif self.default_event_type_id is not None:
            event_type_id = self.default_event_type_id
        else:
            return RowError(line, "event_type_id", "empty, and no --event-type given")

        start = _parse_start(values["start"])
        if isinstance(start, str):
            return RowError(line, "start", start)

        attendee = {"name": values["name"], "email": values["email"]}
        attendee["time_zone"] = values.get("time_zone") or "UTC"
        for optional in ("phone_number", "language"):
            if values.get(optional):
                attendee[optional] = values[optional]

        mapping: dict[str, Any] = {
            "event_type_id": event_type_id,
            "start": start,
            "attendee": attendee,
        }
        guests = [g.strip() for g in values.get("guests", "").split(";") if g.strip()]
        if guests:
            mapping["guests"] = guests
        length_text = values.get("length_in_minutes", "")
        if length_text:
            length = _positive_int(length_text)
            if length is None:
                return RowError(
                    line, "length_in_minutes", f"must be a positive integer (got {length_text!r})"
                )
            mapping["length_in_minutes"] = length
        metadata = {
            name[len(METADATA_PREFIX) :]: value
            for name, value in values.items()
            if name.startswith(METADATA_PREFIX) and value
        }
        if metadata:
            mapping["metadata"] = metadata

        try:
            return BookingRequest.from_mapping(mapping)
        except CalcomValueError as exc:
            return _sdk_error(line, str(exc), values)


def _sdk_error(line: int, message: str, values: dict[str, str]) -> RowError:
    """Attribute an SDK validation message to its CSV column and show the offending value."""
    for prefix, column in _SDK_PREFIXES:
        if message.startswith(prefix):
            rest = message[len(prefix) :]
            value = values.get(column)
            if value and repr(value) not in rest and column != "metadata":
                rest += f" (got {value!r})"
            return RowError(line, column, rest)
    return RowError(line, None, message)
