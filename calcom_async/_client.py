"""``AsyncCalcom``: configuration, the API key, one shared connection pool, the resources.

How a call travels::

    cal.bookings.get(uid)                     resources/bookings.py: validate, build the body
      └─ AsyncCalcom._request(...)            the one request path: options, errors, unwrapping
           └─ calcom_v2_client ... asyncio_detailed(...)   generated: wire shapes, cal-api-version
                └─ httpx.AsyncClient          one per AsyncCalcom, shared by every task
                     └─ RetryingTransport     retries, 429 waits, pacing, logging (_transport.py)
                          └─ the real transport (HTTP, or an ASGI app for the fake server)

Everything that applies to every request lives in the transport or in ``_request``; resources
only translate Pythonic arguments to the generated functions' arguments.
"""

from __future__ import annotations

import contextvars
import functools
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager, suppress
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx
from calcom_v2_client import Client as _GeneratedClient
from calcom_v2_client.types import Response as _GeneratedResponse

from ._errors import CalcomError, error_from_response
from ._keys import ApiKey, validate_base_url
from ._options import request_options
from ._pacing import AdaptivePacer
from ._retry import RetryPolicy
from ._transport import RetryingTransport, TransportStats, retry_after
from ._validate import check_client_parts, client_timeout

if TYPE_CHECKING:
    from .resources.bookings import Bookings
    from .resources.calendars import Calendars
    from .resources.event_types import EventTypes
    from .resources.me import MeResource
    from .resources.schedules import Schedules
    from .resources.slots import Slots
    from .resources.teams import Teams
    from .resources.webhooks import Webhooks

if sys.version_info >= (3, 11):
    from typing import Self
else:  # pragma: no cover
    Self = Any

__all__ = ["DEFAULT_BASE_URL", "AsyncCalcom", "RawResponse"]

T = TypeVar("T")
DEFAULT_BASE_URL = "https://api.cal.com"
DEFAULT_TIMEOUT = 30.0
_VERSION = "0.1.0"


@attrs.define
class RawResponse:
    """The HTTP response behind the calls made inside :meth:`AsyncCalcom.raw_response`.

    ``response`` is the last final response (after retries); ``responses`` all of them in order.
    """

    responses: list[httpx.Response] = attrs.field(factory=list)

    @property
    def response(self) -> httpx.Response:
        if not self.responses:
            raise LookupError("no call has completed inside this raw_response() block yet")
        return self.responses[-1]

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def rate_limits(self) -> dict[str, dict[str, int]]:
        """``{"default": {"limit": 120, "remaining": 87, "reset": 41}, ...}`` from the headers."""
        limits: dict[str, dict[str, int]] = {}
        for key, value in self.response.headers.items():
            for field in ("limit", "remaining", "reset"):
                prefix = f"x-ratelimit-{field}-"
                if key.lower().startswith(prefix):
                    with suppress(ValueError):
                        limits.setdefault(key[len(prefix) :], {})[field] = int(float(value))
        return limits


@attrs.define
class _Slot:
    response: httpx.Response | None = None


# The final response of the call running in this task, captured by an httpx response hook.
_current: contextvars.ContextVar[_Slot | None] = contextvars.ContextVar(
    "calcom_async_current_response", default=None
)
_captures: contextvars.ContextVar[RawResponse | None] = contextvars.ContextVar(
    "calcom_async_raw_capture", default=None
)


async def _capture_response(response: httpx.Response) -> None:
    slot = _current.get()
    if slot is not None:
        slot.response = response


class _ClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller-supplied ``httpx.AsyncClient``, so its pool and settings are used
    while the SDK's retry layer still sits in front of it."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)


