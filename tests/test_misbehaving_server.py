"""The SDK against misbehaving servers on real loopback sockets (``tests/loopback.py``).

Each test asserts the typed outcome and that the wait was bounded -- on the recorded waits (the
``on_wait`` hook, the retry layer's sleeps, which are recorded instead of slept, as in
``conftest.py``), on the pacer's state, or on trio's virtual clock. Never on wall-clock time.
"""

from __future__ import annotations

import logging
import pickle
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import anyio
import httpx
import pytest
import trio
from loopback import (
    Action,
    Answer,
    CloseMidBody,
    CorruptGzip,
    Forward,
    Hang,
    NoAnswer,
    Reply,
    Request,
    ScriptedServer,
    StallBody,
    answer,
    scripted,
)
from trio.testing import MockClock

from calcom_async import (
    AmbiguousRequestError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncCalcom,
    Attendee,
    BadRequestError,
    BookingRequest,
    CalcomError,
    RateLimitError,
    WaitEvent,
)
from calcom_async.cli import main as cli_main
from calcom_async.testing import FakeCalcom

KEY = "cal_live_0f1e2d3c4b5a69788796a5b4c3d2e1f0"
START = datetime(2031, 3, 3, 9, 0, tzinfo=timezone.utc)
ADA = Attendee(name="Ada Lovelace", email="ada@example.com", time_zone="Europe/London")


class Recorder:
    """What a client waited: ``on_wait`` events and the retry layer's (recorded) sleeps."""

    def __init__(self) -> None:
        self.waits: list[WaitEvent] = []
        self.sleeps: list[float] = []

    def client(self, server: ScriptedServer, **options: Any) -> AsyncCalcom:
        cal = AsyncCalcom(KEY, base_url=server.url, on_wait=self.waits.append, **options)

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        cal._transport._sleep = sleep  # recorded, not slept (as conftest.py's fixture does)
        return cal


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


async def book(cal: AsyncCalcom, **options: Any) -> object:
    return await cal.bookings.create(event_type_id=4001, start=START, attendee=ADA, **options)


# --------------------------------------------------------------------------- broken bodies

BROKEN_BODIES = [
    pytest.param(CloseMidBody, httpx.RemoteProtocolError, APIConnectionError, id="closed-mid-body"),
    pytest.param(CorruptGzip, httpx.DecodingError, APIConnectionError, id="corrupt-gzip"),
    pytest.param(StallBody, httpx.ReadTimeout, APITimeoutError, id="stalled-body"),
]


@pytest.mark.parametrize(("broken", "cause", "error"), BROKEN_BODIES)
async def test_get_whose_body_breaks_is_retried(
    rec: Recorder, broken: Callable[[], Action], cause: type[Exception], error: type[Exception]
) -> None:
    with scripted(broken(), Reply()) as server:
        async with rec.client(server, timeout=0.3) as cal:
            me = await cal.me.get()
    assert me.username == "ada"
    assert server.paths() == ["GET /v2/me", "GET /v2/me"]
    assert [w.reason for w in rec.waits] == ["backoff"]
    assert rec.sleeps == [rec.waits[0].seconds] and rec.sleeps[0] <= 0.5  # first backoff cap
    assert cal.stats.connection_errors == 1 and cal.stats.retries == 1


@pytest.mark.parametrize(("broken", "cause", "error"), BROKEN_BODIES)
async def test_get_whose_body_always_breaks_ends_in_a_typed_error(
    rec: Recorder, broken: Callable[[], Action], cause: type[Exception], error: type[Exception]
) -> None:
    with scripted(broken()) as server:
        async with rec.client(server, timeout=0.3, max_retries=2) as cal:
            with pytest.raises(error) as raised:
                await cal.me.get()
    assert type(raised.value) is error
    assert isinstance(raised.value.__cause__, cause)
    assert "failed after 3 attempt(s)" in str(raised.value)
    assert "the 200 response's body could not be read" in str(raised.value)
    assert len(server.requests) == 3 and len(rec.sleeps) == 2


@pytest.mark.parametrize(("broken", "cause", "error"), BROKEN_BODIES)
async def test_post_whose_body_breaks_is_ambiguous_and_not_resent(
    rec: Recorder,
    broken: Callable[[Answer], Action],
    cause: type[Exception],
    error: type[Exception],
) -> None:
    with scripted(broken(answer(201, data={"uid": "b-1"}))) as server:
        async with rec.client(server, timeout=0.3) as cal:
            with pytest.raises(AmbiguousRequestError) as raised:
                await book(cal)
    assert isinstance(raised.value.__cause__, cause)
    assert "may or may not have been applied" in str(raised.value)
    assert "201" in str(raised.value)
    assert server.paths() == ["POST /v2/bookings"]
    assert rec.sleeps == [] and cal.stats.ambiguous == 1


