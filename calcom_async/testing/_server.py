"""FakeCalcom: the ASGI application, its routing, request pipeline and handlers.

See the package docstring (:mod:`calcom_async.testing`) for the documented behaviour.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import math
import random
import re
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NoReturn, cast
from zoneinfo import ZoneInfo

import anyio
import httpx
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message, Receive, Scope, Send

from ._faults import Clock, FakeStats, Faults, SystemClock, _CallableClock
from ._slots import HostPlan, Window, contains, host_plans, intersect, schedule_windows
from ._state import (
    ACTIVE_STATUSES,
    DAY_NAMES,
    PRIORITIES,
    Attendee,
    Availability,
    Booking,
    EventType,
    FakeState,
    Host,
    Override,
    Schedule,
    Team,
    User,
    Webhook,
    WebhookDelivery,
)
from ._timeutil import (
    UTC,
    format_local,
    format_utc,
    get_zone,
    parse_date,
    parse_datetime,
    parse_hhmm,
)
from ._webhooks import NO_SECRET_SIGNATURE, deliver, render_template, sign

__all__ = ["CONFLICT_MESSAGE", "TEAM_CONFLICT_MESSAGE", "FakeCalcom"]

log = logging.getLogger("calcom_async.testing")

#: Message of the 400 answered when the requested time is taken or outside availability.
CONFLICT_MESSAGE = "User either already has booking at this time or is not available"
#: The same for team event types (round robin / collective / managed).
TEAM_CONFLICT_MESSAGE = (
    "One of the hosts either already has booking at this time or is not available"
)
PAST_MESSAGE = "Attempting to book a meeting in the past."
#: Our wording for a start inside the event type's minimum booking notice.
TOO_SOON_MESSAGE = (
    "The event type can't be booked at this start time: it violates the minimum booking "
    "notice. Fetch GET /v2/slots and book one of the returned start times."
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: cal-api-version required per area (path prefix).
API_VERSIONS: dict[str, str] = {
    "bookings": "2024-08-13",
    "event-types": "2024-06-14",
    "schedules": "2024-06-11",
    "slots": "2024-09-04",
}

WEBHOOK_TRIGGERS = frozenset(
    {
        "BOOKING_CREATED",
        "BOOKING_PAYMENT_INITIATED",
        "BOOKING_PAID",
        "BOOKING_RESCHEDULED",
        "BOOKING_REQUESTED",
        "BOOKING_CANCELLED",
        "BOOKING_REJECTED",
        "BOOKING_NO_SHOW_UPDATED",
        "FORM_SUBMITTED",
        "MEETING_ENDED",
        "MEETING_STARTED",
        "RECORDING_READY",
        "INSTANT_MEETING",
        "RECORDING_TRANSCRIPTION_GENERATED",
        "OOO_CREATED",
        "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
        "AFTER_GUESTS_CAL_VIDEO_NO_SHOW",
        "FORM_SUBMITTED_NO_EVENT",
        "DELEGATION_CREDENTIAL_ERROR",
        "WRONG_ASSIGNMENT_REPORT",
    }
)
LANGUAGES = _words(
    "ar ca de es eu he id ja lv pl ro sr th vi az cs el es-419 fi hr it km nl pt ru sv tr zh-CN "
    "bg da en et fr hu iw ko no pt-BR sk ta uk zh-TW bn"
)
BOOKING_LIST_STATUSES = ("upcoming", "recurring", "past", "cancelled", "unconfirmed")

# Body properties accepted per operation (anything else → 400, like Cal.com's whitelist).
_EVENT_TYPE_FIELDS = _words(
    "lengthInMinutes lengthInMinutesOptions title slug description bookingFields disableGuests "
    "slotInterval minimumBookingNotice beforeEventBuffer afterEventBuffer scheduleId "
    "bookingLimitsCount bookerActiveBookingsLimit onlyShowFirstAvailableSlot "
    "bookingLimitsDuration bookingWindow offsetStart bookerLayouts confirmationPolicy "
    "recurrence requiresBookerEmailVerification hideCalendarNotes "
    "lockTimeZoneToggleOnBookingPage color seats customName destinationCalendar "
    "useDestinationCalendarEmail hideCalendarEventDetails successRedirectUrl hideOrganizerEmail "
    "calVideoSettings hidden bookingRequiresAuthentication disableCancelling "
    "disableRescheduling interfaceLanguage allowReschedulingPastBookings "
    "allowReschedulingCancelledBookings showOptimizedSlots locations"
)
_TEAM_EVENT_TYPE_FIELDS = _EVENT_TYPE_FIELDS | {
    "schedulingType",
    "hosts",
    "assignAllTeamMembers",
    "emailSettings",
    "rescheduleWithSameRoundRobinHost",
}
_BOOKING_FIELDS = _words(
    "start attendee bookingFieldsResponses eventTypeId eventTypeSlug username teamSlug "
    "organizationSlug guests meetingUrl location metadata lengthInMinutes routing "
    "emailVerificationCode instant recurrenceCount"
)
_ATTENDEE_FIELDS = frozenset({"name", "email", "timeZone", "phoneNumber", "language"})
_SCHEDULE_FIELDS = frozenset({"name", "timeZone", "availability", "isDefault", "overrides"})
_WEBHOOK_FIELDS = frozenset(
    {"payloadTemplate", "active", "subscriberUrl", "triggers", "secret", "version"}
)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_RE = re.compile(r"^\+[1-9]\d{1,14}$")

# Per-request list of deliveries to run after the response when no asyncio loop is running
# (e.g. the app driven in-process under trio).
_DEFERRED: contextvars.ContextVar[list[WebhookDelivery] | None] = contextvars.ContextVar(
    "calcom_fake_deferred", default=None
)


class ApiError(Exception):
    """Raised by handlers; rendered as Cal.com's error envelope."""

    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details if details is not None else {}


def bad_request(message: str, field: str | None = None) -> ApiError:
    details: dict[str, Any] = {"message": [message], "error": "Bad Request", "statusCode": 400}
    if field is not None:
        details["field"] = field
    return ApiError(400, "BadRequestException", message, details)


def not_found(message: str) -> ApiError:
    return ApiError(404, "NotFoundException", message)


def forbidden(message: str) -> ApiError:
    return ApiError(403, "ForbiddenException", message)


# --------------------------------------------------------------------------- validation
def _fail(message: str, field: str) -> NoReturn:
    raise bad_request(message, field)


def _check_keys(body: dict[str, Any], allowed: Iterable[str], prefix: str = "") -> None:
    allowed_set = set(allowed)
    for key in body:
        if key not in allowed_set:
            _fail(f"property {prefix}{key} should not exist", f"{prefix}{key}")


