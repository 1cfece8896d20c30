"""Adaptive client-side pacing driven by Cal.com's ``X-RateLimit-*`` headers.

One :class:`AdaptivePacer` per client is shared by every concurrent task. The retrying transport
calls :meth:`AdaptivePacer.acquire` before each attempt and :meth:`AdaptivePacer.observe` after
each response (429s included). The pacer learns the budget from the responses and spaces
requests, so a saturating job (hundreds of concurrent booking creations) runs just under the
ceiling instead of bouncing off 429s. Light traffic is never delayed: while the budget is far
from exhausted, ``acquire()`` returns at once and never touches the clock's sleep.

The budget arithmetic (what the headers say, tokens, windows, roll-overs, 429s) is in
:mod:`calcom_async._pacing_storage`; this module queues, sleeps and bounds the waits.

The cold start (in :class:`AdaptivePacer`)
------------------------------------------
No budget is assumed before the first response: a lone request is never delayed. With
``probe_first`` (default), concurrent requests wait for the *first* response, about one
round trip, once per client. Without that, a job of 1,000 concurrent bookings would fire all of them
blind and collect ~980 refusals against a 20-per-window key. If the first response has no
rate-limit headers (a server without limits), nothing is ever paced. The probe cannot stall the
others: when its attempt ends without a response (an error, a cancellation) the transport calls
:meth:`AdaptivePacer.release` and the next request becomes the probe at once; a retry by the
probing task, or ``probe_timeout`` seconds of silence (a probe that hangs), also let one go.

Bounded waits
-------------
``acquire(max_wait=..., max_limit_wait=...)`` never waits longer than its caller allows: the
transport passes ``max_rate_limit_wait`` (lowered by a per-call ``timeout``) and, for
``max_retries=0``, ``max_limit_wait=0`` -- such a call does not wait out a rate limit at all. A
wait the pacer can already see is too long (an exhausted limit resetting in an hour, a 429's
``Retry-After: 3600``, the head of the queue waiting for either) raises :class:`WaitTooLong`
**at once**, without sleeping or spending a token; the transport turns it into
``RateLimitError(sent=False, retry_after=...)``. Every refusal cascades through the queue
without sleeping, so one long block does not hold the other callers silently. A wait that only
grows after a caller queued ends at the caller's bound. Bounds get ``tolerance`` (1 s) of slack:
resets are whole seconds and the pacer adds its margin, so a 60 s window fits a 60 s bound.
Each wait is reported as a :class:`~calcom_async._waits.WaitEvent` (``on_wait`` hook, debug log,
``snapshot().waits_by_reason``).

Concurrency and cost
--------------------
anyio primitives only, so it works under asyncio and trio. Fast path: if nobody is queued and the
budget allows, ``acquire`` grants synchronously: one clock read, the task's identity, two dict
operations and a loop over the (one or two) known limits; ``observe`` is one clock read (the task's
identity only when several grants are in flight), one cached lookup of where the limits sit in
httpx's header list and the merge. The clock and the task identity come from the running backend
directly (``time.monotonic`` / ``asyncio.current_task``, or trio's), not through anyio's per-call
lookups: acquire + observe cost ~3.7 µs in a tight loop (~12 µs before), two to three times that
inside a real call, whose other work leaves the pacer's data out of the CPU caches. Otherwise tasks
join a FIFO queue of ``anyio.Event`` tickets. Only the head computes its delay and sleeps, inside a
``CancelScope`` that ``observe`` cancels when new information arrives, so a response that frees the
budget (or a window flip) wakes it early. The token is taken synchronously after the wait, so
cancelling a waiting task never leaks a token. Its ``finally`` hands the head position to the next
ticket, so it never deadlocks the queue. In-flight requests are tracked per task: a new ``acquire``
from the same task ends its previous attempt (a retry after a connection error that never produced
a response). Entries older than ``in_flight_timeout`` are forgotten, so a task that died
mid-request cannot shrink the budget forever.

Why not ``limits`` or ``aiolimiter``
------------------------------------
Both are installed and were evaluated; neither fits, so this module is plain anyio.

* ``aiolimiter`` is a leaky bucket with a fixed ``max_rate/time_period`` chosen up front. It is
  asyncio-only (loop futures and timer handles) and cannot adopt a budget or window end
  dictated by server headers. It has no storage abstraction either.
* ``limits`` has swappable storage (memory, redis, memcached, mongodb), but it is a server-side
  counter: ``hit()`` tests and increments against its own configured item and its own wall-clock
  windows. It cannot be told "R left, window ends in r s", it does not queue or wait, and its clock
  is not injectable. Its async memory storage uses ``asyncio.Lock`` and ``asyncio.create_task``
  and fails under trio ("no running event loop", checked with limits 5.8).

Budgets go behind two small protocols instead. :class:`PacerStorage` (synchronous, in-process:
:class:`MemoryPacerStorage`, the default) has two atomic transitions -- ``take``: check and
spend one request on every limit, or say how long to wait; ``record``: merge one response --
plus ``snapshot``. :class:`SharedPacerStorage` is the same budget shared by processes and
machines (``_pacing_redis.RedisPacerStorage``: the same arithmetic in one Lua script). Its
``take_shared`` is a round trip, awaited in ``acquire``; ``observe`` must not block, so responses
are buffered (write-behind) and travel with the next ``take_shared``: one round trip per request.
The queueing and sleeping stay local to each process.
"""

