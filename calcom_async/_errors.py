"""The one exception hierarchy of calcom-async.

Everything the SDK raises on purpose derives from :class:`CalcomError`::

    CalcomError
    ├── ConfigurationError          bad client set-up (missing or malformed key, unsafe base_url)
    ├── CalcomValueError (+ValueError)  bad call input, raised before any request is sent
    ├── APIConnectionError          no HTTP response (connect failure, dropped connection)
    │   └── APITimeoutError
    ├── AmbiguousRequestError       a non-idempotent request may or may not have been applied
    ├── WebhookVerificationError    a webhook delivery's signature is missing or wrong
    ├── ResponseValidationError     a 2xx answer holds a value the SDK cannot use (names the field)
    └── APIStatusError              the API answered with a 4xx/5xx status
        ├── BadRequestError         400
        │   └── SlotUnavailableError  the requested time cannot be booked (taken, no host free)
        ├── AuthenticationError     401
        │   └── TokenExpiredError   498 (an expired access token)
        ├── PermissionDeniedError   403
        ├── NotFoundError           404
        ├── ConflictError           409
        ├── UnprocessableEntityError 422
        ├── RateLimitError          429
        └── InternalServerError     5xx

Messages never contain the API key: they are built from the method, the path (never the full URL
with query secrets) and Cal.com's own error envelope, and every message, code and detail that came
from the server (or a proxy echoing request headers) is passed through
:func:`~calcom_async._redact.redact_secrets`. Errors pickle (multiprocessing, task queues) and
round-trip through ``pickle.loads``: an attached request keeps only its method and URL, an
attached response its status, headers and body, scrubbed of anything key-shaped.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from ._redact import redact_secrets

__all__ = [
    "RATE_LIMIT_EXTENSION",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousRequestError",
    "AuthenticationError",
    "BadRequestError",
    "CalcomError",
    "CalcomValueError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "SlotUnavailableError",
    "TokenExpiredError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "error_from_response",
]


RATE_LIMIT_EXTENSION = "calcom_rate_limit"
"""``response.extensions`` key naming the exhausted limit of a 429, for ``RateLimitError.limit``."""


class CalcomError(Exception):
    """Base class of every error raised by calcom-async.

    String arguments are scrubbed of anything key-shaped on the way in, so ``str(exc)``,
    tracebacks and pickles of any subclass are safe even when the text quotes a server.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact_secrets(a) if isinstance(a, str) else a for a in args))

    def __reduce__(self) -> tuple[Any, ...]:
        # The default reduction re-calls ``cls(*args)``, which breaks on keyword-only
        # constructors, and pickles attached requests with their Authorization header.
        state = {name: _scrubbed(value) for name, value in vars(self).items()}
        return (_rebuild, (type(self), self.args, state))


class ConfigurationError(CalcomError):
    """The client is set up wrongly (for example a missing or malformed API key)."""


class CalcomValueError(CalcomError, ValueError):
    """A call's input is invalid; raised before any request is sent."""


class APIConnectionError(CalcomError):
    """No HTTP response was received (the connection failed or was dropped).

    Raised for idempotent requests once retries are exhausted, and for non-idempotent ones only
    when the request provably never reached the server (otherwise see
    :class:`AmbiguousRequestError`).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out before a response arrived."""


