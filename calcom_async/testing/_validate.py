"""Input validation shared by the route modules, worded like Cal.com's (class-validator) errors.

Every helper raises a 400 :class:`~._routing.ApiError` naming the offending field
(``details.field``), so a handler validates everything first and then applies the change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, NoReturn, cast
from zoneinfo import ZoneInfo

from starlette.datastructures import QueryParams

from ._routing import bad_request
from ._state import DAY_NAMES, Availability, Override
from ._timeutil import UTC, get_zone, parse_date, parse_datetime, parse_hhmm

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+[1-9]\d{1,14}$")


def words(text: str) -> frozenset[str]:
    """``"a b c"`` → ``frozenset({"a", "b", "c"})``: field lists written as prose."""
    return frozenset(text.split())


def fail(message: str, field: str) -> NoReturn:
    raise bad_request(message, field)


def check_keys(body: dict[str, Any], allowed: Iterable[str], prefix: str = "") -> None:
    allowed_set = set(allowed)
    for key in body:
        if key not in allowed_set:
            fail(f"property {prefix}{key} should not exist", f"{prefix}{key}")


def as_obj(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        fail(f"{field} must be an object", field)
    return cast(dict[str, Any], value)


def get_str(
    body: dict[str, Any], key: str, *, required: bool = False, prefix: str = ""
) -> str | None:
    name = prefix + key
    if key not in body or body[key] is None:
        if required:
            fail(f"{name} should not be empty", name)
        return None
    value = body[key]
    if not isinstance(value, str):
        fail(f"{name} must be a string", name)
    if required and not value.strip():
        fail(f"{name} should not be empty", name)
    return value


def get_int(
    body: dict[str, Any],
    key: str,
    *,
    required: bool = False,
    minimum: int | None = None,
    prefix: str = "",
) -> int | None:
    name = prefix + key
    if key not in body or body[key] is None:
        if required:
            fail(f"{name} must be a number", name)
        return None
    value = body[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        fail(f"{name} must be an integer number", name)
    ivalue = int(value)
    if minimum is not None and ivalue < minimum:
        fail(f"{name} must not be less than {minimum}", name)
    return ivalue


def get_bool(
    body: dict[str, Any], key: str, *, required: bool = False, prefix: str = ""
) -> bool | None:
    name = prefix + key
    if key not in body or body[key] is None:
        if required:
            fail(f"{name} must be a boolean value", name)
        return None
    value = body[key]
    if not isinstance(value, bool):
        fail(f"{name} must be a boolean value", name)
    return value


def get_list(body: dict[str, Any], key: str, *, prefix: str = "") -> list[Any] | None:
    name = prefix + key
    if key not in body or body[key] is None:
        return None
    value = body[key]
    if not isinstance(value, list):
        fail(f"{name} must be an array", name)
    return value


def check_time_zone(value: str, field: str) -> str:
    if get_zone(value) is None:
        fail(f"{field} must be a valid IANA time zone", field)
    return value


def check_email(value: Any, field: str) -> str:
    if not isinstance(value, str) or not EMAIL_RE.match(value):
        fail(f"{field} must be an email", field)
    return value


def query_int(
    q: QueryParams, key: str, default: int, minimum: int, maximum: int | None = None
) -> int:
    raw = q.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        fail(f"{key} must be an integer number", key)
    if value < minimum:
        fail(f"{key} must not be less than {minimum}", key)
    if maximum is not None and value > maximum:
        fail(f"{key} must not be greater than {maximum}", key)
    return value


def query_instant(
    q: QueryParams, key: str, *, end_of_day: bool = False, zone: ZoneInfo | None = None
) -> datetime | None:
    raw = q.get(key)
    if raw is None or raw == "":
        return None
    return parse_instant(raw, key, end_of_day=end_of_day, zone=zone)


def parse_instant(
    raw: str, field: str, *, end_of_day: bool = False, zone: ZoneInfo | None = None
) -> datetime:
    """ISO 8601 timestamp (UTC unless an offset is given) or a bare date (start/end of day)."""
    d = parse_date(raw)
    if d is not None:
        tz = zone or UTC
        if end_of_day:
            return datetime.combine(
                d + timedelta(days=1), datetime.min.time(), tzinfo=tz
            ).astimezone(UTC) - timedelta(milliseconds=1)
        return datetime.combine(d, datetime.min.time(), tzinfo=tz).astimezone(UTC)
    dt = parse_datetime(raw)
    if dt is None:
        fail(f"{field} must be a valid ISO 8601 date string", field)
    return dt


def check_metadata(value: Any) -> dict[str, Any]:
    meta = as_obj(value, "metadata")
    if len(meta) > 50:
        fail("metadata can have at most 50 keys", "metadata")
    for k, v in meta.items():
        if len(k) > 40:
            fail(f"metadata key {k[:40]!r}... is longer than 40 characters", "metadata")
        if isinstance(v, str):
            if len(v) > 500:
                fail(f"metadata value of {k!r} is longer than 500 characters", "metadata")
        elif not isinstance(v, (int, float, bool)):
            fail(f"metadata value of {k!r} must be a string, number or boolean", "metadata")
    return dict(meta)


def parse_rules(
    availability: Any, overrides: Any
) -> tuple[list[Availability] | None, list[Override] | None]:
    avail_out: list[Availability] | None = None
    if availability is not None:
        if not isinstance(availability, list):
            fail("availability must be an array", "availability")
        avail_out = []
        for i, raw in enumerate(availability):
            prefix = f"availability.{i}."
            item = as_obj(raw, f"availability.{i}")
            check_keys(item, ("days", "startTime", "endTime"), prefix)
            days = get_list(item, "days", prefix=prefix)
            if not days:
                fail(f"{prefix}days should not be empty", f"{prefix}days")
            for d in days:
                if d not in DAY_NAMES:
                    fail(
                        f"{prefix}days must contain day names like Monday, Tuesday...",
                        f"{prefix}days",
                    )
            start = get_str(item, "startTime", required=True, prefix=prefix)
            end = get_str(item, "endTime", required=True, prefix=prefix)
            assert start is not None and end is not None
            s, e = parse_hhmm(start), parse_hhmm(end)
            if s is None:
                fail(f"{prefix}startTime must be in HH:MM format", f"{prefix}startTime")
            if e is None:
                fail(f"{prefix}endTime must be in HH:MM format", f"{prefix}endTime")
            if e <= s:
                fail(f"{prefix}endTime must be after startTime", f"{prefix}endTime")
            avail_out.append(Availability(days=list(days), start_time=start, end_time=end))
    over_out: list[Override] | None = None
    if overrides is not None:
        if not isinstance(overrides, list):
            fail("overrides must be an array", "overrides")
        over_out = []
        for i, raw in enumerate(overrides):
            prefix = f"overrides.{i}."
            item = as_obj(raw, f"overrides.{i}")
            check_keys(item, ("date", "startTime", "endTime"), prefix)
            day = get_str(item, "date", required=True, prefix=prefix)
            start = get_str(item, "startTime", required=True, prefix=prefix)
            end = get_str(item, "endTime", required=True, prefix=prefix)
            assert day is not None and start is not None and end is not None
            if parse_date(day) is None:
                fail(f"{prefix}date must be a YYYY-MM-DD date", f"{prefix}date")
            s, e = parse_hhmm(start), parse_hhmm(end)
            if s is None:
                fail(f"{prefix}startTime must be in HH:MM format", f"{prefix}startTime")
            if e is None:
                fail(f"{prefix}endTime must be in HH:MM format", f"{prefix}endTime")
            if e < s:
                fail(f"{prefix}endTime must not be before startTime", f"{prefix}endTime")
            over_out.append(Override(date=day, start_time=start, end_time=end))
    return avail_out, over_out
