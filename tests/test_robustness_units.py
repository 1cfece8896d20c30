"""Unit tests for each member of the robustness classes (issue 8, items 2, 3, 5-redirects, 6).

* every httpx exception class, raised at every point of a request (building it, sending it,
  reading its body, closing the pool), surfaces as a ``CalcomError`` subclass;
* every ``CalcomError`` subclass pickles without request headers and round-trips;
* ``redact_secrets`` on each credential shape, and what it must leave alone;
* the pacer's bounds, its release of the first-response hold and its wait reporting, under
  trio's virtual clock.
"""

from __future__ import annotations

import logging
import math
import pickle
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import trio
import trio.testing
from trio.testing import MockClock

import calcom_async
from calcom_async import (
    AmbiguousRequestError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncCalcom,
    CalcomError,
    CalcomValueError,
    ConfigurationError,
    RateLimitError,
    WaitEvent,
)
from calcom_async._errors import error_from_response
from calcom_async._keys import redact_secrets
from calcom_async._options import RequestOptions, request_options
from calcom_async._pacing import AdaptivePacer
from calcom_async._retry import RetryPolicy
from calcom_async._transport import HTTPX_ERRORS, RetryingTransport, as_calcom_error, wait_bound
from calcom_async._waits import WaitTooLong

KEY = "cal_live_5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"
SECRET = KEY.removeprefix("cal_live_")
BASE = "https://api.cal.com"

# --------------------------------------------------------------------------- httpx exceptions


def httpx_exception_classes() -> list[type[Exception]]:
    found = {
        obj
        for obj in vars(httpx).values()
        if isinstance(obj, type) and issubclass(obj, Exception) and obj.__module__ == "httpx"
    }
    found |= {
        obj
        for obj in vars(httpx._exceptions).values()
        if isinstance(obj, type) and issubclass(obj, Exception)
    }
    return sorted(found, key=lambda cls: cls.__name__)


HTTPX_CLASSES = httpx_exception_classes()


def make(cls: type[Exception]) -> Exception:
    request = httpx.Request("GET", f"{BASE}/v2/me")
    attempts: list[Callable[[], Exception]] = [
        lambda: cls("boom", request=request, response=httpx.Response(500, request=request)),  # type: ignore[call-arg]
        lambda: cls("boom", request=request),  # type: ignore[call-arg]
        lambda: cls("boom"),
        lambda: cls(),
    ]
    for attempt in attempts:
        try:
            return attempt()
        except TypeError:
            continue
    raise AssertionError(f"cannot build {cls}")


def test_every_httpx_exception_class_is_covered() -> None:
    assert len(HTTPX_CLASSES) > 20  # the walk found httpx's hierarchy
    for cls in HTTPX_CLASSES:
        assert issubclass(cls, HTTPX_ERRORS), cls


