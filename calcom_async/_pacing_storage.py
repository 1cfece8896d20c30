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
* **Exhausted.** When a limit has no token left, tasks wait until ``end + margin`` and the
  limit then rolls over to ``L - in_flight`` tokens with a provisional end ``now + window``.
  Only requests granted less than two round trips before the old window's end count here: an
  earlier one reached the server before the flip and was counted in the old window, even if its
  answer is still on its way (deducting it too left 3-8 % of each 1 s window unused with four
  processes on one key). The round trip is the longest of the recent ones (``rtt``: answered
  minus granted, decaying by 2 % per response), 1 s until the first answer
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
* **Margins in proportion to the window.** ``margin`` is 1 % of the limit's window, at most
  ``safety_margin`` (0.05 s): the end estimate is already an upper bound, so the margin only
  covers timer jitter, and a fixed 50 ms would cost 5 % of a 1 s window (it is 0.08 % of a 60 s
  one). Measured on the fake's throttler, 1 s and 60 s windows both run at >= 98 % of the
  ceiling (``make bench-multi``).
* **Premature roll-over.** If a server rounds ``r`` down, our end estimate can be up to 1 s early.
  When the first answer after a roll-over is a refusal, the window had not flipped yet (or
  someone else emptied the new one at once), and the limit's learned ``skew`` grows by one step:
  5 % of its window, at most 0.25 s, up to a quarter of the window (at most 1 s). Roll-overs then
  wait that much longer, so the cost is a few refusals over the client's lifetime, and one step
  never costs a short window more than 5 % of its throughput.
* **Several named limits** (``multi_limit``). Every request counts against every limit of the
  key, passing or not, but Cal.com refuses an API key's request only when **every** one of its
  limits is blocked. So one limit that is never exceeded is enough to never be refused, and the
  best one to keep is the *loosest* (the highest ``limit / window``): with ``"loosest"`` (the
  default) only that limit paces requests, and the others may run over and be blocked while
  requests keep passing. Staying under a tighter limit as well would only lower the throughput
  to that limit's rate; and a limit that another client got blocked does not stall us, since
  it no longer governs. ``"all"`` honours every limit (the tightest governs): for servers that
  refuse when *any* limit is blocked, or to keep within every cap a key's owner set. The pacer
  switches to ``"all"`` by itself (with a warning) when a 429 reports a limit with requests
  left, which proves the server refuses on any blocked limit. Windows are learnt only from
  responses with requests left: a blocked limit reports the time to the end of its block
  (60 s on Cal.com), not its window.
