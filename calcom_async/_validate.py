"""Argument checks shared by every public method: bad input fails here, before any request.

Each helper takes the value and the argument's name (used in the message), returns the value in
the form the wire needs, and otherwise raises :class:`CalcomValueError` -- never a bare
``TypeError``, ``KeyError`` or ``OSError``, and never after a request has left. Facade methods
(and the ``request`` escape hatch) compose them; nothing here knows about any one endpoint.

What the checks guard against, besides plain type errors:

* **Path segments** (uids, ids) are percent-encoded by the generated client, but ``.`` and
  ``..`` survive encoding and would be resolved by URL normalisation (``GET /v2/bookings/..`` is
  ``GET /v2``), ``None`` would become the text ``"None"``, and a segment of 70,000 characters
  makes httpx refuse the URL. So segments are non-empty text (or positive ints) without
  whitespace or control characters, not ``.``/``..``, at most :data:`MAX_SEGMENT` characters.
* **Query values** end up in a URL too: bounded length, no control characters.
* **JSON values** (free-form ``metadata``-like mappings, ``extra`` fields) must serialise:
  string keys, finite numbers, integers JavaScript can represent exactly, no ``bytes``/sets/
  arbitrary objects, bounded nesting. Text must be encodable as UTF-8 (no lone surrogates) and
  free of NUL characters, which Cal.com's database cannot store.
* **Datetimes** must be aware *and* representable in UTC (``datetime(1, 1, 1, tzinfo=+05:00)``
  is not).
* **Time zones** are IANA names: looked up in the tz database only after a shape check, so a
  directory (``"Europe"``) or an over-long name is a clean error, not an ``OSError``.
"""

from __future__ import annotations

import math
import os
import re
import typing
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timezone
from typing import Any, TypeVar

from ._errors import CalcomValueError, ConfigurationError

if typing.TYPE_CHECKING:
    import httpx

__all__ = [
    "MAX_INT32",
    "MAX_QUERY_TEXT",
    "MAX_SEGMENT",
    "aware_datetime",
    "boolean",
    "call_options",
    "callback",
    "check_client_parts",
    "client_timeout",
    "choice",
    "date_or_datetime",
    "email",
    "file_path",
    "http_url",
    "id_list",
    "identifier",
    "integer",
    "json_object",
    "json_value",
    "literal_values",
    "path_segment",
    "positive_int",
    "query_text",
    "shown",
    "string_list",
    "text",
    "time_zone",
    "username",
    "wire_datetime",
]

T = TypeVar("T")

MAX_SEGMENT = 512  # far above any Cal.com uid (22-36 characters) or id
MAX_QUERY_TEXT = 2048  # one query value; keeps every URL well under httpx's 65,536 limit
MAX_INT32 = 2**31 - 1  # Cal.com's ids are PostgreSQL int4
_MAX_SAFE_INT = 2**53 - 1  # the largest integer a JavaScript number holds exactly
_MAX_DEPTH = 32
_MAX_TZ_NAME = 64  # the longest IANA name is about 32 characters

# Loose on purpose: one "@", something on both sides, a dot in the domain; the API does the rest.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TZ_NAME = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# \s in a str pattern is exactly str.isspace(); one search instead of a loop per character.
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


def _type_name(value: object) -> str:
    return type(value).__name__


def shown(value: object) -> str:
    """A short repr for messages: user input may be huge (and must not flood a log)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _utf8(value: str, field: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise CalcomValueError(f"{field} is not valid Unicode text (lone surrogate)") from None
    if "\x00" in value:
        raise CalcomValueError(f"{field} must not contain NUL characters")
    return value


def text(
    value: object, field: str, *, allow_empty: bool = False, max_length: int | None = None
) -> str:
    """Free text (a name, title, reason, description): a ``str`` that serialises cleanly."""
    if not isinstance(value, str):
        raise CalcomValueError(f"{field} must be a string, not {_type_name(value)}")
    _utf8(value, field)
    if not allow_empty and not value.strip():
        raise CalcomValueError(f"{field} must be a non-empty string")
    if max_length is not None and len(value) > max_length:
        raise CalcomValueError(f"{field} is longer than {max_length} characters")
    return value


def query_text(value: object, field: str, *, max_length: int = MAX_QUERY_TEXT) -> str:
    """Text sent in a URL query: non-empty, bounded, no control characters."""
    value = text(value, field, max_length=max_length)
    if _CONTROL.search(value):
        raise CalcomValueError(f"{field} must not contain control characters")
    return value


def identifier(value: object, field: str, *, max_length: int = MAX_SEGMENT) -> str:
    """A name-like token (slug, username, uid): non-empty, no whitespace or control characters."""
    value = text(value, field, max_length=max_length)
    if _SPACE_OR_CONTROL.search(value):
        raise CalcomValueError(f"{field} must not contain whitespace or control characters")
    return value


def username(value: object, field: str) -> str:
    """One Cal.com username (several are sent comma-separated, so a comma is refused)."""
    name = identifier(value, field, max_length=255)
    if "," in name:
        raise CalcomValueError(f"{field} must be one username (no commas)")
    return name


def path_segment(value: object, field: str, *, allow_slash: bool = False) -> str:
    """One URL path segment (a uid or id): a positive int or an :func:`identifier`, not a dot
    segment. The generated client percent-encodes it; this makes sure it stays one segment.

    ``/`` and ``\\`` are refused unless ``allow_slash`` (for ids that can contain them, such
    as calendar URLs): no Cal.com uid or numeric id does, and some servers decode ``%2F``.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return str(positive_int(value, field, maximum=None))
    if not isinstance(value, str):
        raise CalcomValueError(f"{field} must be a string, not {_type_name(value)}")
    value = identifier(value, field)
    if value in (".", ".."):
        raise CalcomValueError(f"{field} must not be {value!r}")
    if not allow_slash and ("/" in value or "\\" in value):
        raise CalcomValueError(f"{field} must not contain '/' or '\\\\'")
    return value


