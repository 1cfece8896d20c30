"""One rate budget for every client of a key, in any process or machine: the pacer on Redis.

``AsyncCalcom(rate_limit_store="redis://127.0.0.1:6379/0")`` (or a ``redis.asyncio.Redis``
client) gives the client's :class:`~calcom_async._pacing.AdaptivePacer` a
:class:`RedisPacerStorage`: the budget it learns from Cal.com's headers, the tokens it spends and
the requests in flight live in Redis, so every client using the same key draws from one budget.
Only the queueing and sleeping stay in each process.

How
---
* **Atomic**: the arithmetic of :class:`~calcom_async._pacing_storage.MemoryPacerStorage` (see
  that module's docstring) runs in one Lua script (``_pacing_redis.lua``) per ``acquire``: first
  the responses this process observed since its last call (``observe`` must not block, so they
  are buffered: write-behind), then one take. One round trip per request, ~0.2 ms on loopback,
  nothing next to Cal.com's budget of 2 requests per second.
* **Keyed by a hash of the credential**, never the key itself
  (``calcom_async:pace:{<hmac-sha256>}:state`` and ``...:inflight``; the braces keep both keys on
  one Redis Cluster slot). State expires a day after its last use.
* **One time base**: Redis's own clock (``TIME``). Only durations cross the wire (how long ago a
  response arrived, how long its request was in flight), so clients on machines whose clocks
  disagree still agree on window ends.
* **A process that dies mid-request**: each granted request is a member of the in-flight set
  with its grant time, removed by its response (or its failure). A dead process's members expire
  after ``in_flight_ttl`` (60 s), so they cannot shrink the budget beyond that.
* **Redis unreachable** (or slow: 1 s socket timeouts for a client made from a URL): the pacer
  goes on pacing **locally**, with one warning per outage, from a local mirror that saw every
  response. The headers report the key's usage by everybody, so this is the uncoordinated
  pacing of a client without a store -- not a stall, and not an error: a Redis outage must not
  stop bookings. Redis is tried again every ``retry_interval`` (5 s). ``fallbacks`` counts the
  requests paced locally.
* **trio**: redis-py's asyncio client needs asyncio. Under trio the store paces locally from the
  first call, with a warning: the client works, the budget is not shared.
"""

from __future__ import annotations

import json
import logging
import math
from importlib import resources
from typing import TYPE_CHECKING, Any

from ._pacing_storage import LimitFigures, LimitSnapshot, MemoryPacerStorage, MultiLimitPolicy
from ._redis_support import redis_errors, running_on_asyncio
from ._waits import WaitEvent

REDIS_ERRORS = redis_errors()

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisPacerStorage"]

logger = logging.getLogger("calcom_async.pacing")

_SCRIPT = resources.files(__package__).joinpath("_pacing_redis.lua").read_text("utf-8")
_STATE_TTL = 86_400.0
_MAX_PENDING = 1_000  # events kept for the next call; older ones go when Redis stays away


