"""The one exception hierarchy of calcom-async.

Everything the SDK raises on purpose derives from :class:`CalcomError`::

    CalcomError
    ├── ConfigurationError          bad client set-up (missing or malformed key, unsafe base_url)
    ├── CalcomValueError (+ValueError)  bad call input, raised before any request is sent
    ├── APIConnectionError          no HTTP response (connect failure, dropped connection)
    │   └── APITimeoutError
    ├── AmbiguousRequestError       a non-idempotent request may or may not have been applied
    └── APIStatusError              the API answered with a 4xx/5xx status
        ├── BadRequestError         400
        │   └── SlotUnavailableError  the requested time cannot be booked (taken, no host free)
        ├── AuthenticationError     401
        ├── PermissionDeniedError   403
        ├── NotFoundError           404
        ├── ConflictError           409
        ├── UnprocessableEntityError 422
        ├── RateLimitError          429
        └── InternalServerError     5xx

Messages never contain the API key: they are built from the method, the path (never the full URL
with query secrets) and Cal.com's own error envelope.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

__all__ = [
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
    "SlotUnavailableError",
    "UnprocessableEntityError",
    "error_from_response",
]


class CalcomError(Exception):
    """Base class of every error raised by calcom-async."""


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


class APIStatusError(CalcomError):
    """The API answered with an error status.

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
        self.message = message
        self.code = code
        self.details = details
        self.response = response
        self.request_id = response.headers.get("x-request-id")
        method = response.request.method if _has_request(response) else ""
        path = response.request.url.path if _has_request(response) else ""
        where = f" ({method} {path})" if method else ""
        rid = f" [request id {self.request_id}]" if self.request_id else ""
        super().__init__(f"{self.status_code} {code or 'error'}: {message}{where}{rid}")


class BadRequestError(APIStatusError):
    """400: the API rejected the request's content (for example a taken slot)."""


class SlotUnavailableError(BadRequestError):
    """The requested time cannot be booked: the slot is taken, no host is free, the seats are
    full, or the start is outside the event type's booking window.

    Recognised from Cal.com's messages and error codes (``"User either already has booking at
    this time or is not available"``, ``no_available_users_found_error``, ...), so callers need
    not match message text. Cal.com answers these with 400; the rare 409 variants (a booking
    conflict, full seats) raise a subclass that is also a :class:`ConflictError`.
    """


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


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

    ``retry_after`` is the server's wait in seconds, when it gave one.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        details: Any = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, response=response, code=code, details=details)
        self.retry_after = retry_after


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
}


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
    r"|booking_time_out_of_bounds_error|booking_not_allowed_by_restriction_schedule_error",
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
    if isinstance(body, dict):
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


def error_from_response(
    response: httpx.Response, *, retry_after: float | None = None
) -> APIStatusError:
    """Build the typed error for an error response (status >= 400)."""
    message, code, details = _envelope(response)
    status = response.status_code
    if status == 429:
        return RateLimitError(
            message, response=response, code=code, details=details, retry_after=retry_after
        )
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    if status in (400, 409) and _SLOT_UNAVAILABLE.search(message):
        cls = SlotUnavailableError if status == 400 else _SlotConflictError
    return cls(message, response=response, code=code, details=details)
