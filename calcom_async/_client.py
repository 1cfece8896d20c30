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
import copy
import dataclasses
import functools
import os
import sys
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._auth import BearerAuth, TokenRefresher
from ._errors import CalcomError, CalcomValueError, ConfigurationError, error_from_response
from ._inflight import DEFAULT_MAX_IN_FLIGHT, InFlightLimit, in_flight_cap
from ._keys import AccessToken, resolve_credential, validate_base_url
from ._options import (
    RequestOptions,
    current_request_options,
    reset_request_options,
    set_request_options,
)
from ._response_validation import validation_error
from ._retry import RetryPolicy
from ._transport import (
    HTTPX_ERRORS,
    CallSlot,
    ClientTransport,
    RetryingTransport,
    TransportStats,
    as_calcom_error,
    call_slot,
    retry_after,
)
from ._validate import check_client_parts, client_timeout
from ._version import __version__
from ._waits import WaitHook

if TYPE_CHECKING:
    from calcom_v2_client import Client as _GeneratedClient
    from calcom_v2_client.types import Response as _GeneratedResponse

    from ._pacing import AdaptivePacer
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


# Dataclasses and plain classes rather than attrs in the modules ``import calcom_async`` loads:
# attrs alone would add ~10 ms to that import. It arrives with the generated models instead.
@dataclass
class RawResponse:
    """The HTTP response behind the calls made inside :meth:`AsyncCalcom.raw_response`.

    ``response`` is the last final response (after retries); ``responses`` all of them in order.
    """

    responses: list[httpx.Response] = dataclasses.field(default_factory=list)

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


