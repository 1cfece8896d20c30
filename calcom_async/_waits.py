"""Waits made visible: the :class:`WaitEvent` every wait of a client reports as it begins.

The pacer (``_pacing.py``) waits before sending, the retrying transport (``_transport.py``)
between attempts; both describe each wait with a :class:`WaitEvent`, log it on the
``calcom_async`` loggers at DEBUG level and hand it to the client's ``on_wait`` hook
(``AsyncCalcom(on_wait=...)``), so a CLI can show "waiting 42 s for the rate limit 'default'"
instead of hanging silently. :class:`WaitTooLong` is how the pacer says a wait would exceed what
its caller allows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["WaitEvent", "WaitHook", "WaitReason", "WaitTooLong", "emit_wait"]

logger = logging.getLogger("calcom_async.waits")

WaitReason = Literal["rate_limit", "pacing", "first_response", "backoff"]


@dataclass(frozen=True, slots=True)
class WaitEvent:
    """One wait of the client, reported to ``AsyncCalcom(on_wait=...)`` as it begins.

    Attributes:
        reason: ``"rate_limit"`` -- an exhausted limit must reset, or the server asked for a
            pause (``Retry-After``, a 429); ``"pacing"`` -- spreading what is left of a window's
            budget; ``"first_response"`` -- the cold-start hold until the client's first
            response shows the budget; ``"backoff"`` -- before retrying a failed attempt.
        seconds: the planned wait. It can end earlier (a response brings better news).
        limit: the named limit behind the wait (``"default"``, ...), when one governs it.
    """

    reason: WaitReason
    seconds: float
    limit: str | None = None

    def describe(self) -> str:
        """A short human text, e.g. ``"waiting 42 s for the rate limit 'default'"``."""
        what = {
            "rate_limit": "for the rate limit",
            "pacing": "to pace requests under the rate limit",
            "first_response": "for the first response",
            "backoff": "before retrying",
        }[self.reason]
        limit = f" {self.limit!r}" if self.limit and self.reason != "backoff" else ""
        seconds = f"{self.seconds:.1f}" if self.seconds < 10 else f"{self.seconds:.0f}"
        return f"waiting {seconds} s {what}{limit}"


WaitHook = Callable[[WaitEvent], None]


def emit_wait(hook: WaitHook | None, event: WaitEvent) -> None:
    """Log *event* and hand it to *hook*; a failing hook is logged, never propagated.

    A broken progress bar must not fail the booking whose wait it was showing.
    """
    logger.debug("%s (%s)", event.describe(), event.reason)
    if hook is None:
        return
    try:
        hook(event)
    except Exception:
        logger.exception("the on_wait hook raised; ignoring it")


class WaitTooLong(Exception):
    """:meth:`AdaptivePacer.acquire` would have to wait longer than its caller allows.

    Raised at once when the pacer knows it (an exhausted limit resetting later than the bound),
    or when the bound runs out while queued. ``wait`` is what the pacer knows of the remaining
    wait; the transport turns this into :class:`~calcom_async.RateLimitError` (``sent=False``)
    or, for the cold-start hold, :class:`~calcom_async.APITimeoutError`.
    """

    def __init__(self, wait: WaitEvent, bound: float) -> None:
        super().__init__(f"{wait.describe()} exceeds the allowed {bound:.1f} s")
        self.wait = wait
        self.bound = bound
