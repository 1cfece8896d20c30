"""Fault injection settings, statistics and clocks."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from ._timeutil import UTC

__all__ = ["Clock", "FakeClock", "FakeStats", "Faults", "SystemClock"]


@dataclass(frozen=True)
class Faults:
    """Random faults injected into ``/v2/...`` requests, reproducible from the fake's seed.

    - ``error_rate``: probability of answering 500, 502 or 503 (error envelope) *before* the
      request is handled — nothing is applied.
    - ``drop_rate``: probability of closing the connection without any response *before* the
      request is handled — nothing is applied.
    - ``latency``: ``(lo, hi)`` seconds; every API request first sleeps ``uniform(lo, hi)``.
    - ``lost_response_rate``: probability that the request *is* handled (e.g. the booking is
      created) and then the connection is closed without sending the response.

    Per API request the fake draws, in this fixed order, one latency value (only when
    ``latency`` is set) and four uniform numbers (drop, error, status choice, lost), so the
    fault sequence depends only on the seed and the order of requests. Precedence: drop, then
    error, then lost response.
    """

    error_rate: float = 0.0
    drop_rate: float = 0.0
    latency: tuple[float, float] | None = None
    lost_response_rate: float = 0.0

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate", "lost_response_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within [0, 1], got {value!r}")
        if self.latency is not None:
            lo, hi = self.latency
            if lo < 0 or hi < lo:
                raise ValueError(
                    f"latency must be (lo, hi) with 0 <= lo <= hi, got {self.latency!r}"
                )


@dataclass
class FakeStats:
    """Counters kept by the fake (``fake.stats``).

    - ``requests``: every HTTP request received; ``api_requests``: those under ``/v2/``.
    - ``faults``: injected faults by kind: ``"error"``, ``"drop"``, ``"lost_response"``,
      ``"latency"``.
    - ``fault_log``: ``(api_request_number, kind, detail)`` per injected fault, in order
      (detail: status code for errors, delay in seconds for latency, else None). Two fakes with
      the same seed and the same request sequence produce identical logs.
    - ``rate_limited``: number of 429 answers.
    - ``blocks``: rate-limit blocks started (one per limit exceeded; a key with several named
      limits can have one blocked without being refused). 0 means no caller was ever blocked.
    - ``version_fallbacks``: requests served without ``cal-api-version`` by drift's fallback.
    - ``routes``: ``"METHOD /v2/template"`` → count of requests that reached that route.
    - ``statuses``: HTTP status → count of responses actually sent.
    - ``webhook_attempts`` / ``webhook_failures``: completed delivery attempts / failed ones.
    - ``internal_errors``: ``repr`` of unexpected exceptions in handlers (answered 500);
      should stay empty.
    """

    requests: int = 0
    api_requests: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    fault_log: list[tuple[int, str, float | int | None]] = field(default_factory=list)
    rate_limited: int = 0
    blocks: int = 0
    version_fallbacks: int = 0
    routes: Counter[str] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    webhook_attempts: int = 0
    webhook_failures: int = 0
    internal_errors: list[str] = field(default_factory=list)


@runtime_checkable
class Clock(Protocol):
    """Time source of the fake: ``now()`` (aware UTC datetime) and ``monotonic()`` seconds."""

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """Real time: ``datetime.now(UTC)`` and ``time.monotonic()``."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A manual clock for tests: starts at ``start`` and moves only with :meth:`advance`.

    ``monotonic()`` advances together with ``now()``, so rate-limit windows follow it too.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._now = start.astimezone(UTC)
        self._mono = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: float | timedelta) -> None:
        """Move the clock forward by ``delta`` seconds (or a timedelta)."""
        seconds = delta.total_seconds() if isinstance(delta, timedelta) else float(delta)
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self._now += timedelta(seconds=seconds)
        self._mono += seconds


class _CallableClock:
    def __init__(self, now: Callable[[], datetime]) -> None:
        self._now = now

    def now(self) -> datetime:
        value = self._now()
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise TypeError("now() must return a timezone-aware datetime")
        return value.astimezone(UTC)

    def monotonic(self) -> float:
        return time.monotonic()