from __future__ import annotations

import asyncio
import logging
import math
import secrets
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import cast

import anyio
import httpx

from ._pacing_storage import (
    LimitSnapshot,
    LimitState,
    MemoryPacerStorage,
    PacerStorage,
    SharedPacerStorage,
    parse_rate_limit_headers,
)
from ._retry import parse_retry_after
from ._waits import WaitEvent, WaitHook, WaitTooLong, emit_wait

__all__ = [
    "AdaptivePacer",
    "LimitSnapshot",
    "LimitState",
    "MemoryPacerStorage",
    "PacerStats",
    "PacerStorage",
    "SharedPacerStorage",
    "parse_rate_limit_headers",
]

logger = logging.getLogger("calcom_async.pacing")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


# --------------------------------------------------------------------------- pacer


@dataclass(frozen=True, slots=True)
class PacerStats:
    """Counters for demos and logs (``snapshot()``); times in seconds.

    ``waits_by_reason`` counts the waits that began, by :attr:`WaitEvent.reason`;
    ``refused_locally`` the calls refused without sending because the wait they faced was longer
    than they allowed (:class:`WaitTooLong`).
    """

    limits: dict[str, LimitSnapshot]
    acquired: int
    waits: int
    waited_seconds: float
    max_wait: float
    observed: int
    refused: int
    in_flight: int
    queued: int
    skew: float | None
    waits_by_reason: dict[str, int]
    refused_locally: int


