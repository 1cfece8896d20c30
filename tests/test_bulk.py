"""Bulk booking engine: validation, exactly-once under faults, journal resume, cancellation."""

from __future__ import annotations

import json
import logging
import random
from collections import Counter
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import anyio
import anyio.abc
import anyio.lowlevel
import attrs
import httpx
import pytest

from calcom_async._bulk_engine import _MAX_RATE_LIMIT_WAITS
from calcom_async._errors import (
    AmbiguousRequestError,
    APIConnectionError,
    APIStatusError,
    CalcomError,
    CalcomValueError,
    RateLimitError,
    error_from_response,
)
from calcom_async._types import Attendee
from calcom_async.bulk import (
    BULK_MARKER_KEY,
    BookingOutcome,
    BookingRequest,
    FoundBooking,
    ProgressEvent,
    run_bulk,
    summarize,
)

BASE = datetime(2030, 1, 7, 8, 0, tzinfo=timezone.utc)


def make_request(i: int, *, event_type_id: int = 7, email: str | None = None) -> BookingRequest:
    return BookingRequest(
        event_type_id=event_type_id,
        start=BASE + timedelta(minutes=30 * i),
        attendee=Attendee(name=f"Patient {i}", email=email or f"p{i}@example.com"),
        metadata={"row": str(i)},
    )


def api_error(status: int, message: str = "error", method: str = "POST") -> APIStatusError:
    body = {"status": "error", "error": {"code": "SomeException", "message": message}}
    request = httpx.Request(method, "https://api.cal.com/v2/bookings")
    return error_from_response(httpx.Response(status, json=body, request=request))


def slot_taken() -> APIStatusError:
    return api_error(400, "User either already has booking at this time or is not available")


def ambiguous() -> AmbiguousRequestError:
    return AmbiguousRequestError("POST /v2/bookings: connection dropped after sending")


def connection_error() -> APIConnectionError:
    return APIConnectionError("GET /v2/bookings: connection refused")


