"""Wall-clock accounting of a client's waits, for progress bars and summaries.

A client reports each wait as it *begins* (``on_wait``, a :class:`~calcom_async.WaitEvent`), not
when it ends, and many tasks wait at the same time: summing ``WaitEvent.seconds`` (or the pacer's
per-call totals) counts one minute of a rate-limit block once per waiting task -- "233 s of
waits" inside a 15 s run. :class:`WaitClock` instead keeps one open interval per task, from its
wait event to the moment that task next sends a request (seen by :meth:`WaitClock.transport`, the
innermost transport, which runs in the sending task), capped at the planned end. Its totals are
the *union* of those intervals: the wall time during which at least one request was held back.

No rich here: the demo script uses this module too.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpx

from .._waits import WaitEvent, WaitReason

__all__ = ["WaitClock", "WaitTotals"]


@dataclass
class _Open:
    reason: WaitReason
    limit: str | None
    start: float
    until: float


@dataclass(frozen=True)
class WaitTotals:
    """Wall seconds with at least one wait open: ``total`` and per :data:`WaitReason`."""

    total: float
    by_reason: dict[WaitReason, float]


def _union(intervals: Iterable[tuple[float, float]]) -> float:
    """Length of the union of ``(start, end)`` intervals."""
    covered = 0.0
    reach = float("-inf")
    for start, end in sorted(intervals):
        if end <= reach:
            continue
        covered += end - max(start, reach)
        reach = end
    return covered


def _task_key() -> object:
    try:
        return asyncio.current_task()
    except RuntimeError:  # no running loop: a synchronous caller (tests)
        return None


class WaitClock:
    """Which waits are holding requests back now, and for how much wall time in all.

    Wire it to a client: ``AsyncCalcom(transport=clock.transport(), on_wait=clock.on_wait)``
    (or set ``cal.on_wait`` later). ``clock`` is the time source (monotonic seconds).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._open: dict[object, _Open] = {}
        self._closed: list[tuple[float, float, WaitReason]] = []

    def on_wait(self, event: WaitEvent) -> None:
        """The client's ``on_wait`` hook: the calling task starts (or extends) a wait."""
        now = self._clock()
        task = _task_key()
        until = now + max(0.0, event.seconds)
        current = self._open.get(task)
        if current is not None:
            if (current.reason, current.limit) == (event.reason, event.limit):
                current.until = max(current.until, until)
                return
            self._close(task, now)
        self._open[task] = _Open(event.reason, event.limit, now, until)

    def sent(self) -> None:
        """The calling task is sending a request: its wait, if any, is over."""
        self._close(_task_key(), self._clock())

    def _close(self, task: object, now: float) -> None:
        wait = self._open.pop(task, None)
        if wait is not None:
            self._closed.append((wait.start, max(wait.start, min(now, wait.until)), wait.reason))

    def current(self) -> WaitEvent | None:
        """The wait holding requests back now (the open one ending last), with the seconds it
        still has to run; ``None`` when nothing is waiting."""
        now = self._clock()
        waiting = [w for w in self._open.values() if w.until > now]
        if not waiting:
            return None
        last = max(waiting, key=lambda w: w.until)
        return WaitEvent(last.reason, last.until - now, last.limit)

    def totals(self) -> WaitTotals:
        """Wall time waited so far (open waits count up to now or their planned end)."""
        now = self._clock()
        intervals = list(self._closed)
        intervals += [
            (w.start, max(w.start, min(now, w.until)), w.reason) for w in self._open.values()
        ]
        by_reason: dict[WaitReason, float] = {}
        for reason in sorted({r for _, _, r in intervals}):
            by_reason[reason] = _union((s, e) for s, e, r in intervals if r == reason)
        return WaitTotals(_union((s, e) for s, e, _ in intervals), by_reason)

    def transport(self, inner: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncBaseTransport:
        """``inner`` (default: the transport the client would make itself) telling this clock
        when each request leaves."""
        return _SendWatch(
            inner or httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100)), self
        )


class _SendWatch(httpx.AsyncBaseTransport):
    """The innermost transport: below the client's pacer and retries, so ``sent`` is called
    when a request really leaves, in the task that waited for it."""

    def __init__(self, inner: httpx.AsyncBaseTransport, clock: WaitClock) -> None:
        self._inner = inner
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._clock.sent()
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()
