"""The bulk engine's public types: its backend protocol, and what it reports -- one
:class:`BookingOutcome` per item, progress events, a summary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, Protocol

import attrs

from ._booking_request import BookingRequest

__all__ = [
    "BookingBackend",
    "BookingOutcome",
    "BulkSummary",
    "FailureReason",
    "FoundBooking",
    "OutcomeStatus",
    "ProgressEvent",
    "summarize",
]

OutcomeStatus = Literal["booked", "failed", "already_done"]
FailureReason = Literal[
    "slot_unavailable",  # SlotUnavailableError (the slot or host is taken), or a 409
    "invalid",  # bad input: CalcomValueError, other 400s, 422
    "conflicting_duplicate",  # same key as an earlier item or journaled booking, other details
    "not_found",  # 404 (e.g. unknown event type)
    "unauthorized",  # 401/403
    "rate_limited",  # 429 after the transport's own waits
    "server_error",  # 5xx or an unusable answer, with the booking confirmed absent
    "connection",  # no response after retries, with the booking confirmed absent
    "ambiguous_unresolved",  # could not confirm presence or absence; journal keeps in_flight
    "cancelled",  # reserved for callers that synthesize outcomes for unattempted items
]


@attrs.frozen
class FoundBooking:
    """A booking a lookup found: its uid and the value of its :data:`BULK_MARKER_KEY`
    metadata (``None`` when it carries none)."""

    uid: str
    marker: str | None = None


class BookingBackend(Protocol):
    """What the engine needs from the API; the facade adapts ``cal.bookings`` to it."""

    async def create(self, request: BookingRequest) -> str:
        """Create the booking and return its uid; raise calcom_async errors on failure."""
        ...

    async def find(self, request: BookingRequest) -> Sequence[FoundBooking]:
        """Every non-cancelled booking with the request's event type, attendee (email, else
        phone) and start, oldest first; empty if there is none; raise on failure."""
        ...

    async def cancel(self, uid: str, reason: str) -> None:
        """Cancel a booking (used only for duplicates carrying this engine's marker)."""
        ...


@attrs.frozen
class BookingOutcome:
    """What happened to one input item.

    ``status``: ``booked`` (created by this run), ``already_done`` (existed already: done in the
    journal, found by reconciling a previous run's unfinished attempt, or a duplicate of an
    earlier item in this input -- no booking was created for it) or ``failed`` (with ``reason``).
    ``request`` is ``None`` only for items that could not be turned into a request.
    ``attempts`` counts create requests sent for this item in this run (lookups not included).
    ``error`` is the message of the error behind a failure (never contains the API key); on an
    ok outcome it reports a duplicate that could not be cancelled.
    ``cancelled_duplicates`` lists the uids of extra bookings of this same request (carrying its
    marker: a create that committed after it was given up on) that the engine cancelled.
    """

    index: int
    request: BookingRequest | None
    status: OutcomeStatus
    uid: str | None = None
    reason: FailureReason | None = None
    error: str | None = None
    attempts: int = 0
    cancelled_duplicates: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True if the booking exists (booked now or already done)."""
        return self.status != "failed"


@attrs.frozen
class ProgressEvent:
    """Counters passed to ``on_progress`` after each outcome.

    ``total`` is ``len(requests)`` when the input is sized, else ``None``. ``in_flight`` counts
    the items started and not yet finished (not counting ``outcome``'s).
    """

    done: int
    booked: int
    already_done: int
    failed: int
    in_flight: int
    total: int | None
    outcome: BookingOutcome


@attrs.frozen
class BulkSummary:
    """Counts over a list of outcomes; ``str()`` gives a one-line report."""

    total: int
    booked: int
    already_done: int
    failed: int
    failed_by_reason: Mapping[FailureReason, int]

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def __str__(self) -> str:
        text = f"{self.booked} booked, {self.already_done} already done, {self.failed} failed"
        if self.failed_by_reason:
            parts = ", ".join(f"{r}: {n}" for r, n in sorted(self.failed_by_reason.items()))
            text += f" ({parts})"
        return text


def summarize(outcomes: Iterable[BookingOutcome]) -> BulkSummary:
    """Count outcomes by status, and failures by reason."""
    total = booked = already = failed = 0
    by_reason: dict[FailureReason, int] = {}
    for outcome in outcomes:
        total += 1
        if outcome.status == "booked":
            booked += 1
        elif outcome.status == "already_done":
            already += 1
        else:
            failed += 1
            reason: FailureReason = outcome.reason or "invalid"
            by_reason[reason] = by_reason.get(reason, 0) + 1
    return BulkSummary(total, booked, already, failed, by_reason)
