"""The retrying transport: the one place where every request's behaviour lives.

``AsyncCalcom`` builds one :class:`httpx.AsyncClient` whose transport is a
:class:`RetryingTransport` wrapping the real one (``httpx.AsyncHTTPTransport``, or an injected
``httpx.ASGITransport`` / mock). The generated client sends every request through it, so retries,
rate-limit waits, pacing, per-call options, stats and logging apply to all endpoints without a
line of per-endpoint code.

Contract with the facade:

* The transport **returns** the final response whenever the server answered -- including a 429 or
  5xx it gave up on. Turning statuses >= 400 into typed errors is the facade's job
  (``_errors.error_from_response``). For a returned 429, :func:`retry_after` gives the server's
  wait for ``RateLimitError.retry_after``.
* It **raises** only when there is no usable answer: :class:`~calcom_async.APIConnectionError` /
  :class:`~calcom_async.APITimeoutError` once retries are exhausted (or for errors a retry cannot
  fix), :class:`~calcom_async.AmbiguousRequestError` when a POST/PATCH may have been applied.
  Never a bare httpx exception.

The rules themselves (what is retried, for which methods, how long to wait) are documented in
:mod:`calcom_async._retry`, together with why this is a hand-written loop and not a library.
"""

from __future__ import annotations

import logging
import random
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timezone
from typing import Any, Protocol, runtime_checkable

import anyio
import attrs
import httpx

from ._errors import AmbiguousRequestError, APIConnectionError, APITimeoutError
from ._keys import redact_secrets
from ._options import current_request_options
from ._retry import (
    RetryPolicy,
    is_idempotent,
    is_retryable_5xx,
    never_sent,
    parse_retry_after,
    rate_limit_wait,
)

__all__ = [
    "RETRY_AFTER_EXTENSION",
    "Pacer",
    "RetryingTransport",
    "TransportStats",
    "retry_after",
]

logger = logging.getLogger("calcom_async.transport")

RETRY_AFTER_EXTENSION = "calcom_retry_after"
"""``response.extensions`` key holding the server's wait (float seconds or ``None``) on a 429."""

# Errors no retry can fix and that happen before anything is sent (bad URL scheme, a header value
# httpx refuses to encode): reported at once, never ambiguous.
_NOT_RETRYABLE = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)

# POST/PATCH answers that may come from a gateway which had already forwarded the request.
_AMBIGUOUS_GATEWAY_STATUSES = frozenset({502, 504})


@runtime_checkable
class Pacer(Protocol):
    """A client-wide request pacer shared by all concurrent tasks (implemented elsewhere).

    The transport calls :meth:`acquire` before **every attempt** (retries included) and
    :meth:`observe` with **every response** (429s and 5xx included), so the pacer can both space
    requests and learn the budget from the ``X-RateLimit-*`` headers.
    """

    async def acquire(self) -> None:
        """Wait until one more request may be sent. Must be cancellation-safe."""
        ...

    def observe(self, response: httpx.Response) -> None:
        """Learn from a response's headers. Must not block, read the body, or raise."""
        ...


