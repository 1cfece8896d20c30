"""calcom-async: an async-first Python SDK for the Cal.com API v2.

Example::

    from calcom_async import AsyncCalcom, Attendee

    async with AsyncCalcom() as cal:            # the key comes from CALCOM_API_KEY
        me = await cal.me.get()
        async for booking in cal.bookings.list(status="upcoming"):
            print(booking.uid, booking.start)

``import calcom_async`` loads the client and the exceptions; the rest of the public names
(bulk booking, the input types, webhook signatures, pagination types) are imported on first
access (PEP 562), and the generated models on first use of a resource, so the import stays
within ~1.2x of ``import httpx`` (``scripts/bench_import.py`` measures it).
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncCalcom
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
from ._log_redaction import redact_http_logs as _redact_http_logs
from ._logging import setup_logging as _setup_logging
from ._version import __version__

if TYPE_CHECKING:
    from ._client import RawResponse
    from ._pagination import AsyncPaginator, Page
    from ._types import Attendee, Availability, DateOverride, Guest, Host
    from ._waits import WaitEvent
    from ._webhooks import sign_webhook_body, verify_webhook_signature
    from .bulk import BookingOutcome, BookingRequest, BulkSummary, ProgressEvent, summarize

# Public names loaded on first access: name -> the module that defines it.
_LAZY = {
    "RawResponse": "._client",
    "AsyncPaginator": "._pagination",
    "Page": "._pagination",
    "Attendee": "._types",
    "Availability": "._types",
    "DateOverride": "._types",
    "Guest": "._types",
    "Host": "._types",
    "WaitEvent": "._waits",
    "sign_webhook_body": "._webhooks",
    "verify_webhook_signature": "._webhooks",
    "BookingOutcome": ".bulk",
    "BookingRequest": ".bulk",
    "BulkSummary": ".bulk",
    "ProgressEvent": ".bulk",
    "summarize": ".bulk",
}


# Hidden from type checkers, which see the imports above instead: a visible module
# ``__getattr__`` would make them accept any misspelt name.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'calcom_async' has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later accesses skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_LAZY})


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
_redact_http_logs()  # httpcore's DEBUG lines print response headers
