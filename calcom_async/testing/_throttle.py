"""Cal.com's request throttler, as its API v2 guard applies it.

Modelled on ``apps/api/v2/src/lib/throttler-guard.ts`` in calcom/cal.com and the Redis storage
script it uses (``@nest-lab/throttler-storage-redis``):

- Every request is tracked by its caller: an API key (bearer token starting with ``cal_``), an
  access token (any other bearer token), an OAuth client (``x-cal-client-id`` without a bearer
  token) or, failing all those, the client address.
- Each limit counts hits in a **fixed window** of ``ttl`` seconds that opens at the first request
  after the previous window expired. The hit that exceeds ``limit`` starts a **block** of
  ``block_duration`` seconds during which every request is refused, even after the window
  resets. Refused requests still count as hits, so a client that keeps hammering through a block
  finds a full window when the block ends and is blocked again at once.
- Headers, per limit: ``X-RateLimit-Limit-<Name>``, ``X-RateLimit-Remaining-<Name>`` (0 while
  blocked) and ``X-RateLimit-Reset-<Name>`` (whole seconds, rounded up, to the end of the block
  while blocked, else to the end of the window), with the name's first letter upper-cased.
  No ``Retry-After``.
- An API key may have several named limits (Cal.com stores custom ones per key). All of them are
  counted and reported, and the request is refused only when **every** one is blocked.
- A route may declare its own limit (Cal.com's ``@Throttle`` decorator, e.g. adding guests: 5 per
  60 s). It replaces the caller's limits there: only that limit is counted and reported, on a
  counter of its own per caller.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "GUESTS_ADD_LIMIT",
    "LOCATION_UPDATE_LIMIT",
    "RateLimit",
    "RateLimitSpec",
    "Throttler",
    "Tracker",
    "Verdict",
    "as_limits",
    "tracker_for",
]

_NAME_RE = re.compile(r"^[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class RateLimit:
    """One named limit: ``limit`` requests per fixed window of ``ttl`` seconds.

    Exceeding it blocks the caller for ``block_duration`` seconds. The defaults are Cal.com's for
    an API key: 120 requests per 60 s, a 60 s block, named ``default``
    (``X-RateLimit-*-Default`` headers).
    """

    limit: int = 120
    ttl: float = 60.0
    block_duration: float = 60.0
    name: str = "default"

    def __post_init__(self) -> None:
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) or self.limit < 1:
            raise ValueError(f"RateLimit.limit must be an integer >= 1, got {self.limit!r}")
        if not self.ttl > 0:
            raise ValueError(f"RateLimit.ttl must be > 0 seconds, got {self.ttl!r}")
        if not self.block_duration > 0:
            raise ValueError(
                f"RateLimit.block_duration must be > 0 seconds, got {self.block_duration!r}"
            )
        if not isinstance(self.name, str) or not _NAME_RE.match(self.name):
            raise ValueError(
                f"RateLimit.name must be letters, digits or underscores, got {self.name!r}"
            )

    @property
    def header_name(self) -> str:
        """The name as it appears in headers: first letter upper-cased (``Default``)."""
        return self.name[:1].upper() + self.name[1:]


#: Cal.com's own limits of two routes (``@Throttle`` in its bookings controllers), for
#: ``Area.route(..., throttle=...)``: ``POST /v2/bookings/{uid}/guests`` and
#: ``PATCH /v2/bookings/{uid}/location``.
GUESTS_ADD_LIMIT = RateLimit(5, ttl=60, block_duration=60, name="booking_guests_add")
LOCATION_UPDATE_LIMIT = RateLimit(5, ttl=60, block_duration=60, name="booking_location_update")

#: What ``FakeCalcom(rate_limit=...)`` accepts: off, ``(limit, window_seconds)``, or limits.
RateLimitSpec = tuple[int, float] | RateLimit | Sequence[RateLimit] | None


def as_limits(spec: RateLimitSpec) -> tuple[RateLimit, ...] | None:
    """Normalise a ``rate_limit=`` argument; None means the throttler is off.

    ``(limit, window)`` is shorthand for ``RateLimit(limit, ttl=window, block_duration=window)``:
    Cal.com's shape (a block as long as the window) at the caller's time scale.
    """
    if spec is None:
        return None
    if isinstance(spec, RateLimit):
        return (spec,)
    items = tuple(spec)
    if len(items) == 2 and not any(isinstance(x, RateLimit) for x in items):
        limit, window = items
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError("rate_limit must be (limit >= 1, window_seconds > 0)")
        if not isinstance(window, (int, float)) or isinstance(window, bool) or window <= 0:
            raise ValueError("rate_limit must be (limit >= 1, window_seconds > 0)")
        return (RateLimit(limit, ttl=float(window), block_duration=float(window)),)
    limits = tuple(x for x in items if isinstance(x, RateLimit))
    if not limits or len(limits) != len(items):
        raise TypeError(
            "rate_limit must be None, (limit, window_seconds), a RateLimit or RateLimits"
        )
    names = [x.name for x in limits]
    if len(set(names)) != len(names):
        raise ValueError(f"rate limit names must be distinct, got {names}")
    return limits


@dataclass(frozen=True)
class Tracker:
    """Who a request is counted against: ``kind`` and an identity within that kind."""

    kind: str  # "api_key", "access_token", "oauth_client" or "ip"
    identity: str


@dataclass
class Verdict:
    """Outcome of one throttling decision: refused or not, and the headers to send."""

    refused: bool
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    #: names of the limits whose block started with this request.
    blocks_started: list[str] = field(default_factory=list)


@dataclass
class _Counter:
    hits: int = 0
    expires_at: float = -math.inf
    blocked_until: float = -math.inf


class Throttler:
    """Counters, windows and blocks per caller (see the module docstring).

    :param api_key_limits: limits of every API key without custom ones.
    :param clock: monotonic seconds.

    Attributes you may change at any time: ``api_key_limits``, ``key_limits`` (API key →
    custom limits; see :meth:`set_key_limits`) and ``defaults`` (the single limit of access
    tokens, OAuth clients and client addresses; Cal.com: 500, 500 and 120 per 60 s).
    """

    def __init__(self, api_key_limits: Sequence[RateLimit], clock: Callable[[], float]) -> None:
        self.api_key_limits: tuple[RateLimit, ...] = tuple(api_key_limits)
        self.key_limits: dict[str, tuple[RateLimit, ...]] = {}
        self.defaults: dict[str, RateLimit] = {
            "access_token": RateLimit(500),
            "oauth_client": RateLimit(500),
            "ip": RateLimit(120),
        }
        self._clock = clock
        self._counters: dict[tuple[str, str, str, int, float], _Counter] = {}

    def set_key_limits(self, api_key: str, limits: Sequence[RateLimit] | None) -> None:
        """Give ``api_key`` its own named limits (None: back to ``api_key_limits``)."""
        if limits is None:
            self.key_limits.pop(api_key, None)
            return
        normalised = as_limits(limits)
        if not normalised:
            raise ValueError("set_key_limits needs at least one RateLimit")
        self.key_limits[api_key] = normalised

    def limits_for(self, tracker: Tracker) -> tuple[RateLimit, ...]:
        """The caller-level limits that apply to ``tracker``."""
        if tracker.kind == "api_key":
            return self.key_limits.get(tracker.identity, self.api_key_limits)
        return (self.defaults[tracker.kind],)

    def check(self, tracker: Tracker, endpoint: RateLimit | None = None) -> Verdict:
        """Count one request of ``tracker`` and decide whether it is refused.

        With ``endpoint`` (a route's own limit) only that limit is counted, on a separate
        counter; otherwise every caller-level limit is, and an API key is refused only when all
        of its limits are blocked.
        """
        now = self._clock()
        verdict = Verdict(refused=False)
        if endpoint is not None:
            blocked = self._hit(tracker, endpoint, f"endpoint:{endpoint.name}", now, verdict)
            verdict.refused = blocked
            return verdict
        states = [self._hit(tracker, rl, "caller", now, verdict) for rl in self.limits_for(tracker)]
        verdict.refused = bool(states) and all(states)
        return verdict

    def _hit(self, tracker: Tracker, rl: RateLimit, scope: str, now: float, out: Verdict) -> bool:
        # One counter per (caller, scope, name, limit, ttl), as Cal.com keys its Redis entries.
        key = (f"{tracker.kind}:{tracker.identity}", scope, rl.name, rl.limit, rl.ttl)
        c = self._counters.get(key)
        if c is None:
            c = self._counters[key] = _Counter()
        if now >= c.expires_at:  # the window expired: the next hit opens a new one
            c.hits = 0
            c.expires_at = now + rl.ttl
        c.hits += 1
        to_expire = c.expires_at - now
        to_unblock = 0.0
        if c.blocked_until > now:
            to_unblock = c.blocked_until - now
        elif c.hits > rl.limit:
            c.blocked_until = now + rl.block_duration
            to_unblock = rl.block_duration
            out.blocks_started.append(rl.name)
        name = rl.header_name
        remaining = 0 if to_unblock else max(0, rl.limit - c.hits)
        # Rounded to the microsecond first: float noise must not turn "1 s left" into 2.
        reset = math.ceil(round(to_unblock or to_expire, 6))
        out.headers += [
            (f"X-RateLimit-Limit-{name}".encode(), str(rl.limit).encode()),
            (f"X-RateLimit-Remaining-{name}".encode(), str(remaining).encode()),
            (f"X-RateLimit-Reset-{name}".encode(), str(max(1, reset)).encode()),
        ]
        return bool(to_unblock)


def tracker_for(headers: Iterable[tuple[bytes, bytes]], client: str | None) -> Tracker:
    """The caller of a request, from its raw ASGI headers and client address (Cal.com's order)."""
    auth: str | None = None
    client_id: str | None = None
    forwarded: str | None = None
    for name, value in headers:
        if name == b"authorization":
            auth = value.decode("latin-1")
        elif name == b"x-cal-client-id":
            client_id = value.decode("latin-1")
        elif name == b"cf-connecting-ip":
            forwarded = value.decode("latin-1")
    if auth:
        token = auth.replace("Bearer ", "", 1).strip()
        if token:
            return Tracker("api_key" if token.startswith("cal_") else "access_token", token)
    if client_id:
        return Tracker("oauth_client", client_id)
    return Tracker("ip", forwarded or client or "unknown")