class FakeBackend:
    """An in-memory Cal.com with injectable faults.

    Faults are drawn from an RNG seeded by (seed, operation, key, call number), so a run's faults
    do not depend on task interleaving. ``applied(key)`` counts live bookings really created;
    each keeps the marker the engine put in its metadata, and ``cancel`` cancels it.
    ``allow_double`` lets a slot be booked twice (like a seated event), so only the engine stands
    between a lost response and a duplicate; otherwise a taken slot answers 400 like Cal.com.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        lost_response: float = 0.0,  # apply, then AmbiguousRequestError
        ambiguous_before: float = 0.0,  # AmbiguousRequestError without applying
        connect_error: float = 0.0,  # APIConnectionError without applying
        error_500_before: float = 0.0,
        error_500_after: float = 0.0,  # apply, then 500
        late_apply: float = 0.0,  # Ambiguous now; the booking lands just after the next find
        find_fails: float = 0.0,
        allow_double: bool = False,
        taken: set[datetime] | None = None,
        script: dict[str, list[BaseException | str]] | None = None,
        find_script: dict[str, list[BaseException | str]] | None = None,
        latency: float = 0.0,
        later: anyio.abc.TaskGroup | None = None,  # runs late commits ("late+<seconds>")
    ) -> None:
        self.seed = seed
        self.p = {
            "lost_response": lost_response,
            "ambiguous_before": ambiguous_before,
            "connect_error": connect_error,
            "error_500_before": error_500_before,
            "error_500_after": error_500_after,
            "late_apply": late_apply,
        }
        self.find_fails = find_fails
        self.allow_double = allow_double
        self.taken = {t.astimezone(timezone.utc) for t in taken or set()}
        self.script = script or {}
        self.find_script = find_script or {}
        self.latency = latency
        self._later = later
        self.bookings: dict[str, str] = {}  # uid -> key
        self.by_key: dict[str, list[str]] = {}  # key -> live uids, oldest first
        self.markers: dict[str, str | None] = {}  # uid -> BULK_MARKER_KEY metadata value
        self.cancelled: list[tuple[str, str]] = []  # (uid, reason)
        self.cancel_fails = False
        self.sent: list[BookingRequest] = []  # every request create() was called with
        self.slots: Counter[tuple[int, datetime]] = Counter()
        self.pending: dict[str, BookingRequest] = {}  # late applies
        self.create_calls: Counter[str] = Counter()
        self.find_calls: Counter[str] = Counter()
        self.in_create = 0
        self.max_in_create = 0

    def _rng(self, op: str, key: str, n: int) -> random.Random:
        return random.Random(f"{self.seed}|{op}|{key}|{n}")

    def applied(self, key: str) -> int:
        return len(self.by_key.get(key, ()))

    def _apply(self, request: BookingRequest) -> str:
        uid = f"bk{len(self.bookings) + 1}"
        self.bookings[uid] = request.key
        self.by_key.setdefault(request.key, []).append(uid)
        self.markers[uid] = (request.metadata or {}).get(BULK_MARKER_KEY)
        self.slots[(request.event_type_id, request.start.astimezone(timezone.utc))] += 1
        return uid

    def commit_later(self, request: BookingRequest, delay: float) -> None:
        """A create still running on the "server": it commits ``delay`` seconds from now."""

        async def commit() -> None:
            await anyio.sleep(delay)
            self._apply(request)

        assert self._later is not None, "pass later=<task group> to use late commits"
        self._later.start_soon(commit)

    async def cancel(self, uid: str, reason: str) -> None:
        await anyio.lowlevel.checkpoint()
        if self.cancel_fails:
            raise api_error(500, "cancel failed")
        key = self.bookings[uid]
        self.by_key[key].remove(uid)
        self.cancelled.append((uid, reason))

    async def create(self, request: BookingRequest) -> str:
        key = request.key
        self.create_calls[key] += 1
        self.sent.append(request)
        self.in_create += 1
        self.max_in_create = max(self.max_in_create, self.in_create)
        try:
            await anyio.sleep(self.latency)
            if self.script.get(key):
                step = self.script[key].pop(0)
                if isinstance(step, BaseException):
                    raise step
                if step == "apply+lost":
                    self._apply(request)
                    raise ambiguous()
                if step == "apply+hang":  # committed; the response never arrives
                    self._apply(request)
                    await anyio.sleep(3600)
                if step.startswith("late+"):  # times out now, commits after the given delay
                    self.commit_later(request, float(step[5:]))
                    raise ambiguous()
                if step == "apply+unparsed":  # committed; the 2xx answer was unusable
                    self._apply(request)
                    raise CalcomError("could not parse the API's response: 'uid'")
            slot = (request.event_type_id, request.start.astimezone(timezone.utc))
            if slot[1] in self.taken or (not self.allow_double and self.slots[slot]):
                raise slot_taken()
            rng = self._rng("create", key, self.create_calls[key])
            roll, fault = rng.random(), "none"
            for name, p in self.p.items():
                if roll < p:
                    fault = name
                    break
                roll -= p
            if fault == "ambiguous_before":
                raise ambiguous()
            if fault == "connect_error":
                raise connection_error()
            if fault == "error_500_before":
                raise api_error(500, "Internal server error")
            if fault == "late_apply":
                self.pending[key] = request
                raise ambiguous()
            uid = self._apply(request)
            if self.latency:
                await anyio.sleep(self.latency)  # the response is "in transit"
            if fault == "lost_response":
                raise ambiguous()
            if fault == "error_500_after":
                raise api_error(500, "Internal server error")
            return uid
        finally:
            self.in_create -= 1

    async def find(self, request: BookingRequest) -> list[FoundBooking]:
        key = request.key
        self.find_calls[key] += 1
        await anyio.lowlevel.checkpoint()
        if self.find_script.get(key):
            step = self.find_script[key].pop(0)
            if isinstance(step, BaseException):
                raise step
        if self._rng("find", key, self.find_calls[key]).random() < self.find_fails:
            raise connection_error()
        found = [FoundBooking(uid, self.markers[uid]) for uid in self.by_key.get(key, ())]
        if key in self.pending:  # the slow create commits right after this lookup missed it
            self._apply(self.pending.pop(key))
        return found


def journal_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line]


def last_states(path: Path) -> dict[str, str]:
    return {r["key"]: r["state"] for r in journal_lines(path)}


# ---------------------------------------------------------------------------------------------
# BookingRequest
# ---------------------------------------------------------------------------------------------


def test_request_validation_and_from_mapping() -> None:
    ada = {"name": "Ada", "email": "Ada@Example.com", "time_zone": "Europe/London"}
    request = BookingRequest.from_mapping(
        {
            "event_type_id": 5,
            "start": "2030-01-07T09:00:00Z",
            "attendee": ada,
            "guests": ["bob@example.com"],
            "location": {"type": "address"},
            "metadata": {"row": "1"},
            "length_in_minutes": 30,
            "booking_fields_responses": {"notes": "hi"},
        }
    )
    assert request.attendee == Attendee(**ada)
    assert request.guests == ("bob@example.com",)
    assert request.to_wire()["start"] == "2030-01-07T09:00:00.000Z"
    assert request.to_wire()["lengthInMinutes"] == 30
    assert request.create_kwargs()["guests"] == ["bob@example.com"]

    bad: list[dict[str, Any]] = [
        {"event_type_id": 5, "start": datetime(2030, 1, 1), "attendee": ada},  # naive
        {"event_type_id": 5, "start": "tomorrow", "attendee": ada},
        {"event_type_id": 0, "start": BASE, "attendee": ada},
        {"event_type_id": True, "start": BASE, "attendee": ada},
        {"event_type_id": 5, "start": BASE},  # no attendee
        {"event_type_id": 5, "start": BASE, "attendee": {"email": "a@example.com"}},  # no name
        {"event_type_id": 5, "start": BASE, "attendee": {**ada, "tz": "UTC"}},
        {"event_type_id": 5, "start": BASE, "attendee": ada, "guest": ["x@example.com"]},  # typo
        {"event_type_id": 5, "start": BASE, "attendee": ada, "guests": "x@example.com"},
        {"event_type_id": 5, "start": BASE, "attendee": ada, "guests": ["not-an-email"]},
        {"event_type_id": 5, "start": BASE, "attendee": ada, "length_in_minutes": -5},
        {"event_type_id": 5, "start": BASE, "attendee": ada, "metadata": {"k": 1}},
        {"event_type_id": 5, "start": BASE, "attendee": ada, "metadata": {"k" * 41: "v"}},
        {"event_type_id": 5, "start": BASE, "attendee": ada, "metadata": {"k": "v" * 501}},
        {
            "event_type_id": 5,
            "start": BASE,
            "attendee": ada,
            "metadata": {f"k{i}": "v" for i in range(51)},
        },
    ]
    for mapping in bad:
        with pytest.raises(CalcomValueError):
            BookingRequest.from_mapping(mapping)
    # The limits themselves are allowed.
    ok = {f"k{i:02d}" + "x" * 37: "v" * 500 for i in range(50)}
    assert BookingRequest(event_type_id=1, start=BASE, attendee=Attendee(**ada), metadata=ok)


def test_key_is_stable_and_identifies_the_booking() -> None:
    berlin = BASE.astimezone(ZoneInfo("Europe/Berlin"))
    a = BookingRequest(7, BASE, Attendee(name="A", email="ada@example.com"))
    b = BookingRequest(7, berlin, Attendee(name="Other name", email="ADA@example.com"))
    assert a.key == b.key and len(a.key) == 64
    assert a.key != BookingRequest(8, BASE, a.attendee).key
    assert a.key != BookingRequest(7, BASE + timedelta(minutes=1), a.attendee).key
    by_phone = BookingRequest(7, BASE, Attendee(name="A", phone_number="+442071234567"))
    assert by_phone.key != a.key
    # Pinned so that an accidental change (which would break resuming old journals) is caught.
    assert a.key == BookingRequest(7, BASE, Attendee(name="Z", email="ada@example.com")).key
    assert a.key.startswith(
        __import__("hashlib")
        .sha256(b"v1|7|2030-01-07T08:00:00.000Z|email:ada@example.com")
        .hexdigest()[:16]
    )


# ---------------------------------------------------------------------------------------------
# Runs
# ---------------------------------------------------------------------------------------------


async def test_simple_run_books_everything_in_input_order() -> None:
    backend = FakeBackend(latency=0.001)
    requests = [make_request(i) for i in range(40)]
    events: list[ProgressEvent] = []
    outcomes = await run_bulk(backend, requests[::-1], concurrency=5, on_progress=events.append)
    assert [o.request for o in outcomes] == requests[::-1]
    assert [o.index for o in outcomes] == list(range(40))
    assert all(o.status == "booked" and o.ok and o.attempts == 1 for o in outcomes)
    assert len({o.uid for o in outcomes}) == 40
    assert backend.max_in_create <= 5
    assert [e.done for e in events] == list(range(1, 41))
    assert events[-1].booked == 40 and events[-1].total == 40 and events[-1].in_flight == 0
    assert str(summarize(outcomes)) == "40 booked, 0 already done, 0 failed"


@pytest.mark.parametrize("allow_double", [True, False])
async def test_random_faults_every_booking_exactly_once(tmp_path: Path, allow_double: bool) -> None:
    journal = tmp_path / "run.jsonl"
    requests = [make_request(i) for i in range(320)]
    backend = FakeBackend(
        seed=42,
        lost_response=0.08,
        ambiguous_before=0.06,
        connect_error=0.06,
        error_500_before=0.04,
        error_500_after=0.04,
        late_apply=0.0 if allow_double else 0.05,  # undetectable without the slot check
        find_fails=0.25,
        allow_double=allow_double,
    )
    outcomes = await run_bulk(
        backend, requests, concurrency=20, journal=journal, reconcile_backoff=0
    )
    assert [o.request for o in outcomes] == requests
    first_run = summarize(outcomes)
    assert first_run.booked > 250 and set(first_run.failed_by_reason) <= {
        "ambiguous_unresolved",
        "server_error",
        "connection",
    }
    for outcome in outcomes:
        assert backend.applied(outcome.request.key) <= 1  # type: ignore[union-attr]
        if outcome.ok:
            assert outcome.uid == backend.by_key[outcome.request.key][0]  # type: ignore[union-attr]
    # Faults hit again on every re-run; keep going until all are done, as an operator would.
    for _ in range(10):
        if all(o.ok for o in outcomes):
            break
        calls_before = backend.create_calls.copy()
        outcomes = await run_bulk(
            backend, requests, concurrency=20, journal=journal, reconcile_backoff=0
        )
        for o in outcomes:
            if o.status == "already_done" and o.attempts == 0:
                assert backend.create_calls[o.request.key] == calls_before[o.request.key]  # type: ignore[union-attr]
    assert all(o.ok for o in outcomes)
    assert all(backend.applied(r.key) == 1 for r in requests)
    assert len(backend.bookings) == len(requests)
    assert set(last_states(journal).values()) == {"done"}


async def test_a_rate_limited_create_is_waited_out_and_sent_again() -> None:
    """A 429 (or the pacer refusing before sending) proves nothing was created: the engine waits
    for the limit instead of failing the item, so a bulk job outlasts a 60 s block."""
    requests = [make_request(0), make_request(1)]
    refused_locally = RateLimitError(
        "limit known to stay exhausted; not sent",
        response=httpx.Response(
            429, request=httpx.Request("POST", "https://api.cal.com/v2/bookings")
        ),
        retry_after=0.0,
        sent=False,
    )
    script: dict[str, list[BaseException | str]] = {
        requests[0].key: [api_error(429, "Too many requests"), api_error(429, "again")],
        requests[1].key: [refused_locally],
    }
    backend = FakeBackend(script=script)
    outcomes = await run_bulk(backend, requests, concurrency=2, reconcile_backoff=0)
    assert [o.status for o in outcomes] == ["booked", "booked"]
    assert [o.attempts for o in outcomes] == [3, 1]  # the one never sent is not an attempt
    assert backend.applied(requests[0].key) == backend.applied(requests[1].key) == 1


async def test_failure_reasons_are_typed() -> None:
    requests = [make_request(i) for i in range(13)]
    k = [r.key for r in requests]
    script: dict[str, list[BaseException | str]] = {
        k[0]: [slot_taken()],
        k[1]: [api_error(409, "Booking conflict with an existing booking")],
        k[2]: [api_error(400, "attendee.timeZone must be a valid IANA zone")],
        k[3]: [api_error(422, "Unprocessable")],
        k[4]: [api_error(404, "Event type not found")],
        k[5]: [api_error(401, "Invalid API key")],
        k[6]: [api_error(403, "Forbidden")],
        # A rate-limit refusal created nothing: waited out and re-sent, up to a bound.
        k[7]: [api_error(429, "Too many requests")] * (_MAX_RATE_LIMIT_WAITS + 1),
        k[8]: [api_error(503, "Unavailable")] * 3,  # absent every time -> server_error
        k[9]: [connection_error()] * 3,
        k[10]: [ambiguous()],  # and every lookup fails below
        k[11]: [CalcomValueError("bad input")],
    }
    find_script: dict[str, list[BaseException | str]] = {k[10]: [connection_error()] * 3}
    backend = FakeBackend(script=script, find_script=find_script)
    outcomes = await run_bulk(
        backend, requests, concurrency=4, max_reconcile_attempts=3, reconcile_backoff=0
    )
    reasons = [o.reason for o in outcomes]
    assert reasons == [
        "slot_unavailable",
        "slot_unavailable",
        "invalid",
        "invalid",
        "not_found",
        "unauthorized",
        "unauthorized",
        "rate_limited",
        "server_error",
        "connection",
        "ambiguous_unresolved",
        "invalid",
        None,
    ]
    assert outcomes[12].status == "booked"
    # Definite errors are not retried; confirmed-absent transient ones are, up to the bound.
    assert [o.attempts for o in outcomes[:7]] == [1] * 7
    assert outcomes[7].attempts == _MAX_RATE_LIMIT_WAITS + 1
    assert outcomes[8].attempts == outcomes[9].attempts == 3
    assert backend.find_calls[k[10]] == 3
    assert backend.find_calls[k[0]] == 1 and backend.find_calls[k[2]] == 0  # slot taken: looked
    assert "Invalid API key" in (outcomes[5].error or "")
    summary = summarize(outcomes)
    assert summary.failed == 12 and summary.failed_by_reason["unauthorized"] == 2
    assert not summary.ok


async def test_lost_response_is_adopted_not_recreated() -> None:
    request = make_request(0)
    backend = FakeBackend(script={request.key: ["apply+lost"]}, allow_double=True)
    [outcome] = await run_bulk(backend, [request], reconcile_backoff=0)
    assert outcome.status == "booked" and outcome.attempts == 1
    assert outcome.uid == backend.by_key[request.key][0]
    assert backend.applied(request.key) == 1 and backend.find_calls[request.key] == 1


async def test_slot_taken_after_an_ambiguous_attempt_is_reconciled() -> None:
    # The first create times out but commits later; the retry then sees the slot taken -- by us.
    request = make_request(0)
    backend = FakeBackend(late_apply=1.0)
    [outcome] = await run_bulk(backend, [request], reconcile_backoff=0)
    assert outcome.status == "booked" and outcome.attempts == 2
    assert backend.applied(request.key) == 1
    assert outcome.uid == backend.by_key[request.key][0]


async def test_slot_taken_by_someone_else_fails() -> None:
    requests = [make_request(i) for i in range(3)]
    backend = FakeBackend(taken={requests[1].start})
    outcomes = await run_bulk(backend, requests)
    assert [o.status for o in outcomes] == ["booked", "failed", "booked"]
    assert outcomes[1].reason == "slot_unavailable" and outcomes[1].uid is None


async def test_slot_taken_by_our_own_earlier_booking_is_already_done() -> None:
    # e.g. booked by an earlier run without a journal: reported as existing, not as failed.
    request = make_request(0)
    backend = FakeBackend()
    backend._apply(request)
    [outcome] = await run_bulk(backend, [request])
    assert outcome.status == "already_done" and outcome.uid == backend.by_key[request.key][0]
    assert outcome.attempts == 1 and backend.applied(request.key) == 1


async def test_invalid_items_fail_alone() -> None:
    good = make_request(0)
    items: list[Any] = [
        {"event_type_id": 7, "start": BASE, "attendee": {"name": "X", "email": "nope"}},
        good,
        42,
        {"event_type_id": 7, "start": BASE + timedelta(days=1), "attendee": {"name": "Y"}},
        {"event_type_id": 7, "start": BASE, "attendee": {"name": "Z", "email": "z@example.com"}},
        {"event_type_id": 7, "start": BASE, "attendee": {"name": "Q", "email": "q@x.com"}, "x": 1},
    ]
    backend = FakeBackend(allow_double=True)
    outcomes = await run_bulk(backend, items)
    assert [o.status for o in outcomes] == [
        "failed",
        "booked",
        "failed",
        "failed",
        "booked",
        "failed",
    ]
    assert all(o.reason == "invalid" and o.request is None for o in outcomes if not o.ok)
    assert "email" in (outcomes[0].error or "") and "unknown" in (outcomes[5].error or "")
    assert outcomes[4].request is not None and outcomes[4].request.attendee.name == "Z"


async def test_duplicate_items_never_book_twice() -> None:
    a = make_request(0, email="ada@example.com")
    a_again = make_request(0, email="ADA@example.com")  # same key: email case does not matter
    bad = make_request(1)
    backend = FakeBackend(allow_double=True, latency=0.001, taken={bad.start})
    outcomes = await run_bulk(backend, [a, bad, a_again, bad, a], concurrency=5)
    assert [o.status for o in outcomes] == [
        "booked",
        "failed",
        "already_done",
        "failed",
        "already_done",
    ]
    assert outcomes[0].uid == outcomes[2].uid == outcomes[4].uid
    assert outcomes[3].reason == "slot_unavailable" and "item 1" in (outcomes[3].error or "")
    assert backend.create_calls[a.key] == 1 and backend.create_calls[bad.key] == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"concurrency": 0},
        {"concurrency": "8"},
        {"max_reconcile_attempts": 0},
        {"reconcile_backoff": -1},
        {"reconcile_backoff": float("nan")},
        {"settle_delay": float("inf")},
        {"settle_delay": "1"},
        {"mark_bookings": 1},
        {"on_progress": "print"},
        {"journal": 123},  # once created a file called ./123
        {"journal": b"run.jsonl"},
        {"journal": ""},
    ],
)
async def test_bad_arguments(
    kwargs: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CalcomValueError):
        await run_bulk(FakeBackend(), [], **kwargs)
    assert not any(tmp_path.iterdir())  # noqa: ASYNC240 - no journal file was created


@pytest.mark.parametrize("requests", ["not a list", b"bytes", {"event_type_id": 1}, 42, None])
async def test_requests_must_be_an_iterable_of_items(requests: Any) -> None:
    with pytest.raises(CalcomValueError):
        await run_bulk(FakeBackend(), requests)


async def test_no_requests_no_outcomes() -> None:
    assert await run_bulk(FakeBackend(), []) == []


async def test_on_progress_errors_are_logged_and_ignored(caplog: pytest.LogCaptureFixture) -> None:
    def boom(event: ProgressEvent) -> None:
        raise RuntimeError("progress bar broke")

    with caplog.at_level(logging.WARNING, logger="calcom_async.bulk"):
        outcomes = await run_bulk(
            FakeBackend(), [make_request(i) for i in range(5)], on_progress=boom
        )
    assert all(o.status == "booked" for o in outcomes)
    assert "progress bar broke" in caplog.text and "5 times" in caplog.text


async def test_backend_bugs_propagate_and_leave_in_flight(tmp_path: Path) -> None:
    journal = tmp_path / "j.jsonl"
    request = make_request(0)
    backend = FakeBackend(script={request.key: [TypeError("bug in adapter")]})
    with pytest.raises(Exception) as info:  # anyio wraps task errors in an ExceptionGroup
        await run_bulk(backend, [request], journal=journal)
    assert "bug in adapter" in repr(info.value.exceptions)  # type: ignore[attr-defined]
    assert last_states(journal) == {request.key: "in_flight"}
    [outcome] = await run_bulk(backend, [request], journal=journal)
    assert outcome.status == "booked" and backend.find_calls[request.key] == 1


# ---------------------------------------------------------------------------------------------
# Journal
# ---------------------------------------------------------------------------------------------


async def test_journal_resume_skips_done_and_reconciles_in_flight(tmp_path: Path) -> None:
    journal = tmp_path / "run.jsonl"
    requests = [make_request(i) for i in range(60)]
    backend = FakeBackend(allow_double=True)
    first = await run_bulk(backend, requests[:30], journal=journal)
    assert all(o.status == "booked" for o in first)
    records = journal_lines(journal)
    assert [r["state"] for r in records].count("in_flight") == 30
    assert all(set(r) >= {"key", "index", "state", "ts"} for r in records)
    assert all(r["uid"] == backend.by_key[r["key"]][0] for r in records if r["state"] == "done")

    # Simulate a run killed mid-request: 30..34 applied but never journaled "done", 35..39 sent
    # (journaled in_flight) but never applied, and 40 journaled "failed".
    with journal.open("a") as f:
        for i in range(30, 40):
            f.write(json.dumps({"key": requests[i].key, "index": i, "state": "in_flight"}) + "\n")
        f.write(json.dumps({"key": requests[40].key, "index": 40, "state": "failed"}) + "\n")
    for i in range(30, 35):
        backend._apply(requests[i])
    calls_before = sum(backend.create_calls.values())

    outcomes = await run_bulk(backend, requests, journal=journal, concurrency=6)
    assert [o.status for o in outcomes[:35]] == ["already_done"] * 35
    assert [o.status for o in outcomes[35:]] == ["booked"] * 25
    assert all(o.attempts == 0 for o in outcomes[:35])
    assert all(backend.find_calls[r.key] == 0 for r in requests[:30])  # no request at all
    assert all(backend.find_calls[r.key] == 1 for r in requests[30:40])
    assert all(backend.find_calls[r.key] == 0 for r in requests[40:])  # failed: just retried
    assert sum(backend.create_calls.values()) - calls_before == 25
    assert all(backend.applied(r.key) == 1 for r in requests)
    assert set(last_states(journal).values()) == {"done"}


async def test_torn_last_line_is_dropped(tmp_path: Path) -> None:
    journal = tmp_path / "run.jsonl"
    requests = [make_request(i) for i in range(4)]
    backend = FakeBackend()
    await run_bulk(backend, requests[:2], journal=journal)
    with journal.open("a") as f:
        f.write('{"key": "' + requests[2].key[:10])  # killed mid-write
    outcomes = await run_bulk(backend, requests, journal=journal)
    assert [o.status for o in outcomes] == ["already_done"] * 2 + ["booked"] * 2
    assert len(journal_lines(journal)) == 8  # every line parses: the fragment was removed


async def test_complete_last_line_without_newline_is_kept(tmp_path: Path) -> None:
    journal = tmp_path / "run.jsonl"
    request = make_request(0)
    journal.write_text(json.dumps({"key": request.key, "index": 0, "state": "done", "uid": "u1"}))
    backend = FakeBackend()
    outcomes = await run_bulk(backend, [request, make_request(1)], journal=journal)
    assert outcomes[0].status == "already_done" and outcomes[0].uid == "u1"
    assert len(journal_lines(journal)) == 3 and not backend.find_calls[request.key]


async def test_corrupt_middle_line_is_refused(tmp_path: Path) -> None:
    journal = tmp_path / "run.jsonl"
    journal.write_text('{"key": "a", "state": "done"}\nGARBAGE\n{"key": "b", "state": "done"}\n')
    backend = FakeBackend()
    with pytest.raises(CalcomValueError, match="line 2 is corrupt"):
        await run_bulk(backend, [make_request(0)], journal=journal)
    assert not backend.create_calls


async def test_journal_in_use_by_another_run_is_refused(tmp_path: Path) -> None:
    journal = tmp_path / "run.jsonl"
    backend = FakeBackend(latency=0.01)
    errors: list[BaseException] = []

    async def second() -> None:
        await anyio.sleep(0.02)
        try:
            await run_bulk(backend, [make_request(99)], journal=journal)
        except CalcomError as exc:
            errors.append(exc)

    async with anyio.create_task_group() as tg:
        tg.start_soon(second)
        await run_bulk(
            backend, [make_request(i) for i in range(20)], journal=journal, concurrency=1
        )
    assert len(errors) == 1 and "in use" in str(errors[0])
    assert not backend.create_calls[make_request(99).key]


# ---------------------------------------------------------------------------------------------
# Cancellation and bounded memory
# ---------------------------------------------------------------------------------------------


async def test_cancellation_then_rerun_completes_exactly_once(tmp_path: Path) -> None:
    journal = tmp_path / "run.jsonl"
    requests = [make_request(i) for i in range(120)]
    # Items 30..34 commit but their responses never come back before the cancel: the hardest case.
    hanging = {requests[i].key: ["apply+hang"] for i in range(30, 35)}
    backend = FakeBackend(
        seed=3, allow_double=True, latency=0.001, lost_response=0.1, script=dict(hanging)
    )
    with anyio.CancelScope() as scope:

        def progress(event: ProgressEvent) -> None:
            if event.done >= 60:
                scope.cancel()

        await run_bulk(
            backend, requests, concurrency=10, journal=journal, on_progress=progress,
            reconcile_backoff=0,
        )  # fmt: skip
        pytest.fail("the run should have been cancelled")
    states = last_states(journal)
    assert 60 <= sum(s == "done" for s in states.values()) < 120
    assert all(states[key] == "in_flight" for key in hanging)
    assert sum(backend.applied(r.key) for r in requests) < 120

    backend.p["lost_response"] = 0.0
    outcomes = await run_bulk(backend, requests, concurrency=10, journal=journal)
    assert all(o.ok for o in outcomes)
    assert all(backend.applied(r.key) == 1 for r in requests)
    # Committed-but-unanswered items are found by reconciliation, not created again.
    assert [o.status for o in outcomes[30:35]] == ["already_done"] * 5
    assert all(backend.create_calls[key] == 1 for key in hanging)
    assert set(last_states(journal).values()) == {"done"}


async def test_async_iterable_input_is_consumed_lazily() -> None:
    concurrency = 3
    produced = 0
    finished = 0
    max_held = 0

    async def generate() -> AsyncIterator[dict[str, Any]]:
        nonlocal produced, max_held
        for i in range(10_000):
            produced += 1
            max_held = max(max_held, produced - finished)
            yield {
                "event_type_id": 7,
                "start": BASE + timedelta(minutes=i),
                "attendee": {"name": "P", "email": f"p{i}@example.com"},
            }

    seen: list[tuple[int | None, int]] = []

    def progress(event: ProgressEvent) -> None:
        nonlocal finished
        finished = event.done
        if event.total is not None or event.in_flight >= concurrency:
            seen.append((event.total, event.in_flight))

    backend = FakeBackend()
    outcomes = await run_bulk(backend, generate(), concurrency=concurrency, on_progress=progress)
    assert len(outcomes) == 10_000 and all(o.status == "booked" for o in outcomes)
    assert max_held <= concurrency and not seen
    assert backend.max_in_create <= concurrency


async def test_cancel_closes_async_generator_input() -> None:
    closed = anyio.Event()

    async def generate() -> AsyncIterator[BookingRequest]:
        try:
            for i in range(1000):
                yield make_request(i)
        finally:
            closed.set()

    with anyio.move_on_after(0.05):
        await run_bulk(FakeBackend(latency=0.01), generate(), concurrency=2)
    assert closed.is_set()


def test_runs_under_trio(tmp_path: Path) -> None:
    journal = tmp_path / "trio.jsonl"
    requests = [make_request(i) for i in range(50)]
    backend = FakeBackend(seed=9, lost_response=0.2, connect_error=0.1, allow_double=True)

    async def main() -> list[BookingOutcome]:
        return await run_bulk(
            backend, requests, concurrency=8, journal=journal, reconcile_backoff=0.001
        )

    outcomes = anyio.run(main, backend="trio")
    assert all(o.ok for o in outcomes)
    assert all(backend.applied(r.key) == 1 for r in requests)
    assert set(last_states(journal).values()) == {"done"}


# ---------------------------------------------------------------------------------------------
# Markers, late commits, duplicates with other details
# ---------------------------------------------------------------------------------------------


async def test_each_booking_carries_its_key_as_marker_unless_turned_off() -> None:
    request = make_request(0)
    backend = FakeBackend()
    [outcome] = await run_bulk(backend, [request])
    [sent] = backend.sent
    assert sent.metadata == {"row": "0", BULK_MARKER_KEY: request.key}
    assert outcome.request == request  # the outcome keeps the caller's request, unmarked
    assert len(BULK_MARKER_KEY) <= 40 and len(request.key) <= 500  # Cal.com's limits

    plain = FakeBackend()
    await run_bulk(plain, [request], mark_bookings=False)
    assert plain.sent[0].metadata == {"row": "0"}


async def test_marker_needs_a_free_metadata_key() -> None:
    full = BookingRequest(
        7,
        BASE,
        Attendee(name="A", email="a@example.com"),
        metadata={f"k{i}": "v" for i in range(50)},
    )
    reserved = BookingRequest(
        7, BASE, Attendee(name="B", email="b@example.com"), metadata={BULK_MARKER_KEY: "mine"}
    )
    backend = FakeBackend()
    outcomes = await run_bulk(backend, [full, reserved])
    assert [o.reason for o in outcomes] == ["invalid", "invalid"]
    assert "mark_bookings=False" in (outcomes[0].error or "")
    assert backend.sent == []
    outcomes = await run_bulk(backend, [full], mark_bookings=False)
    assert outcomes[0].status == "booked"


async def test_a_2xx_answer_the_sdk_could_not_use_is_reconciled_not_invalid() -> None:
    request = make_request(0)
    backend = FakeBackend(script={request.key: ["apply+unparsed"]}, allow_double=True)
    [outcome] = await run_bulk(backend, [request], settle_delay=3600)  # an answer: no settling
    assert outcome.status == "booked" and outcome.attempts == 1
    assert backend.applied(request.key) == 1 and backend.find_calls[request.key] == 1


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Missing required booking field 'notes'", "invalid"),
        ("User either already has booking at this time or is not available", "slot_unavailable"),
        ("One of the hosts either already has booking at this time or is not available",
         "slot_unavailable"),
        ("no_available_users_found_error", "slot_unavailable"),
    ],
)  # fmt: skip
async def test_bad_request_classification(message: str, reason: str) -> None:
    request = make_request(0)
    backend = FakeBackend(script={request.key: [api_error(400, message)]})
    [outcome] = await run_bulk(backend, [request])
    assert outcome.reason == reason
    assert backend.find_calls[request.key] == (1 if reason == "slot_unavailable" else 0)


async def test_late_commit_is_waited_out_before_the_lookup() -> None:
    # The create times out and commits 0.2 s later; the lookup waits settle_delay (0.3 s) first.
    request = make_request(0)
    async with anyio.create_task_group() as later:
        backend = FakeBackend(script={request.key: ["late+0.2"]}, allow_double=True, later=later)
        [outcome] = await run_bulk(backend, [request], settle_delay=0.3, reconcile_backoff=0)
    assert outcome.status == "booked" and outcome.attempts == 1
    assert backend.applied(request.key) == 1 and outcome.cancelled_duplicates == ()


async def test_late_commit_behind_the_lookup_is_swept_and_cancelled() -> None:
    # Commit at 0.3 s; the lookup (0.2 s) misses it, the re-send succeeds, and the sweep one
    # settle delay after that success finds both bookings with our marker: the late one goes.
    request = make_request(0)
    async with anyio.create_task_group() as later:
        backend = FakeBackend(script={request.key: ["late+0.3"]}, allow_double=True, later=later)
        [outcome] = await run_bulk(backend, [request], settle_delay=0.2, reconcile_backoff=0)
    assert outcome.status == "booked" and outcome.attempts == 2
    [late] = outcome.cancelled_duplicates
    assert late != outcome.uid and backend.by_key[request.key] == [outcome.uid]
    assert backend.cancelled == [(late, f"Duplicate of booking {outcome.uid}: a retried import "
                                        "created this one as well.")]  # fmt: skip


async def test_a_duplicate_that_cannot_be_cancelled_is_reported() -> None:
    request = make_request(0)
    async with anyio.create_task_group() as later:
        backend = FakeBackend(script={request.key: ["late+0.3"]}, allow_double=True, later=later)
        backend.cancel_fails = True
        [outcome] = await run_bulk(backend, [request], settle_delay=0.2, reconcile_backoff=0)
    assert outcome.ok and outcome.cancelled_duplicates == ()
    assert "could not be cancelled" in (outcome.error or "")
    assert backend.applied(request.key) == 2  # the documented residual risk, made visible


async def test_reconciling_a_previous_run_cancels_extra_bookings_with_our_marker(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "run.jsonl"
    request = make_request(0)
    marked = request.marked()
    backend = FakeBackend(allow_double=True)
    first, second = backend._apply(marked), backend._apply(marked)  # two attempts both landed
    journal.write_text(json.dumps({"key": request.key, "index": 0, "state": "in_flight"}) + "\n")
    [outcome] = await run_bulk(backend, [request], journal=journal)
    assert outcome.status == "already_done" and outcome.uid == first
    assert outcome.cancelled_duplicates == (second,)
    assert backend.by_key[request.key] == [first]


async def test_someone_elses_booking_is_adopted_but_never_cancelled() -> None:
    request = make_request(0)
    backend = FakeBackend()
    foreign = backend._apply(request)  # no marker: made outside create_many
    [outcome] = await run_bulk(backend, [request])  # slot taken -> lookup
    assert outcome.status == "already_done" and outcome.uid == foreign
    assert backend.cancelled == []


async def test_a_fresh_in_flight_record_is_settled_before_the_lookup(tmp_path: Path) -> None:
    # A killed run's create may still be running: the re-run waits until settle_delay has
    # passed since the in_flight record, then finds the booking instead of making another.
    journal = tmp_path / "run.jsonl"
    request = make_request(0)
    now = datetime.now(timezone.utc).isoformat()
    journal.write_text(
        json.dumps({"key": request.key, "index": 0, "state": "in_flight", "ts": now}) + "\n"
    )
    async with anyio.create_task_group() as later:
        backend = FakeBackend(allow_double=True, later=later)
        backend.commit_later(request.marked(), 0.2)
        [outcome] = await run_bulk(backend, [request], journal=journal, settle_delay=0.4)
    assert outcome.status == "already_done" and outcome.attempts == 0
    assert backend.applied(request.key) == 1 and backend.create_calls[request.key] == 0


async def test_same_key_other_details_is_a_conflicting_duplicate(tmp_path: Path) -> None:
    a = make_request(0)
    same = make_request(0, email="P0@EXAMPLE.com")  # email case does not count
    other_guests = attrs.evolve(a, guests=("bob@example.com",))
    other_metadata = attrs.evolve(a, metadata={"row": "1"})
    backend = FakeBackend(allow_double=True)
    journal = tmp_path / "run.jsonl"
    outcomes = await run_bulk(backend, [a, same, other_guests, other_metadata], journal=journal)
    assert [o.status for o in outcomes] == ["booked", "already_done", "failed", "failed"]
    assert [o.reason for o in outcomes[2:]] == ["conflicting_duplicate"] * 2
    assert "item 0" in (outcomes[2].error or "")
    assert backend.create_calls[a.key] == 1
    # Across runs too: the journal remembers what the booking was made with.
    [changed] = await run_bulk(backend, [other_guests], journal=journal)
    assert changed.reason == "conflicting_duplicate" and outcomes[0].uid in (changed.error or "")
    [unchanged] = await run_bulk(backend, [same], journal=journal)
    assert unchanged.status == "already_done" and unchanged.uid == outcomes[0].uid
    assert backend.create_calls[a.key] == 1


@pytest.mark.parametrize("name", ["x" * 70_000, "no/such/directory/run.jsonl"])
async def test_a_journal_that_cannot_be_opened_is_a_value_error(name: str, tmp_path: Path) -> None:
    backend = FakeBackend()
    with pytest.raises(CalcomValueError, match="cannot be opened"):
        await run_bulk(backend, [make_request(0)], journal=tmp_path / name)
    assert backend.sent == []
