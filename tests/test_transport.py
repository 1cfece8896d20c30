"""RetryingTransport: 429 waits, 5xx and connection retries, ambiguity, options, pacing, stats."""

from __future__ import annotations

import json
import logging
import math
import random
import socket
import traceback
from collections.abc import AsyncIterator, MutableMapping, Sequence
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import anyio
import httpx
import pytest
import respx

from calcom_async._errors import (
    AmbiguousRequestError,
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    error_from_response,
)
from calcom_async._keys import ApiKey
from calcom_async._options import request_options
from calcom_async._retry import RetryPolicy
from calcom_async._transport import (
    RETRY_AFTER_EXTENSION,
    Pacer,
    RetryingTransport,
    retry_after,
)

KEY = ApiKey("cal_live_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d")
NOW = datetime(2030, 5, 17, 12, 0, 0, tzinfo=timezone.utc)
BASE = "https://api.cal.com"

Step = httpx.Response | Exception


class TrackedStream(httpx.AsyncByteStream):
    """A response body that records whether it was read to the end and closed."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.read = False
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body
        self.read = True

    async def aclose(self) -> None:
        self.closed = True


def tracked(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    payload = json.dumps(body if body is not None else {"status": "error"}).encode()
    return httpx.Response(status, headers=headers, stream=TrackedStream(payload))


class Script:
    """An inner-transport handler that plays back responses/exceptions and records requests."""

    def __init__(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        # Each attempt must carry the full body (re-sendable) and our headers.
        request.read()
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step

    @property
    def calls(self) -> int:
        return len(self.requests)


class Sleeps:
    """Injected sleep: records the waits and returns at once (no wall clock in tests)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await anyio.lowlevel.checkpoint()


def build(
    steps: Sequence[Step],
    *,
    policy: RetryPolicy | None = None,
    pacer: Pacer | None = None,
) -> tuple[httpx.AsyncClient, RetryingTransport, Script, Sleeps]:
    script = Script(steps)
    sleeps = Sleeps()
    transport = RetryingTransport(
        httpx.MockTransport(script),
        policy=policy or RetryPolicy(),
        pacer=pacer,
        rng=random.Random(0),
        sleep=sleeps,
        clock=lambda: NOW,
    )
    client = httpx.AsyncClient(
        transport=transport,
        base_url=BASE,
        headers={"Authorization": KEY.authorization_header()},
    )
    return client, transport, script, sleeps


def ok(body: Any = None) -> httpx.Response:
    return httpx.Response(200, json={"status": "success", "data": body or {}})


# --- 429 -------------------------------------------------------------------------------------


async def test_429_retry_after_seconds() -> None:
    client, _, script, sleeps = build(
        [httpx.Response(429, headers={"Retry-After": "3"}), ok({"id": 1})]
    )
    async with client:
        response = await client.get("/v2/me")
    assert response.status_code == 200
    assert response.json()["data"] == {"id": 1}
    assert sleeps.waits == [3.0]
    assert script.calls == 2


async def test_429_retry_after_http_date() -> None:
    date = format_datetime(NOW + timedelta(seconds=17), usegmt=True)
    client, _, script, sleeps = build([httpx.Response(429, headers={"Retry-After": date}), ok()])
    async with client:
        assert (await client.get("/v2/me")).status_code == 200
    assert sleeps.waits == [17.0]
    assert script.calls == 2


async def test_429_ratelimit_reset_largest_exhausted_limit() -> None:
    headers = {
        "X-RateLimit-Limit-short": "10",
        "X-RateLimit-Remaining-short": "0",
        "X-RateLimit-Reset-short": "2",
        "X-RateLimit-Limit-long": "500",
        "X-RateLimit-Remaining-long": "0",
        "X-RateLimit-Reset-long": "11",
        "X-RateLimit-Limit-default": "120",
        "X-RateLimit-Remaining-default": "40",
        "X-RateLimit-Reset-default": "55",
    }
    client, _, _, sleeps = build([httpx.Response(429, headers=headers), ok()])
    async with client:
        assert (await client.get("/v2/bookings")).status_code == 200
    assert sleeps.waits == [11.0]


async def test_429_without_headers_uses_backoff() -> None:
    client, _, script, sleeps = build([httpx.Response(429)] * 3 + [ok()])
    async with client:
        assert (await client.get("/v2/me")).status_code == 200
    assert script.calls == 4
    assert len(sleeps.waits) == 3
    for retry, wait in enumerate(sleeps.waits, start=1):
        assert 0.0 <= wait <= 0.5 * 2 ** (retry - 1)


