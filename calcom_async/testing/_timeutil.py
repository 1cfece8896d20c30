"""Date/time parsing and formatting helpers for the fake server (Python 3.10 compatible)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "UTC",
    "format_local",
    "format_utc",
    "get_zone",
    "parse_date",
    "parse_datetime",
    "parse_hhmm",
]

UTC = timezone.utc

_DT_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"(Z|z|[+-]\d{2}:?\d{2})?$"
)
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_HHMM_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"})


def get_zone(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None when unknown/invalid."""
    if not isinstance(name, str) or not name or name.startswith("/") or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def parse_date(value: str) -> date | None:
    """``YYYY-MM-DD`` → date, else None."""
    m = _DATE_RE.match(value.strip()) if isinstance(value, str) else None
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_datetime(value: str, default_tz: tzinfo = UTC) -> datetime | None:
    """Parse an ISO 8601 timestamp into an aware UTC datetime.

    A missing offset is interpreted in ``default_tz`` (UTC unless told otherwise). A bare date
    (no time part) is *not* accepted here; use :func:`parse_date` for those. Returns None for
    anything unparsable.
    """
    if not isinstance(value, str):
        return None
    m = _DT_RE.match(value.strip())
    if not m or m.group(4) is None:
        return None
    year, month, day, hh, mi = (int(m.group(i)) for i in range(1, 6))
    ss = int(m.group(6) or 0)
    frac = (m.group(7) or "0")[:6].ljust(6, "0")
    off = m.group(8)
    try:
        if off is None:
            naive = datetime(year, month, day, hh, mi, ss, int(frac))
            return naive.replace(tzinfo=default_tz).astimezone(UTC)
        if off in ("Z", "z"):
            tz: tzinfo = UTC
        else:
            sign = -1 if off[0] == "-" else 1
            digits = off[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        return datetime(year, month, day, hh, mi, ss, int(frac), tzinfo=tz).astimezone(UTC)
    except ValueError:
        return None


def parse_hhmm(value: object) -> int | None:
    """``"HH:MM"`` → minutes after midnight (00:00-23:59), else None."""
    if not isinstance(value, str):
        return None
    m = _HHMM_RE.match(value)
    if not m:
        return None
    return int(m.group(1)) * 60 + int(m.group(2))


def format_utc(dt: datetime) -> str:
    """``2050-09-05T07:00:00.000Z`` (millisecond precision, UTC, ``Z`` suffix)."""
    u = dt.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def format_local(dt: datetime, zone: ZoneInfo) -> str:
    """``2050-09-05T09:00:00.000+02:00`` in ``zone`` (``Z`` for the UTC zone names)."""
    if zone.key in _UTC_NAMES:
        return format_utc(dt)
    loc = dt.astimezone(zone)
    off = loc.utcoffset() or timedelta(0)
    total = int(off.total_seconds()) // 60
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    base = loc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{loc.microsecond // 1000:03d}"
    return f"{base}{sign}{total // 60:02d}:{total % 60:02d}"