"""

from __future__ import annotations

import logging
import math
import operator
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

import httpx

from ._waits import WaitEvent, WaitReason

__all__ = [
    "LimitFigures",
    "LimitSnapshot",
    "LimitState",
    "MemoryPacerStorage",
    "MultiLimitPolicy",
    "PacerStorage",
    "SharedPacerStorage",
    "parse_rate_limit_headers",
]

logger = logging.getLogger("calcom_async.pacing")

#: ``name -> (limit, remaining, reset_seconds)`` as parsed from one response.
LimitFigures = Mapping[str, tuple[int, int, float]]

#: How several named limits pace requests (see "Several named limits" above).
MultiLimitPolicy = Literal["loosest", "all"]

_PREFIX = "x-ratelimit-"
_BPREFIX = b"x-ratelimit-"
# Shares of a limit's window (see "Margins in proportion to the window" above).
MARGIN_SHARE = 0.01
SKEW_SHARE = 0.05
SKEW_STEP = 0.25
MAX_SKEW_SHARE = 0.25
MAX_SKEW = 1.0


# --------------------------------------------------------------------------- header parsing


def parse_rate_limit_headers(headers: httpx.Headers) -> dict[str, tuple[int, int, float]]:
    """Return ``{name: (limit, remaining, reset_seconds)}`` for every complete named limit.

    It runs for every response, so it works from httpx's list of lower-cased header names
    (the public ``multi_items()`` is the fallback should that list change shape). A server
    sends the same headers in the same order response after response, so where the limits'
    fields sit in that list is worked out once per such *layout* and cached: a response then
    costs a tuple of its header names (built and hashed in C), one lookup and the number
    conversions. ``headers.get`` would rescan and re-encode per name, three times per limit.
    Limits with a missing or malformed field are skipped rather than guessed.
    """
    raw = getattr(headers, "_list", None)
    if isinstance(raw, list) and (not raw or len(raw[0]) == 3):
        keys = tuple(map(_LOWER_KEY, raw))
        layout = _LAYOUTS.get(keys)
        if layout is None:
            layout = _layout(keys)
        result: dict[str, tuple[int, int, float]] = {}
        for name, limit, remaining, reset in layout:
            try:
                result[name] = (
                    int(raw[limit][2]),
                    int(raw[remaining][2]),
                    max(0.0, float(raw[reset][2])),
                )
            except ValueError:
                continue
        return result
    return _parse_items(headers)


def _parse_items(headers: httpx.Headers) -> dict[str, tuple[int, int, float]]:
    """:func:`parse_rate_limit_headers` through the public API (a future httpx)."""
    found: dict[str, list[str | None]] = {}
    for text_key, text_value in headers.multi_items():
        if text_key.startswith(_PREFIX) and (spec := _field_of(text_key)) is not None:
            found.setdefault(spec[0], [None, None, None])[spec[1]] = text_value
    result: dict[str, tuple[int, int, float]] = {}
    for name, (limit, remaining, reset) in found.items():
        if limit is None or remaining is None or reset is None:
            continue
        try:
            result[name] = (int(limit), int(remaining), max(0.0, float(reset)))
        except ValueError:
            continue
    return result


#: One entry of httpx's header list: ``(raw name, lower-cased name, value)``.
_LOWER_KEY = operator.itemgetter(1)
Layout = tuple[tuple[str, int, int, int], ...]
#: Header names of a response, in order -> (limit name, index of its limit, remaining and
#: reset headers) for each complete limit. Bounded: the names come from the server.
_LAYOUTS: dict[tuple[bytes, ...], Layout] = {}
_MAX_LAYOUTS = 64
_FIELD_PREFIXES = (("limit-", 0), ("remaining-", 1), ("reset-", 2))


def _layout(keys: tuple[bytes, ...]) -> Layout:
    """Where each complete limit's three headers are in *keys* (a later duplicate wins)."""
    found: dict[str, list[int | None]] = {}
    for index, key in enumerate(keys):
        if key.startswith(_BPREFIX) and (spec := _field_of(key)) is not None:
            found.setdefault(spec[0], [None, None, None])[spec[1]] = index
    layout = tuple(
        (name, limit, remaining, reset)
        for name, (limit, remaining, reset) in found.items()
        if limit is not None and remaining is not None and reset is not None
    )
    if len(_LAYOUTS) < _MAX_LAYOUTS:
        _LAYOUTS[keys] = layout
    return layout


def _field_of(key: bytes | str) -> tuple[str, int] | None:
    """``(limit name, field index)`` of an ``x-ratelimit-<field>-<name>`` header name."""
    text = key.decode("latin-1") if isinstance(key, bytes) else key
    rest = text[len(_PREFIX) :]
    for prefix, field in _FIELD_PREFIXES:
        if rest.startswith(prefix) and len(rest) > len(prefix):
            return rest[len(prefix) :], field
    return None


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
    #: Learned extra wait after the estimated end (a server that rounds resets down).
    skew: float = 0.0

    def margin(self, cap: float) -> float:
        """Seconds to wait past the estimated end: 1 % of the window (at most *cap*) + skew."""
        return min(cap, MARGIN_SHARE * self.window) + self.skew


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

    def take(self, now: float, in_flight: Collection[float]) -> WaitEvent | None:
        """Spend one request on every known limit and return ``None``, or say how long to wait.

        ``in_flight`` holds the grant times of the caller's unanswered requests (oldest first);
        the recent ones are deducted when a window rolls over. A wait changes nothing: the
        caller sleeps (or gives up) and asks again. Its ``reason`` is ``"rate_limit"`` for an
        exhausted limit or a ``Retry-After`` block, ``"pacing"`` for spreading the rest of a
        window; ``limit`` names the governing limit.
        """
        ...

    def record(
        self,
        now: float,
        sent: float,
        status: int,
        limits: LimitFigures,
        retry_after: float | None,
        in_flight: Collection[float],
    ) -> None:
        """Merge one response: figures per limit, its status, ``Retry-After`` if any.

        ``sent`` is when its request was granted and ``in_flight`` holds the grant times of the
        caller's other unanswered requests.
        """
        ...

    def snapshot(self, now: float) -> dict[str, LimitSnapshot]:
        """Current view of every learned limit."""
        ...