class AsyncCalcom:
    """Async client for the Cal.com API v2.

    Example::

        async with AsyncCalcom() as cal:              # key from CALCOM_API_KEY
            me = await cal.me.get()
            async for booking in cal.bookings.list(status="upcoming"):
                print(booking.uid, booking.start)

    Args:
        api_key: a ``cal_...`` key; defaults to the ``CALCOM_API_KEY`` environment variable.
            Validated here (:class:`ConfigurationError`), sent only as ``Authorization: Bearer``
            and never shown in reprs, logs or errors.
        base_url: the API's origin; defaults to ``CALCOM_BASE_URL``, else https://api.cal.com.
            Must be https, except for loopback hosts (a local fake server).
        timeout: seconds for each HTTP attempt (or an ``httpx.Timeout``).
        max_retries: retries after the first attempt (429s, 5xx, connection errors; see
            ``_retry.py`` for which requests are safe to retry).
        max_rate_limit_wait: the longest the SDK will wait on a 429 before raising
            :class:`RateLimitError`.
        pacing: share one adaptive limiter between all concurrent calls of this client, learnt
            from the ``X-RateLimit-*`` headers, so bulk work stays under the limit.
        http_client: an ``httpx.AsyncClient`` to send through (its pool, proxies and TLS
            settings); the caller keeps ownership and closes it.
        transport: the innermost httpx transport, e.g. ``FakeCalcom().transport()`` in tests.

    One client holds one connection pool; share it between tasks rather than creating one per
    call. Use it as an async context manager, or call :meth:`aclose`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = RetryPolicy().max_retries,
        max_rate_limit_wait: float = RetryPolicy().max_rate_limit_wait,
        pacing: bool = True,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._key = ApiKey.resolve(api_key)
        self._base_url = validate_base_url(
            base_url or os.environ.get("CALCOM_BASE_URL") or DEFAULT_BASE_URL
        )
        http_timeout = client_timeout(timeout)
        check_client_parts(pacing=pacing, http_client=http_client, transport=transport)
        self._policy = RetryPolicy(max_retries=max_retries, max_rate_limit_wait=max_rate_limit_wait)
        self._pacer = AdaptivePacer() if pacing else None
        inner: httpx.AsyncBaseTransport = (
            _ClientTransport(http_client)
            if http_client is not None
            else transport or httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100))
        )
        self._transport = RetryingTransport(inner, policy=self._policy, pacer=self._pacer)
        self._http = httpx.AsyncClient(
            base_url=str(self._base_url),
            timeout=http_timeout,
            transport=self._transport,
            headers={
                "Authorization": self._key.authorization_header(),
                "User-Agent": f"calcom-async/{_VERSION}",
            },
            event_hooks={"response": [_capture_response]},
        )
        self._generated = _GeneratedClient(base_url=str(self._base_url)).set_async_httpx_client(
            self._http
        )

    # Resources are imported on first use: they pull in the generated models (~100 modules), which
    # would otherwise dominate ``import calcom_async``.
    @functools.cached_property
    def me(self) -> MeResource:
        """The authenticated user: ``await cal.me.get()``."""
        from .resources.me import MeResource

        return MeResource(self)

    @functools.cached_property
    def event_types(self) -> EventTypes:
        """Event types: list, get, create, update, delete."""
        from .resources.event_types import EventTypes

        return EventTypes(self)

    @functools.cached_property
    def slots(self) -> Slots:
        """Free slots of an event type, grouped by date."""
        from .resources.slots import Slots

        return Slots(self)

    @functools.cached_property
    def bookings(self) -> Bookings:
        """Bookings: list, get, find, create, create_many, cancel, reschedule, confirm, decline."""
        from .resources.bookings import Bookings

        return Bookings(self)

    @functools.cached_property
    def schedules(self) -> Schedules:
        """Schedules: list, get_default, get, create, update, delete."""
        from .resources.schedules import Schedules

        return Schedules(self)

    @functools.cached_property
    def teams(self) -> Teams:
        """Organization teams and their event types."""
        from .resources.teams import Teams

        return Teams(self)

    @functools.cached_property
    def webhooks(self) -> Webhooks:
        """Webhooks: list, get, create, update, delete."""
        from .resources.webhooks import Webhooks

        return Webhooks(self)

    @functools.cached_property
    def calendars(self) -> Calendars:
        """Connected calendars and their busy times."""
        from .resources.calendars import Calendars

        return Calendars(self)

    def __repr__(self) -> str:
        return f"AsyncCalcom(base_url={str(self._base_url)!r}, api_key={self._key!r})"

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def is_test_key(self) -> bool:
        """Whether the key is a ``cal_test_`` key."""
        return self._key.is_test_key

    @property
    def stats(self) -> TransportStats:
        """Counters of every attempt this client made: requests, retries, 429s, waits."""
        return self._transport.stats

    @property
    def pacer(self) -> AdaptivePacer | None:
        return self._pacer

    async def aclose(self) -> None:
        """Close the connection pool (not an injected ``http_client``, which the caller owns)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @contextmanager
    def raw_response(self) -> Iterator[RawResponse]:
        """Capture the HTTP responses of the calls made inside the block (in this task).

        Example::

            with cal.raw_response() as raw:
                booking = await cal.bookings.get(uid)
            print(raw.status_code, raw.rate_limits["default"]["remaining"])
        """
        capture = RawResponse()
        token = _captures.set(capture)
        try:
            yield capture
        finally:
            _captures.reset(token)

    async def _request(
        self,
        endpoint: Callable[..., Awaitable[_GeneratedResponse[Any]]],
        expect: type[T],
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> T:
        """Call one generated endpoint; return its parsed ``expect`` body or raise a typed error.

        This is the single request path of the facade: per-call options go to the transport
        through a context variable, error statuses become :class:`APIStatusError` subclasses
        (built from the real response, whatever its body), and the body is checked to be the
        model the caller expects.
        """
        slot = _Slot()
        token = _current.set(slot)
        try:
            with request_options(timeout=timeout, max_retries=max_retries):
                try:
                    result = await endpoint(client=self._generated, **kwargs)
                except (ValueError, KeyError, TypeError) as exc:
                    # The generated parser choked on the body (say an HTML error page).
                    if slot.response is not None and slot.response.is_error:
                        result = None
                    else:
                        raise CalcomError(f"could not parse the API's response: {exc}") from exc
        finally:
            _current.reset(token)
        response = slot.response
        capture = _captures.get()
        if capture is not None and response is not None:
            capture.responses.append(response)
        if response is not None and response.is_error:
            raise error_from_response(response, retry_after=retry_after(response))
        parsed = None if result is None else result.parsed
        if not isinstance(parsed, expect):
            status = response.status_code if response is not None else "?"
            raise CalcomError(
                f"unexpected HTTP {status} response: expected {expect.__name__}, "
                f"got {type(parsed).__name__}"
            )
        return parsed