class RaisingStream(httpx.AsyncByteStream):
    """A body that fails after its first chunk."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"status": "succ'
        raise self.exc


def client_raising(exc: Exception, where: str, **policy: Any) -> AsyncCalcom:
    def handler(request: httpx.Request) -> httpx.Response:
        if where == "send":
            raise exc
        return httpx.Response(200, stream=RaisingStream(exc))

    cal = AsyncCalcom(KEY, transport=httpx.MockTransport(handler), pacing=False, **policy)

    async def no_sleep(_: float) -> None:
        return None

    cal._transport._sleep = no_sleep
    return cal


@pytest.mark.parametrize("where", ["send", "body"])
@pytest.mark.parametrize("cls", HTTPX_CLASSES, ids=lambda cls: cls.__name__)
async def test_any_httpx_exception_sending_or_reading_is_typed(
    cls: type[Exception], where: str
) -> None:
    async with client_raising(make(cls), where, max_retries=1) as cal:
        with pytest.raises(CalcomError) as get_error:
            await cal.me.get()
        with pytest.raises(CalcomError) as post_error:
            await cal.event_types.create(title="Intro", slug="intro", length_in_minutes=30)
    assert isinstance(get_error.value, APIConnectionError)
    # A POST is ambiguous once it may have reached the server: always when the body failed.
    if where == "body":
        assert isinstance(post_error.value, AmbiguousRequestError)
        assert "the 200 response's body could not be read" in str(post_error.value)
    else:
        assert isinstance(post_error.value, (AmbiguousRequestError, APIConnectionError))
    assert SECRET not in str(get_error.value) + str(post_error.value)


async def test_a_non_httpx_failure_mid_body_is_typed_too() -> None:
    """An in-process transport or app may fail mid-stream with anything."""
    async with client_raising(OSError("app crashed"), "body", max_retries=0) as cal:
        with pytest.raises(APIConnectionError, match="OSError: app crashed"):
            await cal.me.get()


def test_as_calcom_error() -> None:
    assert isinstance(as_calcom_error(httpx.InvalidURL("URL too long")), CalcomValueError)
    assert isinstance(as_calcom_error(httpx.ReadTimeout("slow")), APITimeoutError)
    error = as_calcom_error(httpx.CookieConflict(f"Bearer {KEY}"))
    assert type(error) is APIConnectionError and SECRET not in str(error)


async def test_an_invalid_url_from_the_generated_client_is_a_value_error() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    async with AsyncCalcom(KEY, transport=transport) as cal:
        with pytest.raises(CalcomValueError):
            await cal.webhooks.get("x" * 70_000)  # type: ignore[arg-type]
    assert sent == []


async def test_a_closed_client_is_a_configuration_error() -> None:
    cal = AsyncCalcom(KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    await cal.aclose()
    with pytest.raises(ConfigurationError, match="closed"):
        await cal.me.get()


async def test_a_closed_user_http_client_is_a_configuration_error_not_ambiguous() -> None:
    mine = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    await mine.aclose()
    async with AsyncCalcom(KEY, http_client=mine) as cal:
        with pytest.raises(ConfigurationError, match="http_client"):
            await cal.event_types.create(title="Intro", slug="intro", length_in_minutes=30)


async def test_closing_a_failing_pool_is_typed() -> None:
    class Broken(httpx.MockTransport):
        async def aclose(self) -> None:
            raise httpx.RemoteProtocolError("pool broke")

    cal = AsyncCalcom(KEY, transport=Broken(lambda r: httpx.Response(200)))
    with pytest.raises(APIConnectionError, match="closing the connections failed"):
        await cal.aclose()


async def test_a_returned_response_is_read_and_timed() -> None:
    transport = RetryingTransport(
        httpx.MockTransport(lambda r: httpx.Response(200, stream=httpx.ByteStream(b"{}")))
    )
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        response = await client.get("/v2/me")
    assert response.content == b"{}" and response.elapsed.total_seconds() >= 0


# --------------------------------------------------------------------------- redirects


async def test_a_user_client_never_follows_a_downgrade() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.scheme == "https":
            return httpx.Response(301, headers={"Location": "http://api.cal.com/v2/me"})
        return httpx.Response(200, json={"status": "success", "data": {"id": 1}})

    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True) as mine,
        AsyncCalcom(KEY, http_client=mine) as cal,
    ):
        with pytest.raises(APIStatusError) as raised:
            await cal.me.get()
    assert seen == [f"{BASE}/v2/me"]
    assert raised.value.status_code == 301 and "'http://api.cal.com/v2/me'" in str(raised.value)


def test_a_redirect_error_names_status_and_location_and_redacts_it() -> None:
    request = httpx.Request("GET", f"{BASE}/v2/me")
    moved = httpx.Response(
        302, headers={"Location": f"https://evil.example/?k={KEY}"}, request=request
    )
    error = error_from_response(moved)
    assert type(error) is APIStatusError and error.status_code == 302
    assert "https://evil.example/?k=[redacted]" in str(error) and SECRET not in str(error)
    bare = error_from_response(httpx.Response(304, request=request))
    assert "unexpected redirect status" in str(bare)


# --------------------------------------------------------------------------- pickling


def all_error_classes() -> list[type[CalcomError]]:
    found: list[type[CalcomError]] = []
    todo: list[type[CalcomError]] = [CalcomError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    public = {getattr(calcom_async, name) for name in calcom_async.__all__}
    assert public & set(found) == {c for c in public if isinstance(c, type) and c in found}
    return sorted(set(found), key=lambda cls: cls.__name__)


def keyed_request() -> httpx.Request:
    return httpx.Request(
        "POST",
        f"{BASE}/v2/bookings?attendeeEmail=ada%40example.com",
        headers={"Authorization": f"Bearer {KEY}"},
        json={"attendee": {"email": "ada@example.com"}},
    )


def keyed_response(status: int) -> httpx.Response:
    body = {"status": "error", "error": {"code": "X", "message": f"echo Bearer {KEY}"}}
    response = httpx.Response(
        status, json=body, headers={"X-Request-Id": "r-9"}, request=keyed_request()
    )
    response.next_request = keyed_request()
    response.history = [httpx.Response(307, request=keyed_request())]
    return response


def instance(cls: type[CalcomError]) -> CalcomError:
    """One instance per class; classes with unknown constructors get their state set directly."""
    if issubclass(cls, RateLimitError):
        return cls(
            "slow down", response=keyed_response(429), retry_after=12.5, limit="default", sent=False
        )
    if issubclass(cls, APIStatusError):
        status = {"BadRequestError": 400, "NotFoundError": 404}.get(cls.__name__, 418)
        try:
            return cls(f"failed with Bearer {KEY}", response=keyed_response(status), code="C")
        except TypeError:
            pass
    if issubclass(cls, AmbiguousRequestError):
        return cls("maybe", request=keyed_request(), response=keyed_response(502))
    if issubclass(cls, APIConnectionError):
        return cls(f"dropped: {KEY}", request=keyed_request())
    try:
        return cls(f"bad input {KEY}")
    except TypeError:
        error = cls.__new__(cls, "state set directly")
        error.__dict__.update(request=keyed_request(), response=keyed_response(400))
        return error


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda cls: cls.__name__)
def test_every_error_class_pickles_without_the_key_and_round_trips(
    cls: type[CalcomError],
) -> None:
    error = instance(cls)
    assert SECRET not in str(error) and SECRET not in repr(error.args)
    blob = pickle.dumps(error)
    assert SECRET.encode() not in blob
    loaded = pickle.loads(blob)
    assert type(loaded) is cls and str(loaded) == str(error) and loaded.args == error.args
    for name, value in vars(error).items():
        copy = vars(loaded)[name]
        if isinstance(value, httpx.Request):
            assert (copy.method, copy.url) == (value.method, value.url)
            assert "authorization" not in copy.headers and copy.content == b""
        elif isinstance(value, httpx.Response):
            assert copy.status_code == value.status_code
            assert copy.history == [] and copy.next_request is None
            assert "authorization" not in copy.request.headers
            assert copy.json()["status"] == "error" and SECRET not in copy.text
        else:
            assert copy == value, name
    if isinstance(error, RateLimitError):
        assert (loaded.retry_after, loaded.limit, loaded.sent) == (12.5, "default", False)


def test_an_unread_response_pickles_without_its_body() -> None:
    response = httpx.Response(500, stream=RaisingStream(RuntimeError()), request=keyed_request())
    error = AmbiguousRequestError("maybe", request=keyed_request(), response=response)
    loaded = pickle.loads(pickle.dumps(error))
    assert loaded.response.status_code == 500 and loaded.response.content == b""


# --------------------------------------------------------------------------- redaction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Authorization: Bearer {KEY}", "Authorization: Bearer [redacted]"),
        (f"{{'authorization': 'Bearer {KEY}'}}", "{'authorization': 'Bearer [redacted]'}"),
        ("authorization: bearer abc.def~ghi==, next", "authorization: bearer [redacted], next"),
        (f"Bearer%20{KEY}", "Bearer%20[redacted]"),
        (f"key={KEY}.", "key=[redacted]"),
        ("cal_test_123 and cal_abcdef", "[redacted] and [redacted]"),
        (f"x%20{KEY}", "x%20[redacted]"),
        ("tok eyJhbGciOi.eyJzdWIi.sig-x_ end", "tok [redacted] end"),
        # Not credentials: prose, a bare kind prefix, identifiers that merely contain "cal_".
        ("keys look like 'cal_live_...' or 'cal_test_...'", None),
        ("local_time, is_cal_ready, cal_", None),
        ("no secrets here", None),
    ],
)
def test_redact_secrets(text: str, expected: str | None) -> None:
    assert redact_secrets(text) == (text if expected is None else expected)


def test_errors_redact_their_own_text() -> None:
    assert str(CalcomValueError(f"uid {KEY!r} is not valid")) == "uid '[redacted]' is not valid"
    response = httpx.Response(
        400,
        json={"error": {"message": f"m {KEY}", "code": KEY, "details": {KEY: [f"Bearer {KEY}"]}}},
        request=httpx.Request("GET", f"{BASE}/v2/me"),
    )
    error = error_from_response(response)
    assert error.message == "m [redacted]" and error.code == "[redacted]"
    assert error.details == {"[redacted]": ["Bearer [redacted]"]}


# --------------------------------------------------------------------------- wait bounds


def test_wait_bound() -> None:
    policy = RetryPolicy(max_rate_limit_wait=60)
    assert wait_bound(policy, RequestOptions()) == 60
    assert wait_bound(policy, RequestOptions(timeout=5)) == 5
    assert wait_bound(policy, RequestOptions(timeout=600)) == 60
    assert wait_bound(policy, RequestOptions(timeout=httpx.Timeout(5, pool=2))) == 2
    assert wait_bound(policy, RequestOptions(timeout=httpx.Timeout(5, pool=None))) == 60


def run_virtual(main: Callable[[], Any]) -> None:
    trio.run(main, clock=MockClock(autojump_threshold=0))


def limited(remaining: int, reset: float, status: int = 200, **extra: str) -> httpx.Response:
    headers = {
        "X-RateLimit-Limit-Default": "100",
        "X-RateLimit-Remaining-Default": str(remaining),
        "X-RateLimit-Reset-Default": str(reset),
        **extra,
    }
    return httpx.Response(status, headers=headers)


def test_a_known_long_wait_is_refused_at_once() -> None:
    async def main() -> None:
        pacer = AdaptivePacer()
        await pacer.acquire()
        pacer.observe(limited(0, 3600))
        with pytest.raises(WaitTooLong) as refused:
            await pacer.acquire(max_wait=60)
        assert trio.current_time() == 0.0  # at once
        wait = refused.value.wait
        assert (wait.reason, wait.limit, refused.value.bound) == ("rate_limit", "default", 60)
        assert 3600 <= wait.seconds < 3601
        assert pacer.snapshot().refused_locally == 1 and pacer.snapshot().in_flight == 0
        await pacer.acquire()  # unbounded: waits the hour out (virtually)
        assert 3600 <= trio.current_time() < 3601

    run_virtual(main)


def test_the_tolerance_lets_a_full_window_be_waited_under_an_equal_bound() -> None:
    async def main() -> None:
        pacer = AdaptivePacer()
        await pacer.acquire()
        pacer.observe(limited(0, 60))  # resets in 60 s; with the safety margin 60.05 s
        await pacer.acquire(max_wait=60)
        assert 60 <= trio.current_time() < 61

    run_virtual(main)


def test_max_limit_wait_zero_refuses_a_reset_but_not_pacing() -> None:
    async def main() -> None:
        pacer = AdaptivePacer()
        await pacer.acquire()
        pacer.observe(limited(10, 20))  # inside the 25 % reserve: spaced, not exhausted
        await pacer.acquire(max_wait=60, max_limit_wait=0)
        assert 0 < trio.current_time() < 3  # a pacing wait (20 s / 11 tokens)
        pacer.observe(limited(0, 20))
        with pytest.raises(WaitTooLong) as refused:
            await pacer.acquire(max_wait=60, max_limit_wait=0)
        assert refused.value.wait.reason == "rate_limit" and refused.value.bound == 0

    run_virtual(main)


def test_a_retry_after_block_is_refused_and_named() -> None:
    async def main() -> None:
        pacer = AdaptivePacer()
        await pacer.acquire()
        pacer.observe(httpx.Response(429, headers={"Retry-After": "120"}))
        with pytest.raises(WaitTooLong) as refused:
            await pacer.acquire(max_wait=60)
        assert refused.value.wait.reason == "rate_limit" and refused.value.wait.limit is None

    run_virtual(main)


def test_queued_callers_are_refused_in_a_cascade_or_on_arrival() -> None:
    """The head's long wait refuses everyone whose bound it exceeds, without sleeping."""

    async def main() -> None:
        pacer = AdaptivePacer(probe_first=False)
        await pacer.acquire()
        pacer.observe(limited(0, 30))
        outcomes: dict[str, str] = {}

        async def call(name: str, bounds: dict[str, float]) -> None:
            try:
                await pacer.acquire(**bounds)
                outcomes[name] = f"granted at {trio.current_time():.0f}"
            except WaitTooLong:
                outcomes[name] = f"refused at {trio.current_time():.0f}"

        async with trio.open_nursery() as nursery:
            nursery.start_soon(call, "patient", {})  # head: waits the 30 s out
            await trio.testing.wait_all_tasks_blocked()
            nursery.start_soon(call, "hurried", {"max_wait": 5})  # knows at once: 30 > 5 + 1
            nursery.start_soon(call, "no retries", {"max_limit_wait": 0})
        assert outcomes == {
            "patient": "granted at 30",
            "hurried": "refused at 0",
            "no retries": "refused at 0",
        }

    run_virtual(main)


