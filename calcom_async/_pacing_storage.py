"""The pacer's budget state: Cal.com's ``X-RateLimit-*`` headers, and what they let us send.

:class:`MemoryPacerStorage` holds, per named limit, what the pacer
(:class:`~calcom_async._pacing.AdaptivePacer`) may still send and when the window ends;
:class:`PacerStorage` is the protocol a store shared by several processes would implement. The
queueing, sleeping and bounds live in ``_pacing.py``.

What the server tells us
------------------------
Every response carries, per named limit ``<name>`` (``default`` unless the key has custom limits;
several may apply at once, e.g. a short and a long one)::

    X-RateLimit-Limit-<name>      L  requests per window
    X-RateLimit-Remaining-<name>  R  requests left in the current window
    X-RateLimit-Reset-<name>      r  whole seconds until the window ends

The server uses fixed windows. Cal.com (NestJS throttler) and our fake server round ``r`` *up*,
so ``observed_at + r`` is an upper bound of the window end: the request was counted at or before
the moment we observe its response. The smallest such bound over the responses of one window is
a tight estimate (``LimitState.end``). Rounding the other way is survived, see "Premature
roll-over" below.

Algorithm (per named limit, in :class:`MemoryPacerStorage`)
-----------------------------------------------------------
* **Local tokens.** ``tokens`` is what we may still send in the current window. ``acquire``
  spends one token of every known limit, so the count already covers our requests in flight and
  concurrent tasks never all spend the same "remaining". ``observe`` merges the server's view
  with ``tokens = min(tokens, R)``. For our own traffic ``R >= tokens`` always: the server cannot
  have counted more than we sent. A smaller ``R`` is therefore someone else's usage (another process
  on the same key), and the minimum adopts it. Stale or reordered figures can never raise the count.
  (Subtracting in-flight requests from ``R`` on every response, the obvious alternative,
  double-counts whenever a batch of concurrent responses comes back out of order. In simulation
  it cost a quarter of the throughput.) In-flight requests *are* subtracted where the local count
  does not know them: when a limit is first seen (``R - in_flight``) and at a roll-over.
* **Burst, then pace.** While ``tokens`` exceeds a reserve (``reserve`` x L, 25 % by default),
  requests go out immediately. Inside the reserve, the remaining tokens are spread evenly over the
  time left: the next one is due at ``last + (end - last) / (tokens + 1)`` (``last`` = the last
  grant, or the window start), so the last request of the window lands shortly before the reset
  instead of all of them in the first instant. Pacing does
  not raise throughput over a plain burst (the window admits L either way). It keeps a long limit
  (say 1,000 per hour) from being emptied in the first minutes and then stalling the client.
* **Exhausted.** When a limit has no token left, tasks wait until ``end + safety_margin`` and the
  limit then rolls over to ``L - in_flight`` tokens with a provisional end ``now + window``
  (``window`` is the longest reset seen). The first response to a request sent after the
  roll-over replaces the provisional end. Later ones tighten it. With Cal.com's windows, which
  open at the first request after expiry, ``observed_at + r`` overshoots the true end by the
  response's one-way latency. That costs about one round trip per window: 0.3 % of a 60 s
  window at 100 ms, and about 10 % in the 2 s-window simulation at 200 ms.
* **Stragglers.** A response to a request granted *before* the roll-over may describe the old
  window, so its figures are ignored. Its token was already deducted by the ``- in_flight`` at the
  roll-over. The next response to a newer request brings the new window's figures anyway.
* **429.** A refusal reports ``R = 0`` for the exhausted limit(s), so their tokens drop to zero
  (or below, with other requests in flight) until their reset: every task waits instead of all of
  them hammering the API. ``Retry-After`` (seconds or HTTP date), if present, additionally blocks
  all requests until then. A 429 with neither gives a short ``fallback_pause``.
* **Premature roll-over.** If a server rounds ``r`` down, our end estimate can be up to 1 s early.
  When the first answer after a roll-over is a refusal, the window had not flipped yet (or
  someone else emptied the new one at once), and a learned ``skew`` grows by 0.25 s, up to 1 s.
  Roll-overs then wait that much longer, so the cost is a few refusals over the client's
  lifetime.
* **Several limits.** A request must be allowed by every limit, so the tightest one governs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import httpx

from ._waits import WaitEvent, WaitReason

__all__ = [
    "LimitFigures",
    "LimitSnapshot",
    "LimitState",
    "MemoryPacerStorage",
    "PacerStorage",
    "parse_rate_limit_headers",
]

#: ``name -> (limit, remaining, reset_seconds)`` as parsed from one response.
LimitFigures = Mapping[str, tuple[int, int, float]]

_PREFIX = "x-ratelimit-"
_SKEW_STEP = 0.25
_MAX_SKEW = 1.0


# --------------------------------------------------------------------------- header parsing


def parse_rate_limit_headers(headers: httpx.Headers) -> dict[str, tuple[int, int, float]]:
    """Return ``{name: (limit, remaining, reset_seconds)}`` for every complete named limit.

    One pass over the header list with prefix checks, and no regex. httpx's own ``get`` is a
    linear scan too, so three lookups per name would cost more. Limits with a missing or
    malformed field are skipped rather than guessed.
    """
    limit: dict[str, int] = {}
    remaining: dict[str, int] = {}
    reset: dict[str, float] = {}
    for key, value in headers.multi_items():  # keys come lower-cased
        if not key.startswith(_PREFIX):
            continue
        rest = key[len(_PREFIX) :]
        try:
            if rest.startswith("limit-"):
                limit[rest[6:]] = int(value)
            elif rest.startswith("remaining-"):
                remaining[rest[10:]] = int(value)
            elif rest.startswith("reset-"):
                reset[rest[6:]] = float(value)
        except ValueError:
            continue
    if not limit:
        return {}
    return {
        name: (lim, remaining[name], max(0.0, reset[name]))
        for name, lim in limit.items()
        if name in remaining and name in reset
    }


# --------------------------------------------------------------------------- storage


@dataclass(slots=True)
class LimitState:
    """What we believe about one named limit (times are on the pacer's clock)."""

    limit: int
    #: Requests we may still send in the current window (may go negative after a refusal).
    tokens: int
    #: Upper bound of the current window's end.
    end: float
    #: Longest reset seen: the provisional length of a window after a roll-over.
    window: float
    #: When we rolled over into the current window; earlier grants are stragglers.
    start: float = -math.inf
    #: False right after a roll-over: ``end`` is a guess until a response confirms it.
    confirmed: bool = True
    #: Time of the last grant, the anchor for spacing requests inside the reserve.
    last_grant: float = -math.inf


@dataclass(frozen=True, slots=True)
class LimitSnapshot:
    """Read-only view of one learned limit, for stats and demos."""

    name: str
    limit: int
    tokens: int
    resets_in: float


class PacerStorage(Protocol):
    """Budget state behind a pacer: two atomic transitions, swappable for a shared store.

    ``now`` and ``sent`` are on the pacer's clock. An implementation shared across processes must
    make each call atomic (e.g. one Lua script per method) and convert to its own time base.
    """

    def take(self, now: float, in_flight: int) -> WaitEvent | None:
        """Spend one request on every known limit and return ``None``, or say how long to wait.

        ``in_flight`` counts the caller's granted-but-unanswered requests, deducted when a window
        rolls over. A wait changes nothing: the caller sleeps (or gives up) and asks again. Its
        ``reason`` is ``"rate_limit"`` for an exhausted limit or a ``Retry-After`` block,
        ``"pacing"`` for spreading the rest of a window; ``limit`` names the governing limit.
        """
        ...

    def record(
        self,
        now: float,
        sent: float,
        status: int,
        limits: LimitFigures,
        retry_after: float | None,
        in_flight: int,
    ) -> None:
        """Merge one response: figures per limit, its status, ``Retry-After`` if any.

        ``sent`` is when its request was granted and ``in_flight`` counts the caller's other
        unanswered requests.
        """
        ...

    def snapshot(self, now: float) -> dict[str, LimitSnapshot]:
        """Current view of every learned limit."""
        ...


class MemoryPacerStorage:
    """In-process :class:`PacerStorage`: the algorithm described in the module docstring.

    :param safety_margin: seconds added after an estimated window end or ``Retry-After`` before
        the budget is considered renewed (covers timer jitter; the reset bound is already an
        upper bound, so this can be small).
    :param reserve: fraction of each limit held back for even pacing; above it requests burst.
    :param fallback_pause: global pause after a 429 that gives no figure at all.
    """

    def __init__(
        self,
        *,
        safety_margin: float = 0.05,
        reserve: float = 0.25,
        fallback_pause: float = 1.0,
    ) -> None:
        if safety_margin < 0 or not 0 <= reserve < 1 or fallback_pause < 0:
            raise ValueError("safety_margin >= 0, 0 <= reserve < 1, fallback_pause >= 0")
        self.safety_margin = safety_margin
        self.reserve = reserve
        self.fallback_pause = fallback_pause
        self.limits: dict[str, LimitState] = {}
        #: Global "no request before" time from Retry-After / header-less 429s.
        self.blocked_until = -math.inf
        #: Learned extra wait after estimated window ends (servers that round resets down).
        self.skew = 0.0

    def _roll_over(self, st: LimitState, now: float, in_flight: int) -> None:
        # Past end + margin the server's window has certainly flipped (end is an upper bound).
        if now >= st.end + self.safety_margin + self.skew:
            st.start = now
            st.end = now + st.window
            st.confirmed = False
            st.tokens = st.limit - in_flight

    def _delay(self, st: LimitState, now: float) -> tuple[float, WaitReason]:
        if st.tokens < 1:
            return st.end + self.safety_margin + self.skew - now, "rate_limit"
        if st.tokens > self.reserve * st.limit:
            return 0.0, "pacing"
        # Inside the reserve: spread what is left so the last one lands just before the reset.
        anchor = max(st.last_grant, st.start, st.end - st.window)
        return anchor + (st.end - anchor) / (st.tokens + 1) - now, "pacing"

    def take(self, now: float, in_flight: int) -> WaitEvent | None:
        wait = None
        if self.blocked_until > now:
            wait = WaitEvent("rate_limit", self.blocked_until - now)
        for name, st in self.limits.items():
            self._roll_over(st, now, in_flight)
            delay, reason = self._delay(st, now)
            if delay > 0 and (wait is None or delay > wait.seconds):
                wait = WaitEvent(reason, delay, name)
        if wait is not None:
            return wait
        for st in self.limits.values():
            st.tokens -= 1
            st.last_grant = now
        return None

    def record(
        self,
        now: float,
        sent: float,
        status: int,
        limits: LimitFigures,
        retry_after: float | None,
        in_flight: int,
    ) -> None:
        refused = status == 429
        exhausted = False
        for name, (limit, remaining, reset) in limits.items():
            end = now + reset
            exhausted = exhausted or remaining <= 0
            st = self.limits.get(name)
            if st is None:
                self.limits[name] = LimitState(
                    limit=limit, tokens=remaining - in_flight, end=end, window=max(reset, 1.0)
                )
                continue
            self._roll_over(st, now, in_flight)
            st.limit = limit
            st.window = max(st.window, reset)
            if sent < st.start:
                continue  # a straggler granted before the roll-over: may describe the old window
            if refused and remaining <= 0 and not st.confirmed:
                # The first answer after our roll-over is "exhausted": the server still counts
                # the old window, so it rounds resets down. Wait longer after estimated ends.
                self.skew = min(_MAX_SKEW, self.skew + _SKEW_STEP)
            if st.confirmed:
                st.end = min(st.end, end)
            else:
                st.end, st.confirmed = end, True
            st.tokens = min(st.tokens, remaining)
        if refused:
            if retry_after is not None:
                pause = retry_after
            elif exhausted:
                pause = 0.0  # the exhausted limits' tokens already make everyone wait
            else:
                pause = self.fallback_pause
            if pause > 0:
                self.blocked_until = max(self.blocked_until, now + pause + self.safety_margin)

    def snapshot(self, now: float) -> dict[str, LimitSnapshot]:
        return {
            name: LimitSnapshot(name, st.limit, st.tokens, max(0.0, st.end - now))
            for name, st in self.limits.items()
        }
