"""Bulk booking engine: many bookings, fast, each created exactly once.

:func:`run_bulk` drives a :class:`BookingBackend` (the facade's adapter over
``cal.bookings.create`` and a bookings lookup; tests use in-memory or SQLite fakes) through a
possibly huge, possibly async stream of :class:`BookingRequest`, with at most ``concurrency``
items in flight. Pacing against the rate limit is the HTTP transport's job, not this module's.

Why a booking is never lost and never created twice
---------------------------------------------------
Every request has a stable idempotency :attr:`BookingRequest.key`. Before a create is sent, an
``in_flight`` record for the key is appended to the journal and ``fsync``-ed; after the outcome is
known a ``done`` (with the uid) or ``failed`` record follows. A create is only ever (re)sent when
no earlier attempt can have taken effect: either no attempt was made (no record, or a definite
``failed``), or a lookup (:meth:`BookingBackend.find`) *confirmed* that the booking is absent.
Whenever an attempt's effect is unknown -- a lost response (:class:`AmbiguousRequestError`), a
connection error or timeout, a 5xx (servers may fail after committing), or a process killed
between the ``in_flight`` record and the ``done`` record -- the engine looks the booking up
first; a booking found is adopted (its uid becomes the outcome), never re-created. If the
lookup itself cannot answer, the item fails as ``ambiguous_unresolved`` and its journal entry
stays ``in_flight``, so the next run with the same journal reconciles it again. A 400/409 "slot
taken" is checked with one lookup too: the slot may be held by our own earlier attempt (or a
booking made before), which is then reported as existing rather than failed.
Without a journal the same holds within one run, but a re-run cannot know what a killed run did.

Caveat: "confirmed absent" is only as good as the lookup. A create the server is *still
processing* when the lookup runs (a timed-out request) could commit afterwards; the jittered pause
before each lookup makes that unlikely, and for ordinary (non-seated) event types Cal.com's own
slot check then rejects the retry, which the lookup-on-"slot taken" turns into the right answer.
Cal.com v2 offers no idempotency key that would close this window completely.

Decisions
---------
* **Durability**: one record per state change, written whole with a single ``os.write`` and
  ``os.fsync``-ed before the call returns (so the ``in_flight`` record is on disk before the
  create leaves). Measured ~0.2 ms per record on ext4 -- negligible next to an API round trip
  and far above Cal.com's rate limits -- so fsync is not optional. Writes run in a worker thread
  (``anyio.to_thread``) under a lock, so they never interleave and never block the event loop.
  An advisory lock (``flock``, where available) stops two runs sharing one journal at once.
* **Torn lines**: a record cut short by a kill mid-write is the last line and carries no newline;
  it is dropped (truncated) on load. A corrupt line anywhere else is refused with
  :class:`CalcomValueError` rather than guessed at.
* **Re-runs**: ``done`` items are skipped (``already_done``, no request). ``in_flight`` items are
  reconciled first. ``failed`` items are attempted again -- a definite failure means nothing was
  created, and the caller may have fixed the data or freed the slot in between.
* **Duplicates in one input** (same key twice): the later item waits for the first and becomes
  ``already_done`` with its uid, or fails with the first's reason; it never sends a request.
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
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import math
import os
import random
import re
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Mapping
from datetime import datetime, timezone
from typing import Any, Literal, Protocol

import anyio
import attrs

from ._errors import (
    AmbiguousRequestError,
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CalcomError,
    CalcomValueError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._types import Attendee, ensure_aware, to_wire_datetime, validate_email

try:  # POSIX only; elsewhere the journal simply is not locked against a second process.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "BookingBackend",
    "BookingOutcome",
    "BookingRequest",
    "BulkSummary",
    "FailureReason",
    "OutcomeStatus",
    "ProgressEvent",
    "run_bulk",
    "summarize",
]

logger = logging.getLogger("calcom_async.bulk")

OutcomeStatus = Literal["booked", "failed", "already_done"]
FailureReason = Literal[
    "slot_unavailable",  # 400/409 saying the slot or host is not available / already booked
    "invalid",  # bad input: CalcomValueError, other 400s, 422
    "not_found",  # 404 (e.g. unknown event type)
    "unauthorized",  # 401/403
    "rate_limited",  # 429 after the transport's own waits
    "server_error",  # 5xx after retries, with the booking confirmed absent
    "connection",  # no response after retries, with the booking confirmed absent
    "ambiguous_unresolved",  # could not confirm presence or absence; journal keeps in_flight
    "cancelled",  # reserved for callers that synthesize outcomes for unattempted items
]

# Cal.com answers a taken slot with 400 "User either already has booking at this time or is not
# available" (and similar). Anything else from a 400/409 is taken to be an input problem.
_SLOT_WORDS = re.compile(r"availab|booking|booked|slot|taken|conflict", re.IGNORECASE)

_METADATA_MAX_KEYS = 50
_METADATA_MAX_KEY_LEN = 40
_METADATA_MAX_VALUE_LEN = 500
_BACKOFF_CAP = 5.0
_SHIELDED_WRITE_SECONDS = 5.0

_MAPPING_FIELDS = frozenset(
    {
        "event_type_id",
        "start",
        "attendee",
        "guests",
        "location",
        "metadata",
        "length_in_minutes",
        "booking_fields_responses",
    }
)
_ATTENDEE_FIELDS = frozenset({"name", "email", "time_zone", "phone_number", "language"})


# --------------------------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------------------------


def _check_event_type_id(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CalcomValueError(f"event_type_id must be a positive integer, got {value!r}")


def _check_start(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    ensure_aware(value, field="start")  # type: ignore[arg-type]


def _check_attendee(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Attendee):
        raise CalcomValueError("attendee must be an Attendee (or a mapping, via from_mapping)")


def _to_guests(value: Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):  # a bare string would become a tuple of characters
        raise CalcomValueError("guests must be a list of email addresses, not a string")
    guests = tuple(value)
    for guest in guests:
        validate_email(guest, field="guest email")
    return guests


def _to_location(value: Mapping[str, Any] | str | None) -> dict[str, Any] | str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return dict(value)
    raise CalcomValueError("location must be a string or a mapping like {'type': 'address', ...}")


def _to_metadata(value: Mapping[str, str] | None) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise CalcomValueError("metadata must be a mapping of strings to strings")
    if len(value) > _METADATA_MAX_KEYS:
        raise CalcomValueError(f"metadata may have at most {_METADATA_MAX_KEYS} keys")
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise CalcomValueError("metadata keys must be non-empty strings")
        if len(key) > _METADATA_MAX_KEY_LEN:
            raise CalcomValueError(
                f"metadata key {key[:20]!r}... is longer than {_METADATA_MAX_KEY_LEN} characters"
            )
        if not isinstance(item, str):
            raise CalcomValueError(f"metadata value for {key!r} must be a string")
        if len(item) > _METADATA_MAX_VALUE_LEN:
            raise CalcomValueError(
                f"metadata value for {key!r} is longer than {_METADATA_MAX_VALUE_LEN} characters"
            )
    return dict(value)


def _check_length(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise CalcomValueError(f"length_in_minutes must be a positive integer, got {value!r}")


def _to_responses(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise CalcomValueError("booking_fields_responses must be a mapping")
    return dict(value)


def _parse_start(value: object) -> datetime:
    if isinstance(value, str):
        try:  # Python 3.10's fromisoformat does not accept a "Z" suffix.
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise CalcomValueError(f"start {value!r} is not an ISO 8601 date-time") from None
    return ensure_aware(value, field="start")  # type: ignore[arg-type]


def _parse_attendee(value: object) -> Attendee:
    if isinstance(value, Attendee):
        return value
    if not isinstance(value, Mapping):
        raise CalcomValueError("attendee must be an Attendee or a mapping with name and email")
    unknown = set(value) - _ATTENDEE_FIELDS
    if unknown:
        raise CalcomValueError(
            f"unknown attendee field(s) {sorted(map(str, unknown))}; "
            f"expected some of {sorted(_ATTENDEE_FIELDS)}"
        )
    if "name" not in value:
        raise CalcomValueError("attendee needs a name")
    try:
        return Attendee(**value)
    except TypeError as exc:  # pragma: no cover - guarded by the field check above
        raise CalcomValueError(f"bad attendee: {exc}") from None


@attrs.frozen(eq=True)
class BookingRequest:
    """One booking to create; validated on construction (:class:`CalcomValueError`).

    Example::

        BookingRequest(
            event_type_id=123,
            start=datetime(2030, 5, 1, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")),
            attendee=Attendee(name="Ada", email="ada@example.com", time_zone="Europe/London"),
            metadata={"import_row": "17"},
        )

    ``metadata`` follows Cal.com's limits: at most 50 keys, keys up to 40 characters, string
    values up to 500 characters. Mapping fields are copied; treat them as read-only.
    """

    event_type_id: int = attrs.field(validator=_check_event_type_id)
    start: datetime = attrs.field(validator=_check_start)
    attendee: Attendee = attrs.field(validator=_check_attendee)
    guests: tuple[str, ...] = attrs.field(default=(), converter=_to_guests)
    location: dict[str, Any] | str | None = attrs.field(default=None, converter=_to_location)
    metadata: dict[str, str] | None = attrs.field(default=None, converter=_to_metadata)
    length_in_minutes: int | None = attrs.field(default=None, validator=_check_length)
    booking_fields_responses: dict[str, Any] | None = attrs.field(
        default=None, converter=_to_responses
    )

    @classmethod
    def from_mapping(cls, m: Mapping[str, Any]) -> BookingRequest:
        """Build a request from the keyword arguments of ``cal.bookings.create``.

        ``attendee`` may be an :class:`Attendee` or a mapping of its fields (``name``,
        ``email``, ``time_zone``, ``phone_number``, ``language``); ``start`` may also be an
        ISO 8601 string with an offset (handy for CSV imports). Unknown keys are rejected, so a
        typo cannot silently drop a field.
        """
        if isinstance(m, BookingRequest):
            return m
        if not isinstance(m, Mapping):
            raise CalcomValueError(
                f"a bulk item must be a BookingRequest or a mapping, not {type(m).__name__}"
            )
        unknown = set(m) - _MAPPING_FIELDS
        if unknown:
            raise CalcomValueError(
                f"unknown booking field(s) {sorted(map(str, unknown))}; "
                f"expected some of {sorted(_MAPPING_FIELDS)}"
            )
        missing = [f for f in ("event_type_id", "start", "attendee") if m.get(f) is None]
        if missing:
            raise CalcomValueError(f"booking is missing required field(s) {missing}")
        return cls(
            event_type_id=m["event_type_id"],
            start=_parse_start(m["start"]),
            attendee=_parse_attendee(m["attendee"]),
            guests=m.get("guests"),
            location=m.get("location"),
            metadata=m.get("metadata"),
            length_in_minutes=m.get("length_in_minutes"),
            booking_fields_responses=m.get("booking_fields_responses"),
        )

    @property
    def identity(self) -> str:
        """The attendee's identity for matching: lower-cased email, else the phone number."""
        if self.attendee.email is not None:
            return "email:" + self.attendee.email.strip().lower()
        return "phone:" + str(self.attendee.phone_number)

    @property
    def key(self) -> str:
        """Stable idempotency key (64 hex characters).

        ``sha256("v1|<event_type_id>|<start as UTC ISO 8601, ms>|<identity>")`` where identity is
        ``email:<email lower-cased>`` or, without an email, ``phone:<E.164 number>``. Two requests
        for the same attendee, event type and instant share a key whatever the time zone the
        start was written in; name, guests, metadata etc. do not affect it. It names the booking
        in the journal and is what reconciliation looks up.
        """
        start = to_wire_datetime(self.start, field="start")
        raw = f"v1|{self.event_type_id}|{start}|{self.identity}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def create_kwargs(self) -> dict[str, Any]:
        """The keyword arguments for ``cal.bookings.create`` (unset fields omitted)."""
        kwargs: dict[str, Any] = {
            "event_type_id": self.event_type_id,
            "start": self.start,
            "attendee": self.attendee,
        }
        if self.guests:
            kwargs["guests"] = list(self.guests)
        optional = {
            "location": self.location,
            "metadata": self.metadata,
            "length_in_minutes": self.length_in_minutes,
            "booking_fields_responses": self.booking_fields_responses,
        }
        kwargs.update({k: v for k, v in optional.items() if v is not None})
        return kwargs

    def to_wire(self) -> dict[str, Any]:
        """The ``POST /v2/bookings`` body (camelCase, start in UTC)."""
        body: dict[str, Any] = {
            "eventTypeId": self.event_type_id,
            "start": to_wire_datetime(self.start, field="start"),
            "attendee": self.attendee.to_wire(),
        }
        if self.guests:
            body["guests"] = list(self.guests)
        if self.location is not None:
            body["location"] = self.location
        if self.metadata is not None:
            body["metadata"] = dict(self.metadata)
        if self.length_in_minutes is not None:
            body["lengthInMinutes"] = self.length_in_minutes
        if self.booking_fields_responses is not None:
            body["bookingFieldsResponses"] = dict(self.booking_fields_responses)
        return body


class BookingBackend(Protocol):
    """What the engine needs from the API; the facade adapts ``cal.bookings`` to it."""

    async def create(self, request: BookingRequest) -> str:
        """Create the booking and return its uid; raise calcom_async errors on failure."""
        ...

    async def find(self, request: BookingRequest) -> str | None:
        """Uid of an existing non-cancelled booking with the request's event type, attendee
        (email, else phone) and start, or ``None`` if there is none; raise on failure."""
        ...


# --------------------------------------------------------------------------------------------
# Outcomes
# --------------------------------------------------------------------------------------------


@attrs.frozen
class BookingOutcome:
    """What happened to one input item.

    ``status``: ``booked`` (created by this run), ``already_done`` (existed already: done in the
    journal, found by reconciling a previous run's unfinished attempt, or a duplicate of an
    earlier item in this input -- no booking was created for it) or ``failed`` (with ``reason``).
    ``request`` is ``None`` only for items that could not be turned into a request.
    ``attempts`` counts create requests sent for this item in this run (lookups not included).
    ``error`` is the message of the error behind a failure (never contains the API key).
    """

    index: int
    request: BookingRequest | None
    status: OutcomeStatus
    uid: str | None = None
    reason: FailureReason | None = None
    error: str | None = None
    attempts: int = 0

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
    if isinstance(exc, BadRequestError | ConflictError):
        text = f"{exc.message} {exc.code or ''} {exc.details or ''}"
        return "slot_unavailable" if _SLOT_WORDS.search(text) else "invalid"
    if isinstance(exc, InternalServerError):
        return "server_error"
    if isinstance(exc, AmbiguousRequestError):
        return "server_error" if exc.response is not None else "connection"
    if isinstance(exc, APIConnectionError):
        return "connection"
    if isinstance(exc, APIStatusError):  # 422 and any other status
        return "server_error" if exc.status_code >= 500 else "invalid"
    return "invalid"


# Errors after which a create may or may not have been applied: reconcile, never blindly retry.
_MAYBE_APPLIED = (AmbiguousRequestError, APIConnectionError, InternalServerError)
# Lookup errors worth retrying (transient); any other lookup error ends reconciliation unresolved.
_TRANSIENT = (AmbiguousRequestError, APIConnectionError, InternalServerError, RateLimitError)


# --------------------------------------------------------------------------------------------
# Journal
# --------------------------------------------------------------------------------------------

JournalState = Literal["in_flight", "done", "failed"]
_STATES: frozenset[str] = frozenset({"in_flight", "done", "failed"})


@attrs.frozen
class _Entry:
    state: JournalState
    uid: str | None


def _parse_record(line: bytes) -> tuple[str, _Entry] | None:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(record, dict):
        return None
    key, state, uid = record.get("key"), record.get("state"), record.get("uid")
    if (
        not isinstance(key, str)
        or state not in _STATES
        or not (uid is None or isinstance(uid, str))
    ):
        return None
    return key, _Entry(state, uid)


def _load_journal(fd: int, name: str) -> dict[str, _Entry]:
    """Read every record (last state per key wins); drop a torn final line in place."""
    size = os.fstat(fd).st_size
    chunks = []
    offset = 0
    while offset < size:
        chunk = os.pread(fd, min(1 << 20, size - offset), offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    data = b"".join(chunks)
    entries: dict[str, _Entry] = {}
    lines = data.split(b"\n")
    tail = lines.pop()  # bytes after the last newline: b"" unless the last write was torn
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parsed = _parse_record(line)
        if parsed is None:
            raise CalcomValueError(
                f"journal {name} line {lineno} is corrupt; refusing to guess which bookings "
                "exist (inspect or move the file)"
            )
        entries[parsed[0]] = parsed[1]
    if tail:
        # A kill mid-write leaves a partial last line. Nothing was sent after it was begun (the
        # create waits for the write), so it is safe to forget; a complete record is kept.
        parsed = _parse_record(tail)
        if parsed is not None:
            entries[parsed[0]] = parsed[1]
            os.write(fd, b"\n")
        else:
            logger.warning("journal %s: dropping a torn last line (%d bytes)", name, len(tail))
            os.ftruncate(fd, len(data) - len(tail))
        os.fsync(fd)
    return entries


class _Journal:
    """Append-only JSONL journal: single writer (lock), whole-line writes, fsync per record."""

    def __init__(self, path: str, fd: int, entries: dict[str, _Entry]) -> None:
        self.path = path
        self._fd = fd
        self.entries = entries
        self._lock = anyio.Lock()

    @classmethod
    def open_sync(cls, path: str) -> _Journal:
        existed = os.path.exists(path)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError as exc:
                    if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                        raise CalcomValueError(
                            f"journal {path} is in use by another running bulk job"
                        ) from None
                    raise
            entries = _load_journal(fd, path)
            if not existed:  # make the new file's directory entry durable too
                with contextlib.suppress(OSError):
                    dir_fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
                    try:
                        os.fsync(dir_fd)
                    finally:
                        os.close(dir_fd)
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd, entries)

    def _write_sync(self, data: bytes) -> None:
        view = memoryview(data)
        while view:  # os.write may write less than asked; O_APPEND keeps each chunk at the end
            view = view[os.write(self._fd, view) :]
        os.fsync(self._fd)

    async def record(
        self,
        key: str,
        index: int,
        state: JournalState,
        uid: str | None = None,
        reason: FailureReason | None = None,
    ) -> None:
        """Append one record and return once it is on disk."""
        record: dict[str, Any] = {"key": key, "index": index, "state": state}
        if uid is not None:
            record["uid"] = uid
        if reason is not None:
            record["reason"] = reason
        record["ts"] = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
        data = (json.dumps(record, separators=(",", ":")) + "\n").encode()
        async with self._lock:
            # Not abandoned on cancel: a started write always completes as a whole line.
            await anyio.to_thread.run_sync(self._write_sync, data)
        self.entries[key] = _Entry(state, uid)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # also releases the flock
            self._fd = -1


# --------------------------------------------------------------------------------------------
# Engine
# --------------------------------------------------------------------------------------------

ProgressCallback = Callable[[ProgressEvent], object]
_Item = BookingRequest | Mapping[str, Any]


@attrs.define
class _Lookup:
    found: bool | None  # True: exists, False: confirmed absent, None: unknown
    uid: str | None = None
    error: BaseException | None = None


class _Run:
    def __init__(
        self,
        backend: BookingBackend,
        journal: _Journal | None,
        on_progress: ProgressCallback | None,
        total: int | None,
        max_attempts: int,
        backoff: float,
    ) -> None:
        self.backend = backend
        self.journal = journal
        self.on_progress = on_progress
        self.total = total
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.outcomes: list[BookingOutcome | None] = []
        self.first_of_key: dict[str, tuple[int, anyio.Event]] = {}
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
    ) -> None:
        """Journal a final state. The request already finished, so record it even if we are
        being cancelled (shielded, bounded): it spares the next run a lookup."""
        if self.journal is None:
            return
        deadline = anyio.current_time() + _SHIELDED_WRITE_SECONDS
        with anyio.CancelScope(shield=True, deadline=deadline) as scope:
            await self.journal.record(key, index, state, uid, reason)
        if scope.cancelled_caught:
            logger.warning(
                "journal record %s for item %d timed out; a re-run reconciles", state, index
            )

    async def _sleep_backoff(self, attempt: int) -> None:
        # Full jitter. Before a lookup it also gives a server still processing our create the
        # chance to finish, so "absent" is less likely to be a race.
        await anyio.sleep(random.uniform(0, min(_BACKOFF_CAP, self.backoff * 2 ** (attempt - 1))))

    # -- per item ------------------------------------------------------------------------------

    async def handle(self, index: int, item: object) -> None:
        self.in_flight += 1
        try:
            request = BookingRequest.from_mapping(item)  # type: ignore[arg-type]
        except Exception as exc:  # any conversion error is about this item's data only
            error = str(exc) if isinstance(exc, CalcomValueError) else f"bad item: {exc!r}"
            self._finish(BookingOutcome(index, None, "failed", reason="invalid", error=error))
            return
        key = request.key
        first = self.first_of_key.get(key)
        if first is not None:
            self._finish(await self._duplicate(index, request, *first))
            return
        done_event = anyio.Event()
        self.first_of_key[key] = (index, done_event)
        try:
            self._finish(await self._book(index, request, key))
        finally:
            done_event.set()

    async def _duplicate(
        self, index: int, request: BookingRequest, first_index: int, first_done: anyio.Event
    ) -> BookingOutcome:
        await first_done.wait()
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

    async def _lookup(self, request: BookingRequest) -> _Lookup:
        last: BaseException | None = None
        for attempt in range(1, self.max_attempts + 1):
            try:
                uid = await self.backend.find(request)
            except _TRANSIENT as exc:
                last = exc
                if attempt < self.max_attempts:
                    await self._sleep_backoff(attempt)
                continue
            except CalcomError as exc:
                return _Lookup(None, error=exc)
            return _Lookup(uid is not None, uid)
        return _Lookup(None, error=last)

    async def _book(self, index: int, request: BookingRequest, key: str) -> BookingOutcome:
        entry = self.journal.entries.get(key) if self.journal is not None else None
        if entry is not None and entry.state == "done":
            return BookingOutcome(index, request, "already_done", uid=entry.uid)

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

        async def adopt(uid: str | None, attempts: int, ours: bool) -> BookingOutcome:
            await self._record(key, index, "done", uid)
            status: OutcomeStatus = "booked" if ours else "already_done"
            return BookingOutcome(index, request, status, uid=uid, attempts=attempts)

        # A previous run wrote "in_flight" and never learned the result: look before creating.
        journaled_in_flight = prior_in_flight = entry is not None and entry.state == "in_flight"
        if prior_in_flight:
            lookup = await self._lookup(request)
            if lookup.found is None:
                return unresolved(lookup, 0)
            if lookup.found:
                return await adopt(lookup.uid, 0, ours=False)

        attempts = 0
        maybe_applied_here = False  # did one of *our* creates possibly take effect?
        while True:
            if self.journal is not None and not journaled_in_flight:
                # Durable before the request leaves: a kill after this point is reconciled.
                await self.journal.record(key, index, "in_flight")
                journaled_in_flight = True
            attempts += 1
            try:
                uid = await self.backend.create(request)
            except _MAYBE_APPLIED as exc:
                maybe_applied_here = True
                last_error: CalcomError = exc
            except CalcomError as exc:
                reason = _reason_for(exc)
                if reason == "slot_unavailable":
                    # Taken by whom? Perhaps by an earlier attempt of ours that did apply (a lost
                    # response, a killed run), or the booking was made outside any journal: one
                    # lookup tells, so a booking that exists is never reported as failed.
                    lookup = await self._lookup(request)
                    if lookup.found:
                        return await adopt(lookup.uid, attempts, ours=maybe_applied_here)
                    if lookup.found is None and (maybe_applied_here or entry is not None):
                        return unresolved(lookup, attempts)
                await self._record(key, index, "failed", reason=reason)
                return BookingOutcome(
                    index, request, "failed", reason=reason, error=str(exc), attempts=attempts
                )
            else:
                await self._record(key, index, "done", uid)
                return BookingOutcome(index, request, "booked", uid=uid, attempts=attempts)

            # The create may have been applied: find out before anything else.
            await self._sleep_backoff(attempts)
            lookup = await self._lookup(request)
            if lookup.found is None:
                return unresolved(lookup, attempts)
            if lookup.found:
                return await adopt(lookup.uid, attempts, ours=True)
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


