"""Bulk booking engine: many bookings, fast, each created exactly once.

:func:`run_bulk` drives a :class:`BookingBackend` (the facade's adapter over
``cal.bookings.create``, a bookings lookup and cancel; tests use in-memory or SQLite fakes)
through a possibly huge, possibly async stream of :class:`BookingRequest`, with at most
``concurrency`` items in flight. Pacing against the rate limit is the HTTP transport's job.

Why a booking is never lost and (almost) never created twice
------------------------------------------------------------
Every request has a stable idempotency :attr:`BookingRequest.key`. Before a create is sent, an
``in_flight`` record for the key is appended to the journal and ``fsync``-ed; after the outcome is
known a ``done`` (with the uid) or ``failed`` record follows. A create is only ever (re)sent when
no earlier attempt can have taken effect: either no attempt was made (no record, or a definite
``failed``), or a lookup (:meth:`BookingBackend.find`) *confirmed* that the booking is absent.

* **What counts as "may have been applied"**: everything that happens after the request was sent
  and is not a definite refusal (a 4xx answer). A lost response or timeout
  (:class:`AmbiguousRequestError`), a connection error, a 5xx, and also a *2xx answer the SDK
  could not use* (an unexpected status, a missing field, a body that does not parse): the server
  may well have committed the booking, so the engine looks it up rather than reporting
  ``invalid``. A booking found is adopted (its uid becomes the outcome), never re-created. If the
  lookup cannot answer, the item fails as ``ambiguous_unresolved`` and its journal entry stays
  ``in_flight``, so the next run with the same journal reconciles it again.
* **Late commits**: a request the client gave up on (a timeout) can still be running on the
  server and commit *after* a lookup found nothing; a re-send would then make a second booking
  (on a round-robin event type Cal.com gives it to another host). So after an
  :class:`AmbiguousRequestError` the engine waits ``settle_delay`` seconds before looking --
  ``create_many`` derives it from the client's timeout (twice the timeout plus one second, 61 s
  by default) -- and a re-run waits out the same delay counted from the journal's ``in_flight``
  timestamp.
* **Markers**: each booking is created with ``metadata[BULK_MARKER_KEY] = key`` (one of
  Cal.com's 50 metadata keys; ``mark_bookings=False`` turns it off). A lookup then tells the
  engine's own bookings from anybody else's at that slot, exactly. When one was found and
  another with the same marker appears (two attempts both committed), the extra one is
  **cancelled** and listed in :attr:`BookingOutcome.cancelled_duplicates`. Whenever more than
  one create was sent for an item, the engine sweeps once more, another ``settle_delay`` after
  the success, before it journals ``done``.
* **Slot taken**: a 400/409 "slot taken" (:class:`SlotUnavailableError`) is checked with one
  lookup: the slot may be held by our own earlier attempt (or a booking made before), which is
  then reported as existing rather than failed.

Residual risk, honestly: Cal.com v2 has no idempotency key, so none of this is a proof. A create
that commits later than ``settle_delay`` after the client gave up, *and* later than the sweep,
still leaves a second booking (after a successful re-send; later runs skip ``done`` items and do
not sweep again). A lookup is only as good as the listing it reads (an unreliable filter, a
replica lag). Without markers, a duplicate cannot be told from a booking made by someone else,
so it is neither found nor cancelled. Any event type can be hit -- round-robin and seated event
types accept a second booking of the same slot, and for the others the slot check makes a
re-send fail as "slot taken" only while the first booking is visible. Raise ``settle_delay`` if
your requests can outlive your timeout for longer. Without a journal the guarantees hold within
one run only: a re-run cannot know what a killed run did.

Several workers, one import: with a Redis journal (``journal="redis://host:6379/0#NAME"``) every
worker runs the same input, and an item is worked on only by the worker that *claims* it (an
expiring lease, renewed while the worker lives); the others defer it to a second pass, where it
is found done, failed in this run, or -- its worker dead and its lease expired -- claimed and
reconciled like an ``in_flight`` item of a re-run. See :mod:`calcom_async._journal_redis`.

Decisions
---------
* **Re-runs**: ``done`` items are skipped (``already_done``, no request). ``in_flight`` items are
  reconciled first. ``failed`` items are attempted again -- a definite failure means nothing was
  created, and the caller may have fixed the data or freed the slot in between.
* **Duplicates in one input** (same key twice): the later item waits for the first and becomes
  ``already_done`` with its uid, or fails with the first's reason; it never sends a request. If
  its details differ (guests, metadata, name... see :attr:`BookingRequest.fingerprint`) it fails
  at once as ``conflicting_duplicate``: reporting it done would claim a booking that does not
  have those details. The same holds across runs for a key the journal has as ``done``.
* **Cancellation** (cancel scope, task group, Ctrl-C): no new items are started; requests in
  flight are abandoned and stay ``in_flight`` in the journal, which is exactly right -- a re-run
  reconciles them. A ``done``/``failed`` record whose request already finished is still written
  (shielded, bounded to a few seconds). The journal file is closed. Cancellation propagates: the
  partial outcome list is not returned; the journal is the durable record of a cancelled run.
* **Errors**: known SDK errors become typed :data:`FailureReason` s. Anything else raised by the
  backend is a bug: it propagates (out of the task group) and stops the run; affected items stay
  ``in_flight`` and are reconciled by a re-run. ``on_progress`` exceptions are logged and
  ignored -- a progress bar must not abort a half-done import.
* **Memory**: the input is consumed lazily; an item is pulled only when a slot is free, so at
  most ``concurrency`` requests are held. The returned outcome list (and the journal index and
  duplicate map) are O(number of items).

The journal format and its durability rules are described in :mod:`calcom_async._journal`.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import Any

import anyio

from . import _validate as v
from ._booking_request import BULK_MARKER_KEY, BookingRequest
from ._bulk_engine import ProgressCallback, Run
from ._bulk_types import (
    BookingBackend,
    BookingOutcome,
    BulkSummary,
    FailureReason,
    FoundBooking,
    OutcomeStatus,
    ProgressEvent,
    summarize,
)
from ._errors import CalcomValueError
from ._journal import BulkJournal, open_journal
from ._redis_support import is_redis_url

__all__ = [
    "BULK_MARKER_KEY",
    "BookingBackend",
    "BulkJournal",
    "BookingOutcome",
    "BookingRequest",
    "BulkSummary",
    "FailureReason",
    "FoundBooking",
    "OutcomeStatus",
    "ProgressEvent",
    "default_settle_delay",
    "open_journal",
    "run_bulk",
    "summarize",
]

logger = logging.getLogger("calcom_async.bulk")

_Item = BookingRequest | Mapping[str, Any]


def default_settle_delay(timeout: float) -> float:
    """``create_many``'s default ``settle_delay`` for a client ``timeout`` (seconds): twice the
    time the client was willing to wait, plus a second."""
    return 2 * timeout + 1.0


@contextlib.asynccontextmanager
async def _items(
    requests: Iterable[_Item] | AsyncIterable[_Item],
) -> AsyncIterator[Callable[[], Any]]:
    """Yield an async "next item" function (raising StopAsyncIteration at the end); closes an
    async generator input on exit so it is not left suspended."""
    if isinstance(requests, AsyncIterable):
        iterator = aiter(requests)

        async def next_async() -> Any:
            return await anext(iterator)

        try:
            yield next_async
        finally:
            aclose = getattr(iterator, "aclose", None)
            if aclose is not None:
                with anyio.CancelScope(shield=True):
                    await aclose()
    else:
        sync_iterator: Iterator[_Item] = iter(requests)

        async def next_sync() -> Any:
            try:
                return next(sync_iterator)
            except StopIteration:
                raise StopAsyncIteration from None

        yield next_sync


def _check_arguments(
    requests: object,
    concurrency: object,
    journal: object,
    on_progress: object,
    max_reconcile_attempts: object,
    reconcile_backoff: object,
    settle_delay: object,
    mark_bookings: object,
) -> str | None:
    """Validate :func:`run_bulk`'s arguments; return the journal to open (path or URL)."""
    if isinstance(requests, str | bytes | bytearray | Mapping | BookingRequest) or not isinstance(
        requests, Iterable | AsyncIterable
    ):
        raise CalcomValueError(
            f"requests must be an iterable of bookings, not {type(requests).__name__}"
        )
    v.positive_int(concurrency, "concurrency", maximum=10_000)
    v.positive_int(max_reconcile_attempts, "max_reconcile_attempts", maximum=100)
    for name, seconds in (("reconcile_backoff", reconcile_backoff), ("settle_delay", settle_delay)):
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise CalcomValueError(f"{name} must be a number of seconds")
        if not 0 <= seconds <= 86_400:  # also refuses NaN
            raise CalcomValueError(f"{name} must be between 0 and 86400 seconds, got {seconds!r}")
    v.callback(on_progress, "on_progress")
    v.boolean(mark_bookings, "mark_bookings")
    if journal is None or is_redis_url(journal):
        return journal  # type: ignore[return-value]
    if all(hasattr(journal, name) for name in ("claim", "record", "keep_alive")):
        return None  # an open BulkJournal, the caller's to close
    return v.file_path(journal, "journal")


