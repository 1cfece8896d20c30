"""What the retrying transport shares with the client, the CLI and the pacer.

The per-call response slot, the :class:`Pacer` protocol, :class:`TransportStats`,
:func:`retry_after`, the translation of httpx's own exceptions (:func:`as_calcom_error`) and
the small response and text helpers. Split from :mod:`calcom_async._transport`, which keeps
the retry loop itself and re-exports these names.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

import anyio
import httpx

from ._errors import APIConnectionError, APITimeoutError, CalcomError, CalcomValueError
from ._options import RequestOptions
from ._redact import redact_secrets
from ._retry import RetryPolicy, rate_limit_wait

__all__ = [
    "HTTPX_ERRORS",
    "RETRY_AFTER_EXTENSION",
    "CallSlot",
    "Pacer",
    "TransportStats",
    "as_calcom_error",
    "call_slot",
    "close_response",
    "describe_error",
    "discard_response",
    "request_where",
    "retry_after",
    "wait_bound",
]

RETRY_AFTER_EXTENSION = "calcom_retry_after"
"""``response.extensions`` key holding the server's wait (float seconds or ``None``) on a 429."""

HTTPX_ERRORS: tuple[type[Exception], ...] = (
    httpx.HTTPError,
    httpx.InvalidURL,
    httpx.CookieConflict,
    httpx.StreamError,
)
"""Every exception class httpx raises on purpose (``StreamError`` is a ``RuntimeError``)."""


class CallSlot:
    """Where :class:`RetryingTransport` leaves the final response of the facade call running
    in this task (``AsyncCalcom._request`` sets one per call, in :data:`call_slot`)."""

    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: httpx.Response | None = None


call_slot: contextvars.ContextVar[CallSlot | None] = contextvars.ContextVar(
    "calcom_async_current_response", default=None
)
"""The :class:`CallSlot` of the call running in this task. Every response the transport returns
is put there, so the last one is the call's final response (after a 498 refresh, say): what an
httpx response hook would see, without a hook coroutine per response."""


@runtime_checkable
class Pacer(Protocol):
    """A client-wide request pacer shared by all concurrent tasks (``_pacing.AdaptivePacer``).

    The transport calls :meth:`acquire` before **every attempt** (retries included),
    :meth:`observe` with **every response** (429s and 5xx included) and :meth:`release` when an
    attempt ends without one, so the pacer can space requests, learn the budget from the
    ``X-RateLimit-*`` headers and never wait for an answer that will not come.
    """

    async def acquire(self, *, max_wait: float = ..., max_limit_wait: float | None = ...) -> None:
        """Wait until one more request may be sent, within the bounds. Cancellation-safe.

        Raises :class:`~calcom_async._waits.WaitTooLong` when the wait would exceed a bound.
        """
        ...

    def observe(self, response: httpx.Response) -> None:
        """Learn from a response's headers. Must not block, read the body, or raise."""
        ...

    def release(self) -> None:
        """The current task's attempt ended without a response. Must not block or raise."""
        ...


@dataclass
class TransportStats:
    """Counters of one transport's activity (mutable; read them, don't write them).

    Attributes:
        requests: attempts sent to the inner transport (first tries and retries).
        responses_by_status: responses received, by HTTP status.
        retries: attempts that were retries.
        rate_limited: 429 responses received.
        rate_limit_waits: 429s followed by a wait and a retry.
        waited_seconds: total time slept before retries (server waits and backoff).
        ambiguous: ``AmbiguousRequestError`` raised.
        connection_errors: attempts that ended without a usable response (timeouts and bodies
            that could not be read included).
        refused_locally: calls refused before sending because the pacer's wait exceeded their
            bound (``RateLimitError`` with ``sent=False``, or a timeout on the first response).
    """

    requests: int = 0
    responses_by_status: Counter[int] = field(default_factory=Counter)
    retries: int = 0
    rate_limited: int = 0
    rate_limit_waits: int = 0
    waited_seconds: float = 0.0
    ambiguous: int = 0
    connection_errors: int = 0
    refused_locally: int = 0

    def as_dict(self) -> dict[str, Any]:
        """A plain snapshot, e.g. for printing or JSON."""
        data = dataclasses.asdict(self)
        data["responses_by_status"] = dict(sorted(self.responses_by_status.items()))
        return data


def retry_after(
    response_or_headers: httpx.Response | Mapping[str, str] | httpx.Headers,
    now: datetime | None = None,
) -> float | None:
    """The server's wait in seconds for a 429, for ``RateLimitError.retry_after``.

    Given an :class:`httpx.Response` that passed through :class:`RetryingTransport`, returns the
    figure the transport computed (``response.extensions["calcom_retry_after"]``). Otherwise --
    a response from elsewhere, or just the headers, as the generated client's ``Response`` keeps
    them -- computes it from the headers with :func:`~calcom_async._retry.rate_limit_wait`.
    """
    if isinstance(response_or_headers, httpx.Response):
        if RETRY_AFTER_EXTENSION in response_or_headers.extensions:
            value = response_or_headers.extensions[RETRY_AFTER_EXTENSION]
            return float(value) if value is not None else None
        return rate_limit_wait(response_or_headers.headers, now)
    return rate_limit_wait(response_or_headers, now)


def as_calcom_error(exc: Exception) -> CalcomError:
    """The typed error for an httpx exception raised outside the transport.

    The generated client builds each request with httpx before the transport sees it: a path
    value that makes the URL invalid (too long, say) fails there, before anything is sent.
    """
    if isinstance(exc, httpx.InvalidURL):
        return CalcomValueError(
            f"the request URL is invalid, nothing was sent: {describe_error(exc)}"
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"the request timed out: {describe_error(exc)}")
    return APIConnectionError(f"the request failed: {describe_error(exc)}")


async def discard_response(response: httpx.Response) -> None:
    """Drain and close a response we will not return, so its connection goes back to the pool.

    Closing an unread response makes httpcore drop the connection; error bodies are small, so
    reading them first is the cheaper path. A failure while draining only costs the connection.
    """
    try:
        await response.aread()
    except Exception:
        pass  # the response is being thrown away anyway
    finally:
        await close_response(response)


async def close_response(response: httpx.Response) -> None:
    """Close *response*, even inside a cancelled scope; a failure only costs the connection."""
    with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
        await response.aclose()


def describe_error(exc: BaseException) -> str:
    text = redact_secrets(str(exc)).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def request_where(request: httpx.Request) -> str:
    return f"{request.method.upper()} {request.url.path}"


def wait_bound(policy: RetryPolicy, options: RequestOptions) -> float:
    """The longest one wait of a call may last: ``max_rate_limit_wait``, or a per-call timeout."""
    bound = policy.max_rate_limit_wait
    timeout = options.timeout
    if timeout is not None:
        pool = timeout.pool if isinstance(timeout, httpx.Timeout) else float(timeout)
        if pool is not None:
            bound = min(bound, pool)
    return bound