def test_a_queued_caller_whose_bound_runs_out_is_refused_then() -> None:
    """A wait that grows after a caller joined the queue ends at the caller's bound."""

    async def main() -> None:
        pacer = AdaptivePacer(probe_first=False)
        await pacer.acquire()
        pacer.observe(limited(10, 20))  # the head paces (~2 s)
        refused: list[tuple[float, WaitTooLong]] = []

        async def hurried() -> None:
            try:
                await pacer.acquire(max_wait=4)
            except WaitTooLong as exc:
                refused.append((trio.current_time(), exc))

        async with trio.open_nursery() as nursery:
            nursery.start_soon(pacer.acquire)
            await trio.testing.wait_all_tasks_blocked()
            nursery.start_soon(hurried)
            await trio.testing.wait_all_tasks_blocked()
            pacer.observe(httpx.Response(429, headers={"Retry-After": "100"}))  # now 100 s
        [(when, exc)] = refused
        assert when == pytest.approx(5.0)  # its 4 s bound plus the 1 s tolerance
        assert exc.wait.reason == "rate_limit" and exc.wait.seconds > 90

    run_virtual(main)


def test_release_hands_the_first_response_hold_over_at_once() -> None:
    async def main() -> None:
        pacer = AdaptivePacer(probe_timeout=10)
        events: list[WaitEvent] = []
        pacer.on_wait = events.append
        await pacer.acquire()  # this task is the probe
        granted: list[float] = []

        async def other() -> None:
            await pacer.acquire()
            granted.append(trio.current_time())

        async with trio.open_nursery() as nursery:
            nursery.start_soon(other)
            await trio.testing.wait_all_tasks_blocked()
            assert events == [WaitEvent("first_response", 10.0)]
            pacer.release()  # our attempt ended without a response
        assert granted == [0.0]
        assert pacer.snapshot().in_flight == 1  # only the other one's request

    run_virtual(main)