def integer(
    value: object, field: str, *, minimum: int | None = None, maximum: int | None = MAX_INT32
) -> int:
    """An ``int`` (not a ``bool``, not a float) within ``[minimum, maximum]``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise CalcomValueError(f"{field} must be an integer, not {_type_name(value)}")
    if minimum is not None and value < minimum:
        raise CalcomValueError(f"{field} must be >= {minimum}, got {shown(value)}")
    if maximum is not None and value > maximum:
        raise CalcomValueError(f"{field} must be <= {maximum}, got {shown(value)}")
    return value


def positive_int(value: object, field: str, *, maximum: int | None = MAX_INT32) -> int:
    """A positive ``int`` (ids, minutes); ids are bounded by Cal.com's 32-bit columns."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CalcomValueError(f"{field} must be a positive integer, got {shown(value)}")
    if maximum is not None and value > maximum:
        raise CalcomValueError(f"{field} must be <= {maximum}, got {shown(value)}")
    return value


def id_list(value: object, field: str) -> list[int]:
    """A list (or other iterable) of positive ids."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise CalcomValueError(f"{field} must be a list of integers, not {_type_name(value)}")
    items = [positive_int(x, f"{field}[{i}]") for i, x in enumerate(value)]
    if not items:
        raise CalcomValueError(f"{field} must not be empty")
    return items


def boolean(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise CalcomValueError(f"{field} must be True or False, not {_type_name(value)}")
    return value


def choice(value: object, field: str, choices: Iterable[str]) -> str:
    """One of ``choices`` (compared exactly, so case matters)."""
    allowed = sorted(choices)
    if not isinstance(value, str) or value not in allowed:
        raise CalcomValueError(f"{field} must be one of {allowed}, got {shown(value)}")
    return value


def literal_values(tp: object) -> frozenset[str]:
    """The string values of a ``Literal`` type (also inside unions), e.g. a generated enum."""
    if typing.get_origin(tp) is typing.Literal:
        return frozenset(a for a in typing.get_args(tp) if isinstance(a, str))
    return frozenset().union(*(literal_values(a) for a in typing.get_args(tp)))


def string_list(
    value: object,
    field: str,
    *,
    item: Callable[[object, str], str] = identifier,
    allow_empty: bool = False,
) -> list[str]:
    """A list (or other iterable, not a string) of strings, each checked by ``item``."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise CalcomValueError(f"{field} must be a list of strings, not {_type_name(value)}")
    items = [item(v, f"{field}[{i}]") for i, v in enumerate(value)]
    if not items and not allow_empty:
        raise CalcomValueError(f"{field} must not be empty")
    return items


def email(value: object, field: str = "email") -> str:
    if not isinstance(value, str) or len(value) > 320 or not _EMAIL.match(value):
        raise CalcomValueError(f"{field} must be an email address like 'ada@example.com'")
    return _utf8(value, field)


def http_url(value: object, field: str) -> str:
    """An absolute ``http``/``https`` URL with a host."""
    import httpx  # deferred: only webhooks need it

    if isinstance(value, str) and not _CONTROL.search(value) and len(value) <= MAX_QUERY_TEXT:
        try:
            url: httpx.URL | None = httpx.URL(_utf8(value, field))
        except httpx.InvalidURL:
            url = None
        if url is not None and url.scheme in ("http", "https") and url.host:
            return value
    raise CalcomValueError(f"{field} must be an absolute http(s) URL")


def time_zone(value: object, field: str = "time_zone") -> str:
    """An IANA time zone name such as ``Europe/Berlin``."""
    if (
        not isinstance(value, str)
        or len(value) > _MAX_TZ_NAME
        or not _TZ_NAME.match(value)
        or any(part in (".", "..") for part in value.split("/"))
    ):
        raise CalcomValueError(f"{field} must be an IANA time zone name such as 'Europe/Berlin'")
    import zoneinfo  # here, not at the top: it costs ``import calcom_async`` ~2 ms

    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # OSError: e.g. a directory
        raise CalcomValueError(f"{field} {shown(value)} is not a known IANA time zone") from None
    return value