class SharedPacerStorage(Protocol):
    """A budget shared with pacers in other processes or machines (e.g. Redis).

    Asynchronous where it must talk to its server: :meth:`take_shared` runs in ``acquire``,
    which may wait anyway. ``observe`` and ``release`` must not block, so :meth:`record_shared`
    and :meth:`release_shared` only buffer (write-behind); the buffer travels with the next
    :meth:`take_shared` (one round trip per request) or :meth:`aclose`. ``grant`` identifies one
    granted request in the shared in-flight count, so a request whose process dies is forgotten
    when its lease expires. Times are on the calling pacer's clock; the store converts them to
    its own time base (only durations cross the wire).
    """

    async def take_shared(self, now: float, grant: str) -> WaitEvent | None:
        """Spend one request on every limit, under the id *grant*, or say how long to wait."""
        ...

    def record_shared(
        self,
        now: float,
        sent: float,
        grant: str | None,
        status: int,
        limits: LimitFigures,
        retry_after: float | None,
    ) -> None:
        """Buffer one response (the request granted under *grant* at *sent*)."""
        ...

    def release_shared(self, grant: str) -> None:
        """Buffer the end of a granted request that produced no response."""
        ...

    def snapshot(self, now: float) -> dict[str, LimitSnapshot]:
        """The latest view of every learnt limit (may be local and slightly behind)."""
        ...

    async def aclose(self) -> None:
        """Send what is buffered and close the connection to the store."""
        ...


_RTT_DECAY = 0.98
_SWITCH = 1.25  # another limit must sustain 25 % more to take over pacing


def _rate(st: LimitState) -> float:
    return st.limit / st.window


