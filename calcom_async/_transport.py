"""The retrying transport: the one place where every request's behaviour lives.

``AsyncCalcom`` builds one :class:`httpx.AsyncClient` whose transport is a
:class:`RetryingTransport` wrapping the real one (``httpx.AsyncHTTPTransport``, or an injected
``httpx.ASGITransport`` / mock). The generated client sends every request through it, so retries,
rate-limit waits, pacing, per-call options, stats and logging apply to all endpoints without a
line of per-endpoint code.

Contract with the facade:

* The transport **returns** the final response whenever the server answered -- including a 429 or
  5xx it gave up on -- with its body already read: the body is part of the attempt, so a
  connection closed mid-body, a corrupt gzip body or a stalled body follow the same rules as a
  dropped connection (retried when safe, ambiguous for a POST/PATCH that may have been applied).
  Turning statuses >= 400 into typed errors is the facade's job (``_errors.error_from_response``).
  For a returned 429, :func:`retry_after` gives the server's wait (``RateLimitError.retry_after``).
* It **raises** only when there is no usable answer: :class:`~calcom_async.APIConnectionError` /
  :class:`~calcom_async.APITimeoutError` once retries are exhausted (or for errors a retry cannot
  fix), :class:`~calcom_async.AmbiguousRequestError` when a POST/PATCH may have been applied,
  :class:`~calcom_async.RateLimitError` (``sent=False``) when the pacer knows the wait before
  sending exceeds what the call allows, and :class:`~calcom_async.APIStatusError` for a 3xx:
  redirects are never followed (the key and the booking data would go wherever the server
  points), so no layer below -- httpx's client or a user's ``http_client`` -- can follow one.
  Never a bare httpx exception; :func:`as_calcom_error` translates the few that httpx raises
  outside the transport (building the request URL) for the facade.

Every wait is bounded by the call's *wait bound*: ``max_rate_limit_wait``, lowered by a per-call
``timeout`` (its pool component: waiting for the rate limiter is like waiting for a connection).
With ``max_retries=0`` the call does not wait out a rate limit at all. Each wait is reported as a
:class:`~calcom_async._waits.WaitEvent` (debug log and the ``on_wait`` hook).

The rules themselves (what is retried, for which methods, how long to wait) are documented in
:mod:`calcom_async._retry`, together with why this is a hand-written loop and not a library.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone

import anyio
import httpx

from ._errors import (
    RATE_LIMIT_EXTENSION,
    AmbiguousRequestError,
    APIConnectionError,
    APITimeoutError,
    CalcomError,
    ConfigurationError,
    RateLimitError,
    error_from_response,
)
from ._options import current_request_options
from ._redact import redact_secrets
from ._retry import (
    OWN_THROTTLE_METHODS,
    RetryPolicy,
    explain_rate_limit,
    is_idempotent,
    is_retryable_5xx,
    never_sent,
    parse_retry_after,
    shares_key_budget,
)
from ._transport_parts import (
    HTTPX_ERRORS,
    RETRY_AFTER_EXTENSION,
    CallSlot,
    Pacer,
    TransportStats,
    as_calcom_error,
    call_slot,
    close_response,
    describe_error,
    discard_response,
    request_where,
    retry_after,
    wait_bound,
)
from ._waits import WaitEvent, WaitHook, WaitTooLong, emit_wait

__all__ = [
    "HTTPX_ERRORS",
    "RETRY_AFTER_EXTENSION",
    "CallSlot",
    "ClientTransport",
    "Pacer",
    "RetryingTransport",
    "TransportStats",
    "as_calcom_error",
    "call_slot",
    "retry_after",
]

logger = logging.getLogger("calcom_async.transport")

# Errors no retry can fix and that happen before anything is sent (bad URL scheme, a header value
# httpx refuses to encode): reported at once, never ambiguous.
_NOT_RETRYABLE = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)

# POST/PATCH answers that may come from a gateway which had already forwarded the request.
_AMBIGUOUS_GATEWAY_STATUSES = frozenset({502, 504})


class _Attempt:
    """One attempt of one request, as the retry rules see it.

    Passed as is to the debug log calls, which format it (``str()``: the tag) only when the
    line is emitted: a successful call formats nothing.
    """

    __slots__ = ("bound", "idempotent", "number", "request", "total")

    def __init__(
        self,
        request: httpx.Request,
        idempotent: bool,
        number: int,
        total: int,
        bound: float,
    ) -> None:
        self.request = request
        self.idempotent = idempotent
        self.number = number
        self.total = total
        self.bound = bound  # the longest one wait may last (wait_bound)

    @property
    def where(self) -> str:
        """``"POST /v2/bookings"``: never the query string, it may carry PII."""
        return request_where(self.request)

    @property
    def tag(self) -> str:
        return f"{self.where} (attempt {self.number}/{self.total})"

    def __str__(self) -> str:
        return self.tag

    @property
    def last(self) -> bool:
        return self.number >= self.total


class ClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller-supplied ``httpx.AsyncClient``, so its pool and settings are used
    while the SDK's retry layer still sits in front of it.

    Redirects are never followed here, whatever the client's ``follow_redirects`` says: a 3xx
    comes back to :class:`RetryingTransport`, which reports it. Following would send the request
    (booking data, and the key where httpx keeps it) to wherever the server points, including
    plain http or another origin, and return that origin's answer as Cal.com data.
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._client.is_closed:
            raise ConfigurationError(
                "the http_client given to AsyncCalcom is closed; keep it open while the "
                "AsyncCalcom is in use"
            )
        return await self._client.send(request, stream=True, follow_redirects=False)


class RetryingTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` that retries, waits out rate limits, paces and counts.

    Args:
        inner: the transport that actually sends (``httpx.AsyncHTTPTransport``,
            ``httpx.ASGITransport``, ``httpx.MockTransport``, respx's mock...). Closed with us.
        policy: retry budget, backoff curve and rate-limit ceiling (default :class:`RetryPolicy`).
        pacer: optional client-wide :class:`Pacer`: ``acquire()`` before each attempt,
            ``observe(response)`` after each response, ``release()`` after an attempt without.
        rng: random source for backoff jitter (seed it in tests).
        sleep: ``async (seconds) -> None`` used for every wait; default :func:`anyio.sleep`, which
            works under asyncio and trio. Inject a recorder in tests.
        clock: returns the current aware UTC time, for HTTP-date ``Retry-After`` values.
        on_wait: called with a :class:`~calcom_async._waits.WaitEvent` before each sleep between
            attempts (the pacer reports its own waits). Exceptions are logged, not raised.

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
        on_wait: WaitHook | None = None,
    ) -> None:
        self._inner = inner
        self.policy = policy if policy is not None else RetryPolicy()
        self.pacer = pacer
        self.on_wait = on_wait
        self._rng = rng if rng is not None else random.Random()
        self._sleep = sleep if sleep is not None else anyio.sleep
        self._clock = clock if clock is not None else (lambda: datetime.now(timezone.utc))
        self.stats = TransportStats()

    async def aclose(self) -> None:
        """Close the inner transport (and with it the connection pool)."""
        try:
            await self._inner.aclose()
        except CalcomError:
            raise
        except Exception as exc:
            reason = describe_error(exc)
            raise APIConnectionError(f"closing the connections failed: {reason}") from exc

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send *request*, retrying as the rules allow; return the final response or raise.

        Raises:
            AmbiguousRequestError: a POST/PATCH may have been applied (dropped connection or
                unreadable body after sending, read timeout, 502/504 from a gateway, 303);
                not retried.
            APITimeoutError: no usable response, the last failure a timeout, retries exhausted;
                or the client's first response took longer than this call may wait.
            APIConnectionError: no usable response otherwise, retries exhausted (or not
                retryable).
            RateLimitError: the pacer knows this call would wait longer than it may; not sent.
            APIStatusError: a 3xx redirect (never followed).
            ConfigurationError: a user-supplied ``http_client`` is closed.
        """
        options = current_request_options()
        policy = self.policy
        max_retries = options.max_retries
        if max_retries is None:
            max_retries = policy.max_retries
        if options.timeout is None:  # the common case: wait_bound() and no timeout extension
            bound = policy.max_rate_limit_wait
        else:
            request.extensions["timeout"] = options.timeout_extension()
            bound = wait_bound(policy, options)
        try:
            _ = request.content  # bytes bodies (the generated client's) are read when built
        except httpx.RequestNotRead:
            try:
                # Buffer a streaming body once so every attempt can re-send it.
                await request.aread()
            except Exception as exc:
                raise APIConnectionError(
                    f"{request_where(request)} could not be sent: {describe_error(exc)}",
                    request=request,
                ) from exc

        limit_bound = 0.0 if max_retries == 0 else bound  # max_retries=0: never wait one out
        method = request.method
        idempotent = is_idempotent(method)
        # The pacer governing this request, if any (not a route with its own throttle).
        pacer = self.pacer
        if (
            pacer is not None
            and method.upper() in OWN_THROTTLE_METHODS  # only then is the (decoded) path needed
            and not shares_key_budget(method, request.url.path)
        ):
            pacer = None
        stats = self.stats
        total = max_retries + 1
        number = 0
        # The common path (first attempt, 2xx) runs inline: every await of a helper coroutine
        # is one more frame each time the event loop resumes the request. The attempt's
        # description (_Attempt) is made only where a rule or a log line needs it.
        while True:
            number += 1
            if number > 1:
                stats.retries += 1
            if pacer is not None:
                try:
                    await pacer.acquire(max_wait=bound, max_limit_wait=limit_bound)
                except WaitTooLong as refusal:
                    stats.refused_locally += 1
                    raise self._refusal(refusal, request, request_where(request)) from None
            stats.requests += 1
            started = time.perf_counter()
            wait: WaitEvent | None
            try:
                response = await self._inner.handle_async_request(request)
            except BaseException as exc:
                if pacer is not None:
                    pacer.release()  # no answer is coming: don't let others wait
                if isinstance(exc, CalcomError) or not isinstance(exc, Exception):
                    raise  # ours (a closed http_client), or cancellation
                # httpx transport errors, and whatever an in-process app (ASGITransport) raises
                # when it "drops the connection".
                stats.connection_errors += 1
                at = _Attempt(request, idempotent, number, total, bound)
                wait = self._after_exception(exc, at)
            else:
                # Count and observe the response, then read its body. A body that cannot be
                # read (connection closed mid-body, corrupt compression, a read timeout, an
                # in-process app failing mid-stream) is a failed attempt like a dropped
                # connection: the wait (or the raised error) is _after_exception's.
                status = response.status_code
                stats.responses_by_status[status] += 1
                if pacer is not None:
                    try:
                        pacer.observe(response)
                    except BaseException:
                        await discard_response(response)
                        raise
                try:
                    await response.aread()  # Cal.com's bodies are small; the client reuses them
                except BaseException as exc:
                    await close_response(response)
                    if not isinstance(exc, Exception):
                        raise  # cancellation
                    stats.connection_errors += 1
                    at = _Attempt(request, idempotent, number, total, bound)
                    wait = self._after_exception(exc, at, status=status)
                else:
                    if status < 300:  # the common case
                        if logger.isEnabledFor(logging.DEBUG):
                            at = _Attempt(request, idempotent, number, total, bound)
                            logger.debug("%s -> %d", at, status)
                        wait = None
                    else:
                        at = _Attempt(request, idempotent, number, total, bound)
                        wait = await self._after_response(response, at)
                    if wait is None:
                        response.elapsed = timedelta(seconds=time.perf_counter() - started)
                        slot = call_slot.get()
                        if slot is not None:
                            slot.response = response
                        return response
            emit_wait(self.on_wait, wait)
            await self._sleep(wait.seconds)
            stats.waited_seconds += wait.seconds

    @staticmethod
    def _refusal(refusal: WaitTooLong, request: httpx.Request, where: str) -> CalcomError:
        """The error for a call the pacer would hold longer than the call allows."""
        wait, bound = refusal.wait, refusal.bound
        if wait.reason == "first_response":
            return APITimeoutError(
                f"{where} was not sent: the client's first response, which shows the rate "
                f"limit, has not arrived within the {bound:.1f} s this call may wait",
                request=request,
            )
        if wait.reason == "rate_limit" and wait.limit:
            what = f"the rate limit {wait.limit!r} is exhausted for another {wait.seconds:.1f} s"
        elif wait.reason == "rate_limit":
            what = f"the server asked for a pause of another {wait.seconds:.1f} s"
        else:
            what = f"the rate limiter would hold this call for {wait.seconds:.1f} s"
        response = httpx.Response(
            429,
            headers={"retry-after": str(math.ceil(wait.seconds))},
            request=request,
            extensions={RETRY_AFTER_EXTENSION: wait.seconds, RATE_LIMIT_EXTENSION: wait.limit},
        )
        return RateLimitError(
            f"{what}, longer than this call may wait ({bound:.1f} s); not sent",
            response=response,
            retry_after=wait.seconds,
            limit=wait.limit,
            sent=False,
        )

    def _after_exception(
        self, exc: Exception, at: _Attempt, status: int | None = None
    ) -> WaitEvent:
        """The wait before the next attempt after *exc*, or raise the error the caller gets.

        *status* is set when the failure came while reading the body of a response with that
        status: the request reached the server, and only a 429 proves it was not applied.
        """
        request, where, tag = at.request, at.where, at
        what = describe_error(exc)
        if status is not None:
            what = f"the {status} response's body could not be read ({what})"
        timed_out = isinstance(exc, (httpx.TimeoutException, TimeoutError))
        error_cls = APITimeoutError if timed_out else APIConnectionError
        if status is None and isinstance(exc, _NOT_RETRYABLE):
            logger.debug("%s -> %s; not retryable", tag, type(exc).__name__)
            raise error_cls(f"{where} could not be sent: {what}", request=request) from exc
        not_applied = never_sent(exc) if status is None else status == 429
        if not at.idempotent and not not_applied:
            self.stats.ambiguous += 1
            logger.debug("%s -> %s; ambiguous, not retrying", tag, type(exc).__name__)
            answer = what if status is not None else f"no response ({what})"
            raise AmbiguousRequestError(
                f"{where} may or may not have been applied: {answer}; look the object up "
                "before retrying",
                request=request,
            ) from exc
        if at.last:
            logger.debug("%s -> %s; giving up", tag, type(exc).__name__)
            raise error_cls(
                f"{where} failed after {at.number} attempt(s): {what}", request=request
            ) from exc
        delay = self.policy.backoff(at.number, self._rng)
        logger.debug("%s -> %s; retrying in %.2fs", tag, type(exc).__name__, delay)
        return WaitEvent("backoff", delay)

    async def _after_response(self, response: httpx.Response, at: _Attempt) -> WaitEvent | None:
        """The wait before the next attempt, or ``None`` to return *response*; may raise."""
        status = response.status_code
        if status < 300:
            logger.debug("%s -> %d", at, status)
            return None
        request, tag, bound = at.request, at, at.bound
        exhausted = at.last

        if 300 <= status < 400:
            await close_response(response)
            response.request = request
            if not at.idempotent and status == 303:  # "done, see there": it may have been applied
                self.stats.ambiguous += 1
                raise AmbiguousRequestError(
                    f"{at.where} may or may not have been applied: the server answered 303 "
                    f"See Other ({redact_secrets(response.headers.get('location', ''))!r}); "
                    "look the object up before retrying",
                    request=request,
                    response=response,
                )
            logger.debug("%s -> %d; redirects are never followed", tag, status)
            raise error_from_response(response)

        if status == 429:
            self.stats.rate_limited += 1
            wait, limit = explain_rate_limit(response.headers, self._clock())
            response.extensions[RETRY_AFTER_EXTENSION] = wait
            response.extensions[RATE_LIMIT_EXTENSION] = limit
            if wait is not None and wait > bound:
                logger.debug(
                    "%s -> 429; server asks for %.2fs, over the %.2fs this call may wait",
                    tag,
                    wait,
                    bound,
                )
                return None
            if exhausted:
                logger.debug("%s -> 429; retries exhausted", tag)
                return None
            self.stats.rate_limit_waits += 1
            delay = wait if wait is not None else self.policy.backoff(at.number, self._rng)
            source = "server wait" if wait is not None else "backoff"
            logger.debug("%s -> 429; retrying in %.2fs (%s)", tag, delay, source)
            await discard_response(response)
            return WaitEvent("rate_limit", delay, limit)

        if not is_retryable_5xx(status):
            logger.debug("%s -> %d", tag, status)
            return None

        if not at.idempotent:
            if status in _AMBIGUOUS_GATEWAY_STATUSES:
                self.stats.ambiguous += 1
                logger.debug("%s -> %d; ambiguous, not retrying", tag, status)
                await discard_response(response)  # body stays readable: aread() cached it
                response.request = request
                raise AmbiguousRequestError(
                    f"{at.where} may or may not have been applied: the gateway "
                    f"answered {status} {redact_secrets(response.reason_phrase)}; look the "
                    "object up before retrying",
                    request=request,
                    response=response,
                )
            logger.debug("%s -> %d; not retried (not idempotent)", tag, status)
            return None

        if exhausted:
            logger.debug("%s -> %d; retries exhausted", tag, status)
            return None
        stated = parse_retry_after(response.headers.get("retry-after", ""), self._clock())
        if stated is not None and stated > bound:
            logger.debug(
                "%s -> %d; Retry-After %.2fs over the %.2fs this call may wait",
                tag,
                status,
                stated,
                bound,
            )
            return None
        delay = stated if stated is not None else self.policy.backoff(at.number, self._rng)
        logger.debug("%s -> %d; retrying in %.2fs", tag, status, delay)
        await discard_response(response)
        return WaitEvent("backoff", delay)