class AmbiguousRequestError(CalcomError):
    """A non-idempotent request (POST/PATCH) failed in a way that leaves its effect unknown.

    The server may have applied it: the connection dropped after the request was sent, a read
    timed out, or a gateway answered 502/504. Retrying blindly could duplicate the effect (a
    second booking), so the SDK does not; reconcile first (look the object up), then retry.
    ``cause`` is the underlying exception or status error.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.request = request
        self.response = response


class ResponseValidationError(CalcomError):
    """A successful answer holds a value the SDK cannot use, so no model could be built from it.

    Unknown enum values and extra fields never cause this (they are kept); a ``null`` or a number
    where a timestamp is required, a missing required field or a body that is not JSON do.

    Attributes:
        model: the schema the value belongs to, e.g. ``"Booking"`` (``None`` if the whole body is
            unusable).
        field: the field of ``model`` (its JSON name), e.g. ``"start"``.
        path: where the value sits in the body, e.g. ``"data[3].start"`` (``""`` for the body).
        value: the offending JSON value.
        reason: what was expected, e.g. ``"expected an ISO 8601 date-time string"``.
        body: the decoded JSON body (``None`` if it is not JSON); the bytes are in
            ``response.content``.
        response: the :class:`httpx.Response`.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        model: str | None = None,
        field: str | None = None,
        path: str = "",
        value: Any = None,
        reason: str = "",
    ) -> None:
        super().__init__(message)
        self.response = response
        self.body = body
        self.model = model
        self.field = field
        self.path = path
        self.value = value
        self.reason = reason


class WebhookVerificationError(CalcomError):
    """A webhook delivery's ``X-Cal-Signature-256`` is missing or does not match its body.

    Answer 401 and ignore the body: it may not come from Cal.com.
    """


class APIStatusError(CalcomError):
    """The API answered with an error status (or an unexpected 3xx redirect, never followed).

    Attributes:
        status_code: the HTTP status.
        message: Cal.com's message from its error envelope (or the reason phrase).
        code: Cal.com's error code, e.g. ``"NotFoundException"``, when the envelope has one.
        details: the envelope's ``details`` object, when present.
        request_id: the ``X-Request-Id`` response header, when present.
        response: the :class:`httpx.Response`.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        details: Any = None,
    ) -> None:
        self.status_code = response.status_code
        # Server-supplied text: a proxy may have echoed the request's Authorization header.
        self.message = redact_secrets(message)
        self.code = None if code is None else redact_secrets(code)
        self.details = _redact_json(details)
        self.response = response
        self.request_id = response.headers.get("x-request-id")
        method = response.request.method if _has_request(response) else ""
        path = response.request.url.path if _has_request(response) else ""
        where = f" ({method} {path})" if method else ""
        rid = f" [request id {self.request_id}]" if self.request_id else ""
        super().__init__(f"{self.status_code} {self.code or 'error'}: {self.message}{where}{rid}")


class BadRequestError(APIStatusError):
    """400: the API rejected the request's content (for example a taken slot)."""


