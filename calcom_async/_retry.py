"""Retry policy and the pure functions behind it: server-stated waits, backoff, idempotency.

The loop that uses them is :class:`calcom_async._transport.RetryingTransport`; everything here is
free of I/O and clocks (``now`` and the random source are parameters) so it can be tested exactly.

Rules (DESIGN.md, "Retries and rate limits")
--------------------------------------------
* **429** is always retryable, whatever the method: the server refused the request, so nothing was
  applied. The wait is the server's figure -- ``Retry-After`` (seconds or an HTTP date), else the
  largest ``X-RateLimit-Reset-<name>`` among the limits whose ``X-RateLimit-Remaining-<name>`` is
  0 (Cal.com may apply several named limits at once, e.g. ``short`` and ``long``) -- else
  exponential backoff with full jitter. A stated wait above :attr:`RetryPolicy.max_rate_limit_wait`
  (or above a per-call ``timeout``) is not slept at all: the 429 goes back to the caller
  (``RateLimitError`` carrying the figure).
* **5xx** is retried for idempotent methods (:func:`is_idempotent`). For POST/PATCH a 500/503 is
  the server saying it failed, returned as is; a 502/504 came from a gateway that may already have
  forwarded the request, so the outcome is **ambiguous** (``AmbiguousRequestError``).
* **No response**: errors that prove the request never left (:func:`never_sent`: connect failure,
  connect timeout, pool timeout) are retried for every method; the others (read timeout, dropped
  connection, ...) only for idempotent methods, and are ambiguous for POST/PATCH.
* **A body that cannot be read** (closed mid-body, corrupt gzip, stalled) counts as no response:
  the request reached the server, so a POST/PATCH is ambiguous -- unless the status was 429,
  which proves nothing was applied.
* **3xx** is never followed nor retried (``APIStatusError``); a 303 after a POST/PATCH ("done,
  see there") is ambiguous.
* **Routes with their own throttle** (adding guests, updating a booking's location) bypass the
  client-wide pacer (:func:`shares_key_budget`): Cal.com counts them on a separate 5-a-minute
  limit, which must not hold the rest of the API. Their 429s are waited out like any other.

Why a hand-written loop rather than a retry library
---------------------------------------------------
The venv holds the three obvious candidates; each was read against our needs -- header-driven 429
waits including ``X-RateLimit-Reset-<name>``, the POST ambiguity rule raising a distinct error,
sleeping that works under asyncio *and* trio (and is injectable in tests), per-call budgets from a
contextvar, a pacer hook around every attempt, and stats.

* **httpx-retries 0.6** (``RetryTransport`` + ``Retry``) is the closest in shape (a transport), but:
  it sleeps with ``asyncio.sleep`` (fails under trio); retryability is per *method*, so a POST is
  never retried at all -- not after a 429, not after a ``ConnectError`` that provably never sent
  it; it cannot tell "retry" from "raise ambiguous" per error kind and re-raises bare httpx
  exceptions; ``Retry-After`` above ``max_backoff_wait`` is silently *clamped* (we must refuse and
  report it instead); it knows nothing of ``X-RateLimit-*``. Overriding ``backoff_strategy`` fixes
  only the last point; the rest would mean rewriting its loop, which is the part we'd want from it.
* **stamina 26** retries *callables on exceptions*, sniffio-based asyncio/trio sleep, and a
  backoff hook may return a custom wait -- so 429 waits are possible by raising an exception that
  carries the response. But responses that should be *returned* after the last try (an exhausted
  5xx or 429 goes back to the facade for a typed error) must be wrapped in exceptions and unwrapped
  again; its jitter is additive (``wait_initial * base**n + U(0, jitter)``), not full; it has a
  45 s overall timeout and process-global switches (``set_active``/``set_testing``) and
  instrumentation hooks (which log the retried call's argument reprs at WARNING) that a library
  should not drag into its users' processes.
* **tenacity 9** is the most flexible (``AsyncRetrying`` with ``retry=retry_if_result``,
  ``wait=`` callables, ``stop=``, an injectable ``sleep`` that defaults to trio-aware sleeping,
  ``retry_error_callback`` to hand back the last response). It *can* express our rules, but split
  across four callbacks that each re-derive the same decision from ``retry_state`` ("is this a
  429? what did the server say? over the ceiling? POST and 502?"), while the decision is one
  ``if`` chain over (method, status/exception, budget). It would save the ~20-line ``while`` loop
  and cost a dependency plus an indirection every reader of the request path must learn.

**Choice: a small hand-written loop** (in ``_transport.py``) over the pure helpers in this module.
It is about as long as the tenacity configuration would be, states each rule once and in the order
the design gives them, sleeps with ``anyio.sleep`` (asyncio and trio) or an injected function,
and has nowhere for a bare httpx exception to slip out. No new dependency is needed.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httpx

from ._errors import ConfigurationError

__all__ = [
    "IDEMPOTENT_METHODS",
    "RetryPolicy",
    "backoff",
    "explain_rate_limit",
    "is_idempotent",
    "is_retryable_5xx",
    "never_sent",
    "parse_retry_after",
    "rate_limit_wait",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
"""Methods whose repetition has the same effect as one call (RFC 9110 section 9.2.2)."""

# 501 Not Implemented and 505 HTTP Version Not Supported do not go away on a retry.
_PERMANENT_5XX = frozenset({501, 505})

# An X-RateLimit-Reset value this large cannot be "seconds until reset" (that would be > 30
# years), so it must be a Unix timestamp -- some proxies rewrite the header that way.
_EPOCH_THRESHOLD = 1_000_000_000


def _non_negative(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ConfigurationError(f"{name} must be a finite number, got {value!r}")
    if value < 0:
        raise ConfigurationError(f"{name} must be >= 0, got {value!r}")


@dataclass(frozen=True)  # not attrs: ``import calcom_async`` does not load attrs
class RetryPolicy:
    """How the transport retries: the budget, the backoff curve and the rate-limit ceiling.

    Attributes:
        max_retries: retries after the first attempt (so ``3`` means up to 4 attempts). Overridden
            per call by ``request_options(max_retries=...)``. Three retries with the default curve
            ride out ~1 + 2 + 4 s of trouble, a typical deploy blip.
        initial_backoff: the backoff ceiling of the first retry, in seconds; it doubles per retry.
        max_backoff: the cap of the exponential curve, in seconds.
        max_rate_limit_wait: the longest server-stated wait (``Retry-After``,
            ``X-RateLimit-Reset-*``) the transport will sleep. A 429 asking for more is returned
            at once (the facade raises ``RateLimitError`` with the figure) rather than blocking a
            caller for minutes.

    Raises:
        ConfigurationError: a negative or non-finite value, or ``max_backoff < initial_backoff``.
    """

    max_retries: int = 3
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_rate_limit_wait: float = 60.0

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")
        if self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be >= 0, got {self.max_retries}")
        _non_negative("initial_backoff", self.initial_backoff)
        _non_negative("max_backoff", self.max_backoff)
        _non_negative("max_rate_limit_wait", self.max_rate_limit_wait)
        if self.max_backoff < self.initial_backoff:
            raise ConfigurationError("max_backoff must be >= initial_backoff")

    def backoff(self, retry: int, rng: random.Random | None = None) -> float:
        """The jittered delay before retry number *retry* (1-based) under this policy."""
        return backoff(retry, rng, initial=self.initial_backoff, maximum=self.max_backoff)


def backoff(
    retry: int,
    rng: random.Random | None = None,
    *,
    initial: float = 0.5,
    maximum: float = 8.0,
) -> float:
    """Exponential backoff with full jitter: ``U(0, min(maximum, initial * 2**(retry - 1)))``.

    Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter") spreads clients that
    failed together across the whole window, so they do not come back in lock-step.

    Args:
        retry: which retry this delay precedes, starting at 1.
        rng: the random source (inject a seeded ``random.Random`` for reproducible tests).
    """
    if retry < 1:
        raise ValueError(f"retry must be >= 1, got {retry}")
    # min() on the exponent keeps 2**n finite for absurd budgets.
    ceiling = min(maximum, initial * 2.0 ** min(retry - 1, 64))
    return (rng or random).uniform(0.0, ceiling)


def is_idempotent(method: str) -> bool:
    """True for GET, HEAD, OPTIONS, PUT and DELETE: repeating them cannot duplicate an effect."""
    return method.upper() in IDEMPOTENT_METHODS


#: Routes with a throttle of their own (Cal.com's ``@Throttle``: adding guests, updating a
#: booking's location; 5 per 60 s). There the route's limit replaces the key's: the request is
#: not counted against the key's budget, and its limit does not apply to any other route.
_OWN_THROTTLE = (
    ("POST", re.compile(r"^/v2/bookings/[^/]+/guests/?$")),
    ("PATCH", re.compile(r"^/v2/bookings/[^/]+/location/?$")),
)
#: The methods of those routes: a request with any other method shares the key's budget.
OWN_THROTTLE_METHODS = frozenset(method for method, _ in _OWN_THROTTLE)


def shares_key_budget(method: str, path: str) -> bool:
    """False for a route with its own throttle (see :data:`_OWN_THROTTLE`), True otherwise.

    The client-wide pacer governs only requests that share the key's budget: learning a route's
    5-a-minute limit from its headers would otherwise hold every other call to it.
    """
    method = method.upper()
    return not any(m == method and pattern.match(path) for m, pattern in _OWN_THROTTLE)


def is_retryable_5xx(status: int) -> bool:
    """True for 5xx statuses that may clear on a retry (all but 501 and 505)."""
    return 500 <= status <= 599 and status not in _PERMANENT_5XX


def never_sent(exc: BaseException) -> bool:
    """True when *exc* proves the request never reached the server.

    A connect failure or connect timeout happens before a byte of the request is written; a pool
    timeout before a connection is even assigned. Any other transport error may have happened after
    the server received (and applied) the request.
    """
    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    return now if now.tzinfo is not None else now.replace(tzinfo=timezone.utc)


def _number(value: str) -> float | None:
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value, or ``None`` if it is unusable.

    Accepts delta-seconds (``"120"``; a fractional ``"1.5"`` is tolerated) and an HTTP date
    (``"Wed, 21 Oct 2015 07:28:00 GMT"``, compared with *now*, default the current UTC time).
    A date in the past means "now" (0.0); a negative or garbled value is ignored.
    """
    value = (value or "").strip()
    if not value:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds if seconds >= 0 else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - _now(now)).total_seconds())


