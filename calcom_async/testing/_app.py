"""FakeCalcom: configuration, public methods and the one ASGI request pipeline.

Every ``/v2`` request goes through :meth:`FakeCalcom._handle`, in this order: faults (latency,
drop, injected error, lost-response decision) → route match (404) → throttling (429) → auth
(401) → ``cal-api-version`` (400) → JSON body (400) → the area's handler → envelope. The areas
themselves live in :mod:`calcom_async.testing.routes`. See :mod:`calcom_async.testing`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import anyio
import httpx
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message, Receive, Scope, Send

from ._drift import Drift, add_extra_fields, as_drift
from ._faults import Clock, FakeStats, Faults, SystemClock, _CallableClock
from ._routing import ApiError, Area, Ctx, Reply, Route, Router, bad_request
from ._serve import serving
from ._state import Booking, FakeState, User, WebhookDelivery
from ._throttle import RateLimitSpec, Throttler, as_limits, tracker_for
from ._timeutil import format_utc
from ._webhooks import WebhookDispatcher
from .routes import all_areas

__all__ = ["FakeCalcom"]

log = logging.getLogger("calcom_async.testing")

_ERRORS = {
    500: ("InternalServerErrorException", "Internal server error"),
    502: ("BadGatewayException", "Bad gateway"),
    503: ("ServiceUnavailableException", "Service unavailable"),
}
_THROTTLED = "CustomThrottlerGuard - Too many requests. Please try again later."


class _App:
    """The ASGI callable (an object with ``async __call__``, so servers detect ASGI 3)."""

    def __init__(self, fake: FakeCalcom) -> None:
        self._fake = fake

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._fake._handle(scope, receive, send)


class FakeCalcom:
    """A stateful fake Cal.com API v2 server (ASGI). See :mod:`calcom_async.testing`."""

    def __init__(
        self,
        api_keys: Sequence[str] = ("cal_test_fake",),
        *,
        rate_limit: RateLimitSpec = None,
        faults: Faults | None = None,
        seed: int = 0,
        now: Callable[[], datetime] | None = None,
        clock: Clock | None = None,
        organization_name: str = "Fake Org",
        team_name: str = "Fake Team",
        drift: Drift | bool | None = None,
    ) -> None:
        if isinstance(api_keys, str):
            raise TypeError("api_keys must be a sequence of keys, not a single string")
        if now is not None and clock is not None:
            raise TypeError("pass either now= or clock=, not both")
        self.clock: Clock = clock or (_CallableClock(now) if now is not None else SystemClock())
        self.throttler = Throttler((), lambda: self.clock.monotonic())
        self._rate_limit: RateLimitSpec = None
        self.rate_limit = rate_limit
        self.faults = faults
        self.drift: Drift = as_drift(drift)
        self.seed = seed
        self.stats = FakeStats()
        self.state = FakeState(seed, now=self.clock.now)
        self._rng = random.Random(seed)
        self._webhooks = WebhookDispatcher(self)
        self._router = Router()
        for area in all_areas():
            self.add_area(area)
        self._app = _App(self)
        org = self.state.add_organization(organization_name)
        team = self.state.add_team(team_name, organization_id=org.id)
        for key in api_keys:
            if not isinstance(key, str) or not key.startswith("cal_"):
                raise ValueError(f"API keys must start with 'cal_': {key!r}")
            self.state.add_user(
                api_key=key, organization_id=org.id, team_ids=[team.id], role="OWNER"
            )
        self.organization = org
        self.team = team

    # ------------------------------------------------------------------ public API
    @property
    def rate_limit(self) -> RateLimitSpec:
        """The API keys' limits as given (None: throttler off). Assignable at any time."""
        return self._rate_limit

    @rate_limit.setter
    def rate_limit(self, spec: RateLimitSpec) -> None:
        limits = as_limits(spec)
        self.throttler.api_key_limits = limits or ()
        self._throttling = limits is not None
        self._rate_limit = spec

    def now(self) -> datetime:
        """The fake's current time (aware, UTC)."""
        return self.clock.now()

    @property
    def app(self) -> _App:
        """The ASGI application (``uvicorn.run(fake.app)`` works as is)."""
        return self._app

    def add_area(self, area: Area) -> None:
        """Serve ``area``'s routes too (an endpoint your tests need, or one the fake lacks).

        Its routes go through the same pipeline; a method + path already served raises
        ``ValueError``. See :mod:`calcom_async.testing.routes` for how areas are written.
        """
        for route in area.routes:
            self._router.add(route)

    @property
    def routes(self) -> list[Route]:
        """Every registered route, in registration order."""
        return list(self._router.routes)

    @property
    def users(self) -> list[User]:
        """The users created for ``api_keys``, in order."""
        return [self.state.users[uid] for uid in self.state.api_keys.values()]

    def user_for_key(self, api_key: str) -> User:
        """The user that ``api_key`` authenticates as."""
        user = self.state.user_by_key(api_key)
        if user is None:
            raise KeyError(api_key)
        return user

    def transport(self) -> httpx.ASGITransport:
        """An ``httpx.ASGITransport`` running this fake in-process."""
        return httpx.ASGITransport(app=self._app)

    def client(self, api_key: str | None = None, **kwargs: Any) -> httpx.AsyncClient:
        """An in-process ``httpx.AsyncClient`` (base URL ``http://calcom.fake``).

        With ``api_key`` the ``Authorization: Bearer`` header is preset.
        """
        headers = dict(kwargs.pop("headers", {}) or {})
        if api_key is not None:
            headers["Authorization"] = f"Bearer {api_key}"
        return httpx.AsyncClient(
            transport=self.transport(), base_url="http://calcom.fake", headers=headers, **kwargs
        )

    @asynccontextmanager
    async def serve(self, *, port: int = 0) -> AsyncIterator[str]:
        """Run the fake with uvicorn on 127.0.0.1 (``port`` 0: ephemeral); yield the base URL.

        asyncio only. Lifespan is off, logs at warning level. On exit the server stops and
        pending webhook deliveries are awaited briefly, then cancelled.
        """
        try:
            async with serving(self._app, port) as (base_url, _):
                yield base_url
        finally:
            await self.aclose()

    def emit_webhook(
        self, trigger: str, booking: Booking | str, *, previous: Booking | None = None
    ) -> list[WebhookDelivery]:
        """Send ``trigger`` about ``booking`` (object or uid) to the subscribed webhooks now.

        The API fires the booking triggers itself; use this for the ones with no API cause in
        the fake (``MEETING_STARTED``, ``MEETING_ENDED``, ``BOOKING_NO_SHOW_UPDATED``,
        ``AFTER_*_CAL_VIDEO_NO_SHOW``, ``RECORDING_READY``, ``BOOKING_PAID``...). Returns the
        recorded deliveries; they run in the background (await :meth:`wait_for_deliveries`).
        """
        if isinstance(booking, str):
            found = self.state.get_booking(booking)
            if found is None:
                raise KeyError(booking)
            booking = found
        return self._webhooks.emit(trigger, booking, previous=previous)

    def book_private_link(
        self,
        link_id: str,
        *,
        start: datetime,
        name: str = "Private Link Guest",
        email: str = "guest@example.com",
        time_zone: str = "UTC",
    ) -> Booking:
        """Book through a private link, as someone on its booking page would (API v2 has no
        parameter for it): the link's event type at ``start``, counted as one use of the link.

        Availability, hosts, webhooks and errors are those of ``POST /v2/bookings``. Raises
        :class:`ApiError` (``.status``, ``.message``): 404 for an unknown or deleted link, 400
        for an expired or used-up one, or the booking's own refusal (say a taken slot).
        """
        from .routes.private_links import book_through_link

        attendee = {"name": name, "email": email, "timeZone": time_zone}
        return book_through_link(self, link_id, start, attendee)

    async def wait_for_deliveries(
        self,
        n: int,
        timeout: float = 5.0,  # noqa: ASYNC109 - documented interface
        *,
        ok_only: bool = False,
    ) -> list[WebhookDelivery]:
        """Wait until ``n`` webhook delivery attempts have completed; return them.

        With ``ok_only`` only successful (2xx) deliveries count. Raises ``TimeoutError``
        after ``timeout`` seconds.
        """

        def done() -> list[WebhookDelivery]:
            return [
                d
                for d in self.state.deliveries
                if (d.ok if ok_only else (d.status_code is not None or d.error is not None))
            ]

        try:
            with anyio.fail_after(timeout):
                while len(done()) < n:  # noqa: ASYNC110 - deliveries set no event
                    await anyio.sleep(0.005)
        except TimeoutError:
            got = len(done())
            raise TimeoutError(f"only {got} of {n} webhook deliveries completed") from None
        return done()

    async def aclose(self) -> None:
        """Finish (1 s grace) or cancel pending webhook deliveries; close the HTTP client."""
        await self._webhooks.aclose()

    async def __aenter__(self) -> FakeCalcom:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ ASGI pipeline
    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        stats = self.stats
        stats.requests += 1
        extra: list[tuple[bytes, bytes]] = [(b"x-request-id", str(uuid.uuid4()).encode())]
        out = self._wrap_send(send, extra)
        path: str = scope.get("path", "")
        method = str(scope.get("method", "GET")).upper()
        if not (path == "/v2" or path.startswith("/v2/")):
            await self._not_found(method, path)(scope, receive, out)
            return
        stats.api_requests += 1
        lost = False
        if self.faults is not None:
            kind, detail, delay = self._roll_fault()
            if delay > 0:
                stats.faults["latency"] += 1
                stats.fault_log.append((stats.api_requests, "latency", delay))
                await anyio.sleep(delay)
            if kind is not None:
                stats.faults[kind] += 1
                stats.fault_log.append((stats.api_requests, kind, detail))
            if kind == "drop":
                await self._drop_connection(scope, send)
                return
            if kind == "error":
                status = int(detail or 500)
                code, text = _ERRORS[status]
                resp = self._error(status, code, f"{text} (injected fault)", path)
                await resp(scope, receive, out)
                return
            lost = kind == "lost_response"
        route, params = self._router.match(method, path)
        response: Response | None = None
        if route is None:
            response = self._not_found(method, path)
        elif self._throttling and not self._throttle(route, scope, extra):
            stats.rate_limited += 1
            response = self._error(429, "ThrottlerException", _THROTTLED, path)
        if response is not None:
            if lost:
                await self._drop_connection(scope, send)
            else:
                await response(scope, receive, out)
            return
        assert route is not None
        stats.routes[route.key] += 1
        with self._webhooks.deferring() as deferred:
            response = await self._dispatch(route, params, scope, receive)
            if response is None:  # the client left while sending its body: nothing applied
                return
            if lost:  # applied; the client never hears about it
                for d in deferred:
                    await self._webhooks.run(d)
                deferred.clear()
                await self._drop_connection(scope, send)
                return
            await response(scope, receive, out)
        for d in deferred:
            await self._webhooks.run(d)

    def _throttle(self, route: Route, scope: Scope, extra: list[tuple[bytes, bytes]]) -> bool:
        """Count the request; False when refused. Headers go into ``extra`` either way."""
        client = scope.get("client")
        tracker = tracker_for(scope.get("headers", []), str(client[0]) if client else None)
        if tracker.kind == "api_key" and self.state.user_by_key(tracker.identity) is None:
            return True  # Cal.com refuses an unknown key (401) before counting anything
        verdict = self.throttler.check(tracker, route.throttle)
        extra.extend(verdict.headers)
        self.stats.blocks += len(verdict.blocks_started)
        return not verdict.refused

    async def _dispatch(
        self, route: Route, params: dict[str, str], scope: Scope, receive: Receive
    ) -> Response | None:
        request = Request(scope, receive)
        path = str(scope.get("path", ""))
        try:
            caller = self._authenticate(request, route)
            fell_back = self._check_version(route, request)
            body: Any = None
            if route.method in ("POST", "PATCH", "PUT"):
                raw = await request.body()
                if raw.strip():
                    try:
                        body = json.loads(raw)
                    except ValueError:
                        raise bad_request("Request body is not valid JSON") from None
            ctx = Ctx(
                fake=self,
                method=route.method,
                path=path,
                params=params,
                query=request.query_params,
                headers=request.headers,
                body=body,
                caller=caller,
                version_fell_back=fell_back,
            )
            return self._render(route.handler(ctx))
        except ApiError as exc:
            return self._error(exc.status, exc.code, exc.message, path, exc.details)
        except ClientDisconnect:
            return None
        except Exception as exc:  # a bug in the fake: answer 500, remember it
            log.exception("FakeCalcom handler error")
            self.stats.internal_errors.append(repr(exc))
            return self._error(
                500, "InternalServerErrorException", f"Fake server error: {exc!r}", path
            )

    def _authenticate(self, request: Request, route: Route) -> User | None:
        if route.auth == "none":
            return None
        header = request.headers.get("authorization")
        if not header:
            if route.auth == "optional":
                return None
            raise ApiError(
                401, "UnauthorizedException", "No Authorization header: send 'Bearer cal_...'"
            )
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiError(
                401, "UnauthorizedException", "Authorization header must be 'Bearer <api key>'"
            )
        if not token.startswith("cal_"):
            raise ApiError(401, "UnauthorizedException", "Invalid API key: keys start with cal_")
        user = self.state.user_by_key(token)
        if user is None:
            raise ApiError(401, "UnauthorizedException", "Invalid API key")
        return user

    def _check_version(self, route: Route, request: Request) -> bool:
        """400 unless ``cal-api-version`` is right; True when drift's fallback served it."""
        expected = route.version
        if expected is None:
            return False
        got = request.headers.get("cal-api-version")
        if got == expected:
            return False
        if got is None and self.drift.version_fallback:
            self.stats.version_fallbacks += 1
            return True
        shown = "missing" if got is None else repr(got)
        raise ApiError(
            400,
            "BadRequestException",
            f"cal-api-version header must be {expected} for /v2/{route.area} endpoints "
            f"(got {shown}); the fake is strict where Cal.com silently falls back "
            "to an older version",
            {"header": "cal-api-version", "expected": expected, "received": got},
        )

    def _render(self, reply: Reply) -> Response:
        content: dict[str, Any] = {"status": "success"}
        if reply.has_data:
            data = reply.data
            content["data"] = add_extra_fields(data) if self.drift.extra_fields else data
        content.update(reply.extra)
        return JSONResponse(content, status_code=reply.status)

    def _error(
        self,
        status: int,
        code: str,
        message: str,
        path: str,
        details: dict[str, Any] | None = None,
    ) -> Response:
        return JSONResponse(
            {
                "status": "error",
                "timestamp": format_utc(self.now()),
                "path": path,
                "error": {"code": code, "message": message, "details": details or {}},
            },
            status_code=status,
        )

    def _not_found(self, method: str, path: str) -> Response:
        return self._error(404, "NotFoundException", f"Cannot {method} {path}", path)

    def _wrap_send(self, send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.stats.statuses[int(message["status"])] += 1
                headers = list(message.get("headers", []))
                headers.extend(extra)
                message = {**message, "headers": headers}
            await send(message)

        return wrapped

    async def _drop_connection(self, scope: Scope, send: Send) -> None:
        """Close the client connection without sending any response byte.

        Under uvicorn the ASGI ``send`` callable is bound to the connection's request cycle,
        whose ``transport`` we close (the client sees the connection closed before a status
        line). Raising instead would make uvicorn answer 500. Without such a transport
        (``httpx.ASGITransport``, other servers) we raise ``httpx.RemoteProtocolError`` — the
        same exception an httpx client gets over real HTTP — which ASGITransport propagates
        to the caller.
        """
        cycle = getattr(send, "__self__", None)
        transport = getattr(cycle, "transport", None)
        if isinstance(transport, asyncio.BaseTransport):
            transport.close()
            for _ in range(20):  # let connection_lost() run so uvicorn stays quiet
                if getattr(cycle, "disconnected", True):
                    break
                await asyncio.sleep(0)
            return
        method = str(scope.get("method", "GET"))
        query = scope.get("query_string", b"").decode("latin-1")
        url = f"http://calcom.fake{scope.get('path', '/')}" + (f"?{query}" if query else "")
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=httpx.Request(method, url)
        )

    def _roll_fault(self) -> tuple[str | None, int | None, float]:
        faults = self.faults
        assert faults is not None
        rng = self._rng
        delay = rng.uniform(*faults.latency) if faults.latency is not None else 0.0
        r_drop, r_error, r_code, r_lost = rng.random(), rng.random(), rng.random(), rng.random()
        if r_drop < faults.drop_rate:
            return "drop", None, delay
        if r_error < faults.error_rate:
            return "error", (500, 502, 503)[min(int(r_code * 3), 2)], delay
        if r_lost < faults.lost_response_rate:
            return "lost_response", None, delay
        return None, None, delay