class MemoryPacerStorage:
    """In-process :class:`PacerStorage`: the algorithm described in the module docstring.

    :param safety_margin: the most seconds added after an estimated window end before the budget
        is considered renewed: 1 % of the window, capped at this (covers timer jitter; the reset
        bound is already an upper bound). Also added after a ``Retry-After``.
    :param reserve: fraction of each limit held back for even pacing; above it requests burst.
    :param fallback_pause: global pause after a 429 that gives no figure at all.
    :param multi_limit: with several named limits, pace by the ``"loosest"`` alone (Cal.com
        refuses only when every limit is blocked) or by ``"all"`` of them.
    """

    def __init__(
        self,
        *,
        safety_margin: float = 0.05,
        reserve: float = 0.25,
        fallback_pause: float = 1.0,
        multi_limit: MultiLimitPolicy = "loosest",
    ) -> None:
        if safety_margin < 0 or not 0 <= reserve < 1 or fallback_pause < 0:
            raise ValueError("safety_margin >= 0, 0 <= reserve < 1, fallback_pause >= 0")
        if multi_limit not in ("loosest", "all"):
            raise ValueError(f"multi_limit must be 'loosest' or 'all', not {multi_limit!r}")
        self.safety_margin = safety_margin
        self.reserve = reserve
        self.fallback_pause = fallback_pause
        self.multi_limit: MultiLimitPolicy = multi_limit
        self.limits: dict[str, LimitState] = {}
        #: Global "no request before" time from Retry-After / header-less 429s.
        self.blocked_until = -math.inf
        #: The longest recent round trip (see "Exhausted" in the module docstring).
        self.rtt = 1.0
        # The limits whose budget decides when a request may go (see governing()).
        self._governing: tuple[LimitState, ...] = ()

    @property
    def skew(self) -> float:
        """The largest skew learnt by any limit (seconds)."""
        return max((st.skew for st in self.limits.values()), default=0.0)

    def governing(self) -> dict[str, LimitState]:
        """The limits that pace requests: all of them, or the loosest (see the module doc)."""
        return {name: st for name, st in self.limits.items() if st in self._governing}

    def _choose_governing(self) -> None:
        limits = list(self.limits.values())
        if self.multi_limit == "all" or len(limits) < 2:
            self._governing = tuple(limits)
            return
        # The highest sustained rate. Sticky: a window learnt from rounded-up resets can look a
        # second longer than it is, and the choice only costs throughput, never a refusal.
        best = max(limits, key=_rate)
        current = self._governing[0] if len(self._governing) == 1 else None
        if current is None or current not in limits or _rate(best) > _SWITCH * _rate(current):
            self._governing = (best,)

    def _roll_over(self, st: LimitState, now: float, in_flight: Collection[float]) -> None:
        # Past end + margin the server's window has certainly flipped (end is an upper bound).
        if now >= st.end + st.margin(self.safety_margin):
            since = st.end - 2 * self.rtt  # earlier requests were counted in the old window
            st.start = now
            st.end = now + st.window
            st.confirmed = False
            st.tokens = st.limit - sum(1 for granted in in_flight if granted >= since)

    def _delay(self, st: LimitState, now: float) -> tuple[float, WaitReason]:
        if st.tokens < 1:
            return st.end + st.margin(self.safety_margin) - now, "rate_limit"
        if st.tokens > self.reserve * st.limit:
            return 0.0, "pacing"
        # Inside the reserve: spread what is left so the last one lands just before the reset.
        anchor = max(st.last_grant, st.start, st.end - st.window)
        return anchor + (st.end - anchor) / (st.tokens + 1) - now, "pacing"

    def take(self, now: float, in_flight: Collection[float]) -> WaitEvent | None:
        # Runs before every request: _roll_over's and _delay's common outcomes (no roll-over
        # due, a budget above the reserve) are tested inline, without calling them.
        wait = None
        if self.blocked_until > now:
            wait = WaitEvent("rate_limit", self.blocked_until - now)
        limits = self.limits
        cap = self.safety_margin
        for st in limits.values():
            if now >= st.end + min(cap, MARGIN_SHARE * st.window) + st.skew:  # st.margin(cap)
                self._roll_over(st, now, in_flight)
        governing = self._governing
        reserve = self.reserve
        for name, st in limits.items():
            if st not in governing:
                continue
            tokens = st.tokens
            if tokens >= 1 and tokens > reserve * st.limit:
                continue  # above the reserve: no delay (_delay's burst case)
            delay, reason = self._delay(st, now)
            if delay > 0 and (wait is None or delay > wait.seconds):
                wait = WaitEvent(reason, delay, name)
        if wait is not None:
            return wait
        for st in limits.values():  # every limit counts the request, governing or not
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
        in_flight: Collection[float],
    ) -> None:
        refused = status == 429
        took, decayed = now - sent, self.rtt * _RTT_DECAY
        self.rtt = decayed if decayed > took else took  # max(took, decayed)
        exhausted = False
        spare = False  # some limit still had requests left
        changed = False
        for name, (limit, remaining, reset) in limits.items():
            end = now + reset
            exhausted = exhausted or remaining <= 0
            spare = spare or remaining > 0
            st = self.limits.get(name)
            if st is None:
                self.limits[name] = LimitState(
                    limit=limit,
                    tokens=remaining - len(in_flight),
                    end=end,
                    window=max(reset, 1.0),
                )
                changed = True
                continue
            if now >= st.end + min(self.safety_margin, MARGIN_SHARE * st.window) + st.skew:
                self._roll_over(st, now, in_flight)  # (the test is st.margin(), inline)
            if st.limit != limit or (remaining > 0 and reset > st.window):
                # A blocked limit reports the time to its block's end, not its window.
                st.limit = limit
                st.window = max(st.window, reset) if remaining > 0 else st.window
                changed = True
            if sent < st.start:
                continue  # a straggler granted before the roll-over: may describe the old window
            if refused and remaining <= 0 and not st.confirmed:
                # The first answer after our roll-over is "exhausted": the server still counts
                # the old window, so it rounds resets down. Wait longer after estimated ends.
                step = min(SKEW_STEP, SKEW_SHARE * st.window)
                st.skew = min(MAX_SKEW, MAX_SKEW_SHARE * st.window, st.skew + step)
            if not st.confirmed:
                st.end, st.confirmed = end, True
            elif end < st.end:
                st.end = end
            if remaining < st.tokens:
                st.tokens = remaining
        if refused and spare and self.multi_limit == "loosest" and len(limits) > 1:
            logger.warning(
                "a 429 while a rate limit still had requests left: this server refuses when "
                "any limit is blocked, so every limit paces requests from now on"
            )
            self.multi_limit = "all"
            changed = True
        if changed:
            self._choose_governing()
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