async def test_429_is_retried_for_post() -> None:
    """The request was refused, so even a non-idempotent one is safe to send again."""
    client, _, script, sleeps = build(
        [httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(201, json={})]
    )
    async with client:
        response = await client.post("/v2/bookings", json={"start": "2030-01-01T10:00:00Z"})
    assert response.status_code == 201
    assert script.calls == 2
    assert sleeps.waits == [1.0]
    assert all(r.content == b'{"start":"2030-01-01T10:00:00Z"}' for r in script.requests)


async def test_429_over_ceiling_is_returned_with_the_figure() -> None:
    client, transport, script, sleeps = build(
        [httpx.Response(429, headers={"Retry-After": "300"}), ok()],
        policy=RetryPolicy(max_rate_limit_wait=60),
    )
    async with client:
        response = await client.get("/v2/me")
    assert response.status_code == 429
    assert script.calls == 1
    assert sleeps.waits == []
    assert response.extensions[RETRY_AFTER_EXTENSION] == 300.0
    assert retry_after(response) == 300.0
    # What the facade does with it:
    error = error_from_response(response, retry_after=retry_after(response))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 300.0
    assert transport.stats.rate_limited == 1
    assert transport.stats.rate_limit_waits == 0


async def test_429_ratelimit_reset_over_ceiling() -> None:
    headers = {"X-RateLimit-Remaining-long": "0", "X-RateLimit-Reset-long": "3600"}
    client, _, script, sleeps = build([httpx.Response(429, headers=headers)])
    async with client:
        response = await client.get("/v2/me")
    assert (response.status_code, script.calls, sleeps.waits) == (429, 1, [])
    assert retry_after(response) == 3600.0


async def test_429_budget_exhausted_returns_last_429() -> None:
    client, transport, script, sleeps = build(
        [httpx.Response(429, headers={"Retry-After": "2"})], policy=RetryPolicy(max_retries=2)
    )
    async with client:
        response = await client.get("/v2/me")
    assert response.status_code == 429
    assert script.calls == 3
    assert sleeps.waits == [2.0, 2.0]
    assert retry_after(response) == 2.0
    assert transport.stats.rate_limited == 3
    assert transport.stats.rate_limit_waits == 2


async def test_429_without_figure_has_none() -> None:
    client, _, _, _ = build([httpx.Response(429)], policy=RetryPolicy(max_retries=0))
    async with client:
        response = await client.get("/v2/me")
    assert response.extensions[RETRY_AFTER_EXTENSION] is None
    assert retry_after(response) is None


def test_retry_after_helper_from_headers_alone() -> None:
    """The generated client's Response keeps headers but not extensions: compute from them."""
    headers = {"X-RateLimit-Remaining-default": "0", "X-RateLimit-Reset-default": "42"}
    assert retry_after(headers) == 42.0
    assert retry_after(httpx.Response(429, headers=headers)) == 42.0


# --- 5xx -------------------------------------------------------------------------------------


async def test_get_5xx_retried_then_succeeds() -> None:
    client, transport, script, sleeps = build(
        [httpx.Response(503), httpx.Response(500), httpx.Response(502), ok()]
    )
    async with client:
        assert (await client.get("/v2/event-types")).status_code == 200
    assert script.calls == 4
    assert len(sleeps.waits) == 3
    assert transport.stats.retries == 3


async def test_get_5xx_honours_retry_after() -> None:
    client, _, _, sleeps = build([httpx.Response(503, headers={"Retry-After": "4"}), ok()])
    async with client:
        assert (await client.get("/v2/me")).status_code == 200
    assert sleeps.waits == [4.0]


async def test_get_5xx_retry_after_over_ceiling_not_waited() -> None:
    client, _, script, sleeps = build([httpx.Response(503, headers={"Retry-After": "900"}), ok()])
    async with client:
        assert (await client.get("/v2/me")).status_code == 503
    assert (script.calls, sleeps.waits) == (1, [])


async def test_get_5xx_exhausted_returns_last_response() -> None:
    responses = [tracked(500, {"n": i}) for i in range(3)] + [tracked(503, {"n": 3})]
    client, _, script, _ = build(responses)
    async with client:
        response = await client.get("/v2/me")
    assert response.status_code == 503
    assert response.json() == {"n": 3}  # the last one, still readable
    assert script.calls == 4
    # The discarded ones were drained and closed, so their connections could be reused.
    for discarded in responses[:3]:
        stream = discarded.stream
        assert isinstance(stream, TrackedStream)
        assert stream.read and stream.closed