def test_release_by_another_task_does_not_end_the_hold() -> None:
    async def main() -> None:
        pacer = AdaptivePacer(probe_timeout=10)
        await pacer.acquire()
        granted: list[float] = []

        async def other() -> None:
            pacer.release()  # not the probe: nothing to hand over
            await pacer.acquire()
            granted.append(trio.current_time())

        async with trio.open_nursery() as nursery:
            nursery.start_soon(other)
        assert granted == [10.0]  # it waited for the probe timeout

    run_virtual(main)


def test_the_first_response_hold_is_bounded_by_max_wait() -> None:
    async def main() -> None:
        pacer = AdaptivePacer(probe_timeout=10)
        await pacer.acquire()  # this task is the probe
        refused: list[tuple[float, WaitTooLong]] = []

        async def other() -> None:
            try:
                await pacer.acquire(max_wait=2)
            except WaitTooLong as exc:
                refused.append((trio.current_time(), exc))

        async with trio.open_nursery() as nursery:
            nursery.start_soon(other)
        # The first response usually ends this hold within a round trip, so the caller waits
        # its whole bound (with the pacer's tolerance) before being refused, not a moment more.
        [(when, exc)] = refused
        assert when == 2 + pacer._tolerance and exc.wait.reason == "first_response"

    run_virtual(main)