# The final response of the call running in this task (the transport fills the slot).
_current = call_slot
_captures: contextvars.ContextVar[RawResponse | None] = contextvars.ContextVar(
    "calcom_async_raw_capture", default=None
)


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
        access_token: instead of a key, a managed user's or OAuth app's access token (defaults
            to ``CALCOM_ACCESS_TOKEN`` when no key is set); same handling as the key. An
            expired token is answered 498: :class:`TokenExpiredError`.
        refresh_access_token: ``async () -> str`` returning a fresh access token; called once
            when a request meets 498, which is then sent again with the new token (concurrent
            requests share one refresh).
        base_url: the API's origin; defaults to ``CALCOM_BASE_URL``, else https://api.cal.com.
            Must be https, except for loopback hosts (a local fake server).
        timeout: seconds for each HTTP attempt (or an ``httpx.Timeout``).
        max_retries: retries after the first attempt (429s, 5xx, connection errors; see
            ``_retry.py`` for which requests are safe to retry).
        max_rate_limit_wait: the longest one call will wait for the rate limit (a 429's stated
            wait, or the pacer's) before raising :class:`RateLimitError`; a wait known to be
            longer raises at once, without sending.
        pacing: share one adaptive limiter between all concurrent calls of this client, learnt
            from the ``X-RateLimit-*`` headers, so bulk work stays under the limit.
        rate_limit_store: share that limiter's budget with every client using the same key, in
            any process or machine: a ``redis://`` URL or a ``redis.asyncio.Redis`` client
            (extra ``calcom-async[redis]``; asyncio only: under trio, and while Redis is
            unreachable, the client paces on its own, with a warning). The budget is stored
            under a hash of the key, never the key.
        max_in_flight: the most requests this client has in flight at once (default 32, below
            the pool's 100 connections); more wait their turn in a plain queue, which is much
            cheaper than httpcore's pool queue.
        http_client: an ``httpx.AsyncClient`` to send through (its pool, proxies and TLS
            settings); the caller keeps ownership and closes it. Its ``follow_redirects`` is
            ignored: the SDK never follows a redirect (a 3xx raises ``APIStatusError``).
        transport: the innermost httpx transport, e.g. ``FakeCalcom().transport()`` in tests.
        default_headers: extra headers sent with every request (not ``Authorization``: use
            ``api_key``/``access_token``).
        on_wait: called with a :class:`~calcom_async.WaitEvent` (``reason``, ``seconds``,
            ``limit``) whenever a call starts to wait: for the rate limiter, for a 429's reset,
            or before a retry. Meant for progress displays; it must not block, and exceptions
            it raises are logged and ignored.

    One client holds one connection pool; share it between tasks rather than creating one per
    call (:meth:`with_options` gives a view with other defaults on the same pool). Use it as an
    async context manager, or call :meth:`aclose`; a closed client raises
    :class:`ConfigurationError`.
    Set ``CALCOM_LOG=debug`` to see one log line per HTTP attempt.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        access_token: str | None = None,
        refresh_access_token: TokenRefresher | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = RetryPolicy().max_retries,
        max_rate_limit_wait: float = RetryPolicy().max_rate_limit_wait,
        pacing: bool = True,
        rate_limit_store: object = None,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        on_wait: WaitHook | None = None,
    ) -> None:
        self._key = resolve_credential(api_key, access_token)
        if refresh_access_token is not None and not isinstance(self._key, AccessToken):
            raise ConfigurationError("refresh_access_token needs an access token, not an API key")
        headers = _default_headers(default_headers)
        self._base_url = validate_base_url(
            base_url or os.environ.get("CALCOM_BASE_URL") or DEFAULT_BASE_URL
        )
        http_timeout = client_timeout(timeout)
        check_client_parts(pacing=pacing, http_client=http_client, transport=transport)
        self._policy = RetryPolicy(max_retries=max_retries, max_rate_limit_wait=max_rate_limit_wait)
        self._pacer: AdaptivePacer | None = None
        if pacing or rate_limit_store is not None:
            # Imported with the first client that paces: the pacer is a third of what the SDK
            # itself would add to ``import calcom_async``.
            from ._pacing_setup import make_pacer

            self._pacer = make_pacer(pacing, rate_limit_store, self._key.reveal(), on_wait)
        inner: httpx.AsyncBaseTransport = (
            ClientTransport(http_client)
            if http_client is not None
            else transport or httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100))
        )
        inner = InFlightLimit(inner, in_flight_cap(max_in_flight))
        self._transport = RetryingTransport(
            inner, policy=self._policy, pacer=self._pacer, on_wait=on_wait
        )
        self._http = httpx.AsyncClient(
            base_url=str(self._base_url),
            timeout=http_timeout,
            transport=self._transport,
            auth=BearerAuth(self._key, refresh_access_token),
            headers={"User-Agent": f"calcom-async/{__version__}", **headers},
        )
        self._defaults = RequestOptions()  # per-call defaults; set by with_options()
        self._owns_pool = True
        self._closed = False

    @functools.cached_property
    def _generated(self) -> _GeneratedClient:
        """The generated layer's client, on our ``httpx.AsyncClient`` (built on first use: it
        brings in the generated package and attrs, which ``import calcom_async`` does not)."""
        from calcom_v2_client import Client

        return Client(base_url=str(self._base_url)).set_async_httpx_client(self._http)

    # Resources are imported on first use: they pull in the generated models (~100 modules), which
    # would otherwise dominate ``import calcom_async``.
    @functools.cached_property
    def me(self) -> MeResource:
        """The authenticated user: ``await cal.me.get()``."""
        from .resources.me import MeResource

        return MeResource(self)

    @functools.cached_property
    def event_types(self) -> EventTypes:
        """Event types: list, get, create, update, delete; ``.webhooks``, ``.private_links``."""
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
        """Teams, plain or of an organization (``org_id=``): list, get, create, update, delete,
        my_teams, invite, bookings, booking_references, schedules; ``.event_types``,
        ``.memberships``."""
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
        kind = "access_token" if isinstance(self._key, AccessToken) else "api_key"
        return f"AsyncCalcom(base_url={str(self._base_url)!r}, {kind}={self._key!r})"

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

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Self:
        """A client with other defaults for ``timeout`` / ``max_retries``, on the same pool.

        The copy shares this client's connection pool, pacer, stats and credential; only the
        per-call defaults differ (a method's own ``timeout=``/``max_retries=`` still win). It is
        cheap: make one per call site if you like. Closing the copy does not close the pool --
        closing the original does, for every copy.

        Example::

            patient = cal.with_options(timeout=120, max_retries=5)
            await patient.bookings.create(...)

        Raises:
            CalcomValueError: a non-positive timeout or negative retries.
        """
        clone = copy.copy(self)
        clone._defaults = RequestOptions(timeout=timeout, max_retries=max_retries).merged_over(
            self._defaults
        )
        clone._owns_pool = False
        clone._closed = False
        # Resources are cached per client and hold it: the copy makes its own.
        for name in [n for n in vars(clone) if isinstance(getattr(type(self), n, None), _Cached)]:
            del clone.__dict__[name]
        return clone

    @property
    def is_closed(self) -> bool:
        """Whether :meth:`aclose` was called on this client (or on the one it was copied from)."""
        return self._closed or self._http.is_closed

    @property
    def on_wait(self) -> WaitHook | None:
        """The hook called with each :class:`~calcom_async.WaitEvent` (settable at any time)."""
        return self._transport.on_wait

    @on_wait.setter
    def on_wait(self, hook: WaitHook | None) -> None:
        self._transport.on_wait = hook
        if self._pacer is not None:
            self._pacer.on_wait = hook

    async def aclose(self) -> None:
        """Close the connection pool (not an injected ``http_client``, which the caller owns).

        On a :meth:`with_options` copy this only closes the copy; the pool stays open.
        """
        self._closed = True
        if self._owns_pool:
            try:
                await self._http.aclose()
            finally:
                if self._pacer is not None:
                    await self._pacer.aclose()

    def _call_options(
        self, timeout: float | None, max_retries: int | None
    ) -> RequestOptions | None:
        """Refuse calls on a closed client; the options this call runs with, merged over any
        enclosing ``request_options`` block (the call's win, then the client's defaults).

        ``None`` when the call changes nothing, the common case: the request path then sets no
        context variable at all.
        """
        # A closed user-supplied http_client is reported by ClientTransport, naming it.
        if self._closed or self._http.is_closed:
            raise ConfigurationError(
                "this AsyncCalcom client is closed (aclose() was called, or its async with "
                "block has ended); create a new client"
            )
        if timeout is None and max_retries is None:
            if self._defaults.is_default:
                return None
            own = self._defaults
        else:
            own = RequestOptions(timeout=timeout, max_retries=max_retries).merged_over(
                self._defaults
            )
        return own.merged_over(current_request_options())

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

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        api_version: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Send any Cal.com v2 request; return the answer's ``data`` as plain JSON.

        The escape hatch for operations without a typed method. The request goes through
        the same transport as every method (the key, pacing, 429 waits, retry and ambiguity
        rules by HTTP method) and errors are the same typed exceptions. ``path`` is a template
        whose ``{placeholders}`` are taken from ``params`` (checked and percent-encoded as one
        path segment each); the other ``params`` form the query string (lists repeat the key,
        aware datetimes are sent in UTC, booleans as ``true``/``false``). ``json`` is the body.
        ``api_version`` sets ``cal-api-version``: pass the value the endpoint needs (bookings
        ``2024-08-13``, slots ``2024-09-04``, event types ``2024-06-14``, schedules
        ``2024-06-11``); without it Cal.com falls back to an older version.

        Returns ``data`` from Cal.com's ``{"status": "success", "data": ...}`` envelope (None
        when there is none; a body without the envelope is returned whole). Use
        :meth:`raw_response` for the status, headers or fields beside ``data``.

        Example::

            apps = await cal.request("GET", "/v2/conferencing")
            refs = await cal.request(
                "GET", "/v2/bookings/{uid}/references",
                params={"uid": booking.uid, "type": "daily_video"}, api_version="2024-08-13",
            )

        Raises:
            CalcomValueError: bad arguments (a path not under ``/v2/``, a dot segment, a
                placeholder without its parameter, a value that is not JSON...); nothing sent.
        """
        from . import _raw_request as raw

        prepared = raw.prepare(method, path, params, json, api_version)
        result = await self._request(
            raw.send, raw.RawData, timeout=timeout, max_retries=max_retries, request=prepared
        )
        return result.data

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
        options = self._call_options(timeout, max_retries)
        slot = CallSlot()
        token = _current.set(slot)
        options_token = None if options is None else set_request_options(options)
        try:
            result = await endpoint(client=self._generated, **kwargs)
        except HTTPX_ERRORS as exc:  # raised by httpx before the transport, e.g. the URL
            raise as_calcom_error(exc) from exc
        except CalcomError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            if slot.response is None:
                # Raised before anything was sent: the generated layer refused the input.
                raise CalcomValueError(f"could not build the request: {exc}") from exc
            if not slot.response.is_error:
                raise validation_error(exc, slot.response, expect) from exc
            # An error status whose body is not Cal.com's envelope (say an HTML page): the
            # typed status error below is built from the raw response.
            result = None
        finally:
            if options_token is not None:
                reset_request_options(options_token)
            _current.reset(token)
        response = slot.response
        capture = _captures.get()
        if capture is not None and response is not None:
            capture.responses.append(response)
        if response is not None and 400 <= response.status_code <= 599:  # response.is_error
            raise error_from_response(response, retry_after=retry_after(response))
        parsed = None if result is None else result.parsed
        if not isinstance(parsed, expect):
            status = response.status_code if response is not None else "?"
            raise CalcomError(
                f"unexpected HTTP {status} response: expected {expect.__name__}, "
                f"got {type(parsed).__name__}"
            )
        return parsed


_Cached = functools.cached_property


def _default_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise ConfigurationError("default_headers must be a mapping of str to str")
    if any(k.lower() == "authorization" for k in headers):
        raise ConfigurationError(
            "default_headers must not set Authorization: pass api_key= or access_token="
        )
    return dict(headers)