def _backend() -> tuple[Callable[[], object], Clock]:
    """The running event loop's "current task" function and clock (anyio: asyncio or trio).

    ``anyio.get_current_task()`` builds a ``TaskInfo`` (name, parent, coroutine) on every call,
    ~1.5 µs, and ``anyio.current_time()`` looks the backend up each time, ~0.8 µs; the pacer
    needs both twice per request. The backend's own functions cost a tenth of that.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        import trio  # anyio's only other backend

        return trio.lowlevel.current_task, trio.current_time
    # The standard loop's clock is time.monotonic; another loop (uvloop) keeps anyio's lookup.
    fast = type(loop).time is asyncio.BaseEventLoop.time
    return asyncio.current_task, time.monotonic if fast else anyio.current_time


class AdaptivePacer:
    """Shared limiter that learns the budget from ``X-RateLimit-*`` headers (see module doc).

    :param storage: budget state. The default is a new :class:`MemoryPacerStorage`; a
        :class:`SharedPacerStorage` (e.g. Redis) shares the budget with other processes. The
        tuning options below configure the default and cannot be combined with a custom storage.
    :param safety_margin: see :class:`MemoryPacerStorage` (at most 0.05 s, 1 % of the window).
    :param reserve: see :class:`MemoryPacerStorage` (default 0.25).
    :param probe_first: hold concurrent requests until the first response has been observed.
    :param probe_timeout: how long the first response may be awaited before another request
        becomes the probe (a probe that fails or is cancelled hands over at once, see
        :meth:`release`).
    :param in_flight_timeout: forget a granted request that never produced a response after this
        many seconds.
    :param tolerance: seconds by which a wait may exceed a caller's bound and still be waited:
        resets are whole seconds and the pacer adds its own margin, so a limit resetting "in
        60 s" must not be refused under ``max_rate_limit_wait=60``.
    :param on_wait: called with a :class:`WaitEvent` when an ``acquire`` starts to wait (and
        when the reason of its wait changes). It must not block; exceptions are logged.
    :param clock: monotonic seconds (default :func:`anyio.current_time`). Inject for tests.
    :param sleep: ``await sleep(seconds)`` (default :func:`anyio.sleep`). It must be cancellable.
    """

    def __init__(
        self,
        storage: PacerStorage | SharedPacerStorage | None = None,
        *,
        safety_margin: float | None = None,
        reserve: float | None = None,
        probe_first: bool = True,
        probe_timeout: float = 10.0,
        in_flight_timeout: float = 120.0,
        tolerance: float = 1.0,
        on_wait: WaitHook | None = None,
        clock: Clock = anyio.current_time,
        sleep: Sleep = anyio.sleep,
    ) -> None:
        if storage is None:
            storage = MemoryPacerStorage(
                safety_margin=0.05 if safety_margin is None else safety_margin,
                reserve=0.25 if reserve is None else reserve,
            )
        elif safety_margin is not None or reserve is not None:
            raise ValueError("safety_margin/reserve configure the default storage only")
        self._storage = storage
        # Exactly one of the two is set: the synchronous store, or the shared (async) one.
        self._local: PacerStorage | None = None
        self._shared: SharedPacerStorage | None = None
        if hasattr(storage, "take_shared"):
            self._shared = cast(SharedPacerStorage, storage)
        else:
            self._local = storage
        self._probe_first = probe_first
        self._probe_timeout = probe_timeout
        self._in_flight_timeout = in_flight_timeout
        self._tolerance = tolerance
        self.on_wait = on_wait
        self._clock = clock
        # The default clock is replaced by the running backend's own on first use.
        self._backend_clock = clock is anyio.current_time
        self._sleep = sleep
        self._current_task: Callable[[], object] | None = None
        self._queue: deque[anyio.Event] = deque()
        self._wake: anyio.CancelScope | None = None
        # What the head of the queue is waiting for, and until when (for queued callers' bounds).
        self._plan: tuple[WaitEvent, float] | None = None
        # task id -> grant time; insertion order = grant order, so expiry pops from the front.
        self._in_flight: dict[int, float] = {}
        # task id -> grant id in the shared store's in-flight count (shared storage only).
        self._grants: dict[int, str] = {}
        self._grant_prefix = secrets.token_hex(6)
        self._grant_seq = 0
        self._observed = 0
        self._probe: tuple[int, float] | None = None  # (task id, since) during the cold start
        self._acquired = 0
        self._waits = 0
        self._waited = 0.0
        self._max_wait = 0.0
        self._refused = 0
        self._refused_locally = 0
        self._waits_by_reason: Counter[str] = Counter()

    @property
    def storage(self) -> PacerStorage | SharedPacerStorage:
        """The budget state (shared with other pacers if a shared store was given)."""
        return self._storage

    def _task_key(self) -> int:
        # Ids of finished tasks can be recycled; a newcomer then merely retires a dead task's entry.
        getter = self._current_task
        if getter is not None:
            try:
                return id(getter())
            except RuntimeError:  # another event loop library than the one seen first
                pass
        getter, clock = _backend()
        self._current_task = getter
        if self._backend_clock:
            self._clock = clock
        return id(getter())

    async def acquire(
        self, *, max_wait: float = math.inf, max_limit_wait: float | None = None
    ) -> None:
        """Wait until one more request fits the learned budget, then account for it.

        Call once before every attempt, retries included. Returns without sleeping while the
        budget is far from exhausted. Waiters are served first come, first served. Cancelling
        a waiting task is safe.

        Args:
            max_wait: the longest this call may wait in all (queue included).
            max_limit_wait: the longest it may wait for an exhausted limit to reset or a
                server-requested pause to pass (default: *max_wait*); ``0`` means "do not wait
                out a rate limit at all". Both bounds get :attr:`tolerance` slack.

        Raises:
            WaitTooLong: the wait exceeds a bound. Raised as soon as the pacer knows it, without
                sleeping first, or when *max_wait* runs out in the queue. Nothing is spent.
        """
        me = self._task_key()
        in_flight = self._in_flight
        if in_flight.pop(me, None) is not None and self._shared is not None:
            self._end_grant(me)  # a new attempt ends this task's previous one
        if not self._queue:
            local = self._local
            if local is not None:
                now = self._clock()
                if not in_flight and self._observed:
                    # The common case, _try_grant without its calls: nothing in flight to
                    # expire, the cold start over (no probe to wait for, none to name).
                    if local.take(now, ()) is None:
                        in_flight[me] = now
                        self._acquired += 1
                        return
                elif self._try_grant(me, now) is None:
                    return
            elif await self._try_grant_shared(me) is None:
                return
        await self._wait_in_queue(me, max_wait, max_limit_wait)

    async def _wait_in_queue(self, me: int, max_wait: float, max_limit_wait: float | None) -> None:
        limit_bound = max_wait if max_limit_wait is None else min(max_wait, max_limit_wait)
        ticket = anyio.Event()
        started = self._clock()
        if self._queue:
            self._refuse_if_known_too_long(started, max_wait, limit_bound)
        self._queue.append(ticket)
        reported: tuple[str, str | None] | None = None
        try:
            if self._queue[0] is not ticket:
                with anyio.move_on_after(max_wait + self._tolerance):
                    await ticket.wait()
                if not ticket.is_set():
                    raise self._refusal(self._queue_wait(), max_wait)
            while True:
                if self._local is not None:
                    wait = self._try_grant(me, self._clock())
                else:
                    wait = await self._try_grant_shared(me)
                if wait is None:
                    break
                now = self._clock()
                if wait.reason == "first_response":
                    # probe_timeout bounds this wait; the first response usually ends it within
                    # a round trip, so wait what the bound allows and refuse only then.
                    left = max_wait + self._tolerance - (now - started)
                    if left <= 0:
                        raise self._refusal(wait, max_wait)
                    wait = WaitEvent(wait.reason, min(wait.seconds, left), wait.limit)
                else:
                    self._check(wait, now - started, max_wait, limit_bound)
                if reported != (wait.reason, wait.limit):
                    reported = (wait.reason, wait.limit)
                    self._waits_by_reason[wait.reason] += 1
                    emit_wait(self.on_wait, wait)
                self._plan = (wait, now + wait.seconds)
                with anyio.CancelScope() as scope:
                    self._wake = scope
                    await self._sleep(wait.seconds)
        finally:
            if self._queue[0] is ticket:
                self._wake = None
                self._plan = None
                self._queue.popleft()
                if self._queue:
                    self._queue[0].set()
            else:
                self._queue.remove(ticket)
            waited = self._clock() - started
            self._waits += 1
            self._waited += waited
            self._max_wait = max(self._max_wait, waited)

    def _check(self, wait: WaitEvent, elapsed: float, max_wait: float, limit_bound: float) -> None:
        if wait.reason == "rate_limit" and wait.seconds > limit_bound + self._tolerance:
            raise self._refusal(wait, limit_bound)
        if elapsed + wait.seconds > max_wait + self._tolerance:
            raise self._refusal(wait, max_wait)

    def _refuse_if_known_too_long(self, now: float, max_wait: float, limit_bound: float) -> None:
        """A newcomer behind a head whose own wait already exceeds the newcomer's bound."""
        if self._plan is None or self._plan[0].reason == "first_response":
            return  # the head's hold ends with the first response, usually long before
        wait, until = self._plan
        self._check(
            WaitEvent(wait.reason, max(0.0, until - now), wait.limit), 0.0, max_wait, limit_bound
        )

    def _queue_wait(self) -> WaitEvent:
        if self._plan is None:
            return WaitEvent("pacing", 0.0)
        wait, until = self._plan
        return WaitEvent(wait.reason, max(0.0, until - self._clock()), wait.limit)

    def _refusal(self, wait: WaitEvent, bound: float) -> WaitTooLong:
        self._refused_locally += 1
        logger.debug(
            "refusing without sending: %s, over the %.1f s allowed", wait.describe(), bound
        )
        return WaitTooLong(wait, bound)

    def _expire_and_probe(self, me: int, now: float) -> WaitEvent | None:
        """Forget grants that never got a response (dead tasks); hold others for the probe."""
        in_flight = self._in_flight
        horizon = now - self._in_flight_timeout
        while in_flight:
            oldest = next(iter(in_flight))
            if in_flight[oldest] > horizon:
                break
            del in_flight[oldest]
            self._grants.pop(oldest, None)  # the shared store's lease expires on its own
        probe = self._probe
        if (
            probe is not None
            and probe[0] != me
            and self._probe_first
            and not self._observed
            and now - probe[1] < self._probe_timeout
        ):
            # observe() or release() wakes us earlier
            return WaitEvent("first_response", probe[1] + self._probe_timeout - now)
        return None

    def _try_grant(self, me: int, now: float) -> WaitEvent | None:
        """Grant now (return ``None``, bookkeeping done) or return what to wait for."""
        wait = self._expire_and_probe(me, now)
        if wait is not None:
            return wait
        assert self._local is not None
        wait = self._local.take(now, self._in_flight.values())
        if wait is not None:
            return wait
        if self._probe_first and not self._observed:
            self._probe = (me, now)
        self._in_flight[me] = now
        self._acquired += 1
        return None

    async def _try_grant_shared(self, me: int) -> WaitEvent | None:
        """:meth:`_try_grant` against a shared store: its ``take`` is a round trip."""
        now = self._clock()
        wait = self._expire_and_probe(me, now)
        if wait is not None:
            return wait
        assert self._shared is not None
        cold = self._probe_first and not self._observed
        if cold:
            self._probe = (me, now)  # claimed before the round trip, so others hold meanwhile
        self._grant_seq += 1
        grant = f"{self._grant_prefix}:{self._grant_seq}"
        granted = False
        try:
            wait = await self._shared.take_shared(now, grant)
            granted = wait is None
        finally:
            if cold and not granted and self._probe == (me, now):
                self._probe = None  # no request went out: let another become the probe
                if self._wake is not None:
                    self._wake.cancel()
        if wait is not None:
            return wait
        self._in_flight[me] = self._clock()
        self._grants[me] = grant
        self._acquired += 1
        return None

    def _end_grant(self, task: int) -> None:
        grant = self._grants.pop(task, None)
        if grant is not None and self._shared is not None:
            self._shared.release_shared(grant)

    def release(self) -> None:
        """The current task's granted attempt ended without a response (error, cancellation).

        Its request no longer counts as in flight, and if it was the cold-start probe the next
        waiting request becomes the probe at once instead of after ``probe_timeout``.
        """
        me = self._task_key()
        self._in_flight.pop(me, None)
        if self._shared is not None:
            self._end_grant(me)
        if self._probe is not None and self._probe[0] == me and not self._observed:
            self._probe = None
            if self._wake is not None:
                self._wake.cancel()

    def observe(self, response: httpx.Response) -> None:
        """Learn from one response (any status, 429s included). Cheap and never blocks."""
        in_flight = self._in_flight
        if self._local is not None and len(in_flight) <= 1 and self._current_task is not None:
            # One grant in flight at most, so it is the one this response answers whether or
            # not this task holds it (see below): no need to ask which task this is.
            now = self._clock()
            sent = in_flight.popitem()[1] if in_flight else now
        else:
            me = self._task_key()
            now = self._clock()
            if me in in_flight:
                sent = in_flight.pop(me)
            elif in_flight:  # observed from another task: retire the oldest grant instead
                me = next(iter(in_flight))
                sent = in_flight.pop(me)
            else:
                sent = now
        status = response.status_code
        retry_after = None
        if status == 429:
            self._refused += 1
            retry_after = parse_retry_after(response.headers.get("retry-after"))
        limits = parse_rate_limit_headers(response.headers)
        if self._local is not None:
            if limits or status == 429:
                self._local.record(now, sent, status, limits, retry_after, in_flight.values())
        else:
            assert self._shared is not None
            grant = self._grants.pop(me, None)
            self._shared.record_shared(now, sent, grant, status, limits, retry_after)
        self._observed += 1
        if self._wake is not None:
            self._wake.cancel()  # let the head re-plan with the new figures

    async def aclose(self) -> None:
        """Hand what a shared store has buffered to it and close it (a no-op otherwise)."""
        if self._shared is not None:
            await self._shared.aclose()

    def snapshot(self) -> PacerStats:
        """Learned limits and wait statistics, for demos and logs.

        With the default clock, call it from inside the event loop (``anyio.current_time``).
        """
        skew = getattr(self._storage, "skew", None)
        return PacerStats(
            limits=self._storage.snapshot(self._clock()),
            acquired=self._acquired,
            waits=self._waits,
            waited_seconds=self._waited,
            max_wait=self._max_wait,
            observed=self._observed,
            refused=self._refused,
            in_flight=len(self._in_flight),
            queued=len(self._queue),
            skew=skew if isinstance(skew, float) else None,
            waits_by_reason=dict(self._waits_by_reason),
            refused_locally=self._refused_locally,
        )
