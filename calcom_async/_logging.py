"""``CALCOM_LOG=debug`` (or ``info``): turn on the SDK's own logging without writing any code.

The SDK logs to the ``calcom_async`` logger tree (one debug line per HTTP attempt: method, path,
status, attempt, wait; never a key, token or query string). Normally that is silent unless the
application configures logging; the environment variable sets the level, and adds a stderr
handler only when the application has configured none (so lines are not printed twice).
"""

from __future__ import annotations

import logging
import os
import sys

__all__ = ["ENV_VAR", "setup_logging"]

ENV_VAR = "CALCOM_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


def setup_logging() -> None:
    """Apply ``CALCOM_LOG``; a no-op when it is unset or not ``debug``/``info``. Idempotent."""
    level = _LEVELS.get(os.environ.get(ENV_VAR, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("calcom_async")
    logger.setLevel(level)
    if not logging.getLogger().handlers and not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
