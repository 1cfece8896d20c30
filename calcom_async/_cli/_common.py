"""What every ``calcom-async`` command shares: exit statuses, the client, errors, JSON output."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Callable, Coroutine
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from dateutil.parser import isoparse

from .._client import AsyncCalcom
from .._errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    CalcomValueError,
    ConfigurationError,
)
from .._keys import ApiKey
from .._redis_support import store_of_journal
from .._types import validate_time_zone
from ._csv import CsvFormatError

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "Command",
    "ConnectionProblem",
    "UsageError",
    "parse_datetime",
    "plural",
    "print_json",
    "run",
    "time_zone",
    "to_json",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Command = Callable[[AsyncCalcom], Coroutine[Any, Any, int]]


class UsageError(Exception):
    """A problem with the invocation or setup; reported without a traceback, exit status 2."""


class ConnectionProblem(Exception):
    """The API could not be reached; the message names the origin tried. Exit status 1."""


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``"1 booking"``, ``"2 bookings"``, ``"0 bookings"``."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"


def _client(
    args: argparse.Namespace,
    transport: httpx.AsyncBaseTransport | None,
) -> AsyncCalcom:
    """A client with the key from the environment variable named by ``--api-key-env`` and the
    origin from ``--base-url`` (else ``CALCOM_BASE_URL``, else Cal.com's, as the library does)."""
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
            transport=transport,
            # A shared journal's Redis also holds the key's shared rate budget.
            rate_limit_store=store_of_journal(getattr(args, "journal", None)),
        )
    except ConfigurationError as exc:
        raise UsageError(str(exc)) from None


def run(
    args: argparse.Namespace,
    command: Command,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> int:
    """Run ``command`` with a client made from ``args``; turn setup problems the SDK reports
    into usage errors and a connection failure into a message naming the origin tried."""
    cal = _client(args, transport)

    async def main() -> int:
        async with cal:
            return await command(cal)

    try:
        return asyncio.run(main())
    except AuthenticationError as exc:
        raise UsageError(f"the API refused the key (HTTP {exc.status_code}): {exc}") from None
    except (ConfigurationError, CalcomValueError, CsvFormatError) as exc:
        raise UsageError(str(exc)) from None
    except APIConnectionError as exc:
        what = "no answer in time from" if isinstance(exc, APITimeoutError) else "cannot reach"
        raise ConnectionProblem(
            f"{what} {cal.base_url} ({exc}); check --base-url or CALCOM_BASE_URL"
        ) from None


def time_zone(value: str | None, option: str = "--time-zone") -> str | None:
    """A valid IANA zone name (or ``None``), else a usage error naming ``option``."""
    if value is None:
        return None
    try:
        return validate_time_zone(value, field=option)
    except CalcomValueError as exc:
        raise UsageError(str(exc)) from None


def parse_datetime(
    text: str, option: str, zone: str | None, *, naive_default_utc: bool
) -> datetime:
    """An aware date-time from ``text``: naive ones are in ``zone``; without a zone they are UTC
    if ``naive_default_utc``, else refused (an action must not guess)."""
    try:
        value = isoparse(text.strip())
    except (ValueError, OverflowError):
        raise UsageError(
            f"{option}: expected a date-time like 2030-05-06T09:00:00+02:00, got {text!r}"
        ) from None
    if value.tzinfo is None:
        if zone is None and not naive_default_utc:
            raise UsageError(
                f"{option}: {text!r} has no UTC offset; add one (e.g. +02:00 or Z) or pass "
                "--time-zone"
            )
        value = value.replace(tzinfo=ZoneInfo(zone) if zone else timezone.utc)
    return value


def to_json(value: Any) -> Any:
    """A generated model (or a list/dict of them) as plain JSON data, in the API's field names."""
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_json(to_dict())
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def print_json(value: Any) -> None:
    """Write ``value`` to stdout as one indented JSON document."""
    sys.stdout.write(json.dumps(to_json(value), indent=2, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()