async def test_post_refused_with_429_whose_body_breaks_is_retried(rec: Recorder) -> None:
    """A 429 proves nothing was applied, even if its body never arrives."""
    refusal = answer(429, raw={"status": "error"}, headers={"Retry-After": "1"})
    invalid = answer(400, raw={"status": "error", "error": {"code": "BadRequestException"}})
    with scripted(CloseMidBody(refusal), Reply(invalid)) as server:
        async with rec.client(server, pacing=False) as cal:
            with pytest.raises(BadRequestError):
                await book(cal)
    assert server.paths() == ["POST /v2/bookings", "POST /v2/bookings"]
    assert cal.stats.ambiguous == 0 and len(rec.sleeps) == 1


async def test_answer_dropped_before_a_byte_is_typed(rec: Recorder) -> None:
    with scripted(NoAnswer()) as server:
        async with rec.client(server, max_retries=1) as cal:
            with pytest.raises(APIConnectionError) as get_error:
                await cal.me.get()
            with pytest.raises(AmbiguousRequestError):
                await book(cal)
    assert isinstance(get_error.value.__cause__, httpx.RemoteProtocolError)
    assert server.paths() == ["GET /v2/me", "GET /v2/me", "POST /v2/bookings"]


# --------------------------------------------------------------------------- long waits


async def test_long_retry_after_is_not_slept_and_later_calls_are_refused_at_once(
    rec: Recorder,
) -> None:
    refusal = answer(429, raw={"status": "error"}, headers={"Retry-After": "3600"})
    with scripted(Reply(refusal), Reply()) as server:
        async with rec.client(server) as cal:
            with pytest.raises(RateLimitError) as first:
                await cal.me.get()
            with pytest.raises(RateLimitError) as later:
                await cal.me.get()
            with pytest.raises(RateLimitError):
                await cal.bookings.get("b-1", max_retries=0)
            assert cal.pacer is not None
            pacer = cal.pacer.snapshot()
    assert first.value.sent and first.value.retry_after == 3600.0
    assert not later.value.sent and later.value.retry_after is not None
    assert 3590 < later.value.retry_after <= 3600.1
    assert later.value.status_code == 429 and later.value.response.headers["retry-after"]
    assert "not sent" in str(later.value)
    assert server.paths() == ["GET /v2/me"]  # nothing sent after the refusal
    assert rec.waits == [] and rec.sleeps == []  # and nothing waited
    assert cal.stats.refused_locally == 2 and pacer.refused_locally == 2


async def test_exhausted_limit_with_a_long_reset_is_refused_at_once(rec: Recorder) -> None:
    exhausted = {
        "X-RateLimit-Limit-Default": "120",
        "X-RateLimit-Remaining-Default": "0",
        "X-RateLimit-Reset-Default": "3600",
    }
    with scripted(Reply(answer(headers=exhausted))) as server:
        async with rec.client(server) as cal:
            await cal.me.get()
            with pytest.raises(RateLimitError) as refused:
                await cal.me.get()
    assert not refused.value.sent and refused.value.limit == "default"
    assert refused.value.retry_after is not None and 3590 < refused.value.retry_after < 3602
    assert "the rate limit 'default' is exhausted" in str(refused.value)
    assert len(server.requests) == 1 and rec.waits == []


async def test_short_waits_respect_max_retries_zero_and_a_per_call_timeout(
    rec: Recorder,
) -> None:
    """A 20 s reset: within max_rate_limit_wait, so a plain call waits it out (we see the wait
    begin, then cancel it); max_retries=0 and timeout=5 refuse it at once."""
    exhausted = {
        "X-RateLimit-Limit-Default": "120",
        "X-RateLimit-Remaining-Default": "0",
        "X-RateLimit-Reset-Default": "20",
    }
    with scripted(Reply(answer(headers=exhausted))) as server:
        async with rec.client(server) as cal:
            await cal.me.get()
            with pytest.raises(RateLimitError) as no_retries:
                await cal.me.get(max_retries=0)
            with pytest.raises(RateLimitError) as short_timeout:
                await cal.me.get(timeout=5)
            started = anyio.Event()
            cal.pacer.on_wait = lambda event: (rec.waits.append(event), started.set())  # type: ignore[union-attr]
            async with anyio.create_task_group() as tg:
                tg.start_soon(cal.me.get)
                await started.wait()
                tg.cancel_scope.cancel()
    assert not no_retries.value.sent and not short_timeout.value.sent
    assert "(0.0 s); not sent" in str(no_retries.value)
    assert "(5.0 s); not sent" in str(short_timeout.value)
    [wait] = rec.waits
    assert wait.reason == "rate_limit" and wait.limit == "default"
    assert 19 < wait.seconds < 21.2
    assert len(server.requests) == 1