async def test_get_501_not_retried() -> None:
    client, _, script, _ = build([httpx.Response(501), ok()])
    async with client:
        assert (await client.get("/v2/me")).status_code == 501
    assert script.calls == 1


@pytest.mark.parametrize("status", [500, 503])
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_post_500_503_returned_not_retried(method: str, status: int) -> None:
    client, transport, script, sleeps = build([httpx.Response(status), ok()])
    async with client:
        response = await client.request(method, "/v2/bookings", json={})
    assert response.status_code == status
    assert (script.calls, sleeps.waits, transport.stats.ambiguous) == (1, [], 0)


@pytest.mark.parametrize("status", [502, 504])
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_post_502_504_is_ambiguous(method: str, status: int) -> None:
    gateway = tracked(status, {"message": "upstream timed out"})
    client, transport, script, _ = build([gateway, ok()])
    async with client:
        with pytest.raises(AmbiguousRequestError) as info:
            await client.request(method, "/v2/bookings", json={"eventTypeId": 1})
    error = info.value
    assert script.calls == 1
    assert error.response is gateway
    assert error.response.status_code == status
    assert error.response.json() == {"message": "upstream timed out"}  # body kept
    assert error.request is not None and error.request.method == method
    assert f"{method} /v2/bookings" in str(error)
    stream = gateway.stream
    assert isinstance(stream, TrackedStream) and stream.closed
    assert transport.stats.ambiguous == 1


async def test_put_and_delete_5xx_are_retried() -> None:
    client, _, script, _ = build([httpx.Response(502), ok(), httpx.Response(504), ok()])
    async with client:
        assert (await client.put("/v2/x", json={})).status_code == 200
        assert (await client.delete("/v2/x")).status_code == 200
    assert script.calls == 4


async def test_4xx_returned_untouched() -> None:
    client, _, script, sleeps = build([httpx.Response(404), ok()])
    async with client:
        assert (await client.get("/v2/bookings/nope")).status_code == 404
    assert (script.calls, sleeps.waits) == (1, [])


# --- no response -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("read timed out"),
        httpx.WriteTimeout("write timed out"),
        httpx.ReadError("connection reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ProxyError("proxy hung up"),
        RuntimeError("app dropped the connection"),
    ],
)
async def test_post_lost_response_is_ambiguous(exc: Exception) -> None:
    client, transport, script, sleeps = build([exc, ok()])
    async with client:
        with pytest.raises(AmbiguousRequestError) as info:
            await client.post("/v2/bookings", json={})
    assert info.value.__cause__ is exc
    assert info.value.response is None
    assert "may or may not have been applied" in str(info.value)
    assert (script.calls, sleeps.waits) == (1, [])
    assert transport.stats.ambiguous == 1
    assert transport.stats.connection_errors == 1


@pytest.mark.parametrize(
    "exc",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")],
)
async def test_post_never_sent_is_retried(exc: Exception) -> None:
    client, transport, script, sleeps = build([exc, exc, httpx.Response(201, json={})])
    async with client:
        assert (await client.post("/v2/bookings", json={"a": 1})).status_code == 201
    assert script.calls == 3
    assert len(sleeps.waits) == 2
    assert transport.stats.connection_errors == 2
    assert transport.stats.ambiguous == 0


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadError("reset"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("disconnected"),
        RuntimeError("app dropped the connection"),
    ],
)
async def test_get_lost_response_is_retried(exc: Exception) -> None:
    client, _, script, sleeps = build([exc, ok()])
    async with client:
        assert (await client.get("/v2/me")).status_code == 200
    assert script.calls == 2
    assert len(sleeps.waits) == 1


@pytest.mark.parametrize(
    ("exc", "method", "expected"),
    [
        (httpx.ReadError("reset"), "GET", APIConnectionError),
        (httpx.ReadTimeout("slow"), "GET", APITimeoutError),
        (httpx.ConnectError("refused"), "POST", APIConnectionError),
        (httpx.ConnectTimeout("slow"), "POST", APITimeoutError),
        (httpx.PoolTimeout("busy"), "GET", APITimeoutError),
    ],
)
async def test_budget_exhausted_raises_connection_errors(
    exc: Exception, method: str, expected: type[APIConnectionError]
) -> None:
    client, transport, script, sleeps = build([exc], policy=RetryPolicy(max_retries=2))
    async with client:
        with pytest.raises(expected) as info:
            await client.request(method, "/v2/me")
    assert type(info.value) is expected
    assert info.value.__cause__ is exc
    assert info.value.request is not None
    assert "after 3 attempt(s)" in str(info.value)
    assert script.calls == 3
    assert len(sleeps.waits) == 2
    assert transport.stats.connection_errors == 3


