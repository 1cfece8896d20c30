"""Retries, rate-limit waits and per-call options, seen through the facade.

Sleeping is recorded, not done (the ``cal`` fixture injects a fake sleep into the transport), so
no test depends on the wall clock.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
import respx
from conftest import FACADE_API_KEY
from test_generated_models import ME, PAGINATION, WEBHOOK, ok

from calcom_async import AsyncCalcom, InternalServerError, RateLimitError

THROTTLED = {
    "status": "error",
    "timestamp": "2050-09-05T09:00:00.000Z",
    "path": "/v2/me",
    "error": {"code": "ThrottlerException", "message": "Too Many Requests", "details": {}},
}


def throttled(**headers: str) -> httpx.Response:
    return httpx.Response(429, json=THROTTLED, headers=headers)


def timeout_of(request: httpx.Request) -> dict[str, float | None]:
    return request.extensions["timeout"]


async def test_429_retry_after_then_success(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.get("/v2/me").mock(
        side_effect=[throttled(**{"Retry-After": "3"}), httpx.Response(200, json=ok(ME))]
    )
    me = await cal.me.get()
    assert me.username == "grace"
    assert route.call_count == 2
    assert sleeps == [3.0]
    stats = cal.stats
    assert stats.waited_seconds == 3.0
    assert stats.rate_limited == 1
    assert stats.rate_limit_waits == 1
    assert stats.retries == 1
    assert stats.requests == 2
    assert stats.responses_by_status == {429: 1, 200: 1}


async def test_429_retry_after_zero(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    mock_api.get("/v2/me").mock(
        side_effect=[throttled(**{"Retry-After": "0"}), httpx.Response(200, json=ok(ME))]
    )
    assert (await cal.me.get()).id == 11
    assert sleeps == [0.0]
    assert cal.stats.waited_seconds == 0.0


async def test_429_waits_for_the_exhausted_named_limit(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    mock_api.get("/v2/me").mock(
        side_effect=[
            throttled(
                **{
                    "X-RateLimit-Remaining-short": "0",
                    "X-RateLimit-Reset-short": "4",
                    "X-RateLimit-Remaining-long": "0",
                    "X-RateLimit-Reset-long": "9",
                    "X-RateLimit-Remaining-default": "50",
                    "X-RateLimit-Reset-default": "55",
                }
            ),
            httpx.Response(200, json=ok(ME)),
        ]
    )
    await cal.me.get()
    assert sleeps == [9.0]  # the largest reset among the exhausted limits


async def test_429_on_post_is_retried(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    # A 429 means the request was refused, so even a POST is safe to send again.
    route = mock_api.post("/v2/webhooks").mock(
        side_effect=[throttled(**{"Retry-After": "1"}), httpx.Response(201, json=ok(WEBHOOK))]
    )
    hook = await cal.webhooks.create(
        subscriber_url="https://example.com/hook", triggers=["BOOKING_CREATED"]
    )
    assert hook.id == 6001
    assert route.call_count == 2
    assert sleeps == [1.0]


async def test_per_call_max_retries_zero_raises_immediately(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.get("/v2/me").mock(
        side_effect=[throttled(**{"Retry-After": "1"}), httpx.Response(200, json=ok(ME))]
    )
    with pytest.raises(RateLimitError) as info:
        await cal.me.get(max_retries=0)
    assert info.value.retry_after == 1.0
    assert route.call_count == 1
    assert sleeps == []
    # The override was for that call only: the next call retries again.
    route.side_effect = [throttled(**{"Retry-After": "1"}), httpx.Response(200, json=ok(ME))]
    assert (await cal.me.get()).username == "grace"
    assert sleeps == [1.0]


async def test_per_call_max_retries_bounds_5xx_attempts(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.get("/v2/schedules").respond(503)
    with pytest.raises(InternalServerError):
        await cal.schedules.list(max_retries=1)
    assert route.call_count == 2
    assert len(sleeps) == 1


async def test_per_call_max_retries_above_client_default(
    mock_api: respx.MockRouter,
) -> None:
    cal = AsyncCalcom(api_key=FACADE_API_KEY, pacing=False, max_retries=0)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    cal._transport._sleep = record
    route = mock_api.get("/v2/me").mock(
        side_effect=[httpx.Response(500), httpx.Response(502), httpx.Response(200, json=ok(ME))]
    )
    async with cal:
        with pytest.raises(InternalServerError):
            await cal.me.get()  # client default: no retries
        assert route.call_count == 1
        route.side_effect = [
            httpx.Response(500),
            httpx.Response(502),
            httpx.Response(200, json=ok(ME)),
        ]
        assert (await cal.me.get(max_retries=5)).username == "grace"
        assert route.call_count == 4


async def test_client_rate_limit_ceiling(mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/me").mock(return_value=throttled(**{"Retry-After": "5"}))
    async with AsyncCalcom(api_key=FACADE_API_KEY, pacing=False, max_rate_limit_wait=1.0) as cal:
        with pytest.raises(RateLimitError) as info:
            await cal.me.get()
    assert info.value.retry_after == 5.0
    assert route.call_count == 1


async def test_per_call_timeout_reaches_the_request(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    seen: list[dict[str, float | None]] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(timeout_of(request))
        return httpx.Response(200, json=ok(ME))

    mock_api.get("/v2/me").mock(side_effect=respond)
    await cal.me.get(timeout=2.5)
    await cal.me.get()  # back to the client's default afterwards
    assert seen[0] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert seen[1] == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}


async def test_per_call_timeout_on_every_retry_and_page(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    seen: list[float | None] = []
    responses = iter(
        [
            httpx.Response(503),
            httpx.Response(
                200,
                json=ok(
                    [{**WEBHOOK, "id": 6001}, {**WEBHOOK, "id": 6002}],
                ),
            ),
            httpx.Response(200, json=ok([{**WEBHOOK, "id": 6003}])),
        ]
    )

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(timeout_of(request)["read"])
        return next(responses)

    mock_api.get("/v2/webhooks").mock(side_effect=respond)
    hooks = await cal.webhooks.list(page_size=2, timeout=4.0).to_list()
    assert [h.id for h in hooks] == [6001, 6002, 6003]
    assert seen == [4.0, 4.0, 4.0]


async def test_httpx_timeout_object_per_call(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    seen: list[dict[str, float | None]] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(timeout_of(request))
        return httpx.Response(200, json=ok([], pagination={**PAGINATION, "hasNextPage": False}))

    mock_api.get("/v2/bookings").mock(side_effect=respond)
    await cal.bookings.list(timeout=httpx.Timeout(10.0, connect=1.0)).to_list()
    assert seen == [{"connect": 1.0, "read": 10.0, "write": 10.0, "pool": 10.0}]


async def test_client_timeout(mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/me").respond(200, json=ok(ME))
    async with AsyncCalcom(api_key=FACADE_API_KEY, pacing=False, timeout=7) as cal:
        await cal.me.get()
    assert timeout_of(route.calls.last.request)["read"] == 7


async def test_concurrent_calls_keep_their_own_options(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    """Per-call options live in a context variable: concurrent tasks cannot see each other's."""
    release = asyncio.Event()
    seen: dict[str, float | None] = {}

    async def respond(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] = timeout_of(request)["read"]
        if len(seen) < 2:
            await release.wait()
        else:
            release.set()
        return httpx.Response(200, json=ok(ME if request.url.path == "/v2/me" else WEBHOOK))

    mock_api.get("/v2/me").mock(side_effect=respond)
    mock_api.get("/v2/webhooks/wh_1").mock(side_effect=respond)
    me, hook = await asyncio.gather(cal.me.get(timeout=1.0), cal.webhooks.get("wh_1", timeout=9.0))
    assert me.username == "grace"
    assert hook.id == 6001
    assert seen == {"/v2/me": 1.0, "/v2/webhooks/wh_1": 9.0}


async def test_pacing_on_does_not_change_results(mock_api: respx.MockRouter) -> None:
    headers = {
        "X-RateLimit-Limit-default": "120",
        "X-RateLimit-Remaining-default": "119",
        "X-RateLimit-Reset-default": "60",
    }
    route = mock_api.get("/v2/me").respond(200, json=ok(ME), headers=headers)

    async def calls() -> AsyncIterator[str]:
        async with AsyncCalcom(api_key=FACADE_API_KEY) as cal:  # pacing on (the default)
            assert cal.pacer is not None
            for _ in range(3):
                yield (await cal.me.get()).username

    assert [name async for name in calls()] == ["grace"] * 3
    assert route.call_count == 3