def test_a_failing_on_wait_hook_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    def broken(event: WaitEvent) -> None:
        raise RuntimeError("progress bar bug")

    async def main() -> None:
        pacer = AdaptivePacer(on_wait=broken)
        await pacer.acquire()
        pacer.observe(limited(0, 3))
        await pacer.acquire()
        assert pacer.snapshot().waits_by_reason == {"rate_limit": 1}

    with caplog.at_level(logging.DEBUG, logger="calcom_async"):
        run_virtual(main)
    assert "the on_wait hook raised" in caplog.text
    assert "waiting 3.0 s for the rate limit 'default' (rate_limit)" in caplog.text


def test_wait_event_describe() -> None:
    assert WaitEvent("rate_limit", 42.4, "default").describe() == (
        "waiting 42 s for the rate limit 'default'"
    )
    assert WaitEvent("backoff", 0.25).describe() == "waiting 0.2 s before retrying"
    assert WaitEvent("first_response", 10).describe() == "waiting 10 s for the first response"
    assert "pace" in WaitEvent("pacing", 1.0, "default").describe()


# --------------------------------------------------------------------------- through the client


def test_the_transport_turns_refusals_into_typed_errors() -> None:
    """RateLimitError(sent=False) for a limit, APITimeoutError for the first-response hold."""

    async def main() -> None:
        answers = iter([limited(0, 3600)])

        async def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v2/slow":
                await trio.sleep(math.inf)
            return next(answers)

        pacer = AdaptivePacer(probe_timeout=30)
        transport = RetryingTransport(httpx.MockTransport(handler), pacer=pacer)
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            async with trio.open_nursery() as nursery:
                nursery.start_soon(client.get, "/v2/slow")  # the probe, never answered
                await trio.testing.wait_all_tasks_blocked()
                with request_options(timeout=5), pytest.raises(APITimeoutError) as held:
                    await client.get("/v2/me")
                nursery.cancel_scope.cancel()  # releases the probe
            await client.get("/v2/me")  # the first response: limit exhausted for an hour
            with pytest.raises(RateLimitError) as refused:
                await client.get("/v2/me")
        assert "first response" in str(held.value)
        error = refused.value
        assert (error.sent, error.limit, error.status_code) == (False, "default", 429)
        assert error.retry_after is not None and error.retry_after > 3590
        assert error.response.headers["retry-after"] == str(math.ceil(error.retry_after))
        assert "not sent" in str(error) and "(GET /v2/me)" in str(error)
        assert transport.stats.refused_locally == 2 and transport.stats.requests == 2

    run_virtual(main)


async def test_a_429_names_its_limit_in_the_wait_and_the_error() -> None:
    answers = iter([limited(0, 2, status=429), limited(0, 120, status=429)])
    waits: list[WaitEvent] = []
    transport = httpx.MockTransport(lambda r: next(answers))
    async with AsyncCalcom(KEY, transport=transport, pacing=False, on_wait=waits.append) as cal:

        async def no_sleep(_: float) -> None:
            return None

        cal._transport._sleep = no_sleep
        with pytest.raises(RateLimitError) as raised:
            await cal.me.get()
    assert waits == [WaitEvent("rate_limit", 2.0, "default")]
    assert (raised.value.limit, raised.value.retry_after, raised.value.sent) == (
        "default",
        120.0,
        True,
    )


def test_on_wait_can_be_set_on_a_client_later() -> None:
    cal = AsyncCalcom(KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    events: list[WaitEvent] = []
    cal.on_wait = events.append
    assert cal.on_wait == events.append
    assert cal.pacer is not None and cal.pacer.on_wait == events.append
    assert cal._transport.on_wait == events.append