async def run_bulk(
    backend: BookingBackend,
    requests: Iterable[BookingRequest | Mapping[str, Any]]
    | AsyncIterable[BookingRequest | Mapping[str, Any]],
    *,
    concurrency: int = 8,
    journal: str | os.PathLike[str] | BulkJournal | None = None,
    on_progress: ProgressCallback | None = None,
    max_reconcile_attempts: int = 5,
    reconcile_backoff: float = 0.2,
    settle_delay: float = 0.0,
    mark_bookings: bool = True,
    worker_id: str | None = None,
) -> list[BookingOutcome]:
    """Create many bookings, each exactly once; return one outcome per item, in input order.

    Args:
        backend: the API adapter (see :class:`BookingBackend`).
        requests: :class:`BookingRequest` s or mappings of ``bookings.create`` keyword
            arguments (see :meth:`BookingRequest.from_mapping`; a bad item becomes a failed
            ``invalid`` outcome and the others go on). Any iterable or async iterable; it is
            consumed lazily, never materialized.
        concurrency: maximum items in flight (requests are paced by the transport, not here).
        journal: path of an append-only JSONL journal, or ``redis://host:6379/0#NAME`` for one
            that several workers share (each runs the same input; see
            :mod:`calcom_async._journal_redis`), or an open journal (:func:`open_journal`,
            left open). With it, a re-run after a crash, kill or cancellation skips bookings
            already done and reconciles unfinished ones. Without it, exactly-once holds only
            within this run.
        on_progress: called (synchronously) with a :class:`ProgressEvent` after each outcome;
            its exceptions are logged and ignored.
        max_reconcile_attempts: at most this many create requests per item, and this many
            lookups per reconciliation.
        reconcile_backoff: base seconds of the jittered exponential pause before a lookup or
            lookup retry (capped at 5 s).
        settle_delay: seconds to wait after an :class:`AmbiguousRequestError` before looking the
            booking up (and before the duplicate sweep); it should outlast the longest a
            request can keep running on the server. ``create_many`` passes
            :func:`default_settle_delay` of the client's timeout; the engine alone defaults to
            0, which suits only backends whose requests cannot outlive their errors.
        mark_bookings: stamp each booking with :data:`BULK_MARKER_KEY` in its metadata (one
            of the 50 keys Cal.com allows), so lookups recognise the engine's own bookings and
            duplicates can be cancelled. Items whose metadata already has 50 keys then fail
            ``invalid``.
        worker_id: this worker's name in the journal's records and claims (default
            ``host:pid:random``).

    Returns:
        ``list[BookingOutcome]``, ``outcomes[i]`` for the i-th input item (O(n) memory).

    Raises:
        CalcomValueError: bad arguments, or a journal that cannot be opened, is corrupt or is
            in use (before any request).
        ConfigurationError: a Redis journal that cannot be reached, or used under trio.
        OSError: the journal cannot be written mid-run; the run stops rather than create
            unjournaled.
        Exceptions from the backend that are not SDK errors (bugs) propagate and stop the run.
        Cancellation propagates (see the module docstring).
    """
    path = _check_arguments(
        requests,
        concurrency,
        journal,
        on_progress,
        max_reconcile_attempts,
        reconcile_backoff,
        settle_delay,
        mark_bookings,
    )
    total: int | None = None
    with contextlib.suppress(TypeError):
        total = len(requests)  # type: ignore[arg-type]

    if worker_id is not None:
        v.text(worker_id, "worker_id")
    given = journal if path is None and journal is not None else None
    opened: BulkJournal | None = given  # type: ignore[assignment]
    if path is not None:
        opened = await open_journal(path, worker_id=worker_id)
    try:
        run = Run(
            backend,
            opened,
            on_progress,
            total,
            max_reconcile_attempts,
            float(reconcile_backoff),
            float(settle_delay),
            mark_bookings,
        )
        slots = anyio.Semaphore(concurrency)

        async def worker(index: int, item: object) -> None:
            try:
                await run.handle(index, item)
            finally:
                slots.release()

        async def resume(index: int, request: BookingRequest, done: anyio.Event | None) -> None:
            try:
                await run.resume(index, request, done)
            finally:
                slots.release()

        async with anyio.create_task_group() as claims:
            if opened is not None:
                claims.start_soon(opened.keep_alive)
            async with _items(requests) as next_item, anyio.create_task_group() as tg:
                while True:
                    # Take a slot *before* pulling the next item: at most `concurrency` are held.
                    await slots.acquire()
                    try:
                        item = await next_item()
                    except StopAsyncIteration:
                        slots.release()
                        break
                    except BaseException:
                        slots.release()
                        raise
                    run.outcomes.append(None)
                    tg.start_soon(worker, len(run.outcomes) - 1, item)
            # Second pass: the items other workers of a shared journal held during the first.
            await run.prepare_resume()
            async with anyio.create_task_group() as tg:
                for index, request, done in run.deferred:
                    if run.finish_now(index, request, done):
                        continue
                    await slots.acquire()
                    tg.start_soon(resume, index, request, done)
            claims.cancel_scope.cancel()
    finally:
        if opened is not None and given is None:
            with anyio.CancelScope(shield=True):
                await opened.aclose()
    if run.progress_errors > 1:
        logger.warning("on_progress raised %d times in total", run.progress_errors)
    outcomes = [o for o in run.outcomes if o is not None]
    assert len(outcomes) == len(run.outcomes)  # every started item finished
    return outcomes
