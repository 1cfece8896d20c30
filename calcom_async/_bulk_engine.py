"""The bulk engine's per-item logic: journal, create, reconcile, sweep.

:func:`calcom_async.bulk.run_bulk` feeds items to :class:`Run`; the module docstring of
:mod:`calcom_async.bulk` explains the rules this code follows.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import datetime, timezone

import anyio
import attrs

from ._booking_request import BookingRequest
from ._bulk_types import BookingBackend, BookingOutcome, FailureReason, OutcomeStatus, ProgressEvent
from ._errors import (
    AmbiguousRequestError,
    APIConnectionError,
    APIStatusError,
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
    SlotUnavailableError,
)
from ._journal import BulkJournal, ClaimLost, JournalEntry, JournalState

__all__ = ["ProgressCallback", "Run"]

logger = logging.getLogger("calcom_async.bulk")

_BACKOFF_CAP = 5.0
# A create refused by the rate limit (a 429, or the pacer refusing before sending) created
# nothing: the engine waits the limit out and sends again, this many times per item at most.
_MAX_RATE_LIMIT_WAITS = 20
_SHIELDED_WRITE_SECONDS = 5.0
# How often a deferred item held by another worker is claimed again (at most). A claim is one
# cheap Redis call, and the last items of a shared import are waited for this way: at 0.2 s
# the tail cost four workers ~2 % of a 20 s import.
_CLAIM_POLL_SECONDS = 0.05
_REASONS: frozenset[str] = frozenset(FailureReason.__args__)  # type: ignore[attr-defined]
_DUPLICATE_REASON = "Duplicate of booking {uid}: a retried import created this one as well."


def _reason_for(exc: BaseException) -> FailureReason:
    """Map an SDK error to a failure reason (for definite failures and exhausted retries)."""
    if isinstance(exc, CalcomValueError):
        return "invalid"
    if isinstance(exc, RateLimitError):
        return "rate_limited"
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        return "unauthorized"
    if isinstance(exc, NotFoundError):
        return "not_found"
    # A 409 on a create is a conflict with an existing booking: possibly our own, so it gets the
    # slot treatment (one lookup) even when its message is not one we recognise.
    if isinstance(exc, SlotUnavailableError | ConflictError):
        return "slot_unavailable"
    if isinstance(exc, BadRequestError):
        return "invalid"
    if isinstance(exc, AmbiguousRequestError):
        return "server_error" if exc.response is not None else "connection"
    if isinstance(exc, APIConnectionError):
        return "connection"
    if isinstance(exc, APIStatusError):  # 422, other 4xx, 5xx (InternalServerError)
        return "server_error" if exc.status_code >= 500 else "invalid"
    return "server_error"  # a response the SDK could not use


def _definite_refusal(exc: CalcomError) -> bool:
    """Whether ``exc`` proves nothing was created: refused before sending, or a 4xx answer."""
    if isinstance(exc, CalcomValueError | ConfigurationError):
        return True
    return isinstance(exc, APIStatusError) and 400 <= exc.status_code < 500


# Lookup errors worth retrying (transient); any other lookup error ends reconciliation unresolved.
_TRANSIENT = (AmbiguousRequestError, APIConnectionError, InternalServerError, RateLimitError)

ProgressCallback = Callable[[ProgressEvent], object]


@attrs.define
class _Lookup:
    found: bool | None  # True: exists, False: confirmed absent, None: unknown
    uid: str | None = None
    ours: bool = False  # carries our marker
    duplicates: list[str] = attrs.field(factory=list)  # other bookings with our marker
    error: BaseException | None = None


class _Held(Exception):
    """Another worker holds the item's claim: come back to it later."""