class SlotUnavailableError(BadRequestError):
    """The requested time cannot be booked: the slot is taken or held by someone else's
    reservation, no host is free, the seats are full, or the start is outside the event type's
    booking window.

    Recognised from Cal.com's messages and error codes (``"User either already has booking at
    this time or is not available"``, ``no_available_users_found_error``, ...), so callers need
    not match message text. Cal.com answers these with 400; the rare 409 variants (a booking
    conflict, full seats) raise a subclass that is also a :class:`ConflictError`.
    """


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class TokenExpiredError(AuthenticationError):
    """498: the access token has expired; refresh it (see ``refresh_access_token=``)."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such object (or not visible to this key)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: the rate limit is exhausted and the SDK will not (or may no longer) wait.

    Attributes:
        retry_after: seconds until a request may succeed, when known (the server's figure, or
            the pacer's for a call refused without sending).
        limit: the exhausted named limit (``"default"``, ...), when known.
        sent: ``False`` when the client refused the call **without sending it**, because its
            pacer already knew the limit stays exhausted for longer than the call may wait
            (``max_rate_limit_wait``, a per-call ``timeout``, or ``max_retries=0``). ``response``
            is then a synthetic 429 describing that wait (a ``Retry-After`` header, no body),
            not something the server said.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        details: Any = None,
        retry_after: float | None = None,
        limit: str | None = None,
        sent: bool = True,
    ) -> None:
        super().__init__(message, response=response, code=code, details=details)
        self.retry_after = retry_after
        self.limit = limit
        self.sent = sent


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    498: TokenExpiredError,
}


def _rebuild(cls: type[CalcomError], args: tuple[Any, ...], state: dict[str, Any]) -> CalcomError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _scrubbed(value: Any) -> Any:
    """*value* as it may be pickled: requests and responses reduced to what is safe to keep."""
    if isinstance(value, httpx.Request):
        return httpx.Request(value.method, value.url)  # no headers (the key), no body (PII)
    if isinstance(value, httpx.Response):
        try:
            body = value.content
        except httpx.ResponseNotRead:
            body = b""
        text = redact_secrets(body.decode("utf-8", "surrogateescape"))
        # The body is kept decoded, so the headers that described its wire form must go.
        headers = [
            (name, redact_secrets(raw))
            for name, raw in value.headers.multi_items()
            if name not in _FRAMING_HEADERS
        ]
        request = _scrubbed(value.request) if _has_request(value) else None
        return httpx.Response(
            value.status_code,
            headers=headers,
            content=text.encode("utf-8", "surrogateescape"),
            request=request,
        )
    return value


_FRAMING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _SlotConflictError(SlotUnavailableError, ConflictError):
    """A 409 that says the slot cannot be booked: catchable as either class."""


# Cal.com's texts for a time that cannot be booked: the v2 booking service's messages and the
# core error codes that can surface verbatim (packages/lib/errorCodes.ts upstream).
_SLOT_UNAVAILABLE = re.compile(
    r"already has booking at this time or is not available"
    r"|can't be booked at the \"start\" time"
    r"|no_available_users_found_error|hosts?_unavailable_for_booking"
    r"|fixed_hosts_unavailable_for_booking|round_robin_host_unavailable_for_booking"
    r"|booking_seats_full_error|not_enough_available_seats_error|booking_conflict_error"
    r"|booking_time_out_of_bounds_error|booking_not_allowed_by_restriction_schedule_error"
    r"|reserved this booking time slot before you|reserved_slot_not_first_in_line",
    re.IGNORECASE,
)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when no request is attached
    except RuntimeError:
        return False
    return True


def _envelope(response: httpx.Response) -> tuple[str, str | None, Any]:
    """Message, code and details from Cal.com's error envelope, tolerating other bodies."""
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        body = None
    message: str | None = None
    code: str | None = None
    details: Any = None
    if 300 <= response.status_code < 400:
        location = response.headers.get("location")
        message = (
            f"unexpected redirect to {location!r}" if location else "unexpected redirect status"
        ) + "; calcom-async never follows redirects (check base_url)"
    elif isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            message = error.get("message") if isinstance(error.get("message"), str) else None
            code = error.get("code") if isinstance(error.get("code"), str) else None
            details = error.get("details")
        elif isinstance(error, str):
            code = error
        raw = body.get("message")
        if message is None and isinstance(raw, str):
            message = raw
        elif message is None and isinstance(raw, list):
            message = "; ".join(str(m) for m in raw)
    return message or response.reason_phrase or "error", code, details


def _redact_json(value: Any) -> Any:
    if isinstance(value, str):
        return redact_secrets(value)
    if isinstance(value, dict):
        return {_redact_json(k): _redact_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(v) for v in value]
    return value


def error_from_response(
    response: httpx.Response, *, retry_after: float | None = None
) -> APIStatusError:
    """Build the typed error for an error response (status >= 400, or an unexpected 3xx)."""
    message, code, details = _envelope(response)
    status = response.status_code
    if status == 429:
        limit = response.extensions.get(RATE_LIMIT_EXTENSION)
        return RateLimitError(
            message,
            response=response,
            code=code,
            details=details,
            retry_after=retry_after,
            limit=limit if isinstance(limit, str) else None,
        )
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    if status in (400, 409) and _SLOT_UNAVAILABLE.search(message):
        cls = SlotUnavailableError if status == 400 else _SlotConflictError
    return cls(message, response=response, code=code, details=details)
