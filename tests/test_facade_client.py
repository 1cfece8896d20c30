"""``AsyncCalcom`` itself: the key (never shown), env lookup, raw responses, injection of
transports and clients, lifecycle, and a core flow under trio."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime, timezone

import anyio
import httpx
import pytest
import respx
from calcom_v2_client import models as m
from conftest import FACADE_API_KEY, FACADE_BASE_URL
from test_generated_models import BOOKING, ME, PAGINATION, ok

from calcom_async import (
    APIConnectionError,
    AsyncCalcom,
    Attendee,
    AuthenticationError,
    CalcomError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RawResponse,
)

SECRET = "cal_live_9f8e7d6c5b4a3210SuperSecretValue"

# --------------------------------------------------------------------------------------------
# key safety
# --------------------------------------------------------------------------------------------


async def test_key_never_appears_in_logs_reprs_or_errors(
    mock_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every library's records propagate here
    for name in ("calcom_async", "calcom_async.transport", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)

    mock_api.get("/v2/me").respond(
        401,
        json={
            "status": "error",
            "timestamp": "2050-09-05T09:00:00.000Z",
            "path": "/v2/me",
            "error": {"code": "UnauthorizedException", "message": "Invalid API Key"},
        },
    )
    mock_api.get("/v2/schedules").respond(500, text="oops")
    # A transport error whose text quotes the credential (as some proxies' errors do).
    mock_api.get("/v2/calendars").mock(
        side_effect=httpx.ConnectError(f"proxy refused Authorization: Bearer {SECRET}")
    )

    texts: list[str] = []
    async with AsyncCalcom(api_key=SECRET, pacing=False) as cal:

        async def no_sleep(_: float) -> None:
            return None

        cal._transport._sleep = no_sleep
        texts += [repr(cal), str(cal), repr(cal._key), str(cal._key)]
        errors: list[CalcomError] = []
        with pytest.raises(AuthenticationError) as auth:
            await cal.me.get()
        errors.append(auth.value)
        with pytest.raises(InternalServerError) as server:
            await cal.schedules.list()
        errors.append(server.value)
        with pytest.raises(APIConnectionError) as conn:
            await cal.calendars.list()
        errors.append(conn.value)
        for error in errors:
            texts += [str(error), repr(error), *map(str, error.args)]
        # The traceback a user would paste, including the message of the chained cause's
        # redacted wrapper (the SDK's own error).
        texts.append("".join(traceback.format_exception_only(type(conn.value), conn.value)))
        # The request object's repr masks the header too.
        texts.append(repr(auth.value.response.request.headers))
        texts.append(repr(cal.stats))

    assert caplog.records, "expected DEBUG records from the request path"
    texts += [caplog.text]
    for record in caplog.records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
    for text in texts:
        assert SECRET not in text
        assert SECRET.removeprefix("cal_live_") not in text
    # And the key did go out, as a bearer token, on the wire.
    assert mock_api.calls[0].request.headers["authorization"] == f"Bearer {SECRET}"


def test_repr_shows_kind_only() -> None:
    cal = AsyncCalcom(api_key=SECRET)
    assert "cal_live_****" in repr(cal)
    assert FACADE_BASE_URL in repr(cal)
    assert not cal.is_test_key
    assert AsyncCalcom(api_key=FACADE_API_KEY).is_test_key


def test_missing_key_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="CALCOM_API_KEY"):
        AsyncCalcom()


async def test_env_key_used_when_no_argument(
    monkeypatch: pytest.MonkeyPatch, mock_api: respx.MockRouter
) -> None:
    env_key = "cal_test_fromTheEnvironment42"
    monkeypatch.setenv("CALCOM_API_KEY", env_key)
    route = mock_api.get("/v2/me").respond(200, json=ok(ME))
    async with AsyncCalcom(pacing=False) as cal:
        assert cal.is_test_key
        await cal.me.get()
    assert route.calls.last.request.headers["authorization"] == f"Bearer {env_key}"


async def test_explicit_key_beats_env(
    monkeypatch: pytest.MonkeyPatch, mock_api: respx.MockRouter
) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", "cal_test_fromTheEnvironment42")
    route = mock_api.get("/v2/me").respond(200, json=ok(ME))
    async with AsyncCalcom(api_key=FACADE_API_KEY, pacing=False) as cal:
        await cal.me.get()
    assert route.calls.last.request.headers["authorization"] == f"Bearer {FACADE_API_KEY}"


async def test_user_agent(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/me").respond(200, json=ok(ME))
    await cal.me.get()
    assert route.calls.last.request.headers["user-agent"].startswith("calcom-async/")


# --------------------------------------------------------------------------------------------
# raw_response()
# --------------------------------------------------------------------------------------------

RATE_HEADERS = {
    "X-RateLimit-Limit-default": "120",
    "X-RateLimit-Remaining-default": "87",
    "X-RateLimit-Reset-default": "41",
    "X-RateLimit-Limit-long": "1000",
    "X-RateLimit-Remaining-long": "998",
    "X-RateLimit-Reset-long": "3540.5",
    "X-Request-Id": "req-abc",
}


async def test_raw_response(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.post("/v2/bookings").respond(201, json=ok(BOOKING), headers=RATE_HEADERS)
    with cal.raw_response() as raw:
        booking = await cal.bookings.create(
            event_type_id=42,
            start=datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc),
            attendee=Attendee(name="Ada", email="ada@example.com"),
        )
    assert isinstance(raw, RawResponse)
    assert booking.uid == "bk_3f1c9a"
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "req-abc"
    assert raw.rate_limits == {
        "default": {"limit": 120, "remaining": 87, "reset": 41},
        "long": {"limit": 1000, "remaining": 998, "reset": 3540},
    }
    assert len(raw.responses) == 1


async def test_raw_response_keeps_final_response_of_each_call(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/v2/me").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "0"}),
            httpx.Response(200, json=ok(ME), headers={"X-RateLimit-Remaining-default": "5"}),
        ]
    )
    mock_api.get("/v2/bookings/nope").respond(
        404,
        json={"status": "error", "error": {"code": "NotFoundException", "message": "no"}},
        headers={"X-RateLimit-Remaining-default": "4"},
    )
    with cal.raw_response() as raw:
        with pytest.raises(LookupError):
            _ = raw.response
        await cal.me.get()
        assert raw.status_code == 200  # the retried-into response, not the 429
        with pytest.raises(NotFoundError):
            await cal.bookings.get("nope")
    assert [r.status_code for r in raw.responses] == [200, 404]
    assert raw.rate_limits == {"default": {"remaining": 4}}


async def test_raw_response_ignores_garbled_headers_and_other_blocks(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/v2/me").respond(
        200,
        json=ok(ME),
        headers={"X-RateLimit-Limit-default": "lots", "X-RateLimit-Remaining-default": "3"},
    )
    with cal.raw_response() as outer:
        await cal.me.get()
    await cal.me.get()  # outside the block: not captured
    assert len(outer.responses) == 1
    assert outer.rate_limits == {"default": {"remaining": 3}}


async def test_raw_response_for_paginated_list(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/v2/bookings").mock(
        side_effect=[
            httpx.Response(200, json=ok([BOOKING], pagination=PAGINATION)),
            httpx.Response(
                200,
                json=ok(
                    [{**BOOKING, "uid": "bk_2"}], pagination={**PAGINATION, "hasNextPage": False}
                ),
                headers={"X-RateLimit-Remaining-default": "10"},
            ),
        ]
    )
    with cal.raw_response() as raw:
        items = await cal.bookings.list(page_size=1).to_list()
    assert len(items) == 2
    assert len(raw.responses) == 2
    assert raw.rate_limits["default"]["remaining"] == 10


# --------------------------------------------------------------------------------------------
# transports, injected clients, lifecycle
# --------------------------------------------------------------------------------------------


async def test_injected_transport_gets_the_requests() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ok(ME))

    async with AsyncCalcom(
        api_key=FACADE_API_KEY, pacing=False, transport=httpx.MockTransport(handler)
    ) as cal:
        me = await cal.me.get()
    assert isinstance(me, m.Me)
    assert seen[0].url == httpx.URL("https://api.cal.com/v2/me")
    assert seen[0].headers["authorization"] == f"Bearer {FACADE_API_KEY}"


async def test_injected_http_client_is_used_and_left_open() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            return httpx.Response(503)
        return httpx.Response(200, json=ok(ME))

    user_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    cal = AsyncCalcom(api_key=FACADE_API_KEY, pacing=False, http_client=user_client)

    async def no_sleep(_: float) -> None:
        return None

    cal._transport._sleep = no_sleep
    async with cal:
        assert (await cal.me.get()).username == "grace"  # retried by the SDK's layer
    assert calls == 2
    assert not user_client.is_closed  # the caller owns it
    await user_client.aclose()


async def test_loopback_base_url(mock_api: respx.MockRouter) -> None:
    with respx.mock(base_url="http://127.0.0.1:8765") as local:
        route = local.get("/v2/me").respond(200, json=ok(ME))
        async with AsyncCalcom(
            api_key=FACADE_API_KEY, base_url="http://127.0.0.1:8765", pacing=False
        ) as cal:
            assert cal.base_url.startswith("http://127.0.0.1:8765")
            await cal.me.get()
    assert route.call_count == 1


async def test_context_manager_closes_the_pool(mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/me").respond(200, json=ok(ME))
    async with AsyncCalcom(api_key=FACADE_API_KEY, pacing=False) as cal:
        await cal.me.get()
    assert cal._http.is_closed
    with pytest.raises(RuntimeError):
        await cal._http.get("/v2/me")


# --------------------------------------------------------------------------------------------
# trio
# --------------------------------------------------------------------------------------------


def test_core_flow_under_trio() -> None:
    """me.get, a retried 503 (real ``anyio.sleep(0)`` under trio) and a three-page listing."""
    results: dict[str, object] = {}

    def bookings_page(request: httpx.Request) -> httpx.Response:
        take, skip = int(request.url.params["take"]), int(request.url.params["skip"])
        total = 5
        items = [{**BOOKING, "uid": f"bk_{i}"} for i in range(skip, min(skip + take, total))]
        remaining = total - skip - len(items)
        block = {**PAGINATION, "totalItems": total, "remainingItems": remaining}
        block["hasNextPage"] = remaining > 0
        return httpx.Response(200, json=ok(items, pagination=block))

    async def flow() -> None:
        with respx.mock(base_url=FACADE_BASE_URL) as router:
            router.get("/v2/me").mock(
                side_effect=[
                    httpx.Response(503, headers={"Retry-After": "0"}),
                    httpx.Response(200, json=ok(ME)),
                ]
            )
            route = router.get("/v2/bookings").mock(side_effect=bookings_page)
            async with AsyncCalcom(api_key=FACADE_API_KEY) as cal:  # pacing on, real sleep
                me = await cal.me.get()
                results["me"] = me.username
                results["uids"] = [b.uid async for b in cal.bookings.list(page_size=2)]
                results["retries"] = cal.stats.retries
            # Sorted: pages 2 and 3 are prefetched together, and trio runs them in either order.
            results["pages"] = sorted(
                (c.request.url.params["take"], c.request.url.params["skip"]) for c in route.calls
            )

    anyio.run(flow, backend="trio")
    assert results == {
        "me": "grace",
        "uids": [f"bk_{i}" for i in range(5)],
        "retries": 1,
        "pages": [("2", "0"), ("2", "2"), ("2", "4")],
    }