class Run:
    def __init__(
        self,
        backend: BookingBackend,
        journal: BulkJournal | None,
        on_progress: ProgressCallback | None,
        total: int | None,
        max_attempts: int,
        backoff: float,
        settle_delay: float,
        mark: bool,
    ) -> None:
        self.backend = backend
        self.journal = journal
        self.on_progress = on_progress
        self.total = total
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.settle_delay = settle_delay
        self.mark = mark
        self.outcomes: list[BookingOutcome | None] = []
        self.first_of_key: dict[str, tuple[int, str, anyio.Event]] = {}
        # Items another worker held in the first pass, in input order: (index, request, the
        # event its duplicates wait for, or None for a duplicate itself).
        self.deferred: list[tuple[int, BookingRequest, anyio.Event | None]] = []
        self._deferred_keys: set[str] = set()
        # Set once the first item of a key is finished or deferred (see handle).
        self._first_pass_of_key: dict[str, anyio.Event] = {}
        # Last records of the deferred items, fetched in bulk before the second pass.
        self._known: dict[str, JournalEntry] = {}
        self.booked = self.already_done = self.failed = self.in_flight = 0
        self.progress_errors = 0

    # -- bookkeeping -------------------------------------------------------------------------

    def _finish(self, outcome: BookingOutcome) -> None:
        self.outcomes[outcome.index] = outcome
        self.in_flight -= 1
        if outcome.status == "booked":
            self.booked += 1
        elif outcome.status == "already_done":
            self.already_done += 1
        else:
            self.failed += 1
        if self.on_progress is None:
            return
        event = ProgressEvent(
            done=self.booked + self.already_done + self.failed,
            booked=self.booked,
            already_done=self.already_done,
            failed=self.failed,
            in_flight=self.in_flight,
            total=self.total,
            outcome=outcome,
        )
        try:
            self.on_progress(event)
        except Exception:
            self.progress_errors += 1
            if self.progress_errors == 1:
                logger.exception("on_progress raised; ignoring it (and logging only this once)")

    async def _record(
        self,
        key: str,
        index: int,
        state: JournalState,
        uid: str | None = None,
        reason: FailureReason | None = None,
        fp: str | None = None,
    ) -> str | None:
        """Journal a final state. The request already finished, so record it even if we are
        being cancelled (shielded, bounded): it spares the next run a lookup. Returns the uid
        another worker already recorded as done for this key, if it differs."""
        if self.journal is None:
            return None
        winner = None
        deadline = anyio.current_time() + _SHIELDED_WRITE_SECONDS
        with anyio.CancelScope(shield=True, deadline=deadline) as scope:
            winner = await self.journal.record(key, index, state, uid, reason, fp)
        if scope.cancelled_caught:
            logger.warning(
                "journal record %s for item %d timed out; a re-run reconciles", state, index
            )
        return winner

    async def _claim(self, key: str, wait: bool) -> JournalEntry | None:
        """The key's last record once this worker holds the item; raise :class:`_Held` if
        another worker holds it (or, with *wait*, come back until its claim ends)."""
        if self.journal is None:
            return None
        known = self._known.pop(key, None)
        if known is not None and (known.state == "done" or self._failed_in_this_run(known)):
            return known  # final already: nothing to claim
        while True:
            claim = await self.journal.claim(key)
            if claim.ours:
                return claim.entry
            if not wait:
                raise _Held
            await anyio.sleep(min(max(claim.retry_in, 0.01), _CLAIM_POLL_SECONDS))

    def _failed_in_this_run(self, entry: JournalEntry) -> bool:
        """A ``failed`` record another worker wrote during this run (not to be tried again)."""
        journal = self.journal
        return (
            journal is not None
            and entry.state == "failed"
            and entry.worker is not None
            and entry.worker != journal.worker_id
            and entry.ts is not None
            and entry.ts >= journal.opened_at
        )

    async def _sleep_backoff(self, attempt: int) -> None:
        # Full jitter: spreads the lookups of many items failing at once.
        await anyio.sleep(random.uniform(0, min(_BACKOFF_CAP, self.backoff * 2 ** (attempt - 1))))

    async def _settle(self, since: datetime | None = None) -> None:
        """Wait until ``settle_delay`` has passed (since ``since``, else from now): a request
        the client gave up on has had the time to commit or fail on the server by then."""
        delay = self.settle_delay
        if since is not None:
            # Clamped: a journal written on a machine whose clock runs ahead (or a corrupt
            # timestamp) must not turn into a wait longer than the settle delay itself.
            elapsed = (datetime.now(timezone.utc) - since).total_seconds()
            delay = min(delay, delay - elapsed)
        if delay > 0:
            await anyio.sleep(delay)

    # -- per item ------------------------------------------------------------------------------

    async def handle(self, index: int, item: object) -> None:
        self.in_flight += 1
        try:
            request = BookingRequest.from_mapping(item)  # type: ignore[arg-type]
        except Exception as exc:  # any conversion error is about this item's data only
            error = str(exc) if isinstance(exc, CalcomValueError) else f"bad item: {exc!r}"
            self._finish(BookingOutcome(index, None, "failed", reason="invalid", error=error))
            return
        key, fp = request.key, request.fingerprint
        first = self.first_of_key.get(key)
        if first is not None:
            first_index, first_fp, first_done = first
            if fp != first_fp:
                self._finish(
                    BookingOutcome(
                        index,
                        request,
                        "failed",
                        reason="conflicting_duplicate",
                        error=f"same attendee, event type and start as item {first_index}, "
                        "but different details (guests, metadata, ...); not booked twice",
                    )
                )
                return
            # Wait until the first is finished or deferred (another worker holds it): a repeat
            # must not wait in the first pass for what only the second pass finishes.
            await self._first_pass_of_key[key].wait()
            if key in self._deferred_keys:  # its first is deferred: so is it
                self.deferred.append((index, request, None))
                self.in_flight -= 1
                return
            self._finish(await self._duplicate(index, request, first_index, first_done))
            return
        done_event = anyio.Event()
        first_pass = self._first_pass_of_key[key] = anyio.Event()
        self.first_of_key[key] = (index, fp, done_event)
        try:
            outcome = await self._book(index, request, key, fp)
        except _Held:
            self._deferred_keys.add(key)
            self.deferred.append((index, request, done_event))
            self.in_flight -= 1
            return
        except BaseException:
            done_event.set()
            raise
        finally:
            first_pass.set()
        self._finish(outcome)
        done_event.set()

    async def prepare_resume(self) -> None:
        """Before the second pass: learn in bulk which deferred items are final by now."""
        if self.journal is not None and self.deferred:
            keys = sorted({request.key for _, request, done in self.deferred if done})
            self._known = await self.journal.lookup(keys)

    def finish_now(self, index: int, request: BookingRequest, done: anyio.Event | None) -> bool:
        """Second pass, without a task or a slot: an item the bulk lookup found done, or a
        duplicate of an item already finished (in a shared import, most deferred items).
        ``False``: it needs :meth:`resume`. Four workers spent ~1 % of an import's wall time
        spawning a task per item that was already known to be done."""
        key = request.key
        if done is None:
            first_index, _, first_done = self.first_of_key[key]
            if not first_done.is_set():
                return False
            outcome = self._duplicate_outcome(index, request, first_index)
        else:
            known = self._known.get(key)
            if known is None or known.state != "done":
                return False
            del self._known[key]
            outcome = self._done_outcome(index, request, known, request.fingerprint)
        self.in_flight += 1
        self._finish(outcome)
        if done is not None:
            done.set()
        return True

    async def resume(self, index: int, request: BookingRequest, done: anyio.Event | None) -> None:
        """Second pass over an item another worker held: wait for its claim, then as usual."""
        self.in_flight += 1
        key = request.key
        if done is None:  # a duplicate of a deferred item
            first_index, _, first_done = self.first_of_key[key]
            self._finish(await self._duplicate(index, request, first_index, first_done))
            return
        try:
            while True:
                try:
                    outcome = await self._book(index, request, key, request.fingerprint, True)
                except _Held:  # our claim was taken over before anything was sent
                    continue
                break
            self._finish(outcome)
        finally:
            done.set()

    async def _duplicate(
        self, index: int, request: BookingRequest, first_index: int, first_done: anyio.Event
    ) -> BookingOutcome:
        await first_done.wait()
        return self._duplicate_outcome(index, request, first_index)

    def _duplicate_outcome(
        self, index: int, request: BookingRequest, first_index: int
    ) -> BookingOutcome:
        first = self.outcomes[first_index]
        assert first is not None  # set before the event fires
        if first.ok:
            return BookingOutcome(index, request, "already_done", uid=first.uid)
        return BookingOutcome(
            index,
            request,
            "failed",
            reason=first.reason,
            error=f"duplicate of item {first_index}, which failed: {first.error}",
        )

    async def _lookup(self, request: BookingRequest, keep: str | None = None) -> _Lookup:
        """Find the request's booking. With markers, ours are told apart from others'; ``keep``
        (a uid we know is ours) is the one kept if several of ours exist."""
        last: BaseException | None = None
        for attempt in range(1, self.max_attempts + 1):
            try:
                found = list(await self.backend.find(request))
            except _TRANSIENT as exc:
                last = exc
                if attempt < self.max_attempts:
                    await self._sleep_backoff(attempt)
                continue
            except CalcomError as exc:
                return _Lookup(None, error=exc)
            ours = [b.uid for b in found if self.mark and b.marker == request.key]
            if ours or keep is not None:
                chosen = keep if keep is not None else ours[0]
                duplicates = [uid for uid in ours if uid != chosen]
                return _Lookup(True, chosen, ours=True, duplicates=duplicates)
            if found:
                return _Lookup(True, found[0].uid)
            return _Lookup(False)
        return _Lookup(None, error=last)

    async def _cancel_duplicates(self, kept: str | None, uids: list[str]) -> tuple[str, ...]:
        cancelled: list[str] = []
        for uid in uids:
            try:
                await self.backend.cancel(uid, _DUPLICATE_REASON.format(uid=kept))
            except CalcomError as exc:
                logger.warning("could not cancel duplicate booking %s: %s", uid, exc)
                raise _DuplicateLeft(uid, exc, tuple(cancelled)) from exc
            cancelled.append(uid)
            logger.warning("cancelled duplicate booking %s (kept %s)", uid, kept)
        return tuple(cancelled)

    @staticmethod
    def _done_outcome(
        index: int, request: BookingRequest, entry: JournalEntry, fp: str
    ) -> BookingOutcome:
        """The outcome of an item the journal has as ``done``."""
        if entry.fp is not None and entry.fp != fp:
            return BookingOutcome(
                index,
                request,
                "failed",
                reason="conflicting_duplicate",
                error=f"booked in an earlier run as {entry.uid} with different details "
                "(guests, metadata, ...); that booking was not changed",
            )
        return BookingOutcome(index, request, "already_done", uid=entry.uid)

    async def _book(
        self, index: int, request: BookingRequest, key: str, fp: str, wait: bool = False
    ) -> BookingOutcome:
        entry = await self._claim(key, wait)
        if entry is not None and self._failed_in_this_run(entry):
            assert self.journal is not None
            await self.journal.release(key)
            reason = entry.reason if entry.reason in _REASONS else "server_error"
            return BookingOutcome(
                index,
                request,
                "failed",
                reason=reason,  # type: ignore[arg-type]
                error=f"failed in worker {entry.worker} of this run ({entry.reason})",
            )
        if entry is not None and entry.state == "done":
            return self._done_outcome(index, request, entry, fp)
        try:
            to_send = request.marked() if self.mark else request
        except CalcomValueError as exc:
            return BookingOutcome(index, request, "failed", reason="invalid", error=str(exc))

        def unresolved(lookup: _Lookup, attempts: int) -> BookingOutcome:
            # Journal deliberately left "in_flight": the next run reconciles this item.
            return BookingOutcome(
                index,
                request,
                "failed",
                reason="ambiguous_unresolved",
                error=f"could not confirm whether the booking exists: {lookup.error}",
                attempts=attempts,
            )

        async def adopt(lookup: _Lookup, attempts: int, ours_now: bool) -> BookingOutcome:
            error = None
            try:
                cancelled = await self._cancel_duplicates(lookup.uid, lookup.duplicates)
            except _DuplicateLeft as left:
                cancelled, error = left.cancelled, str(left)
            winner = await self._record(key, index, "done", lookup.uid, fp=fp)
            if winner is not None:
                # Another worker booked this item too (our claim had lapsed): theirs stays.
                logger.warning("item %d was also booked by another worker as %s", index, winner)
                if self.mark and (lookup.ours or ours_now):
                    try:
                        cancelled += await self._cancel_duplicates(winner, [lookup.uid or ""])
                    except _DuplicateLeft as left:
                        error = str(left)
                return BookingOutcome(
                    index,
                    request,
                    "already_done",
                    uid=winner,
                    error=error,
                    attempts=attempts,
                    cancelled_duplicates=cancelled,
                )
            mine = ours_now and (lookup.ours or not self.mark)
            status: OutcomeStatus = "booked" if mine else "already_done"
            return BookingOutcome(
                index,
                request,
                status,
                uid=lookup.uid,
                error=error,
                attempts=attempts,
                cancelled_duplicates=cancelled,
            )

        journaled_in_flight = entry is not None and entry.state == "in_flight"
        if journaled_in_flight:
            # A previous run sent a create and never learned the result: look before creating,
            # once that create has had its time to commit.
            assert entry is not None
            await self._settle(since=entry.ts)
            lookup = await self._lookup(request)
            if lookup.found is None:
                return unresolved(lookup, 0)
            if lookup.found:
                return await adopt(lookup, 0, ours_now=False)

        attempts = 0
        rate_limit_waits = 0
        maybe_applied_here = False  # did one of *our* creates possibly take effect?
        while True:
            if self.journal is not None and not journaled_in_flight:
                # Durable before the request leaves: a kill after this point is reconciled.
                try:
                    await self.journal.record(key, index, "in_flight", fp=fp)
                except ClaimLost:
                    raise _Held from None  # nothing sent: whoever holds it now does it
                journaled_in_flight = True
            attempts += 1
            try:
                uid = await self.backend.create(to_send)
            except RateLimitError as exc:
                if rate_limit_waits >= _MAX_RATE_LIMIT_WAITS:
                    await self._record(key, index, "failed", reason="rate_limited")
                    return BookingOutcome(
                        index,
                        request,
                        "failed",
                        reason="rate_limited",
                        error=str(exc),
                        attempts=attempts,
                    )
                # Refused, so nothing was created: wait for the limit (a bulk job outlasts
                # windows and blocks that a single call would not wait for) and send again.
                rate_limit_waits += 1
                if not exc.sent:
                    attempts -= 1
                await anyio.sleep(
                    exc.retry_after if exc.retry_after is not None else self.backoff * 4
                )
                continue
            except CalcomError as exc:
                if not _definite_refusal(exc):
                    maybe_applied_here = True
                    last_error: CalcomError = exc
                else:
                    reason = _reason_for(exc)
                    if reason == "slot_unavailable":
                        # Taken by whom? Perhaps by an earlier attempt of ours that did apply (a
                        # lost response, a killed run), or the booking was made outside any
                        # journal: one lookup tells, so an existing booking is never "failed".
                        lookup = await self._lookup(request)
                        if lookup.found:
                            return await adopt(lookup, attempts, ours_now=maybe_applied_here)
                        if lookup.found is None and (maybe_applied_here or entry is not None):
                            return unresolved(lookup, attempts)
                    await self._record(key, index, "failed", reason=reason)
                    return BookingOutcome(
                        index, request, "failed", reason=reason, error=str(exc), attempts=attempts
                    )
            else:
                booked = _Lookup(True, uid, ours=True)
                if attempts > 1 and self.mark:
                    # An earlier attempt was confirmed absent, but may still commit: sweep for it
                    # once more before calling this done.
                    await self._settle()
                    sweep = await self._lookup(request, keep=uid)
                    if sweep.found is None:
                        logger.warning("duplicate sweep for item %d failed: %s", index, sweep.error)
                    booked.duplicates = sweep.duplicates
                return await adopt(booked, attempts, ours_now=True)

            # The create may have been applied: find out before anything else, after giving a
            # request still running on the server the time to finish.
            if isinstance(last_error, AmbiguousRequestError):
                await self._settle()
            else:  # an answer arrived, so the request is over: no need to wait it out
                await self._sleep_backoff(attempts)
            lookup = await self._lookup(request)
            if lookup.found is None:
                return unresolved(lookup, attempts)
            if lookup.found:
                return await adopt(lookup, attempts, ours_now=True)
            if attempts >= self.max_attempts:  # confirmed absent, but out of attempts
                reason = _reason_for(last_error)
                await self._record(key, index, "failed", reason=reason)
                return BookingOutcome(
                    index,
                    request,
                    "failed",
                    reason=reason,
                    error=str(last_error),
                    attempts=attempts,
                )
            # Confirmed absent: the only case in which a create is ever repeated.


class _DuplicateLeft(Exception):
    """A duplicate booking could not be cancelled (reported on the outcome, not raised)."""

    def __init__(self, uid: str, error: CalcomError, cancelled: tuple[str, ...]) -> None:
        super().__init__(f"duplicate booking {uid} could not be cancelled: {error}")
        self.cancelled = cancelled
