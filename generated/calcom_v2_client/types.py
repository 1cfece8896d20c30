"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping, Sequence
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from .errors import MISSING, ResponseParseError


class Unset:
    """The type of ``UNSET``: a field the API did not send (as opposed to ``None``, sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads"""

    __slots__ = ("payload", "file_name", "mime_type")

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint"""

    __slots__ = ("status_code", "content", "headers", "parsed")

    def __init__(
        self, status_code: HTTPStatus, content: bytes, headers: MutableMapping[str, str], parsed: T | None
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code!r}, parsed={self.parsed!r})"


# Parsers for response values. The generated code checks the exact JSON type inline (the common,
# valid case costs one comparison) and calls these only for anything else: they coerce what is
# unambiguous (an integral float such as 5001.0 to 5001) and raise ResponseParseError otherwise.


def as_str(value: object) -> str:
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string", value)


def as_int(value: object) -> int:
    if isinstance(value, bool):
        raise ResponseParseError("expected an integer", value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise ResponseParseError("expected an integer", value)


def as_float(value: object) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise ResponseParseError("expected a number", value)


def as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise ResponseParseError("expected true or false", value)


def as_list(value: object) -> list[Any]:
    if isinstance(value, list):
        return value
    raise ResponseParseError("expected an array", value)


def as_object(value: object, schema: str) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    raise ResponseParseError(f"expected a JSON object ({schema})", value)


def as_datetime(value: object) -> datetime.datetime:
    """An aware datetime from ISO 8601 text; a timestamp without a UTC offset is refused.

    A missing offset is ambiguous (Cal.com writes instants in UTC, but slots in the requested time
    zone), and guessing would move a booking by hours, so it is an error rather than naive.
    """
    if not isinstance(value, str):
        raise ResponseParseError("expected an ISO 8601 date-time string", value)
    # "Z" is accepted by fromisoformat only from Python 3.11.
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise ResponseParseError("expected an ISO 8601 date-time string", value) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ResponseParseError("expected an ISO 8601 date-time with a UTC offset", value)
    return parsed


def as_date(value: object) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise ResponseParseError("expected an ISO 8601 date (YYYY-MM-DD)", value)


def unexpected(exc: BaseException, src: Mapping[str, Any], key: str) -> ResponseParseError:
    """The ResponseParseError for an exception a parser did not anticipate (never let it escape)."""
    if isinstance(exc, KeyError) and key not in src:
        return ResponseParseError("required field is missing", MISSING)
    return ResponseParseError(f"cannot be used ({type(exc).__name__}: {exc})", src.get(key, MISSING))


def no_variant(expected: str, value: object, attempts: Sequence[tuple[str, ResponseParseError]]) -> ResponseParseError:
    """No variant of a union fits ``value``: explain why for the closest one.

    ``attempts`` pairs each variant whose JSON type (and discriminating fields) matched with the
    error it raised. The closest is the one that got furthest into the value (the longest path),
    so a booking with one bad field reports that field rather than just "expected Booking |
    RecurringBooking"; when several were tried, the message says which one it explains.
    """
    if not attempts:
        return ResponseParseError(f"expected {expected}", value)
    label, closest = max(attempts, key=lambda attempt: len(attempt[1].path))
    if len(attempts) > 1:
        closest.reason = f"no variant of {expected} fits; as {label}: {closest.reason}"
    return closest


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