def aware_datetime(value: object, field: str) -> datetime:
    """A timezone-aware ``datetime`` that has a UTC equivalent; returned unchanged."""
    if not isinstance(value, datetime):
        raise CalcomValueError(f"{field} must be a timezone-aware datetime")
    try:
        offset = value.utcoffset()
    except Exception:  # a broken tzinfo implementation
        offset = None
    if offset is None:
        raise CalcomValueError(
            f"{field} must be timezone-aware (e.g. datetime(..., tzinfo=timezone.utc))"
        )
    try:
        value.astimezone(timezone.utc)
    except OverflowError:
        raise CalcomValueError(f"{field} is out of range once converted to UTC") from None
    return value


def wire_datetime(value: object, field: str) -> str:
    """ISO 8601 in UTC with millisecond precision and a ``Z``, as Cal.com expects."""
    utc = aware_datetime(value, field).astimezone(timezone.utc)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def date_or_datetime(value: object, field: str) -> date:
    """A ``date`` or an aware ``datetime`` (checked by :func:`aware_datetime`)."""
    if isinstance(value, datetime):
        return aware_datetime(value, field)
    if isinstance(value, date):
        return value
    raise CalcomValueError(f"{field} must be an aware datetime or a date")


def json_value(value: object, field: str, *, _depth: int = 0) -> Any:
    """A JSON-serialisable value: None, bool, int, finite float, str, lists and str-keyed
    mappings of those. Returns plain ``list``/``dict`` copies."""
    if _depth > _MAX_DEPTH:
        raise CalcomValueError(f"{field} is nested more than {_MAX_DEPTH} levels deep")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) > _MAX_SAFE_INT:
            raise CalcomValueError(f"{field}: {shown(value)} is too large for the API (2**53)")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CalcomValueError(f"{field} must be a finite number, not {value!r}")
        return value
    if isinstance(value, str):
        return _utf8(value, field)
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise CalcomValueError(f"{field} keys must be strings, not {_type_name(key)}")
            _utf8(key, f"{field} key")
            out[key] = json_value(item, f"{field}.{key[:40]}", _depth=_depth + 1)
        return out
    if isinstance(value, list | tuple):
        return [json_value(v, f"{field}[{i}]", _depth=_depth + 1) for i, v in enumerate(value)]
    raise CalcomValueError(f"{field} must be JSON data, not {_type_name(value)}")


def json_object(value: object, field: str) -> dict[str, Any]:
    """A str-keyed mapping of JSON values (see :func:`json_value`), as a plain ``dict``."""
    if not isinstance(value, Mapping):
        raise CalcomValueError(f"{field} must be a mapping, not {_type_name(value)}")
    result: dict[str, Any] = json_value(value, field)
    return result


def callback(value: object, field: str) -> Callable[..., Any] | None:
    if value is not None and not callable(value):
        raise CalcomValueError(f"{field} must be callable or None, not {_type_name(value)}")
    return value


def file_path(value: object, field: str) -> str:
    """A file system path given as ``str`` or ``os.PathLike[str]`` (not an int file descriptor,
    not bytes), non-empty and without NUL characters."""
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str):
        raise CalcomValueError(
            f"{field} must be a path (str or os.PathLike), not {_type_name(value)}"
        )
    if not value.strip():
        raise CalcomValueError(f"{field} must not be empty")
    return _utf8(value, field)


def call_options(timeout: object, max_retries: object) -> None:
    """Check a method's per-call ``timeout`` / ``max_retries`` now, not when a lazily fetched
    page is first requested."""
    from ._options import RequestOptions

    RequestOptions(timeout=timeout, max_retries=max_retries)  # type: ignore[arg-type]


def client_timeout(value: object) -> httpx.Timeout:
    """The client's ``timeout``: positive finite seconds, or an ``httpx.Timeout`` whose set
    fields are. Raises :class:`ConfigurationError` (this is client set-up, not a call)."""
    import httpx

    if isinstance(value, httpx.Timeout):
        fields = value.as_dict()
    elif isinstance(value, int | float) and not isinstance(value, bool):
        fields = {"timeout": value}
    else:
        raise ConfigurationError(
            f"timeout must be a number of seconds or an httpx.Timeout, not {_type_name(value)}"
        )
    for name, seconds in fields.items():
        if seconds is not None and not (math.isfinite(seconds) and seconds > 0):
            raise ConfigurationError(f"timeout {name} must be a positive number of seconds")
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def check_client_parts(*, pacing: object, http_client: object, transport: object) -> None:
    """The client's other set-up arguments (:class:`ConfigurationError` on a bad one)."""
    import httpx

    if not isinstance(pacing, bool):
        raise ConfigurationError(f"pacing must be True or False, not {_type_name(pacing)}")
    if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
        raise ConfigurationError(
            f"http_client must be an httpx.AsyncClient, not {_type_name(http_client)}"
        )
    if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
        raise ConfigurationError(
            f"transport must be an httpx.AsyncBaseTransport, not {_type_name(transport)}"
        )
    if http_client is not None and transport is not None:
        raise ConfigurationError("pass http_client or transport, not both")
