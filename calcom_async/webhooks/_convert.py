"""From decoded JSON to the payload classes: a small converter driven by their annotations.

Each payload class is a frozen attrs class whose fields are annotated with plain types (``str``,
``int``, ``float``, ``bool``, ``datetime``, ``list[X]``, ``dict[str, Any]``, another payload class,
unions of these with ``None``). :func:`from_wire` reads each field from its camelCase key (or
``metadata={"wire": ...}``), checks and converts the value, and keeps every key it does not know
in ``additional_properties`` -- so a field Cal.com adds later is never lost.

Rules, chosen for forward compatibility without silent garbage:

* a missing key, or ``null``, gives the field's default; a field without a default is required;
* a present value of the wrong type raises :class:`~calcom_async.CalcomValueError` naming the
  field's path (``payload.attendees[0].email``), because a typed attribute holding something
  else would break the user's code later and further from the cause;
* datetimes are parsed from ISO 8601 and always aware: a value without an offset is UTC, which
  is what Cal.com writes.

Written by hand rather than with cattrs/pydantic: about a hundred lines for the dozen shapes of
Cal.com's deliveries, no extra dependency for users who never receive webhooks.
"""

from __future__ import annotations

import functools
import sys
import types
import typing
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any, TypeVar

import attrs
from dateutil.parser import isoparse

from .._errors import CalcomValueError

__all__ = ["ADDITIONAL", "from_wire", "parse_datetime", "wire"]

T = TypeVar("T", bound=attrs.AttrsInstance)
ADDITIONAL = "additional_properties"
_NONE = type(None)
_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


def wire(key: str | None = None, *, parse: Callable[[Any, str], Any] | None = None) -> Any:
    """Field metadata: read the field from ``key`` and/or convert it with ``parse(value, path)``."""
    return {"wire": key, "parse": parse}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _fail(path: str, expected: str, value: object) -> CalcomValueError:
    return CalcomValueError(
        f"webhook field {path!r} must be {expected}, got {type(value).__name__}"
    )


def parse_datetime(value: object, path: str) -> datetime:
    """An aware datetime from an ISO 8601 string (UTC when the string has no offset)."""
    if not isinstance(value, str):
        raise _fail(path, "an ISO 8601 date-time string", value)
    try:
        parsed = isoparse(value)
    except (ValueError, OverflowError):
        raise CalcomValueError(
            f"webhook field {path!r} is not an ISO 8601 date-time: {value[:40]!r}"
        ) from None
    offset = parsed.utcoffset()
    # The standard library's fixed-offset zones, as the generated models use (not dateutil's).
    return parsed.replace(tzinfo=timezone.utc if offset is None else timezone(offset))


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]))
    return _HINTS[cls]


def _convert(hint: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [arg for arg in typing.get_args(hint) if arg is not _NONE]
        if len(options) == 1:
            return _convert(options[0], value, path)
        # A union of scalars (``str | int``): take the value if it is any of them.
        for option in options:
            if _is_scalar(option, value):
                return value
        raise _fail(path, " or ".join(_NAMES.get(o, str(o)) for o in options), value)
    if hint is Any:
        return value
    if origin is list:
        if not isinstance(value, list):
            raise _fail(path, "an array", value)
        (item,) = typing.get_args(hint)
        return [_convert(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise _fail(path, "an object", value)
        return dict(value)
    if hint is datetime:
        return parse_datetime(value, path)
    if attrs.has(hint):
        return from_wire(hint, value, path)
    if _is_scalar(hint, value):
        return float(value) if hint is float else value
    raise _fail(path, _NAMES.get(hint, str(hint)), value)


def _is_scalar(kind: Any, value: object) -> bool:
    if isinstance(value, bool):  # bool is an int subclass: only a bool field takes it
        return kind is bool
    if kind is float:
        return isinstance(value, (int, float))
    return kind in (int, str) and isinstance(value, kind)


def from_wire(cls: type[T], data: object, path: str) -> T:
    """Build ``cls`` from a decoded JSON object; unknown keys go to ``additional_properties``."""
    if not isinstance(data, dict):
        raise _fail(path, "an object", data)
    hints = _hints(cls)
    known: set[str] = set()
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name == ADDITIONAL:
            continue
        key = field.metadata.get("wire") or _camel(field.name)
        known.add(key)
        value = data.get(key)
        here = f"{path}.{key}"
        if value is None:
            if field.default is attrs.NOTHING:
                raise CalcomValueError(f"webhook field {here!r} is missing")
            continue
        parse = field.metadata.get("parse") or functools.partial(_convert, hints[field.name])
        kwargs[field.name] = parse(value, here)
    kwargs[ADDITIONAL] = {k: v for k, v in data.items() if k not in known}
    return cls(**kwargs)
