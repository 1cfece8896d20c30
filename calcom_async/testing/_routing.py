"""Route registration and matching for the fake's API areas.

Each module in :mod:`calcom_async.testing.routes` creates one :class:`Area` and registers its
handlers on it with a decorator; the ASGI pipeline (:mod:`._app`) does everything else (faults,
throttling, auth, ``cal-api-version``, the JSON body, envelopes)::

    area = Area("schedules", version="2024-06-11")

    @area.route("GET", "/v2/schedules/{scheduleId}")
    def get_schedule(ctx: Ctx) -> Reply:
        schedule = own_schedule(ctx, ctx.int_param("scheduleId"))
        return ok(schedule_out(ctx, schedule))

A handler is a plain synchronous function ``(ctx) -> Reply``: no ``await`` between reading the
state and changing it, so concurrent requests cannot interleave inside one. It raises
:class:`ApiError` (or uses :func:`bad_request` / :func:`not_found` / :func:`forbidden`) to answer
with Cal.com's error envelope.

The router is ours rather than Starlette's: matching is a dict lookup plus a segment compare,
literal segments win wherever they were registered, and each route carries the metadata the
pipeline needs (version, auth, throttle) without Starlette's middleware layers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, cast

from starlette.datastructures import Headers, QueryParams

from ._throttle import RateLimit

if TYPE_CHECKING:
    from ._app import FakeCalcom
    from ._drift import Drift
    from ._state import Booking, FakeState, User

__all__ = [
    "ApiError",
    "Area",
    "Auth",
    "Ctx",
    "Handler",
    "Reply",
    "Route",
    "Router",
    "bad_request",
    "forbidden",
    "not_found",
    "ok",
]

Auth = Literal["required", "optional", "none"]
_INHERIT: Any = object()


class ApiError(Exception):
    """Raised by handlers; rendered as Cal.com's error envelope with ``status``."""

    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details if details is not None else {}


def bad_request(message: str, field: str | None = None) -> ApiError:
    """400 ``BadRequestException`` shaped like Cal.com's validation errors."""
    details: dict[str, Any] = {"message": [message], "error": "Bad Request", "statusCode": 400}
    if field is not None:
        details["field"] = field
    return ApiError(400, "BadRequestException", message, details)


def not_found(message: str) -> ApiError:
    return ApiError(404, "NotFoundException", message)


def forbidden(message: str) -> ApiError:
    return ApiError(403, "ForbiddenException", message)


_NO_DATA: Any = object()


@dataclass
class Reply:
    """A success answer: ``{"status": "success", "data": data, **extra}`` with ``status``."""

    data: Any = _NO_DATA
    status: int = 200
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_data(self) -> bool:
        return self.data is not _NO_DATA


def ok(data: Any = _NO_DATA, status: int = 200, **extra: Any) -> Reply:
    """Success envelope; without ``data`` just ``{"status": "success"}``."""
    return Reply(data, status, extra)


@dataclass
class Ctx:
    """Everything a handler sees of one request."""

    fake: FakeCalcom
    method: str
    path: str
    params: dict[str, str]
    query: QueryParams
    headers: Headers
    body: Any
    #: the authenticated user; None only on routes with ``auth="optional"`` / ``"none"``.
    caller: User | None
    #: True when ``cal-api-version`` was missing and drift's version fallback served it.
    version_fell_back: bool = False

    @property
    def user(self) -> User:
        """The authenticated user (routes with ``auth="required"``, the default)."""
        if self.caller is None:
            raise ApiError(401, "UnauthorizedException", "Authentication required")
        return self.caller

    @property
    def state(self) -> FakeState:
        return self.fake.state

    @property
    def drift(self) -> Drift:
        return self.fake.drift

    def now(self) -> datetime:
        return self.fake.now()

    def emit(self, trigger: str, booking: Booking, previous: Booking | None = None) -> None:
        """Send webhook ``trigger`` for ``booking`` to the subscribed webhooks (background)."""
        self.fake.emit_webhook(trigger, booking, previous=previous)

    def body_obj(self) -> dict[str, Any]:
        """The JSON body as an object (``{}`` when empty); 400 for any other JSON value."""
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise bad_request("Request body must be a JSON object")
        return cast(dict[str, Any], self.body)

    def int_param(self, name: str) -> int:
        """A numeric path parameter; 400 like NestJS's ParseIntPipe otherwise."""
        raw = self.params[name]
        if not raw.isdigit():
            raise bad_request("Validation failed (numeric string is expected)", name)
        return int(raw)