@attrs.define
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
        connection_errors: attempts that ended without a response (timeouts included).
    """

    requests: int = 0
    responses_by_status: Counter[int] = attrs.field(factory=Counter)
    retries: int = 0
    rate_limited: int = 0
    rate_limit_waits: int = 0
    waited_seconds: float = 0.0
    ambiguous: int = 0
    connection_errors: int = 0

    def as_dict(self) -> dict[str, Any]:
        """A plain snapshot, e.g. for printing or JSON."""
        data = attrs.asdict(self)
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


async def _discard(response: httpx.Response) -> None:
    """Drain and close a response we will not return, so its connection goes back to the pool.

    Closing an unread response makes httpcore drop the connection; error bodies are small, so
    reading them first is the cheaper path. A failure while draining only costs the connection.
    """
    try:
        await response.aread()
    except Exception:
        pass  # the response is being thrown away anyway
    finally:
        await response.aclose()


def _describe(exc: BaseException) -> str:
    text = redact_secrets(str(exc)).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class RetryingTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` that retries, waits out rate limits, paces and counts.

    Args:
        inner: the transport that actually sends (``httpx.AsyncHTTPTransport``,
            ``httpx.ASGITransport``, ``httpx.MockTransport``, respx's mock...). Closed with us.
        policy: retry budget, backoff curve and rate-limit ceiling (default :class:`RetryPolicy`).
        pacer: optional client-wide :class:`Pacer`: ``acquire()`` before each attempt,
            ``observe(response)`` after each response.
        rng: random source for backoff jitter (seed it in tests).
        sleep: ``async (seconds) -> None`` used for every wait; default :func:`anyio.sleep`, which
            works under asyncio and trio. Inject a recorder in tests.
        clock: returns the current aware UTC time, for HTTP-date ``Retry-After`` values.

    Per-call ``request_options(timeout=..., max_retries=...)`` override the policy's budget and the
    client's timeout for the requests made inside the block.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy | None = None,
        pacer: Pacer | None = None,
        rng: random.Random | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._inner = inner
        self.policy = policy if policy is not None else RetryPolicy()
        self.pacer = pacer
        self._rng = rng if rng is not None else random.Random()
        self._sleep = sleep if sleep is not None else anyio.sleep
        self._clock = clock if clock is not None else (lambda: datetime.now(timezone.utc))
        self.stats = TransportStats()

    async def aclose(self) -> None:
        """Close the inner transport (and with it the connection pool)."""
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send *request*, retrying as the rules allow; return the final response or raise.

        Raises:
            AmbiguousRequestError: a POST/PATCH may have been applied (dropped connection, read
                timeout, 502/504 from a gateway); not retried.
            APITimeoutError: no response, the last failure a timeout, retries exhausted.
            APIConnectionError: no response otherwise, retries exhausted (or not retryable).
        """
        options = current_request_options()
        max_retries = (
            options.max_retries if options.max_retries is not None else self.policy.max_retries
        )
        timeout = options.timeout_extension()
        if timeout is not None:
            request.extensions["timeout"] = timeout
        # Buffer a streaming body once so every attempt can re-send it (a no-op for the JSON bytes
        # bodies the generated client sends).
        await request.aread()

        method = request.method.upper()
        idempotent = is_idempotent(method)
        attempts = max_retries + 1
        where = f"{method} {request.url.path}"  # never the query string: it may carry PII
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1:
                self.stats.retries += 1
            if self.pacer is not None:
                await self.pacer.acquire()
            self.stats.requests += 1
            try:
                response = await self._inner.handle_async_request(request)
            except Exception as exc:
                # Anything but cancellation: httpx transport errors, and whatever an in-process
                # app (ASGITransport) raises when it "drops the connection".
                self.stats.connection_errors += 1
                delay = self._after_exception(exc, request, idempotent, where, attempt, attempts)
            else:
                wait = await self._after_response(
                    response, request, idempotent, where, attempt, attempts
                )
                if wait is None:
                    return response
                delay = wait
            await self._sleep(delay)
            self.stats.waited_seconds += delay

    def _after_exception(
        self,
        exc: Exception,
        request: httpx.Request,
        idempotent: bool,
        where: str,
        attempt: int,
        attempts: int,
    ) -> float:
        """Delay before the next attempt after *exc*, or raise the error the caller gets."""
        tag = f"{where} (attempt {attempt}/{attempts})"
        what = _describe(exc)
        timed_out = isinstance(exc, (httpx.TimeoutException, TimeoutError))
        error_cls = APITimeoutError if timed_out else APIConnectionError
        if isinstance(exc, _NOT_RETRYABLE):
            logger.debug("%s -> %s; not retryable", tag, type(exc).__name__)
            raise error_cls(f"{where} could not be sent: {what}", request=request) from exc
        if not idempotent and not never_sent(exc):
            self.stats.ambiguous += 1
            logger.debug("%s -> %s; ambiguous, not retrying", tag, type(exc).__name__)
            raise AmbiguousRequestError(
                f"{where} may or may not have been applied: no response "
                f"({what}); look the object up before retrying",
                request=request,
            ) from exc
        if attempt >= attempts:
            logger.debug("%s -> %s; giving up", tag, type(exc).__name__)
            raise error_cls(
                f"{where} failed after {attempt} attempt(s): {what}", request=request
            ) from exc
        delay = self.policy.backoff(attempt, self._rng)
        logger.debug("%s -> %s; retrying in %.2fs", tag, type(exc).__name__, delay)
        return delay

    async def _after_response(
        self,
        response: httpx.Response,
        request: httpx.Request,
        idempotent: bool,
        where: str,
        attempt: int,
        attempts: int,
    ) -> float | None:
        """Delay before the next attempt, or ``None`` to return *response*; may raise."""
        tag = f"{where} (attempt {attempt}/{attempts})"
        status = response.status_code
        self.stats.responses_by_status[status] += 1
        if self.pacer is not None:
            try:
                self.pacer.observe(response)
            except BaseException:
                await _discard(response)
                raise
        exhausted = attempt >= attempts

        if status == 429:
            self.stats.rate_limited += 1
            wait = rate_limit_wait(response.headers, self._clock())
            response.extensions[RETRY_AFTER_EXTENSION] = wait
            if wait is not None and wait > self.policy.max_rate_limit_wait:
                logger.debug(
                    "%s -> 429; server asks for %.2fs, over the %.2fs ceiling; not waiting",
                    tag,
                    wait,
                    self.policy.max_rate_limit_wait,
                )
                return None
            if exhausted:
                logger.debug("%s -> 429; retries exhausted", tag)
                return None
            self.stats.rate_limit_waits += 1
            delay = wait if wait is not None else self.policy.backoff(attempt, self._rng)
            source = "server wait" if wait is not None else "backoff"
            logger.debug("%s -> 429; retrying in %.2fs (%s)", tag, delay, source)
            await _discard(response)
            return delay

        if not is_retryable_5xx(status):
            logger.debug("%s -> %d", tag, status)
            return None

        if not idempotent:
            if status in _AMBIGUOUS_GATEWAY_STATUSES:
                self.stats.ambiguous += 1
                logger.debug("%s -> %d; ambiguous, not retrying", tag, status)
                await _discard(response)  # body stays readable: aread() cached it
                response.request = request
                raise AmbiguousRequestError(
                    f"{where} may or may not have been applied: the gateway "
                    f"answered {status} {response.reason_phrase}; look the object up before "
                    "retrying",
                    request=request,
                    response=response,
                )
            logger.debug("%s -> %d; not retried (not idempotent)", tag, status)
            return None

        if exhausted:
            logger.debug("%s -> %d; retries exhausted", tag, status)
            return None
        stated = parse_retry_after(response.headers.get("retry-after", ""), self._clock())
        if stated is not None and stated > self.policy.max_rate_limit_wait:
            logger.debug(
                "%s -> %d; Retry-After %.2fs over the ceiling; not waiting", tag, status, stated
            )
            return None
        delay = stated if stated is not None else self.policy.backoff(attempt, self._rng)
        logger.debug("%s -> %d; retrying in %.2fs", tag, status, delay)
        await _discard(response)
        return delay