async def run_bulk(
    backend: BookingBackend,
    requests: Iterable[BookingRequest | Mapping[str, Any]]
    | AsyncIterable[BookingRequest | Mapping[str, Any]],
    *,
    concurrency: int = 8,
    journal: str | os.PathLike[str] | None = None,
    on_progress: ProgressCallback | None = None,
    max_reconcile_attempts: int = 5,
    reconcile_backoff: float = 0.2,
) -> list[BookingOutcome]:
    """Create many bookings, each exactly once; return one outcome per item, in input order.

    Args:
        backend: the API adapter (see :class:`BookingBackend`).
        requests: :class:`BookingRequest` s or mappings of ``bookings.create`` keyword
            arguments (see :meth:`BookingRequest.from_mapping`; a bad item becomes a failed
            ``invalid`` outcome and the others go on). Any iterable or async iterable; it is
            consumed lazily, never materialized.
        concurrency: maximum items in flight (requests are paced by the transport, not here).
        journal: path of an append-only JSONL journal. With it, a re-run after a crash, kill
            or cancellation skips bookings already done and reconciles unfinished ones. Without
            it, exactly-once holds only within this run.
        on_progress: called (synchronously) with a :class:`ProgressEvent` after each outcome;
            its exceptions are logged and ignored.
        max_reconcile_attempts: at most this many create requests per item, and this many
            lookups per reconciliation.
        reconcile_backoff: base seconds of the jittered exponential pause before a lookup or
            lookup retry (capped at 5 s).

    Returns:
        ``list[BookingOutcome]``, ``outcomes[i]`` for the i-th input item (O(n) memory).

    Raises:
        CalcomValueError: bad arguments, or a corrupt or busy journal (before any request).
        OSError: the journal cannot be written; the run stops rather than create unjournaled.
        Exceptions from the backend that are not SDK errors (bugs) propagate and stop the run.
        Cancellation propagates (see the module docstring).
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise CalcomValueError(f"concurrency must be a positive integer, got {concurrency!r}")
    if (
        isinstance(max_reconcile_attempts, bool)
        or not isinstance(max_reconcile_attempts, int)
        or max_reconcile_attempts < 1
    ):
        raise CalcomValueError("max_reconcile_attempts must be a positive integer")
    if not (isinstance(reconcile_backoff, int | float) and math.isfinite(reconcile_backoff)):
        raise CalcomValueError("reconcile_backoff must be a finite number of seconds")
    if reconcile_backoff < 0:
        raise CalcomValueError("reconcile_backoff must not be negative")
    total: int | None = None
    with contextlib.suppress(TypeError):
        total = len(requests)  # type: ignore[arg-type]

    opened: _Journal | None = None
    if journal is not None:
        opened = await anyio.to_thread.run_sync(_Journal.open_sync, os.fspath(journal))
    try:
        run = _Run(backend, opened, on_progress, total, max_reconcile_attempts, reconcile_backoff)
        slots = anyio.Semaphore(concurrency)

        async def worker(index: int, item: object) -> None:
            try:
                await run.handle(index, item)
            finally:
                slots.release()

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
    finally:
        if opened is not None:
            opened.close()
    if run.progress_errors > 1:
        logger.warning("on_progress raised %d times in total", run.progress_errors)
    outcomes = [o for o in run.outcomes if o is not None]
    assert len(outcomes) == len(run.outcomes)  # every started item finished
    return outcomes