async def test_a_per_call_timeout_bounds_a_429_retry_wait(rec: Recorder) -> None:
    refusal = answer(429, raw={"status": "error"}, headers={"Retry-After": "30"})
    with scripted(Reply(refusal), Reply(refusal), Reply()) as server:
        async with rec.client(server, pacing=False) as cal:
            with pytest.raises(RateLimitError) as bounded:
                await cal.me.get(timeout=5)
            assert rec.sleeps == []  # 30 s > 5 s: returned at once
            me = await cal.me.get()  # the default bound (60 s) waits the 30 s out
    assert bounded.value.sent and bounded.value.retry_after == 30.0
    assert me.username == "ada"
    assert rec.sleeps == [30.0]
    assert rec.waits == [WaitEvent("rate_limit", 30.0)]
    assert len(server.requests) == 3


# --------------------------------------------------------------------------- first response lost


def run_virtual(main: Callable[[], Any]) -> None:
    """Run under trio with a virtual clock that jumps only after 30 s of real idleness.

    The test needs no jump (a lost first response must release the others at once); a long
    threshold keeps a loaded machine's slow loopback I/O from passing for virtual time.
    """
    trio.run(main, clock=MockClock(autojump_threshold=30.0))


@pytest.mark.parametrize("loss", ["dropped", "cancelled"])
def test_losing_the_first_response_releases_the_others_at_once(loss: str) -> None:
    """Concurrent calls wait for the client's first response; when it is lost -- dropped by the
    server, or the first call cancelled -- they go at once, not after the 10 s probe timeout."""
    dropped = threading.Event()
    first: Action = NoAnswer(after=dropped) if loss == "dropped" else Hang()
    waits: list[WaitEvent] = []
    outcomes: dict[str, object] = {}

    async def main() -> None:
        with ScriptedServer([first, Reply()]).running() as server:
            async with AsyncCalcom(
                KEY, base_url=server.url, max_retries=0, on_wait=waits.append
            ) as cal:
                assert cal.pacer is not None
                first_call = trio.CancelScope()

                async def call(name: str, scope: trio.CancelScope | None = None) -> None:
                    with scope or trio.CancelScope():
                        try:
                            outcomes[name] = (await cal.me.get()).username
                        except CalcomError as exc:
                            outcomes[name] = type(exc)

                async with trio.open_nursery() as nursery:
                    nursery.start_soon(call, "first", first_call)
                    await trio.testing.wait_all_tasks_blocked()  # it holds the probe
                    # The server's threads take requests in any order; the first must get the
                    # script's first action (on a loaded machine the second could, and hang).
                    await trio.to_thread.run_sync(server.wait_for_requests, 1)
                    nursery.start_soon(call, "second")
                    nursery.start_soon(call, "third")
                    await trio.testing.wait_all_tasks_blocked()
                    assert cal.pacer.snapshot().queued == 2  # both wait for the first response
                    assert [w.reason for w in waits] == ["first_response"]
                    if loss == "dropped":
                        dropped.set()
                    else:
                        first_call.cancel()
                stats = cal.pacer.snapshot()
        # Virtual seconds: the hold ended with the first call, no 10 s probe timeout ran out.
        assert stats.max_wait < 1.0 and trio.current_time() < 1.0
        assert {w.reason for w in waits} == {"first_response"}

    run_virtual(main)
    assert outcomes["second"] == outcomes["third"] == "ada"
    if loss == "dropped":
        assert outcomes["first"] is APIConnectionError
    else:
        assert "first" not in outcomes  # cancelled: no outcome, and no error either


# --------------------------------------------------------------------------- redirects