async def test_unsupported_protocol_not_retried() -> None:
    client, _, script, _ = build([httpx.UnsupportedProtocol("no"), ok()])
    async with client:
        with pytest.raises(APIConnectionError, match="could not be sent"):
            await client.get("/v2/me")
    assert script.calls == 1


async def test_never_a_bare_httpx_exception() -> None:
    errors = [
        httpx.ConnectError("x"),
        httpx.ReadError("x"),
        httpx.ReadTimeout("x"),
        httpx.RemoteProtocolError("x"),
        httpx.TransportError("x"),
        ValueError("x"),
    ]
    for exc in errors:
        for method in ("GET", "POST"):
            client, *_ = build([exc], policy=RetryPolicy(max_retries=1))
            async with client:
                with pytest.raises((APIConnectionError, AmbiguousRequestError)):
                    await client.request(method, "/v2/me")


async def test_asgi_app_that_drops_connections() -> None:
    """ASGITransport re-raises what the app raises; treat it as a dropped connection."""
    calls = {"n": 0}

    async def app(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        calls["n"] += 1
        if calls["n"] in (1, 3):
            raise ConnectionResetError("dropped")
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    transport = RetryingTransport(httpx.ASGITransport(app=app), sleep=Sleeps())
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        assert (await client.get("/v2/me")).status_code == 200  # call 1 dropped, 2 ok
        with pytest.raises(AmbiguousRequestError):
            await client.post("/v2/bookings", json={})  # call 3 dropped
    assert calls["n"] == 3


# --- per-call options ------------------------------------------------------------------------


async def test_request_options_zero_retries() -> None:
    client, _, script, sleeps = build([httpx.Response(503), ok()])
    async with client:
        with request_options(max_retries=0):
            assert (await client.get("/v2/me")).status_code == 503
    assert (script.calls, sleeps.waits) == (1, [])


async def test_request_options_more_retries() -> None:
    client, _, script, _ = build(
        [httpx.Response(503)] * 6 + [ok()], policy=RetryPolicy(max_retries=1)
    )
    async with client:
        with request_options(max_retries=6):
            assert (await client.get("/v2/me")).status_code == 200
    assert script.calls == 7


async def test_request_options_scope_ends_with_block() -> None:
    client, _, script, _ = build([httpx.Response(503)], policy=RetryPolicy(max_retries=1))
    async with client:
        with request_options(max_retries=0):
            await client.get("/v2/me")
        await client.get("/v2/me")
    assert script.calls == 1 + 2


async def test_request_options_timeout_forwarded() -> None:
    client, _, script, _ = build([ok()])
    async with client:
        await client.get("/v2/me")
        with request_options(timeout=2.5):
            await client.get("/v2/me")
        with request_options(timeout=httpx.Timeout(9.0, connect=1.0)):
            await client.get("/v2/me")
    default, flat, custom = (r.extensions["timeout"] for r in script.requests)
    assert default == httpx.Timeout(5.0).as_dict()  # httpx.AsyncClient's own default untouched
    assert flat == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert custom == {"connect": 1.0, "read": 9.0, "write": 9.0, "pool": 9.0}


async def test_streaming_request_body_is_resent_on_retry() -> None:
    """A one-shot async body is buffered once, so a retry sends it in full again."""

    class StreamingInner(httpx.AsyncBaseTransport):
        # Consumes request.stream the way a network transport does (MockTransport would
        # buffer it for us with request.aread() and hide the problem).
        def __init__(self) -> None:
            self.bodies: list[bytes] = []

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            assert isinstance(request.stream, httpx.AsyncByteStream)
            self.bodies.append(b"".join([chunk async for chunk in request.stream]))
            if len(self.bodies) == 1:
                raise httpx.ReadError("reset")
            return ok()

    async def body() -> AsyncIterator[bytes]:
        yield b'{"name":'
        yield b'"x"}'

    inner = StreamingInner()
    transport = RetryingTransport(inner, sleep=Sleeps())
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        assert (await client.put("/v2/schedules/1", content=body())).status_code == 200
    assert inner.bodies == [b'{"name":"x"}'] * 2


# --- cancellation ----------------------------------------------------------------------------


async def test_cancel_during_backoff_sleep_stops_retrying() -> None:
    first = tracked(503)
    script = Script([first, ok()])
    scope_box: list[anyio.CancelScope] = []
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        scope_box[0].cancel()  # e.g. a caller's move_on_after firing mid-wait
        await anyio.sleep_forever()

    transport = RetryingTransport(httpx.MockTransport(script), sleep=sleep)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        with anyio.CancelScope() as scope:
            scope_box.append(scope)
            await client.get("/v2/me")
    assert scope.cancelled_caught
    assert script.calls == 1  # no attempt after the cancel
    assert len(waits) == 1
    stream = first.stream
    assert isinstance(stream, TrackedStream) and stream.closed  # nothing left open
    assert transport.stats.waited_seconds == 0.0


async def test_task_group_cancel_during_real_sleep() -> None:
    """Default anyio.sleep: cancelling the task group mid-backoff ends the call cleanly."""
    script = Script([tracked(429, headers={"Retry-After": "30"}), ok()])
    transport = RetryingTransport(httpx.MockTransport(script))
    async with (
        httpx.AsyncClient(transport=transport, base_url=BASE) as client,
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(client.get, "/v2/me")
        await anyio.wait_all_tasks_blocked()  # the get is now in its 30 s wait
        tg.cancel_scope.cancel()
    assert script.calls == 1
    assert transport.stats.rate_limit_waits == 1
    assert transport.stats.waited_seconds == 0.0


# --- pacer and stats -------------------------------------------------------------------------


class RecordingPacer:
    def __init__(self) -> None:
        self.events: list[str] = []

    async def acquire(
        self, *, max_wait: float = math.inf, max_limit_wait: float | None = None
    ) -> None:
        self.events.append("acquire")

    def observe(self, response: httpx.Response) -> None:
        self.events.append(f"observe {response.status_code}")

    def release(self) -> None:
        self.events.append("release")


async def test_pacer_called_per_attempt() -> None:
    pacer = RecordingPacer()
    assert isinstance(pacer, Pacer)
    client, _, _, _ = build(
        [httpx.Response(429, headers={"Retry-After": "1"}), httpx.ReadError("x"), ok()],
        pacer=pacer,
    )
    async with client:
        await client.get("/v2/me")
    assert pacer.events == [
        "acquire",
        "observe 429",
        "acquire",
        "release",  # the ReadError: no response is coming for that attempt
        "acquire",
        "observe 200",
    ]


async def test_pacer_observe_failure_closes_response() -> None:
    response = tracked(200)

    class Broken(RecordingPacer):
        def observe(self, response: httpx.Response) -> None:
            raise KeyError("bug")

    client, *_ = build([response], pacer=Broken())
    async with client:
        with pytest.raises(KeyError):
            await client.get("/v2/me")
    stream = response.stream
    assert isinstance(stream, TrackedStream) and stream.closed


async def test_stats() -> None:
    client, transport, _, _ = build(
        [
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(503, headers={"Retry-After": "1"}),
            httpx.ConnectError("refused"),
            ok(),
            httpx.ReadTimeout("slow"),  # POST: ambiguous
        ]
    )
    async with client:
        await client.get("/v2/me")
        with pytest.raises(AmbiguousRequestError):
            await client.post("/v2/bookings", json={})
    stats = transport.stats
    assert stats.requests == 5
    assert stats.retries == 3
    assert dict(stats.responses_by_status) == {429: 1, 503: 1, 200: 1}
    assert stats.rate_limited == 1
    assert stats.rate_limit_waits == 1
    assert stats.ambiguous == 1
    assert stats.connection_errors == 2
    # The third wait is the ConnectError's backoff, drawn from the seeded rng (Random(0)).
    backoff = RetryPolicy().backoff(3, random.Random(0))
    assert stats.waited_seconds == pytest.approx(2 + 1 + backoff)
    snapshot = stats.as_dict()
    assert snapshot["responses_by_status"] == {200: 1, 429: 1, 503: 1}
    json.dumps({k: v for k, v in snapshot.items() if k != "responses_by_status"})


# --- secrets ---------------------------------------------------------------------------------


def _unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def test_key_never_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    secret = KEY.reveal()
    caplog.set_level(logging.DEBUG)  # root: catches calcom_async, httpx, httpcore, everything
    texts: list[str] = []

    # A real network transport against a closed loopback port: httpx/httpcore log for real.
    real = RetryingTransport(httpx.AsyncHTTPTransport(), sleep=Sleeps())
    async with httpx.AsyncClient(
        transport=real,
        base_url=f"http://127.0.0.1:{_unused_port()}",
        headers={"Authorization": KEY.authorization_header()},
    ) as client:
        with pytest.raises(APIConnectionError) as refused:
            await client.get("/v2/me", params={"attendeeEmail": "ada@example.com"})
    texts += [str(refused.value), repr(refused.value), repr(real), repr(real.stats)]
    texts += traceback.format_exception(refused.value)

    # An in-process app that "drops the connection" with the key in its message.
    client, transport, _, _ = build(
        [RuntimeError(f"boom Authorization: Bearer {secret}"), ok(), httpx.Response(429)]
    )
    async with client:
        with pytest.raises(AmbiguousRequestError) as ambiguous:
            await client.post("/v2/bookings", json={})
        await client.get("/v2/me")
        with request_options(max_retries=0):
            ratelimited = await client.get("/v2/me")
    texts += [str(ambiguous.value), repr(ambiguous.value), repr(transport), repr(KEY)]
    texts += [repr(ratelimited), repr(ratelimited.request)]

    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.__dict__) for record in caplog.records]
    assert any(r.name.startswith("calcom_async") for r in caplog.records)
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    for text in texts:
        assert secret not in text
        assert secret[len("cal_live_") :][:8] not in text
    # Query strings (PII such as attendee emails) stay out of our own log lines.
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("calcom_async")]
    assert not any("ada@example.com" in line for line in ours)