def rate_limit_wait(
    headers: Mapping[str, str] | httpx.Headers, now: datetime | None = None
) -> float | None:
    """The wait in seconds the server asks for, or ``None`` if its headers give none.

    The figure of :func:`explain_rate_limit`, which also names the limit it comes from.
    """
    return explain_rate_limit(headers, now)[0]


def explain_rate_limit(
    headers: Mapping[str, str] | httpx.Headers, now: datetime | None = None
) -> tuple[float | None, str | None]:
    """``(seconds, limit)``: the wait the server asks for and the named limit behind it.

    ``limit`` is the name of the exhausted ``X-RateLimit-*-<name>`` limit that resets last
    (``"default"``, ...), or ``None`` for a ``Retry-After`` or an unsuffixed limit.

    1. ``Retry-After`` (seconds or HTTP date), when present and valid.
    2. Else the largest ``X-RateLimit-Reset-<name>`` among the limits whose
       ``X-RateLimit-Remaining-<name>`` is 0: every exhausted limit must have reset before a
       retry can succeed, and limits that still have room do not matter. ``<name>`` is arbitrary
       (``default``, ``short``, ``long``, ...); unsuffixed ``X-RateLimit-Remaining`` /
       ``X-RateLimit-Reset`` are treated as one more limit. Reset values are seconds (Cal.com);
       values that can only be Unix timestamps are converted.

    Header names are matched case-insensitively. Garbled values are skipped, never raised.
    """
    items = headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
    retry_after: str | None = None
    remaining: dict[str, float] = {}
    reset: dict[str, float] = {}
    for raw_name, raw_value in items:
        name = raw_name.lower()
        if name == "retry-after":
            retry_after = raw_value
        elif name.startswith("x-ratelimit-remaining"):
            number = _number(raw_value)
            if number is not None:
                remaining[name.removeprefix("x-ratelimit-remaining")] = number
        elif name.startswith("x-ratelimit-reset"):
            number = _number(raw_value)
            if number is not None:
                reset[name.removeprefix("x-ratelimit-reset")] = number
    if retry_after is not None:
        wait = parse_retry_after(retry_after, now)
        if wait is not None:
            return wait, None
    best: tuple[float | None, str | None] = (None, None)
    for suffix, left in remaining.items():
        if left > 0 or suffix not in reset:
            continue
        value = reset[suffix]
        if value >= _EPOCH_THRESHOLD:
            value = value - _now(now).timestamp()
        value = max(0.0, value)
        if best[0] is None or value > best[0]:
            best = (value, suffix.lstrip("-") or None)
    return best