@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_a_redirect_names_its_status_and_location(rec: Recorder, status: int) -> None:
    moved = answer(status, raw={}, headers={"Location": "http://127.0.0.1:9/v2/me"})
    with scripted(Reply(moved)) as server:
        async with rec.client(server) as cal:
            with pytest.raises(APIStatusError) as get_error:
                await cal.me.get()
            with pytest.raises(APIStatusError) as post_error:
                await book(cal)
    for error in (get_error.value, post_error.value):
        assert type(error) is APIStatusError and error.status_code == status
        assert "'http://127.0.0.1:9/v2/me'" in str(error) and str(status) in str(error)
        assert "never follows redirects" in str(error)
    assert server.paths() == ["GET /v2/me", "POST /v2/bookings"]


async def test_303_after_a_post_is_ambiguous(rec: Recorder) -> None:
    seen = answer(303, raw={}, headers={"Location": "/v2/bookings/b-1"})
    with scripted(Reply(seen)) as server:
        async with rec.client(server) as cal:
            with pytest.raises(AmbiguousRequestError, match="303 See Other"):
                await book(cal)
    assert server.paths() == ["POST /v2/bookings"]


async def test_a_user_http_client_that_follows_redirects_never_follows_ours(
    rec: Recorder,
) -> None:
    """The other origin serves plausible data; none of it may come back as Cal.com's."""
    with scripted(Reply()) as elsewhere:
        moved = answer(302, raw={}, headers={"Location": f"{elsewhere.url}/v2/me"})
        with scripted(Reply(moved)) as server:
            async with httpx.AsyncClient(follow_redirects=True) as mine:
                async with rec.client(server, http_client=mine) as cal:
                    with pytest.raises(APIStatusError) as raised:
                        await cal.me.get()
                assert not mine.is_closed  # the caller's client stays the caller's
    assert raised.value.status_code == 302 and elsewhere.url in str(raised.value)
    assert elsewhere.requests == []


# --------------------------------------------------------------------------- the key never leaks


def echo_headers(request: Request) -> Answer:
    """A gateway that echoes the request headers (the key included) into its error body."""
    auth = request.headers["authorization"]
    return answer(
        400,
        raw={
            "status": "error",
            "error": {
                "code": f"Rejected {auth}",
                "message": f"bad request; headers were {request.headers}",
                "details": {"authorization": auth, "seen": [auth, {"k": request.headers}]},
            },
        },
        headers={"X-Echo": auth, "X-Request-Id": "req-1"},
    )


