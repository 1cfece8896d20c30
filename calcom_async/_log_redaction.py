"""Credentials are cut out of httpx's and httpcore's log lines.

At DEBUG, httpcore logs every response's headers (``receive_response_headers.complete
return_value=(b'HTTP/1.1', 200, b'OK', [(b'X-Echo', b'Bearer cal_...')])``): a proxy or server
that echoes the request's ``Authorization`` header would put the API key into the
application's logs, which the SDK's own lines never do. A filter on those loggers passes each of
their records through :func:`~calcom_async._redact.redact_secrets`. Filters run only for records
that are emitted, so with DEBUG off this costs nothing; installed once per process, on import,
it touches only text shaped like a ``cal_`` key, a bearer token or a JWT.
"""

from __future__ import annotations

import logging

from ._redact import redact_secrets

__all__ = ["LOGGERS", "redact_http_logs"]

#: The loggers of httpx (one INFO line per request) and httpcore (DEBUG traces).
LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class _RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_secrets(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = _RedactSecrets()


def redact_http_logs() -> None:
    """Attach the redacting filter to :data:`LOGGERS` (idempotent)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