def _obj(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        _fail(f"{field} must be an object", field)
    return cast(dict[str, Any], value)


def _str(body: dict[str, Any], key: str, *, required: bool = False, prefix: str = "") -> str | None:
    name = prefix + key
    if key not in body or body[key] is None:
        if required:
            _fail(f"{name} should not be empty", name)
        return None
    value = body[key]
    if not isinstance(value, str):
        _fail(f"{name} must be a string", name)
    if required and not value.strip():
        _fail(f"{name} should not be empty", name)
    return value


def _int(
    body: dict[str, Any],
    key: str,
    *,
    required: bool = False,
    minimum: int | None = None,
    prefix: str = "",
) -> int | None:
    name = prefix + key
    if key not in body or body[key] is None:
        if required:
            _fail(f"{name} must be a number", name)
        return None
    value = body[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        _fail(f"{name} must be an integer number", name)
    ivalue = int(value)
    if minimum is not None and ivalue < minimum:
        _fail(f"{name} must not be less than {minimum}", name)
    return ivalue


def _bool(
    body: dict[str, Any], key: str, *, required: bool = False, prefix: str = ""
) -> bool | None:
    name = prefix + key
    if key not in body or body[key] is None:
        if required:
            _fail(f"{name} must be a boolean value", name)
        return None
    value = body[key]
    if not isinstance(value, bool):
        _fail(f"{name} must be a boolean value", name)
    return value


def _list(body: dict[str, Any], key: str, *, prefix: str = "") -> list[Any] | None:
    name = prefix + key
    if key not in body or body[key] is None:
        return None
    value = body[key]
    if not isinstance(value, list):
        _fail(f"{name} must be an array", name)
    return value


def _time_zone(value: str, field: str) -> str:
    if get_zone(value) is None:
        _fail(f"{field} must be a valid IANA time zone", field)
    return value


def _email(value: Any, field: str) -> str:
    if not isinstance(value, str) or not _EMAIL_RE.match(value):
        _fail(f"{field} must be an email", field)
    return value


def _query_int(
    q: QueryParams, key: str, default: int, minimum: int, maximum: int | None = None
) -> int:
    raw = q.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        _fail(f"{key} must be an integer number", key)
    if value < minimum:
        _fail(f"{key} must not be less than {minimum}", key)
    if maximum is not None and value > maximum:
        _fail(f"{key} must not be greater than {maximum}", key)
    return value


def _query_instant(
    q: QueryParams, key: str, *, end_of_day: bool = False, zone: ZoneInfo | None = None
) -> datetime | None:
    raw = q.get(key)
    if raw is None or raw == "":
        return None
    return _instant(raw, key, end_of_day=end_of_day, zone=zone)


def _instant(
    raw: str, field: str, *, end_of_day: bool = False, zone: ZoneInfo | None = None
) -> datetime:
    """ISO 8601 timestamp (UTC unless an offset is given) or a bare date (start/end of day)."""
    d = parse_date(raw)
    if d is not None:
        tz = zone or UTC
        if end_of_day:
            return datetime.combine(
                d + timedelta(days=1), datetime.min.time(), tzinfo=tz
            ).astimezone(UTC) - timedelta(milliseconds=1)
        return datetime.combine(d, datetime.min.time(), tzinfo=tz).astimezone(UTC)
    dt = parse_datetime(raw)
    if dt is None:
        _fail(f"{field} must be a valid ISO 8601 date string", field)
    return dt


def _validate_metadata(value: Any) -> dict[str, Any]:
    meta = _obj(value, "metadata")
    if len(meta) > 50:
        _fail("metadata can have at most 50 keys", "metadata")
    for k, v in meta.items():
        if len(k) > 40:
            _fail(f"metadata key {k[:40]!r}... is longer than 40 characters", "metadata")
        if isinstance(v, str):
            if len(v) > 500:
                _fail(f"metadata value of {k!r} is longer than 500 characters", "metadata")
        elif not isinstance(v, (int, float, bool)):
            _fail(f"metadata value of {k!r} must be a string, number or boolean", "metadata")
    return dict(meta)


def _validate_rules(
    availability: Any, overrides: Any
) -> tuple[list[Availability] | None, list[Override] | None]:
    avail_out: list[Availability] | None = None
    if availability is not None:
        if not isinstance(availability, list):
            _fail("availability must be an array", "availability")
        avail_out = []
        for i, raw in enumerate(availability):
            prefix = f"availability.{i}."
            item = _obj(raw, f"availability.{i}")
            _check_keys(item, ("days", "startTime", "endTime"), prefix)
            days = _list(item, "days", prefix=prefix)
            if not days:
                _fail(f"{prefix}days should not be empty", f"{prefix}days")
            for d in days:
                if d not in DAY_NAMES:
                    _fail(
                        f"{prefix}days must contain day names like Monday, Tuesday...",
                        f"{prefix}days",
                    )
            start = _str(item, "startTime", required=True, prefix=prefix)
            end = _str(item, "endTime", required=True, prefix=prefix)
            assert start is not None and end is not None
            s, e = parse_hhmm(start), parse_hhmm(end)
            if s is None:
                _fail(f"{prefix}startTime must be in HH:MM format", f"{prefix}startTime")
            if e is None:
                _fail(f"{prefix}endTime must be in HH:MM format", f"{prefix}endTime")
            if e <= s:
                _fail(f"{prefix}endTime must be after startTime", f"{prefix}endTime")
            avail_out.append(Availability(days=list(days), start_time=start, end_time=end))
    over_out: list[Override] | None = None
    if overrides is not None:
        if not isinstance(overrides, list):
            _fail("overrides must be an array", "overrides")
        over_out = []
        for i, raw in enumerate(overrides):
            prefix = f"overrides.{i}."
            item = _obj(raw, f"overrides.{i}")
            _check_keys(item, ("date", "startTime", "endTime"), prefix)
            day = _str(item, "date", required=True, prefix=prefix)
            start = _str(item, "startTime", required=True, prefix=prefix)
            end = _str(item, "endTime", required=True, prefix=prefix)
            assert day is not None and start is not None and end is not None
            if parse_date(day) is None:
                _fail(f"{prefix}date must be a YYYY-MM-DD date", f"{prefix}date")
            s, e = parse_hhmm(start), parse_hhmm(end)
            if s is None:
                _fail(f"{prefix}startTime must be in HH:MM format", f"{prefix}startTime")
            if e is None:
                _fail(f"{prefix}endTime must be in HH:MM format", f"{prefix}endTime")
            if e < s:
                _fail(f"{prefix}endTime must not be before startTime", f"{prefix}endTime")
            over_out.append(Override(date=day, start_time=start, end_time=end))
    return avail_out, over_out


# --------------------------------------------------------------------------- routing
@dataclass
class _Ctx:
    request: Request
    user: User
    params: dict[str, str]
    query: QueryParams
    body: Any
    path: str

    def body_obj(self) -> dict[str, Any]:
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise bad_request("Request body must be a JSON object")
        return cast(dict[str, Any], self.body)

    def int_param(self, name: str) -> int:
        raw = self.params[name]
        if not raw.isdigit():
            raise bad_request("Validation failed (numeric string is expected)", name)
        return int(raw)


Handler = Callable[[_Ctx], Response]


@dataclass(frozen=True)
class _Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    area: str | None
    handler: Handler


def _compile(template: str) -> re.Pattern[str]:
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
    return re.compile(f"^{regex}/?$")


# --------------------------------------------------------------------------- the fake
class FakeCalcom:
    """A stateful fake Cal.com API v2 server (ASGI). See :mod:`calcom_async.testing`."""

    def __init__(
        self,
        api_keys: Sequence[str] = ("cal_test_fake",),
        *,
        rate_limit: tuple[int, float] | None = None,
        faults: Faults | None = None,
        seed: int = 0,
        now: Callable[[], datetime] | None = None,
        clock: Clock | None = None,
        organization_name: str = "Fake Org",
        team_name: str = "Fake Team",
    ) -> None:
        if isinstance(api_keys, str):
            raise TypeError("api_keys must be a sequence of keys, not a single string")
        if rate_limit is not None:
            limit, window = rate_limit
            if limit < 1 or window <= 0:
                raise ValueError("rate_limit must be (limit >= 1, window_seconds > 0)")
        if now is not None and clock is not None:
            raise TypeError("pass either now= or clock=, not both")
        self.clock: Clock = clock or (_CallableClock(now) if now is not None else SystemClock())
        self.rate_limit = rate_limit
        self.faults = faults
        self.seed = seed
        self.stats = FakeStats()
        self.state = FakeState(seed, now=self.clock.now)
        self._rng = random.Random(seed)
        self._windows: dict[str, list[float]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._completed = 0
        self._http: httpx.AsyncClient | None = None
        self._http_loop: asyncio.AbstractEventLoop | None = None
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
        self._routes = self._build_routes()

    # ------------------------------------------------------------------ public API
    def now(self) -> datetime:
        """The fake's current time (aware, UTC)."""
        return self.clock.now()

    @property
    def app(self) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
        """The ASGI application."""
        return self._asgi

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
        return httpx.ASGITransport(app=self._asgi)

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
    async def serve(self) -> AsyncIterator[str]:
        """Run the fake with uvicorn on 127.0.0.1 (ephemeral port); yields the base URL.

        asyncio only. Lifespan is off, logs at warning level. On exit the server stops and
        pending webhook deliveries are awaited briefly, then cancelled.
        """
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._asgi,
            host="127.0.0.1",
            port=port,
            lifespan="off",
            interface="asgi3",
            proxy_headers=False,
            log_level="warning",
            log_config=None,  # leave the application's logging configuration alone
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve(sockets=[sock]))
        try:
            while not server.started:
                if task.done():
                    task.result()
                    raise RuntimeError("uvicorn stopped during startup")
                await asyncio.sleep(0.002)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            try:
                await task
            finally:
                sock.close()
                await self.aclose()

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
        tasks = [t for t in self._tasks if not t.done()]
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=1.0)
            for t in pending:
                t.cancel()
            if pending:
                await asyncio.wait(pending, timeout=1.0)
        if self._http is not None:
            client, self._http, self._http_loop = self._http, None, None
            with contextlib.suppress(RuntimeError):  # created on another (closed) loop
                await client.aclose()

    async def __aenter__(self) -> FakeCalcom:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ ASGI pipeline
    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
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
        self.stats.requests += 1
        request_id = str(uuid.uuid4())
        extra: list[tuple[bytes, bytes]] = [(b"x-request-id", request_id.encode())]
        path: str = scope.get("path", "")
        is_api = path == "/v2" or path.startswith("/v2/")
        lost = False
        if is_api:
            self.stats.api_requests += 1
            if self.faults is not None:
                kind, detail, delay = self._roll_fault()
                if delay > 0:
                    self.stats.faults["latency"] += 1
                    self.stats.fault_log.append((self.stats.api_requests, "latency", delay))
                    await anyio.sleep(delay)
                if kind is not None:
                    self.stats.faults[kind] += 1
                    self.stats.fault_log.append((self.stats.api_requests, kind, detail))
                if kind == "drop":
                    await self._drop_connection(scope, send)
                    return
                if kind == "error":
                    status = int(detail or 500)
                    code = {
                        500: "InternalServerErrorException",
                        502: "BadGatewayException",
                        503: "ServiceUnavailableException",
                    }[status]
                    msg = {
                        500: "Internal server error",
                        502: "Bad gateway",
                        503: "Service unavailable",
                    }
                    resp = self._error_response(
                        status, code, f"{msg[status]} (injected fault)", path
                    )
                    await resp(scope, receive, self._wrap_send(send, extra))
                    return
                lost = kind == "lost_response"
            if self.rate_limit is not None:
                allowed, headers, retry_after = self._throttle(self._rate_key(scope))
                extra.extend(headers)
                if not allowed:
                    self.stats.rate_limited += 1
                    extra.append((b"retry-after", str(retry_after).encode()))
                    extra.append((b"retry-after-default", str(retry_after).encode()))
                    resp = self._error_response(
                        429, "ThrottlerException", "ThrottlerException: Too Many Requests", path
                    )
                    if lost:
                        await self._drop_connection(scope, send)
                        return
                    await resp(scope, receive, self._wrap_send(send, extra))
                    return
        deferred: list[WebhookDelivery] = []
        token = _DEFERRED.set(deferred)
        try:
            if lost:
                await self._dispatch(scope, receive, _discard)
                for d in deferred:
                    await self._run_delivery(d)
                await self._drop_connection(scope, send)
                return
            await self._dispatch(scope, receive, self._wrap_send(send, extra))
        finally:
            _DEFERRED.reset(token)
        for d in deferred:
            await self._run_delivery(d)

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

    @staticmethod
    def _rate_key(scope: Scope) -> str:
        for name, value in scope.get("headers", []):
            if name == b"authorization":
                text = bytes(value).decode("latin-1").strip()
                if text.lower().startswith("bearer "):
                    return "key:" + text[7:].strip()
        client = scope.get("client")
        return f"ip:{str(client[0]) if client else 'unknown'}"

    def _throttle(self, key: str) -> tuple[bool, list[tuple[bytes, bytes]], int]:
        assert self.rate_limit is not None
        limit, window = self.rate_limit
        now = self.clock.monotonic()
        entry = self._windows.get(key)
        if entry is None or now >= entry[0] + window:
            entry = [now, 0.0]
            self._windows[key] = entry
        entry[1] += 1
        used = int(entry[1])
        remaining = max(0, limit - used)
        reset = max(1, math.ceil(entry[0] + window - now))
        headers = [
            (b"x-ratelimit-limit-default", str(limit).encode()),
            (b"x-ratelimit-remaining-default", str(remaining).encode()),
            (b"x-ratelimit-reset-default", str(reset).encode()),
        ]
        return used <= limit, headers, reset

    # ------------------------------------------------------------------ dispatch
    def _build_routes(self) -> list[_Route]:
        table: list[tuple[str, str, str | None, Handler]] = [
            ("GET", "/v2/me", None, self._get_me),
            ("GET", "/v2/event-types", "event-types", self._list_event_types),
            ("POST", "/v2/event-types", "event-types", self._create_event_type),
            ("GET", "/v2/event-types/{eventTypeId}", "event-types", self._get_event_type),
            ("PATCH", "/v2/event-types/{eventTypeId}", "event-types", self._update_event_type),
            ("DELETE", "/v2/event-types/{eventTypeId}", "event-types", self._delete_event_type),
            ("GET", "/v2/slots", "slots", self._get_slots),
            ("GET", "/v2/bookings", "bookings", self._list_bookings),
            ("POST", "/v2/bookings", "bookings", self._create_booking),
            ("GET", "/v2/bookings/{bookingUid}", "bookings", self._get_booking),
            ("POST", "/v2/bookings/{bookingUid}/cancel", "bookings", self._cancel_booking),
            ("POST", "/v2/bookings/{bookingUid}/reschedule", "bookings", self._reschedule_booking),
            ("POST", "/v2/bookings/{bookingUid}/confirm", "bookings", self._confirm_booking),
            ("POST", "/v2/bookings/{bookingUid}/decline", "bookings", self._decline_booking),
            ("GET", "/v2/schedules", "schedules", self._list_schedules),
            ("POST", "/v2/schedules", "schedules", self._create_schedule),
            ("GET", "/v2/schedules/default", "schedules", self._get_default_schedule),
            ("GET", "/v2/schedules/{scheduleId}", "schedules", self._get_schedule),
            ("PATCH", "/v2/schedules/{scheduleId}", "schedules", self._update_schedule),
            ("DELETE", "/v2/schedules/{scheduleId}", "schedules", self._delete_schedule),
            ("GET", "/v2/organizations/{orgId}/teams", None, self._list_org_teams),
            (
                "GET",
                "/v2/organizations/{orgId}/teams/{teamId}/event-types",
                None,
                self._list_team_event_types,
            ),
            (
                "POST",
                "/v2/organizations/{orgId}/teams/{teamId}/event-types",
                None,
                self._create_team_event_type,
            ),
            ("GET", "/v2/webhooks", None, self._list_webhooks),
            ("POST", "/v2/webhooks", None, self._create_webhook),
            ("GET", "/v2/webhooks/{webhookId}", None, self._get_webhook),
            ("PATCH", "/v2/webhooks/{webhookId}", None, self._update_webhook),
            ("DELETE", "/v2/webhooks/{webhookId}", None, self._delete_webhook),
            ("GET", "/v2/calendars", None, self._get_calendars),
            ("GET", "/v2/calendars/busy-times", None, self._get_busy_times),
        ]
        return [_Route(m, t, _compile(t), a, h) for m, t, a, h in table]

    def _match(self, method: str, path: str) -> tuple[_Route | None, dict[str, str]]:
        for route in self._routes:
            if route.method != method:
                continue
            m = route.pattern.match(path)
            if m:
                return route, m.groupdict()
        return None, {}

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        method = request.method.upper()
        path: str = scope.get("path", "")
        route, params = self._match(method, path)
        response: Response
        if route is None:
            response = self._error_response(
                404, "NotFoundException", f"Cannot {method} {path}", path
            )
            await response(scope, receive, send)
            return
        self.stats.routes[f"{method} {route.template}"] += 1
        try:
            user = self._authenticate(request)
            if route.area is not None:
                self._check_version(route.area, request)
            body: Any = None
            if method in ("POST", "PATCH", "PUT"):
                raw = await request.body()
                if raw.strip():
                    try:
                        body = json.loads(raw)
                    except ValueError:
                        raise bad_request("Request body is not valid JSON") from None
            ctx = _Ctx(request, user, params, request.query_params, body, path)
            response = route.handler(ctx)
        except ApiError as exc:
            response = self._error_response(exc.status, exc.code, exc.message, path, exc.details)
        except Exception as exc:  # a bug in the fake: answer 500, remember it
            log.exception("FakeCalcom handler error")
            self.stats.internal_errors.append(repr(exc))
            response = self._error_response(
                500, "InternalServerErrorException", f"Fake server error: {exc!r}", path
            )
        await response(scope, receive, send)

    def _authenticate(self, request: Request) -> User:
        header = request.headers.get("authorization")
        if not header:
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

    @staticmethod
    def _check_version(area: str, request: Request) -> None:
        expected = API_VERSIONS[area]
        got = request.headers.get("cal-api-version")
        if got != expected:
            shown = "missing" if got is None else repr(got)
            raise ApiError(
                400,
                "BadRequestException",
                f"cal-api-version header must be {expected} for /v2/{area} endpoints "
                f"(got {shown}); the fake is strict where Cal.com silently falls back "
                "to an older version",
                {"header": "cal-api-version", "expected": expected, "received": got},
            )

    def _error_response(
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

    @staticmethod
    def _ok(data: Any, status: int = 200, **extra: Any) -> Response:
        return JSONResponse({"status": "success", "data": data, **extra}, status_code=status)

    # ------------------------------------------------------------------ outputs
    def _user_brief(self, user: User) -> dict[str, Any]:
        return {
            "id": user.id,
            "name": user.name,
            "username": user.username,
            "avatarUrl": user.avatar_url,
            "weekStart": user.week_start,
            "brandColor": None,
            "darkBrandColor": None,
            "metadata": {},
        }

    def _me_out(self, user: User) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": user.id,
            "username": user.username,
            "email": user.email,
            "name": user.name,
            "avatarUrl": user.avatar_url,
            "bio": user.bio,
            "timeFormat": user.time_format,
            "defaultScheduleId": user.default_schedule_id,
            "weekStart": user.week_start,
            "timeZone": user.time_zone,
            "organizationId": user.organization_id,
        }
        if user.organization_id is not None:
            out["organization"] = {"isPlatform": False, "id": user.organization_id}
        return out

    def _schedule_out(self, s: Schedule) -> dict[str, Any]:
        owner = self.state.users.get(s.owner_id)
        return {
            "id": s.id,
            "ownerId": s.owner_id,
            "name": s.name,
            "timeZone": s.time_zone,
            "availability": [
                {"days": list(a.days), "startTime": a.start_time, "endTime": a.end_time}
                for a in s.availability
            ],
            "isDefault": owner is not None and owner.default_schedule_id == s.id,
            "overrides": [
                {"date": o.date, "startTime": o.start_time, "endTime": o.end_time}
                for o in s.overrides
            ],
        }

    def _event_type_common(self, et: EventType) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": et.id,
            "lengthInMinutes": et.length_in_minutes,
            "title": et.title,
            "slug": et.slug,
            "description": et.description,
            "locations": list(et.locations),
            "bookingFields": [],
            "disableGuests": False,
            "slotInterval": et.slot_interval,
            "minimumBookingNotice": et.minimum_booking_notice,
            "beforeEventBuffer": et.before_event_buffer,
            "afterEventBuffer": et.after_event_buffer,
            "recurrence": None,
            "metadata": {},
            "price": 0,
            "currency": "usd",
            "lockTimeZoneToggleOnBookingPage": False,
            "seatsPerTimeSlot": None,
            "forwardParamsSuccessRedirect": True,
            "successRedirectUrl": None,
            "isInstantEvent": False,
            "seatsShowAvailabilityCount": False,
            "scheduleId": et.schedule_id,
            "hidden": et.hidden,
            "bookingRequiresAuthentication": False,
        }
        if et.length_in_minutes_options:
            out["lengthInMinutesOptions"] = list(et.length_in_minutes_options)
        if et.requires_confirmation:
            out["confirmationPolicy"] = {"type": "always", "blockUnconfirmedBookingsInBooker": True}
        out.update(et.extra)
        return out

    def _event_type_out(self, et: EventType) -> dict[str, Any]:
        if et.team_id is not None:
            return self._team_event_type_out(et)
        out = self._event_type_common(et)
        owner = self.state.users.get(et.owner_id or -1)
        out["ownerId"] = et.owner_id
        out["users"] = [self._user_brief(owner)] if owner else []
        out["bookingUrl"] = f"https://cal.com/{owner.username if owner else 'unknown'}/{et.slug}"
        return out

    def _team_event_type_out(self, et: EventType, hosts_limit: int | None = None) -> dict[str, Any]:
        out = self._event_type_common(et)
        team = self.state.teams.get(et.team_id or -1)
        hosts = []
        for h in et.hosts[:hosts_limit] if hosts_limit is not None else et.hosts:
            u = self.state.users.get(h.user_id)
            if u is None:
                continue
            hosts.append(
                {
                    "userId": u.id,
                    "name": u.name,
                    "username": u.username,
                    "avatarUrl": u.avatar_url,
                    "mandatory": h.mandatory,
                    "priority": h.priority,
                }
            )
        out.update(
            {
                "teamId": et.team_id,
                "ownerId": None,
                "parentEventTypeId": None,
                "hosts": hosts,
                "assignAllTeamMembers": et.assign_all_team_members,
                "schedulingType": et.scheduling_type,
                "team": {
                    "id": et.team_id,
                    "slug": team.slug if team else None,
                    "bannerUrl": None,
                    "name": team.name if team else None,
                    "logoUrl": None,
                    "weekStart": "Monday",
                    "brandColor": None,
                    "darkBrandColor": None,
                    "theme": None,
                },
            }
        )
        return out

    def _booking_out(self, b: Booking) -> dict[str, Any]:
        hosts = []
        for hid in b.host_ids:
            u = self.state.users.get(hid)
            if u is not None:
                hosts.append(
                    {
                        "id": u.id,
                        "name": u.name,
                        "email": u.email,
                        "displayEmail": u.email,
                        "username": u.username,
                        "timeZone": u.time_zone,
                    }
                )
        attendees = []
        for a in b.attendees:
            item: dict[str, Any] = {
                "name": a.name,
                "email": a.email,
                "displayEmail": a.email,
                "timeZone": a.time_zone,
                "language": a.language,
                "absent": a.absent,
            }
            if a.phone_number is not None:
                item["phoneNumber"] = a.phone_number
            attendees.append(item)
        out: dict[str, Any] = {
            "id": b.id,
            "uid": b.uid,
            "title": b.title,
            "description": b.description,
            "hosts": hosts,
            "status": b.status,
            "start": format_utc(b.start),
            "end": format_utc(b.end),
            "duration": b.duration,
            "eventTypeId": b.event_type_id,
            "eventType": {"id": b.event_type_id, "slug": b.event_type_slug},
            "location": b.location,
            "absentHost": b.absent_host,
            "createdAt": format_utc(b.created_at),
            "updatedAt": format_utc(b.updated_at),
            "metadata": dict(b.metadata),
            "attendees": attendees,
            "guests": list(b.guests),
            "bookingFieldsResponses": dict(b.booking_fields_responses),
        }
        optional = {
            "cancellationReason": b.cancellation_reason,
            "cancelledByEmail": b.cancelled_by_email,
            "reschedulingReason": b.rescheduling_reason,
            "rescheduledByEmail": b.rescheduled_by_email,
            "rescheduledFromUid": b.rescheduled_from_uid,
            "rescheduledToUid": b.rescheduled_to_uid,
            "meetingUrl": b.meeting_url,
        }
        out.update({k: v for k, v in optional.items() if v is not None})
        if b.rescheduled:
            out["rescheduled"] = True
        return out

    @staticmethod
    def _webhook_out(w: Webhook) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": w.id,
            "userId": w.user_id,
            "subscriberUrl": w.subscriber_url,
            "triggers": list(w.triggers),
            "active": w.active,
            "payloadTemplate": w.payload_template,
        }
        if w.secret is not None:
            out["secret"] = w.secret
        return out

    def _team_out(self, t: Team) -> dict[str, Any]:
        # Optional string fields without a value are omitted rather than sent as null.
        out: dict[str, Any] = {
            "id": t.id,
            "name": t.name,
            "slug": t.slug,
            "hideBranding": False,
            "isOrganization": False,
            "isPrivate": False,
            "hideBookATeamMember": False,
            "metadata": {},
            "timeFormat": 24,
            "timeZone": "Europe/London",
            "weekStart": "Monday",
        }
        if t.organization_id is not None:
            out["parentId"] = t.organization_id
        return out

    # ------------------------------------------------------------------ me
    def _get_me(self, ctx: _Ctx) -> Response:
        return self._ok(self._me_out(ctx.user))

    # ------------------------------------------------------------------ schedules
    def _own_schedule(self, ctx: _Ctx) -> Schedule:
        sid = ctx.int_param("scheduleId")
        s = self.state.schedules.get(sid)
        if s is None:
            raise not_found(f"Schedule with id={sid} not found")
        if s.owner_id != ctx.user.id:
            raise forbidden(f"Schedule with id={sid} does not belong to the user")
        return s

    def _list_schedules(self, ctx: _Ctx) -> Response:
        items = [s for s in self.state.schedules.values() if s.owner_id == ctx.user.id]
        return self._ok([self._schedule_out(s) for s in items])

    def _create_schedule(self, ctx: _Ctx) -> Response:
        body = ctx.body_obj()
        _check_keys(body, _SCHEDULE_FIELDS)
        name = _str(body, "name", required=True)
        tz = _time_zone(cast(str, _str(body, "timeZone", required=True)), "timeZone")
        is_default = _bool(body, "isDefault", required=True)
        avail, over = _validate_rules(body.get("availability"), body.get("overrides"))
        s = self.state.add_schedule(
            ctx.user.id,
            name=cast(str, name),
            time_zone=tz,
            availability=avail,
            overrides=over or [],
            is_default=is_default,
        )
        return self._ok(self._schedule_out(s), 201)

    def _get_default_schedule(self, ctx: _Ctx) -> Response:
        s = self.state.default_schedule(ctx.user.id)
        return self._ok(self._schedule_out(s) if s is not None else None)

    def _get_schedule(self, ctx: _Ctx) -> Response:
        return self._ok(self._schedule_out(self._own_schedule(ctx)))

    def _update_schedule(self, ctx: _Ctx) -> Response:
        s = self._own_schedule(ctx)
        body = ctx.body_obj()
        _check_keys(body, _SCHEDULE_FIELDS)
        name = _str(body, "name")
        tz = _str(body, "timeZone")
        if tz is not None:
            _time_zone(tz, "timeZone")
        is_default = _bool(body, "isDefault")
        avail, over = _validate_rules(body.get("availability"), body.get("overrides"))
        if name is not None:
            s.name = name
        if tz is not None:
            s.time_zone = tz
        if avail is not None:
            s.availability = avail
        if over is not None:
            s.overrides = over
        user = self.state.users[s.owner_id]
        if is_default:
            user.default_schedule_id = s.id
        elif is_default is False and user.default_schedule_id == s.id:
            user.default_schedule_id = None
        return self._ok(self._schedule_out(s))

    def _delete_schedule(self, ctx: _Ctx) -> Response:
        s = self._own_schedule(ctx)
        del self.state.schedules[s.id]
        user = self.state.users[s.owner_id]
        if user.default_schedule_id == s.id:
            rest = sorted(x.id for x in self.state.schedules.values() if x.owner_id == user.id)
            user.default_schedule_id = rest[0] if rest else None
        for et in self.state.event_types.values():
            if et.schedule_id == s.id:
                et.schedule_id = None
            for h in et.hosts:
                if h.schedule_id == s.id:
                    h.schedule_id = None
        return JSONResponse({"status": "success"})

    # ------------------------------------------------------------------ event types
    def _apply_event_type_fields(
        self, et: EventType, body: dict[str, Any], owner_for_schedule: int | None
    ) -> None:
        """Validate and apply the common event-type fields present in ``body``."""
        title = _str(body, "title")
        if "title" in body and not (title or "").strip():
            _fail("title should not be empty", "title")
        slug = _str(body, "slug")
        if "slug" in body and not (slug or "").strip():
            _fail("slug should not be empty", "slug")
        length = _int(body, "lengthInMinutes", minimum=1)
        options_raw = _list(body, "lengthInMinutesOptions")
        options: list[int] | None = None
        if options_raw is not None:
            options = []
            for i, v in enumerate(options_raw):
                if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 1 or v != int(v):
                    _fail(
                        "lengthInMinutesOptions must contain positive integers",
                        f"lengthInMinutesOptions.{i}",
                    )
                options.append(int(v))
        description = _str(body, "description")
        slot_interval = _int(body, "slotInterval", minimum=1)
        notice = _int(body, "minimumBookingNotice", minimum=0)
        before = _int(body, "beforeEventBuffer", minimum=0)
        after = _int(body, "afterEventBuffer", minimum=0)
        hidden = _bool(body, "hidden")
        schedule_id = _int(body, "scheduleId", minimum=1)
        if schedule_id is not None:
            sched = self.state.schedules.get(schedule_id)
            if sched is None:
                raise not_found(f"Schedule with id={schedule_id} not found")
            if owner_for_schedule is not None and sched.owner_id != owner_for_schedule:
                raise forbidden(f"Schedule with id={schedule_id} does not belong to the user")
        locations = _list(body, "locations")
        if locations is not None:
            for i, loc in enumerate(locations):
                if not isinstance(loc, dict) or not isinstance(loc.get("type"), str):
                    _fail("each location must be an object with a type", f"locations.{i}")
        policy = body.get("confirmationPolicy")
        if policy is not None:
            policy = _obj(policy, "confirmationPolicy")
        # all valid: apply
        if title is not None:
            et.title = title
        if slug is not None:
            et.slug = slug
        if length is not None:
            et.length_in_minutes = length
        if "lengthInMinutesOptions" in body:
            et.length_in_minutes_options = options
        if description is not None:
            et.description = description
        if "slotInterval" in body:
            et.slot_interval = slot_interval
        if notice is not None:
            et.minimum_booking_notice = notice
        if before is not None:
            et.before_event_buffer = before
        if after is not None:
            et.after_event_buffer = after
        if hidden is not None:
            et.hidden = hidden
        if "scheduleId" in body:
            et.schedule_id = schedule_id
        if locations is not None:
            et.locations = [dict(x) for x in locations]
        if policy is not None:
            et.requires_confirmation = not policy.get("disabled", False) and policy.get("type") in (
                "always",
                "time",
            )
            if et.requires_confirmation:
                et.extra["confirmationPolicy"] = dict(policy)
            else:
                et.extra.pop("confirmationPolicy", None)
        typed = {
            "title", "slug", "lengthInMinutes", "lengthInMinutesOptions", "description",
            "slotInterval", "minimumBookingNotice", "beforeEventBuffer", "afterEventBuffer",
            "hidden", "scheduleId", "locations", "confirmationPolicy", "schedulingType", "hosts",
            "assignAllTeamMembers",
        }  # fmt: skip
        for k, v in body.items():
            if k not in typed:
                et.extra[k] = v

    def _check_slug_free(self, et: EventType) -> None:
        for other in self.state.event_types.values():
            if other.id == et.id or other.slug != et.slug:
                continue
            if (et.team_id is None and other.team_id is None and other.owner_id == et.owner_id) or (
                et.team_id is not None and other.team_id == et.team_id
            ):
                raise bad_request(f"An event type with slug '{et.slug}' already exists", "slug")

    def _own_event_type(self, ctx: _Ctx) -> EventType:
        eid = ctx.int_param("eventTypeId")
        et = self.state.event_types.get(eid)
        if et is None:
            raise not_found(f"Event type with id={eid} not found")
        if et.owner_id != ctx.user.id or et.team_id is not None:
            raise forbidden(f"Event type with id={eid} does not belong to the user")
        return et

    def _list_event_types(self, ctx: _Ctx) -> Response:
        q = ctx.query
        usernames: list[str] = []
        if q.get("username"):
            usernames.append(q["username"])
        if q.get("usernames"):
            usernames.extend(u.strip() for u in q["usernames"].split(",") if u.strip())
        if usernames:
            owners = []
            for name in usernames:
                u = self.state.user_by_username(name)
                if u is None:
                    raise not_found(f"User with username={name} not found")
                owners.append(u.id)
            items = [
                et
                for et in self.state.event_types.values()
                if et.team_id is None and et.owner_id in owners and not et.hidden
            ]
        else:
            items = [
                et
                for et in self.state.event_types.values()
                if et.team_id is None and et.owner_id == ctx.user.id
            ]
        if q.get("eventSlug"):
            items = [et for et in items if et.slug == q["eventSlug"]]
        if q.get("sortCreatedAt") == "desc":
            items.sort(key=lambda e: (e.created_at, e.id), reverse=True)
        elif q.get("sortCreatedAt") == "asc":
            items.sort(key=lambda e: (e.created_at, e.id))
        return self._ok([self._event_type_out(et) for et in items])

    def _create_event_type(self, ctx: _Ctx) -> Response:
        body = ctx.body_obj()
        _check_keys(body, _EVENT_TYPE_FIELDS)
        _str(body, "title", required=True)
        _str(body, "slug", required=True)
        _int(body, "lengthInMinutes", required=True, minimum=1)
        et = EventType(
            id=0,
            title="",
            slug="",
            length_in_minutes=0,
            owner_id=ctx.user.id,
            locations=[{"type": "integration", "integration": "cal-video"}],
            created_at=self.now(),
        )
        self._apply_event_type_fields(et, body, ctx.user.id)
        self._check_slug_free(et)
        et.id = self.state.next_id("event_type")
        self.state.event_types[et.id] = et
        return self._ok(self._event_type_out(et), 201)

    def _get_event_type(self, ctx: _Ctx) -> Response:
        return self._ok(self._event_type_out(self._own_event_type(ctx)))

    def _update_event_type(self, ctx: _Ctx) -> Response:
        et = self._own_event_type(ctx)
        body = ctx.body_obj()
        _check_keys(body, _EVENT_TYPE_FIELDS)
        old_slug = et.slug
        probe = EventType(**{**et.__dict__, "extra": dict(et.extra)})
        self._apply_event_type_fields(probe, body, ctx.user.id)
        if probe.slug != old_slug:
            self._check_slug_free(probe)
        et.__dict__.update(probe.__dict__)
        return self._ok(self._event_type_out(et))

    def _delete_event_type(self, ctx: _Ctx) -> Response:
        et = self._own_event_type(ctx)
        del self.state.event_types[et.id]
        return self._ok(
            {
                "id": et.id,
                "lengthInMinutes": et.length_in_minutes,
                "title": et.title,
                "slug": et.slug,
            }
        )

    # ------------------------------------------------------------------ organizations / teams
    def _org_for(self, ctx: _Ctx) -> int:
        org_id = ctx.int_param("orgId")
        if org_id not in self.state.organizations:
            raise not_found(f"Organization with id={org_id} not found")
        user = ctx.user
        member = user.organization_id == org_id or any(
            t.organization_id == org_id and user.id in t.members for t in self.state.teams.values()
        )
        if not member:
            raise forbidden(f"User is not a member of organization id={org_id}")
        return org_id

    def _team_for(self, ctx: _Ctx, org_id: int) -> Team:
        team_id = ctx.int_param("teamId")
        team = self.state.teams.get(team_id)
        if team is None or team.organization_id != org_id:
            raise not_found(f"Team with id={team_id} not found in organization id={org_id}")
        return team

    def _list_org_teams(self, ctx: _Ctx) -> Response:
        org_id = self._org_for(ctx)
        take = _query_int(ctx.query, "take", 250, 1, 250)
        skip = _query_int(ctx.query, "skip", 0, 0)
        teams = [t for t in self.state.teams.values() if t.organization_id == org_id]
        return self._ok([self._team_out(t) for t in teams[skip : skip + take]])

    def _list_team_event_types(self, ctx: _Ctx) -> Response:
        org_id = self._org_for(ctx)
        team = self._team_for(ctx, org_id)
        items = [et for et in self.state.event_types.values() if et.team_id == team.id]
        if ctx.query.get("eventSlug"):
            items = [et for et in items if et.slug == ctx.query["eventSlug"]]
        if ctx.query.get("sortCreatedAt") == "desc":
            items.sort(key=lambda e: (e.created_at, e.id), reverse=True)
        hosts_limit = None
        if ctx.query.get("hostsLimit"):
            hosts_limit = _query_int(ctx.query, "hostsLimit", 0, 0)
        return self._ok([self._team_event_type_out(et, hosts_limit) for et in items])

    def _create_team_event_type(self, ctx: _Ctx) -> Response:
        org_id = self._org_for(ctx)
        team = self._team_for(ctx, org_id)
        if team.members.get(ctx.user.id) not in ("OWNER", "ADMIN"):
            raise forbidden("Only team owners and admins can create team event types")
        body = ctx.body_obj()
        _check_keys(body, _TEAM_EVENT_TYPE_FIELDS)
        _str(body, "title", required=True)
        _str(body, "slug", required=True)
        _int(body, "lengthInMinutes", required=True, minimum=1)
        kind = _str(body, "schedulingType", required=True)
        if kind not in ("collective", "roundRobin", "managed"):
            _fail(
                "schedulingType must be one of: collective, roundRobin, managed", "schedulingType"
            )
        assign_all = bool(_bool(body, "assignAllTeamMembers"))
        hosts_raw = _list(body, "hosts")
        hosts: list[Host] = []
        if assign_all:
            hosts = [Host(user_id=u) for u in team.members]
        elif hosts_raw:
            seen: set[int] = set()
            for i, raw in enumerate(hosts_raw):
                prefix = f"hosts.{i}."
                item = _obj(raw, f"hosts.{i}")
                _check_keys(item, ("userId", "mandatory", "priority"), prefix)
                user_id = cast(int, _int(item, "userId", required=True, prefix=prefix))
                if user_id not in team.members:
                    _fail(
                        f"User with id={user_id} is not a member of team id={team.id}",
                        f"{prefix}userId",
                    )
                if user_id in seen:
                    _fail(f"Duplicate host userId={user_id}", f"{prefix}userId")
                seen.add(user_id)
                priority = _str(item, "priority", prefix=prefix) or "medium"
                if priority not in PRIORITIES:
                    _fail(
                        f"{prefix}priority must be one of {', '.join(PRIORITIES)}",
                        f"{prefix}priority",
                    )
                hosts.append(
                    Host(
                        user_id=user_id,
                        mandatory=bool(_bool(item, "mandatory", prefix=prefix)),
                        priority=priority,
                    )
                )
        else:
            _fail("hosts must not be empty unless assignAllTeamMembers is true", "hosts")
        et = EventType(
            id=0,
            title="",
            slug="",
            length_in_minutes=0,
            team_id=team.id,
            scheduling_type=cast(Any, kind),
            hosts=hosts,
            assign_all_team_members=assign_all,
            locations=[{"type": "integration", "integration": "cal-video"}],
            created_at=self.now(),
        )
        self._apply_event_type_fields(et, body, None)
        self._check_slug_free(et)
        et.id = self.state.next_id("event_type")
        self.state.event_types[et.id] = et
        return self._ok(self._team_event_type_out(et), 201)

    # ------------------------------------------------------------------ availability core
    def _free(
        self, user_id: int, start: datetime, end: datetime, et: EventType | None, ignore: str | None
    ) -> bool:
        before = timedelta(minutes=et.before_event_buffer if et else 0)
        after = timedelta(minutes=et.after_event_buffer if et else 0)
        return not self.state.busy(user_id, start - before, end + after, ignore)

    def _available_starts(
        self,
        plans: Sequence[HostPlan],
        kind: str,
        et: EventType | None,
        range_start: datetime,
        range_end: datetime,
        length: int,
        step: int,
        earliest: datetime,
        ignore: str | None,
    ) -> list[datetime]:
        span = timedelta(minutes=length)
        stride = timedelta(minutes=step)
        lo = range_start - span
        hi = range_end + span
        windows_by_host = {p.user_id: schedule_windows(p.schedule, lo, hi) for p in plans}

        def grid(windows: Sequence[Window]) -> Iterable[datetime]:
            for ws, we in windows:
                t = ws
                while t + span <= we:
                    if t >= range_start and t <= range_end and t >= earliest:
                        yield t
                    t += stride

        found: set[datetime] = set()
        if kind in ("roundRobin", "managed"):
            mandatory = [p for p in plans if p.mandatory]
            pool = [p for p in plans if not p.mandatory] or mandatory[:1]
            base: list[Window] | None = None
            for p in mandatory:
                w = windows_by_host[p.user_id]
                base = w if base is None else intersect(base, w)
            for p in pool:
                windows = windows_by_host[p.user_id]
                if base is not None:
                    windows = intersect(windows, base)
                for t in grid(windows):
                    if t in found:
                        continue
                    end = t + span
                    if self._free(p.user_id, t, end, et, ignore) and all(
                        self._free(m.user_id, t, end, et, ignore) for m in mandatory
                    ):
                        found.add(t)
        else:  # a single host, collective, or dynamic group: everyone must be free
            if not plans:
                return []
            common = windows_by_host[plans[0].user_id]
            for p in plans[1:]:
                common = intersect(common, windows_by_host[p.user_id])
            for t in grid(common):
                end = t + span
                if all(self._free(p.user_id, t, end, et, ignore) for p in plans):
                    found.add(t)
        return sorted(found)

    def _host_ok(
        self, plan: HostPlan, start: datetime, end: datetime, et: EventType, ignore: str | None
    ) -> bool:
        windows = schedule_windows(plan.schedule, start, end)
        return contains(windows, start, end) and self._free(plan.user_id, start, end, et, ignore)

    def _pick_hosts(
        self,
        et: EventType,
        start: datetime,
        end: datetime,
        ignore: str | None = None,
        prefer: Sequence[int] = (),
    ) -> list[int] | None:
        """Hosts for a booking of ``et`` at ``[start, end)``, or None when unavailable."""
        plans = host_plans(self.state, et)
        if not plans:
            return None
        if et.team_id is None or et.scheduling_type == "collective":
            if all(self._host_ok(p, start, end, et, ignore) for p in plans):
                return [p.user_id for p in plans]
            return None
        mandatory = [p for p in plans if p.mandatory]
        pool = [p for p in plans if not p.mandatory] or mandatory[:1]
        if not all(self._host_ok(m, start, end, et, ignore) for m in mandatory):
            return None
        free = [
            p
            for p in pool
            if p.user_id in {m.user_id for m in mandatory}
            or self._host_ok(p, start, end, et, ignore)
        ]
        if not free:
            return None
        preferred = [p for p in free if p.user_id in prefer]
        if preferred:
            chosen = preferred[0]
        else:
            order = {p.user_id: i for i, p in enumerate(plans)}
            chosen = min(
                free,
                key=lambda p: (
                    -PRIORITIES.index(p.priority) if p.priority in PRIORITIES else -2,
                    self.state.rr_last_booked.get((et.id, p.user_id), -1),
                    order[p.user_id],
                ),
            )
        return list(dict.fromkeys([m.user_id for m in mandatory] + [chosen.user_id]))

    # ------------------------------------------------------------------ slots
    def _resolve_event_type(
        self,
        event_type_id: int | None,
        slug: str | None,
        username: str | None,
        team_slug: str | None,
    ) -> EventType:
        if event_type_id is not None:
            et = self.state.event_types.get(event_type_id)
            if et is None:
                raise not_found(f"Event type with id={event_type_id} not found")
            return et
        if slug and username:
            user = self.state.user_by_username(username)
            if user is None:
                raise not_found(f"User with username={username} not found")
            for et in self.state.event_types.values():
                if et.team_id is None and et.owner_id == user.id and et.slug == slug:
                    return et
            raise not_found(f"Event type with slug={slug} not found for user {username}")
        if slug and team_slug:
            team = self.state.team_by_slug(team_slug)
            if team is None:
                raise not_found(f"Team with slug={team_slug} not found")
            for et in self.state.event_types.values():
                if et.team_id == team.id and et.slug == slug:
                    return et
            raise not_found(f"Event type with slug={slug} not found for team {team_slug}")
        raise bad_request(
            "eventTypeId, or eventTypeSlug with username or teamSlug, is required", "eventTypeId"
        )

    @staticmethod
    def _check_length(et: EventType, length: int | None, field: str) -> int:
        if length is None:
            return et.length_in_minutes
        allowed = set(et.length_in_minutes_options or ()) | {et.length_in_minutes}
        if length not in allowed:
            _fail(f"{field} must be one of the event type's lengths: {sorted(allowed)}", field)
        return length

    def _get_slots(self, ctx: _Ctx) -> Response:
        q = ctx.query
        tz_name = q.get("timeZone") or "UTC"
        zone = get_zone(tz_name)
        if zone is None:
            _fail("timeZone must be a valid IANA time zone", "timeZone")
        if not q.get("start"):
            _fail("start should not be empty", "start")
        if not q.get("end"):
            _fail("end should not be empty", "end")
        start = _instant(q["start"], "start", zone=zone)
        end = _instant(q["end"], "end", end_of_day=True, zone=zone)
        if end < start:
            _fail("end must be after start", "end")
        fmt = q.get("format") or "time"
        if fmt not in ("time", "range"):
            _fail("format must be 'time' or 'range'", "format")
        duration: int | None = None
        if q.get("duration"):
            try:
                duration = int(q["duration"])
            except ValueError:
                _fail("duration must be an integer number", "duration")
            if duration < 1:
                _fail("duration must not be less than 1", "duration")
        ignore = q.get("bookingUidToReschedule") or None
        now = self.now()
        if q.get("usernames") and not q.get("eventTypeId") and not q.get("eventTypeSlug"):
            names = [n.strip() for n in q["usernames"].split(",") if n.strip()]
            if len(names) < 2:
                _fail("usernames must contain at least 2 usernames", "usernames")
            plans = []
            for name in names:
                u = self.state.user_by_username(name)
                if u is None:
                    raise not_found(f"User with username={name} not found")
                plans.append(HostPlan(u.id, self.state.default_schedule(u.id), True, "medium"))
            length = duration or 30
            starts = self._available_starts(
                plans, "collective", None, start, end, length, length, now, ignore
            )
        else:
            et_id: int | None = None
            if q.get("eventTypeId"):
                try:
                    et_id = int(q["eventTypeId"])
                except ValueError:
                    _fail("eventTypeId must be an integer number", "eventTypeId")
            et = self._resolve_event_type(
                et_id, q.get("eventTypeSlug"), q.get("username"), q.get("teamSlug")
            )
            length = self._check_length(et, duration, "duration")
            step = et.slot_interval or length
            earliest = now + timedelta(minutes=et.minimum_booking_notice)
            kind = (et.scheduling_type or "single") if et.team_id is not None else "single"
            plans = host_plans(self.state, et)
            starts = self._available_starts(
                plans, kind, et, start, end, length, step, earliest, ignore
            )
        data: dict[str, list[dict[str, str]]] = {}
        span = timedelta(minutes=length)
        for t in starts:
            key = t.astimezone(zone).date().isoformat()
            slot = {"start": format_local(t, zone)}
            if fmt == "range":
                slot["end"] = format_local(t + span, zone)
            data.setdefault(key, []).append(slot)
        return self._ok(data)

    # ------------------------------------------------------------------ bookings
    def _booking_or_404(self, ctx: _Ctx) -> Booking:
        uid = ctx.params["bookingUid"]
        b = self.state.get_booking(uid)
        if b is None:
            raise not_found(f"Booking with uid={uid} not found")
        return b

    def _can_manage(self, user: User, b: Booking) -> bool:
        if user.id in b.host_ids:
            return True
        et = self.state.event_types.get(b.event_type_id)
        if et is None:
            return False
        if et.owner_id == user.id:
            return True
        team = self.state.teams.get(et.team_id or -1)
        return team is not None and team.members.get(user.id) in ("OWNER", "ADMIN")

    def _parse_attendee(self, raw: Any) -> Attendee:
        a = _obj(raw, "attendee")
        _check_keys(a, _ATTENDEE_FIELDS, "attendee.")
        name = cast(str, _str(a, "name", required=True, prefix="attendee."))
        tz = cast(str, _str(a, "timeZone", required=True, prefix="attendee."))
        _time_zone(tz, "attendee.timeZone")
        email = _str(a, "email", prefix="attendee.")
        phone = _str(a, "phoneNumber", prefix="attendee.")
        language = _str(a, "language", prefix="attendee.") or "en"
        if email is not None:
            _email(email, "attendee.email")
        if phone is not None and not _PHONE_RE.match(phone):
            _fail("attendee.phoneNumber must be a valid E.164 phone number", "attendee.phoneNumber")
        if email is None and phone is None:
            _fail("attendee.email or attendee.phoneNumber is required", "attendee.email")
        if language not in LANGUAGES:
            _fail("attendee.language must be a supported language code", "attendee.language")
        if email is None:
            email = f"{cast(str, phone).lstrip('+')}@sms.cal.com"
        return Attendee(name=name, email=email, time_zone=tz, phone_number=phone, language=language)

    @staticmethod
    def _parse_location(raw: Any) -> str | None:
        if raw is None:
            return None
        if isinstance(raw, str):
            return raw
        loc = _obj(raw, "location")
        kind = loc.get("type")
        if kind == "attendeeAddress":
            return str(_str(loc, "address", required=True, prefix="location."))
        if kind == "attendeePhone":
            return str(_str(loc, "phone", required=True, prefix="location."))
        if kind == "attendeeDefined":
            return str(_str(loc, "location", required=True, prefix="location."))
        if kind == "integration":
            return f"integrations:{_str(loc, 'integration', required=True, prefix='location.')}"
        if kind in ("address", "link", "phone", "organizersDefaultApp"):
            return str(kind)
        _fail("location.type is not a supported location type", "location.type")

    def _create_booking(self, ctx: _Ctx) -> Response:
        body = ctx.body_obj()
        _check_keys(body, _BOOKING_FIELDS)
        if body.get("instant") or body.get("recurrenceCount") is not None:
            _fail("instant and recurring bookings are not supported by the fake", "instant")
        start = _instant(cast(str, _str(body, "start", required=True)), "start")
        if "attendee" not in body:
            _fail("attendee should not be empty", "attendee")
        attendee = self._parse_attendee(body["attendee"])
        et = self._resolve_event_type(
            _int(body, "eventTypeId", minimum=1),
            _str(body, "eventTypeSlug"),
            _str(body, "username"),
            _str(body, "teamSlug"),
        )
        length = self._check_length(et, _int(body, "lengthInMinutes", minimum=1), "lengthInMinutes")
        guests_raw = _list(body, "guests") or []
        guests = [_email(g, f"guests.{i}") for i, g in enumerate(guests_raw)]
        location = self._parse_location(body.get("location"))
        metadata = _validate_metadata(body["metadata"]) if body.get("metadata") is not None else {}
        responses_raw = body.get("bookingFieldsResponses")
        responses = (
            dict(_obj(responses_raw, "bookingFieldsResponses")) if responses_raw is not None else {}
        )
        meeting_url = _str(body, "meetingUrl")
        now = self.now()
        if start < now:
            raise bad_request(PAST_MESSAGE, "start")
        end = start + timedelta(minutes=length)
        if start < now + timedelta(minutes=et.minimum_booking_notice):
            raise bad_request(TOO_SOON_MESSAGE, "start")
        hosts = self._pick_hosts(et, start, end)
        if hosts is None:
            raise bad_request(_conflict_message(et))
        # -- no await between the availability check above and the insert below --
        uid = self.state.new_uid()
        organizer = self.state.users[hosts[0]]
        if location is None:
            first = (
                et.locations[0]
                if et.locations
                else {"type": "integration", "integration": "cal-video"}
            )
            location = (
                f"https://app.cal.com/video/{uid}"
                if first.get("integration") == "cal-video"
                else str(
                    first.get("address")
                    or first.get("link")
                    or first.get("phone")
                    or first.get("type")
                )
            )
        responses = {"name": attendee.name, "email": attendee.email, "guests": guests, **responses}
        booking = Booking(
            id=self.state.next_id("booking"),
            uid=uid,
            event_type_id=et.id,
            event_type_slug=et.slug,
            title=f"{et.title} between {organizer.name} and {attendee.name}",
            description=str(responses.get("notes") or ""),
            start=start,
            end=end,
            host_ids=hosts,
            attendees=[attendee],
            status="pending" if et.requires_confirmation else "accepted",
            guests=guests,
            location=location,
            meeting_url=meeting_url
            or (location if location.startswith("https://app.cal.com/video/") else None),
            metadata=metadata,
            booking_fields_responses=responses,
            created_at=now,
            updated_at=now,
        )
        self.state.insert_booking(booking)
        self._emit(
            "BOOKING_REQUESTED" if booking.status == "pending" else "BOOKING_CREATED", booking
        )
        return self._ok(self._booking_out(booking), 201)

    def _get_booking(self, ctx: _Ctx) -> Response:
        return self._ok(self._booking_out(self._booking_or_404(ctx)))

    def _cancel_booking(self, ctx: _Ctx) -> Response:
        b = self._booking_or_404(ctx)
        body = ctx.body_obj()
        _check_keys(body, ("cancellationReason", "cancelSubsequentBookings", "seatUid"))
        if "seatUid" in body:
            _fail("seated bookings are not supported by the fake", "seatUid")
        reason = _str(body, "cancellationReason")
        _bool(body, "cancelSubsequentBookings")
        if b.status in ("cancelled", "rejected"):
            raise bad_request("This booking has already been cancelled.")
        b.cancellation_reason = reason
        b.cancelled_by_email = ctx.user.email
        self.state.set_status(b, "cancelled", self.now())
        self._emit("BOOKING_CANCELLED", b)
        return self._ok(self._booking_out(b))

    def _reschedule_booking(self, ctx: _Ctx) -> Response:
        old = self._booking_or_404(ctx)
        body = ctx.body_obj()
        _check_keys(
            body,
            ("start", "reschedulingReason", "rescheduledBy", "emailVerificationCode", "seatUid"),
        )
        if "seatUid" in body:
            _fail("seated bookings are not supported by the fake", "seatUid")
        start = _instant(cast(str, _str(body, "start", required=True)), "start")
        reason = _str(body, "reschedulingReason")
        by = _str(body, "rescheduledBy")
        if by is not None:
            _email(by, "rescheduledBy")
        if old.status not in ACTIVE_STATUSES:
            raise bad_request(f"Can't reschedule booking with uid={old.uid}: it is {old.status}")
        et = self.state.event_types.get(old.event_type_id)
        if et is None:
            raise not_found(f"Event type with id={old.event_type_id} not found")
        now = self.now()
        if start < now:
            raise bad_request(PAST_MESSAGE, "start")
        end = start + (old.end - old.start)
        if start < now + timedelta(minutes=et.minimum_booking_notice):
            raise bad_request(TOO_SOON_MESSAGE, "start")
        hosts = self._pick_hosts(et, start, end, ignore=old.uid, prefer=old.host_ids)
        if hosts is None:
            raise bad_request(_conflict_message(et))
        new = Booking(
            id=self.state.next_id("booking"),
            uid=self.state.new_uid(),
            event_type_id=old.event_type_id,
            event_type_slug=old.event_type_slug,
            title=old.title,
            description=old.description,
            start=start,
            end=end,
            host_ids=hosts,
            attendees=[Attendee(**a.__dict__) for a in old.attendees],
            status="pending" if et.requires_confirmation else "accepted",
            guests=list(old.guests),
            location=old.location,
            meeting_url=old.meeting_url,
            metadata=dict(old.metadata),
            booking_fields_responses=dict(old.booking_fields_responses),
            rescheduling_reason=reason,
            rescheduled_by_email=by,
            rescheduled_from_uid=old.uid,
            created_at=now,
            updated_at=now,
        )
        old.rescheduled = True
        old.rescheduled_to_uid = new.uid
        old.rescheduling_reason = reason
        old.rescheduled_by_email = by
        self.state.set_status(old, "cancelled", now)
        self.state.insert_booking(new)
        self._emit("BOOKING_RESCHEDULED", new, previous=old)
        return self._ok(self._booking_out(new), 201)

    def _confirm_or_decline(self, ctx: _Ctx, confirm: bool) -> Response:
        b = self._booking_or_404(ctx)
        body = ctx.body_obj()
        _check_keys(body, () if confirm else ("reason",))
        reason = None if confirm else _str(body, "reason")
        if not self._can_manage(ctx.user, b):
            raise forbidden(f"User is not a host of booking uid={b.uid}")
        if b.status != "pending":
            raise bad_request(f"Booking with uid={b.uid} is not pending (status {b.status})")
        if confirm:
            self.state.set_status(b, "accepted", self.now())
            self._emit("BOOKING_CREATED", b)
        else:
            b.cancellation_reason = reason
            self.state.set_status(b, "rejected", self.now())
            self._emit("BOOKING_REJECTED", b)
        return self._ok(self._booking_out(b))

    def _confirm_booking(self, ctx: _Ctx) -> Response:
        return self._confirm_or_decline(ctx, True)

    def _decline_booking(self, ctx: _Ctx) -> Response:
        return self._confirm_or_decline(ctx, False)

    def _visible_bookings(self, user: User) -> list[Booking]:
        ids = set(self.state._by_user.get(user.id, ()))
        managed_teams = {
            tid
            for tid, t in self.state.teams.items()
            if t.members.get(user.id) in ("OWNER", "ADMIN")
        }
        for et in self.state.event_types.values():
            if et.team_id in managed_teams or (et.owner_id == user.id and et.team_id is None):
                ids.update(self.state._by_event_type.get(et.id, ()))
        return [self.state.bookings[i] for i in ids]

    def _list_bookings(self, ctx: _Ctx) -> Response:
        q = ctx.query
        take = _query_int(q, "take", 100, 1, 250)
        skip = _query_int(q, "skip", 0, 0)
        now = self.now()
        items = self._visible_bookings(ctx.user)
        statuses = [s.strip() for s in ",".join(q.getlist("status")).split(",") if s.strip()]
        for s in statuses:
            if s not in BOOKING_LIST_STATUSES:
                _fail(f"status must be one of {', '.join(BOOKING_LIST_STATUSES)}", "status")
        if statuses:
            wanted = set(statuses)

            def status_ok(b: Booking) -> bool:
                live = b.status in ACTIVE_STATUSES
                return (
                    ("upcoming" in wanted and live and b.end >= now)
                    or ("past" in wanted and live and b.end < now)
                    or ("cancelled" in wanted and b.status in ("cancelled", "rejected"))
                    or ("unconfirmed" in wanted and b.status == "pending" and b.end >= now)
                )

            items = [b for b in items if status_ok(b)]
        if q.get("attendeeEmail"):
            email = q["attendeeEmail"].lower()
            items = [b for b in items if any(a.email.lower() == email for a in b.attendees)]
        if q.get("attendeeName"):
            name = q["attendeeName"].lower()
            items = [b for b in items if any(name in a.name.lower() for a in b.attendees)]
        if q.get("bookingUid"):
            items = [b for b in items if b.uid == q["bookingUid"]]
        et_ids: set[int] = set()
        for key in ("eventTypeId", "eventTypeIds"):
            for part in (q.get(key) or "").split(","):
                if part.strip():
                    if not part.strip().isdigit():
                        _fail(f"{key} must contain integer ids", key)
                    et_ids.add(int(part))
        if et_ids:
            items = [b for b in items if b.event_type_id in et_ids]
        team_ids: set[int] = set()
        for key in ("teamId", "teamsIds"):
            for part in (q.get(key) or "").split(","):
                if part.strip():
                    if not part.strip().isdigit():
                        _fail(f"{key} must contain integer ids", key)
                    team_ids.add(int(part))
        if team_ids:
            items = [
                b
                for b in items
                if (et := self.state.event_types.get(b.event_type_id)) is not None
                and et.team_id in team_ids
            ]
        bounds: list[tuple[str, str, bool, bool]] = [
            # (query key, booking attribute, is upper bound, bare date means end of day)
            ("afterStart", "start", False, False),
            ("beforeEnd", "end", True, True),
            ("afterCreatedAt", "created_at", False, False),
            ("beforeCreatedAt", "created_at", True, True),
            ("afterUpdatedAt", "updated_at", False, False),
            ("beforeUpdatedAt", "updated_at", True, True),
        ]
        for key, attr, upper, eod in bounds:
            limit = _query_instant(q, key, end_of_day=eod)
            if limit is not None:
                items = [
                    b
                    for b in items
                    if (_dt_attr(b, attr) <= limit if upper else _dt_attr(b, attr) >= limit)
                ]
        sort_attr = "start"
        reverse = False
        for key, attr in (
            ("sortStart", "start"),
            ("sortEnd", "end"),
            ("sortCreated", "created_at"),
            ("sortUpdatedAt", "updated_at"),
        ):
            direction = q.get(key)
            if direction:
                if direction not in ("asc", "desc"):
                    _fail(f"{key} must be 'asc' or 'desc'", key)
                sort_attr = attr
                reverse = direction == "desc"
                break

        def sort_key(b: Booking) -> tuple[datetime, int]:
            return (_dt_attr(b, sort_attr), b.id)

        items.sort(key=sort_key, reverse=reverse)
        total = len(items)
        page = items[skip : skip + take]
        pagination = {
            "totalItems": total,
            "remainingItems": max(0, total - skip - len(page)),
            "returnedItems": len(page),
            "itemsPerPage": take,
            "currentPage": skip // take + 1,
            "totalPages": math.ceil(total / take) if total else 0,
            "hasNextPage": skip + len(page) < total,
            "hasPreviousPage": skip > 0,
        }
        return self._ok([self._booking_out(b) for b in page], pagination=pagination)

    # ------------------------------------------------------------------ webhooks
    def _own_webhook(self, ctx: _Ctx) -> Webhook:
        wid = ctx.int_param("webhookId")
        w = self.state.webhooks.get(wid)
        if w is None or w.user_id != ctx.user.id:
            raise not_found(f"Webhook with id={wid} not found")
        return w

    @staticmethod
    def _webhook_fields(body: dict[str, Any], create: bool) -> dict[str, Any]:
        _check_keys(body, _WEBHOOK_FIELDS)
        out: dict[str, Any] = {}
        url = _str(body, "subscriberUrl", required=create)
        if url is not None:
            if not re.match(r"^https?://[^\s/]+", url):
                _fail("subscriberUrl must be a URL address", "subscriberUrl")
            out["subscriber_url"] = url
        if create or "triggers" in body:
            triggers = body.get("triggers")
            if not isinstance(triggers, list) or not triggers:
                _fail("triggers must be a non-empty array of trigger names", "triggers")
            for i, t in enumerate(triggers):
                if t not in WEBHOOK_TRIGGERS:
                    _fail(f"triggers.{i} is not a valid webhook trigger", f"triggers.{i}")
            out["triggers"] = list(dict.fromkeys(triggers))
        active = _bool(body, "active", required=create)
        if active is not None:
            out["active"] = active
        if "secret" in body:
            out["secret"] = _str(body, "secret")
        if "payloadTemplate" in body:
            out["payload_template"] = _str(body, "payloadTemplate")
        version = _str(body, "version")
        if version is not None:
            if version != "2021-10-20":
                _fail("version must be 2021-10-20", "version")
            out["version"] = version
        return out

    def _list_webhooks(self, ctx: _Ctx) -> Response:
        take = _query_int(ctx.query, "take", 250, 1, 250)
        skip = _query_int(ctx.query, "skip", 0, 0)
        items = [w for w in self.state.webhooks.values() if w.user_id == ctx.user.id]
        return self._ok([self._webhook_out(w) for w in items[skip : skip + take]])

    def _create_webhook(self, ctx: _Ctx) -> Response:
        fields = self._webhook_fields(ctx.body_obj(), create=True)
        for w in self.state.webhooks.values():
            if w.user_id == ctx.user.id and w.subscriber_url == fields["subscriber_url"]:
                raise ApiError(
                    409, "ConflictException", "Webhook with this subscriber url already exists"
                )
        w = Webhook(id=self.state.next_id("webhook"), user_id=ctx.user.id, **fields)
        self.state.webhooks[w.id] = w
        return self._ok(self._webhook_out(w), 201)

    def _get_webhook(self, ctx: _Ctx) -> Response:
        return self._ok(self._webhook_out(self._own_webhook(ctx)))

    def _update_webhook(self, ctx: _Ctx) -> Response:
        w = self._own_webhook(ctx)
        for k, v in self._webhook_fields(ctx.body_obj(), create=False).items():
            setattr(w, k, v)
        return self._ok(self._webhook_out(w))

    def _delete_webhook(self, ctx: _Ctx) -> Response:
        w = self._own_webhook(ctx)
        del self.state.webhooks[w.id]
        return self._ok(self._webhook_out(w))

    def _webhook_payload(
        self, trigger: str, b: Booking, previous: Booking | None
    ) -> dict[str, Any]:
        organizer = self.state.users.get(b.host_ids[0]) if b.host_ids else None
        payload: dict[str, Any] = {
            "type": b.event_type_slug,
            "title": b.title,
            "description": b.description,
            "startTime": format_utc(b.start),
            "endTime": format_utc(b.end),
            "length": b.duration,
            "organizer": {
                "id": organizer.id,
                "name": organizer.name,
                "email": organizer.email,
                "username": organizer.username,
                "timeZone": organizer.time_zone,
                "language": {"locale": "en"},
            }
            if organizer
            else None,
            "attendees": [
                {
                    "name": a.name,
                    "email": a.email,
                    "timeZone": a.time_zone,
                    "language": {"locale": a.language},
                }
                for a in b.attendees
            ],
            "team": None,
            "location": b.location,
            "uid": b.uid,
            "bookingId": b.id,
            "eventTypeId": b.event_type_id,
            "status": b.status.upper(),
            "metadata": dict(b.metadata),
            "responses": dict(b.booking_fields_responses),
        }
        if len(b.host_ids) > 1:
            members = [self.state.users[h] for h in b.host_ids[1:] if h in self.state.users]
            payload["team"] = {
                "members": [{"id": u.id, "name": u.name, "email": u.email} for u in members]
            }
        if b.cancellation_reason is not None:
            payload["cancellationReason"] = b.cancellation_reason
        if previous is not None:
            payload.update(
                {
                    "rescheduleUid": previous.uid,
                    "rescheduleId": previous.id,
                    "rescheduleStartTime": format_utc(previous.start),
                    "rescheduleEndTime": format_utc(previous.end),
                    "rescheduledBy": b.rescheduled_by_email,
                }
            )
        return payload

    def _emit(self, trigger: str, b: Booking, previous: Booking | None = None) -> None:
        hooks = [
            w
            for w in self.state.webhooks.values()
            if w.active and trigger in w.triggers and w.user_id in b.host_ids
        ]
        if not hooks:
            return
        envelope = {
            "triggerEvent": trigger,
            "createdAt": format_utc(self.now()),
            "payload": self._webhook_payload(trigger, b, previous),
        }
        raw = json.dumps(envelope, separators=(",", ":")).encode()
        for w in hooks:
            body = (
                render_template(w.payload_template, envelope).encode()
                if w.payload_template
                else raw
            )
            signature = sign(w.secret, body) if w.secret else NO_SECRET_SIGNATURE
            delivery = WebhookDelivery(
                webhook_id=w.id,
                trigger_event=trigger,
                url=w.subscriber_url,
                body=body,
                signature=signature,
            )
            self.state.deliveries.append(delivery)
            self._schedule_delivery(delivery)

    def _schedule_delivery(self, delivery: WebhookDelivery) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            deferred = _DEFERRED.get()
            if deferred is not None:
                deferred.append(delivery)
            else:
                delivery.error = "no running event loop to deliver from"
                self._completed += 1
            return
        task = loop.create_task(self._run_delivery(delivery))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_delivery(self, delivery: WebhookDelivery) -> None:
        try:
            try:
                loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is None:
                async with httpx.AsyncClient(timeout=5.0, trust_env=False) as client:
                    await deliver(client, delivery)
            else:
                if self._http is None or self._http_loop is not loop:
                    self._http = httpx.AsyncClient(timeout=5.0, trust_env=False)
                    self._http_loop = loop
                await deliver(self._http, delivery)
        except BaseException as exc:  # cancelled at shutdown, etc.
            if delivery.error is None and delivery.status_code is None:
                delivery.error = f"{type(exc).__name__}: delivery aborted"
            if not isinstance(exc, Exception):
                raise
        finally:
            self._completed += 1
            self.stats.webhook_attempts += 1
            if not delivery.ok:
                self.stats.webhook_failures += 1

    # ------------------------------------------------------------------ calendars
    def _get_calendars(self, ctx: _Ctx) -> Response:
        u = ctx.user
        calendar = {
            "externalId": u.email,
            "integration": "google_calendar",
            "name": u.email,
            "primary": True,
            "readOnly": False,
            "email": u.email,
            "isSelected": True,
            "credentialId": u.credential_id,
            "delegationCredentialId": None,
        }
        data = {
            "connectedCalendars": [
                {
                    "integration": {
                        "name": "Google Calendar",
                        "description": "Fake Google Calendar connected by the fake server",
                        "installed": True,
                        "type": "google_calendar",
                        "title": "Google Calendar",
                        "variant": "calendar",
                        "category": "calendar",
                        "categories": ["calendar"],
                        "logo": "/api/app-store/googlecalendar/logo.svg",
                        "publisher": "Cal.com",
                        "slug": "google-calendar",
                        "url": "https://cal.com/",
                        "email": "help@cal.com",
                        "locationOption": None,
                        "appData": None,
                        "dirName": "googlecalendar",
                    },
                    "credentialId": u.credential_id,
                    "delegationCredentialId": None,
                    "primary": dict(calendar),
                    "calendars": [dict(calendar)],
                }
            ],
            "destinationCalendar": {
                "id": u.credential_id,
                "integration": "google_calendar",
                "externalId": u.email,
                "primaryEmail": u.email,
                "userId": u.id,
                "eventTypeId": None,
                "credentialId": u.credential_id,
                "delegationCredentialId": None,
                "name": u.email,
                "primary": True,
                "readOnly": False,
                "email": u.email,
                "integrationTitle": "Google Calendar",
            },
        }
        return self._ok(data)

    def _get_busy_times(self, ctx: _Ctx) -> Response:
        q = ctx.query
        u = ctx.user
        for key in ("credentialId", "externalId", "dateFrom", "dateTo"):
            if not q.get(key):
                _fail(f"{key} should not be empty", key)
        tz_name = q.get("timeZone") or q.get("loggedInUsersTz")
        if not tz_name:
            _fail("timeZone should not be empty", "timeZone")
        zone = get_zone(tz_name)
        if zone is None:
            _fail("timeZone must be a valid IANA time zone", "timeZone")
        try:
            credential_id = int(q["credentialId"])
        except ValueError:
            _fail("credentialId must be an integer number", "credentialId")
        if credential_id != u.credential_id or q["externalId"] != u.email:
            raise not_found("Calendar credential not found for this user")
        start = _instant(q["dateFrom"], "dateFrom", zone=zone)
        end = _instant(q["dateTo"], "dateTo", end_of_day=True, zone=zone)
        if end < start:
            _fail("dateTo must not be before dateFrom", "dateTo")
        busy = sorted(
            (
                b
                for b in self.state.overlapping(u.id, start, end)
                if b.status == "accepted" and b.start < end and b.end > start
            ),
            key=lambda b: (b.start, b.id),
        )
        return self._ok(
            [{"start": format_utc(b.start), "end": format_utc(b.end), "source": None} for b in busy]
        )


def _conflict_message(et: EventType) -> str:
    return CONFLICT_MESSAGE if et.team_id is None else TEAM_CONFLICT_MESSAGE


def _dt_attr(b: Booking, attr: str) -> datetime:
    value = getattr(b, attr)
    assert isinstance(value, datetime)
    return value


async def _discard(message: Message) -> None:
    return None