async def test_a_gateway_echoing_the_key_leaks_it_nowhere(
    rec: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    # Every logger at DEBUG, httpx's and httpcore's included: httpcore's traces print response
    # headers (the echo among them); calcom_async filters those loggers' records.
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    with scripted(Reply(echo_headers)) as server:
        async with rec.client(server) as cal:
            with pytest.raises(BadRequestError) as raised:
                await cal.me.get()
    error = raised.value
    secret = KEY.removeprefix("cal_live_")
    texts = [str(error), repr(error), error.message, str(error.code), repr(error.details)]
    texts += [caplog.text, repr(error.args)]
    for text in texts:
        assert secret not in text
    traces = [r.getMessage() for r in caplog.records if r.name == "httpcore.http11"]
    headers_line = next(t for t in traces if t.startswith("receive_response_headers.complete"))
    assert "(b'x-echo', b'Bearer [redacted]')" in headers_line  # the trace is kept, minus the key
    assert (
        "Bearer [redacted]" in str(error) and error.details["authorization"] == "Bearer [redacted]"
    )
    blob = pickle.dumps(error)
    assert secret.encode() not in blob
    loaded = pickle.loads(blob)
    assert type(loaded) is BadRequestError and str(loaded) == str(error)
    assert loaded.status_code == 400 and loaded.request_id == "req-1"
    assert loaded.details == error.details and loaded.message == error.message
    assert "authorization" not in loaded.response.request.headers
    assert secret not in loaded.response.text and "[redacted]" in loaded.response.text
    assert loaded.response.headers["x-echo"] == "Bearer [redacted]"
    assert loaded.response.json()["status"] == "error"


def test_the_cli_prints_a_gateway_echo_without_the_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    with scripted(Reply(echo_headers)) as server:
        status = cli_main(["--base-url", server.url, "bookings", "list"])
    captured = capsys.readouterr()
    assert status != 0
    assert "[redacted]" in captured.err and "Traceback" not in captured.err
    assert KEY.removeprefix("cal_live_") not in captured.err + captured.out


# --------------------------------------------------------------------------- through a real fake


@pytest.fixture
def fake_upstream() -> Iterator[tuple[FakeCalcom, tuple[str, int], int]]:
    """A FakeCalcom served from a thread (the proxy's handler threads call it synchronously)."""
    import asyncio
    import queue
    import threading

    fake = FakeCalcom(api_keys=[KEY])
    user = fake.users[0]
    every_day = [
        {
            "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            "startTime": "00:00",
            "endTime": "23:59",
        }
    ]
    schedule = fake.state.add_schedule(user.id, time_zone="UTC", availability=every_day)
    event_type = fake.state.add_event_type(
        user.id, title="Call", length_in_minutes=15, schedule_id=schedule.id
    )
    ready: queue.Queue[Any] = queue.Queue()

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        async with fake.serve() as url:
            ready.put((url, lambda: loop.call_soon_threadsafe(stop.set)))
            await stop.wait()

    thread = threading.Thread(target=asyncio.run, args=(run(),), daemon=True)
    thread.start()
    url, stop = ready.get(timeout=10)
    host, port = httpx.URL(url).host, httpx.URL(url).port
    assert port is not None
    try:
        yield fake, (host, port), event_type.id
    finally:
        stop()
        thread.join(timeout=10)


@pytest.mark.parametrize(
    "mangle",
    [
        pytest.param(CloseMidBody, id="closed-mid-body"),
        pytest.param(CorruptGzip, id="corrupt-gzip"),
        pytest.param(lambda _: NoAnswer(), id="answer-lost"),
    ],
)
async def test_create_many_through_a_lossy_proxy_books_each_slot_once(
    rec: Recorder,
    fake_upstream: tuple[FakeCalcom, tuple[str, int], int],
    mangle: Callable[[Answer], Action],
) -> None:
    """The first create is applied upstream but its answer is mangled on the way back: the
    batch must neither abort (no ExceptionGroup, no bare httpx error) nor book twice."""
    fake, upstream, event_type_id = fake_upstream
    first_post = True

    def route(request: Request) -> Action:
        nonlocal first_post
        if request.method == "POST" and first_post:
            first_post = False
            return Forward(upstream, mangle)
        return Forward(upstream)

    server = ScriptedServer(route)
    requests = [
        BookingRequest(
            event_type_id=event_type_id,
            start=START + timedelta(minutes=15 * i),
            attendee=Attendee(name=f"Guest {i}", email=f"guest{i}@example.com"),
        )
        for i in range(3)
    ]
    with server.running():
        async with rec.client(server) as cal:
            # The fake commits before it answers, so a short settle delay is enough here.
            outcomes = await cal.bookings.create_many(requests, concurrency=1, settle_delay=0.2)
    assert [o.status for o in outcomes] in (
        ["already_done", "booked", "booked"],
        ["booked", "booked", "booked"],
    )
    active = [b for b in fake.state.bookings.values() if b.status == "accepted"]
    assert sorted(b.attendees[0].email for b in active) == [
        f"guest{i}@example.com" for i in range(3)
    ]
    assert cal.stats.ambiguous == 1


def test_the_cli_import_through_a_lossy_proxy_books_each_row_once(
    fake_upstream: tuple[FakeCalcom, tuple[str, int], int],
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``calcom-async bookings import``: a body cut mid-way is reconciled, not a traceback."""
    fake, upstream, event_type_id = fake_upstream
    cut = {"done": False}

    def route(request: Request) -> Action:
        if request.method == "POST" and not cut["done"]:
            cut["done"] = True
            return Forward(upstream, CloseMidBody)
        return Forward(upstream)

    source = tmp_path / "people.csv"
    source.write_text(
        "start,name,email\n"
        + "".join(
            f"{(START + timedelta(minutes=15 * i)).isoformat()},Guest {i},guest{i}@example.com\n"
            for i in range(2)
        )
    )
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    with ScriptedServer(route).running() as server:
        status = cli_main(
            [
                "--base-url",
                server.url,
                "bookings",
                "import",
                str(source),
                "--event-type",
                str(event_type_id),
                "--journal",
                str(tmp_path / "run.jsonl"),
                "--concurrency",
                "1",
                "--settle-delay",
                "0.2",
            ]
        )
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "Traceback" not in captured.err and "httpx" not in captured.err
    active = [b for b in fake.state.bookings.values() if b.status == "accepted"]
    assert sorted(b.attendees[0].email for b in active) == [
        "guest0@example.com",
        "guest1@example.com",
    ]