Handler = Callable[[Ctx], Reply]


@dataclass(frozen=True)
class Route:
    """One operation: method, path template and what the pipeline must check before it."""

    method: str
    template: str
    handler: Handler
    #: required ``cal-api-version`` value, or None when the endpoint takes none.
    version: str | None = None
    auth: Auth = "required"
    #: the route's own limit, replacing the caller's limits (Cal.com's ``@Throttle``).
    throttle: RateLimit | None = None
    area: str = ""

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.template.strip("/").split("/"))

    @property
    def key(self) -> str:
        """``"GET /v2/bookings/{bookingUid}"``, the key of ``fake.stats.routes``."""
        return f"{self.method} {self.template}"


class Area:
    """The routes of one API area, with the defaults they share.

    :param name: a label (``"bookings"``), used in messages.
    :param version: the ``cal-api-version`` its endpoints require (None: no header).
    :param auth: default authentication need of its routes.
    """

    def __init__(self, name: str, *, version: str | None = None, auth: Auth = "required") -> None:
        self.name = name
        self.version = version
        self.auth: Auth = auth
        self.routes: list[Route] = []

    def route(
        self,
        method: str,
        template: str,
        *,
        version: str | None = _INHERIT,
        auth: Auth | None = None,
        throttle: RateLimit | None = None,
    ) -> Callable[[Handler], Handler]:
        """Register the decorated handler for ``method template``.

        ``version`` overrides the area's (None: this endpoint takes no version header);
        ``auth`` the area's authentication need; ``throttle`` gives the route its own limit.
        Path parameters are ``{name}`` segments, read with ``ctx.params`` / ``ctx.int_param``.
        """

        def register(handler: Handler) -> Handler:
            self.routes.append(
                Route(
                    method=method.upper(),
                    template=template,
                    handler=handler,
                    version=self.version if version is _INHERIT else version,
                    auth=auth or self.auth,
                    throttle=throttle,
                    area=self.name,
                )
            )
            return handler

        return register


class Router:
    """Matches ``(method, path)`` against registered routes.

    Literal segments win over parameters at the first position where two templates differ
    (``/v2/schedules/default`` before ``/v2/schedules/{scheduleId}``), whatever the order in
    which areas registered them. A trailing slash is ignored.
    """

    def __init__(self) -> None:
        self._by_shape: dict[tuple[str, int], list[tuple[Route, tuple[str | None, ...]]]] = {}
        self._patterns: set[tuple[str, tuple[str | None, ...]]] = set()
        self.routes: list[Route] = []

    def add(self, route: Route) -> None:
        pattern = tuple(
            None if s.startswith("{") and s.endswith("}") else s for s in route.segments
        )
        if (route.method, pattern) in self._patterns:
            raise ValueError(f"route registered twice: {route.key}")
        self._patterns.add((route.method, pattern))
        bucket = self._by_shape.setdefault((route.method, len(pattern)), [])
        bucket.append((route, pattern))
        bucket.sort(key=lambda item: tuple(seg is None for seg in item[1]))
        self.routes.append(route)

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str]]:
        parts = path.strip("/").split("/")
        for route, pattern in self._by_shape.get((method, len(parts)), ()):
            if all(p is None or p == s for p, s in zip(pattern, parts, strict=True)):
                params = {
                    t[1:-1]: s
                    for t, p, s in zip(route.segments, pattern, parts, strict=True)
                    if p is None
                }
                if all(params.values()):
                    return route, params
        return None, {}
