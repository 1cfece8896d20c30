"""calcom-async: an async-first Python SDK for the Cal.com API v2.

Example::

    from calcom_async import AsyncCalcom, Attendee

    async with AsyncCalcom() as cal:            # the key comes from CALCOM_API_KEY
        me = await cal.me.get()
        async for booking in cal.bookings.list(status="upcoming"):
            print(booking.uid, booking.start)
"""

from ._client import AsyncCalcom, RawResponse
from ._errors import (
    AmbiguousRequestError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CalcomError,
    CalcomValueError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    SlotUnavailableError,
    TokenExpiredError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._logging import setup_logging as _setup_logging
from ._pagination import AsyncPaginator, Page
from ._types import Attendee, Availability, DateOverride, Guest, Host
from ._version import __version__
from ._waits import WaitEvent
from ._webhooks import sign_webhook_body, verify_webhook_signature
from .bulk import BookingOutcome, BookingRequest, BulkSummary, ProgressEvent, summarize

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousRequestError",
    "AsyncCalcom",
    "AsyncPaginator",
    "Attendee",
    "AuthenticationError",
    "Availability",
    "BadRequestError",
    "BookingOutcome",
    "BookingRequest",
    "BulkSummary",
    "CalcomError",
    "CalcomValueError",
    "ConfigurationError",
    "ConflictError",
    "DateOverride",
    "Guest",
    "Host",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "ProgressEvent",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "SlotUnavailableError",
    "TokenExpiredError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "WaitEvent",
    "__version__",
    "sign_webhook_body",
    "summarize",
    "verify_webhook_signature",
]

_setup_logging()  # CALCOM_LOG=debug