async def test_log_lines_describe_each_attempt(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="calcom_async")
    client, _, _, _ = build(
        [httpx.Response(429, headers={"Retry-After": "3"}), httpx.ReadError("x"), ok()]
    )
    async with client:
        await client.get("/v2/bookings/abc", params={"take": 10})
    lines = [r.getMessage() for r in caplog.records if r.name == "calcom_async.transport"]
    assert lines[0] == "GET /v2/bookings/abc (attempt 1/4) -> 429; retrying in 3.00s (server wait)"
    assert lines[1].startswith("GET /v2/bookings/abc (attempt 2/4) -> ReadError; retrying in ")
    assert lines[2] == "GET /v2/bookings/abc (attempt 3/4) -> 200"
    waits = [r.getMessage() for r in caplog.records if r.name == "calcom_async.waits"]
    assert waits[0] == "waiting 3.0 s for the rate limit (rate_limit)"
    assert waits[1].startswith("waiting ") and waits[1].endswith(" s before retrying (backoff)")


# --- other inners and backends ---------------------------------------------------------------


async def test_with_respx_router_as_inner() -> None:
    router = respx.MockRouter(assert_all_called=True)
    route = router.get(f"{BASE}/v2/me").mock(
        side_effect=[httpx.Response(503), httpx.ConnectError("refused"), ok({"id": 7})]
    )
    sleeps = Sleeps()
    transport = RetryingTransport(httpx.MockTransport(router.async_handler), sleep=sleeps)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        response = await client.get("/v2/me")
    assert response.json()["data"] == {"id": 7}
    assert route.call_count == 3
    assert len(sleeps.waits) == 2


def test_retry_flow_under_trio() -> None:
    """Default anyio.sleep under trio: a 429 wait, a 5xx backoff, then success."""
    script = Script(
        [httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(503), ok({"id": 1})]
    )
    transport = RetryingTransport(
        httpx.MockTransport(script), policy=RetryPolicy(initial_backoff=0.001, max_backoff=0.001)
    )

    async def main() -> tuple[int, Any]:
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            with request_options(max_retries=3):
                response = await client.get("/v2/me")
        return response.status_code, response.json()["data"]

    assert anyio.run(main, backend="trio") == (200, {"id": 1})
    assert script.calls == 3
    assert transport.stats.retries == 2


def test_cancel_under_trio() -> None:
    """A caller's deadline firing during a 30 s server-stated wait: no further attempt."""
    script = Script([httpx.Response(503, headers={"Retry-After": "30"}), ok()])
    transport = RetryingTransport(httpx.MockTransport(script))

    async def main() -> bool:
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            with anyio.move_on_after(0.01) as scope:
                await client.get("/v2/me")
        return scope.cancelled_caught

    assert anyio.run(main, backend="trio") is True
    assert script.calls == 1