class RedisPacerStorage:
    """A :class:`~calcom_async._pacing_storage.SharedPacerStorage` on Redis (see module doc).

    :param redis: a ``redis.asyncio.Redis`` client.
    :param budget: the budget's name: :func:`~calcom_async._redis_support.budget_id` of the key.
    :param owns_client: close *redis* in :meth:`aclose` (a client made from a URL).
    :param in_flight_ttl: seconds after which a granted request without a response is
        forgotten (its process died).
    :param retry_interval: seconds between attempts to reach Redis again after a failure.
    :param now: for tests only -- seconds used instead of Redis's clock (``callable()``).
    Tuning (``safety_margin``, ``reserve``, ``fallback_pause``, ``multi_limit``) as for
    :class:`~calcom_async._pacing_storage.MemoryPacerStorage`; the shared state keeps the
    ``multi_limit`` of the client that created it.
    """

    def __init__(
        self,
        redis: Redis,
        budget: str,
        *,
        owns_client: bool = False,
        prefix: str = "calcom_async:pace",
        safety_margin: float = 0.05,
        reserve: float = 0.25,
        fallback_pause: float = 1.0,
        multi_limit: MultiLimitPolicy = "loosest",
        in_flight_ttl: float = 60.0,
        retry_interval: float = 5.0,
        now: Any = None,
    ) -> None:
        self._mirror = MemoryPacerStorage(
            safety_margin=safety_margin,
            reserve=reserve,
            fallback_pause=fallback_pause,
            multi_limit=multi_limit,
        )
        self._redis = redis
        self._owns = owns_client
        self._script = redis.register_script(_SCRIPT)
        self._keys = [f"{prefix}:{{{budget}}}:state", f"{prefix}:{{{budget}}}:inflight"]
        self._config = [
            str(safety_margin),
            str(reserve),
            str(fallback_pause),
            multi_limit,
            str(in_flight_ttl),
            str(_STATE_TTL),
        ]
        self._retry_interval = retry_interval
        self._now = now
        # Events since the last call: (observed at, sent at, grant, status, figures, retry-after).
        self._pending: list[tuple[float, float, str | None, int, LimitFigures, float | None]] = []
        self._mine: dict[str, float] = {}  # this process's grants in flight -> grant time
        self._down_until = -math.inf  # while Redis is away: when to try it again
        self._outage = False
        self._warned_trio = False
        self._snapshot: tuple[float, list[tuple[str, int, int, float]]] = (0.0, [])
        #: Requests paced locally because Redis could not be used.
        self.fallbacks = 0
        #: Redis calls that failed.
        self.errors = 0

    @property
    def skew(self) -> float:
        return self._mirror.skew

    # -- the protocol --------------------------------------------------------------------------

    async def take_shared(self, now: float, grant: str) -> WaitEvent | None:
        if not self._usable(now):
            return self._take_locally(now, grant)
        try:
            reply = await self._call(now, grant)
        except REDIS_ERRORS as exc:
            self._failed(now, exc)
            return self._take_locally(now, grant)
        verdict, wait, reason, limit = (_text(x) for x in reply[:4])
        self._remember_snapshot(now, reply[4])
        if verdict == "ok":
            self._mine[grant] = now
            return None
        return WaitEvent(reason, float(wait), limit or None)  # type: ignore[arg-type]

    def record_shared(
        self,
        now: float,
        sent: float,
        grant: str | None,
        status: int,
        limits: LimitFigures,
        retry_after: float | None,
    ) -> None:
        if grant is not None:
            self._mine.pop(grant, None)
        if limits or status == 429:
            self._mirror.record(now, sent, status, limits, retry_after, self._mine.values())
        self._buffer((now, sent, grant, status, limits, retry_after))

    def release_shared(self, grant: str) -> None:
        self._mine.pop(grant, None)
        self._buffer((0.0, 0.0, grant, 0, {}, None))

    def snapshot(self, now: float) -> dict[str, LimitSnapshot]:
        """The shared view as of this process's last call (the local one while Redis is away)."""
        at, limits = self._snapshot
        if not limits or self._outage or not running_on_asyncio():
            return self._mirror.snapshot(now)
        return {
            name: LimitSnapshot(name, limit, tokens, max(0.0, resets_in - (now - at)))
            for name, limit, tokens, resets_in in limits
        }

    async def aclose(self) -> None:
        """Send the buffered responses (best effort), then close a client made from a URL."""
        try:
            if self._pending and running_on_asyncio() and not self._outage:
                await self._call(None, "")
        except REDIS_ERRORS as exc:
            logger.debug("could not hand the last responses to Redis: %s", exc)
        finally:
            if self._owns and running_on_asyncio():
                await self._redis.aclose()

    # -- internals -----------------------------------------------------------------------------

    def _usable(self, now: float) -> bool:
        if not running_on_asyncio():
            if not self._warned_trio:
                self._warned_trio = True
                logger.warning(
                    "the Redis rate-limit store needs asyncio (redis-py); under this event loop "
                    "the client paces on its own, without sharing the budget"
                )
            return False
        return now >= self._down_until

    def _failed(self, now: float, exc: BaseException) -> None:
        self.errors += 1
        if not self._outage:
            self._outage = True
            logger.warning(
                "the Redis rate-limit store is unreachable (%s: %s); pacing locally, trying "
                "again every %.0f s",
                type(exc).__name__,
                exc,
                self._retry_interval,
            )
        self._down_until = now + self._retry_interval

    def _take_locally(self, now: float, grant: str) -> WaitEvent | None:
        self.fallbacks += 1
        wait = self._mirror.take(now, self._mine.values())
        if wait is None:
            self._mine[grant] = now
        return wait

    def _buffer(
        self, event: tuple[float, float, str | None, int, LimitFigures, float | None]
    ) -> None:
        pending = self._pending
        pending.append(event)
        if len(pending) > _MAX_PENDING:
            del pending[: len(pending) - _MAX_PENDING]

    async def _call(self, now: float | None, grant: str) -> list[Any]:
        """Run the script: the buffered events, then a take for *grant* (unless empty)."""
        events, self._pending = self._pending, []
        at = now if now is not None else (events[-1][0] if events else 0.0)
        encoded = []
        for observed, sent, g, status, figures, retry_after in events:
            event: dict[str, Any] = {"g": g} if g is not None else {}
            if status:
                event.update(
                    a=max(0.0, at - observed),
                    s=max(0.0, at - sent),
                    st=status,
                    l=[[name, *values] for name, values in figures.items()],
                )
                if retry_after is not None:
                    event["ra"] = retry_after
            encoded.append(event)
        clock = "" if self._now is None else repr(float(self._now()))
        try:
            reply: list[Any] = await self._script(
                keys=self._keys,
                args=[clock, grant, json.dumps(encoded), *self._config],
            )
        except BaseException:
            # Not sent, or lost with the connection: keep them for the next call.
            self._pending[:0] = events
            del self._pending[: max(0, len(self._pending) - _MAX_PENDING)]
            raise
        if self._outage:
            self._outage = False
            logger.warning("the Redis rate-limit store is reachable again; sharing the budget")
        self._down_until = -math.inf
        return reply

    def _remember_snapshot(self, now: float, raw: object) -> None:
        try:
            items = json.loads(_text(raw))
        except ValueError:
            return
        if isinstance(items, list):
            self._snapshot = (now, [(str(n), int(lim), int(t), float(r)) for n, lim, t, r in items])


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
