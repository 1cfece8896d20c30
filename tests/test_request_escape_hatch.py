"""``cal.request(...)``, the escape hatch for operations without a typed method (respx).

It must send exactly what it was given (templates filled with percent-encoded segments, the
rest of ``params`` as the query, ``json`` as the body, ``api_version`` as ``cal-api-version``),
refuse anything it cannot send safely before sending, unwrap ``data``, and behave like every
typed method on errors, 429s, retries and ambiguity -- it goes through the same transport.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any

import httpx
import pytest
import respx
from conftest import FACADE_API_KEY
from test_facade_resources import only_request
from test_generated_models import ok

from calcom_async import (
    AmbiguousRequestError,
    AsyncCalcom,
    CalcomValueError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)

APPS = [{"id": 1, "type": "daily_video", "appId": "daily-video"}]


async def test_get_unwraps_data(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/conferencing").respond(200, json=ok(APPS))
    assert await cal.request("GET", "/v2/conferencing") == APPS
    request = only_request(route)
    assert request.headers["authorization"] == f"Bearer {FACADE_API_KEY}"
    assert "cal-api-version" not in request.headers
    assert request.content == b""


async def test_template_query_and_version(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get(url__regex=r"^https://api\.cal\.com/v2/bookings/[^/]+/references").respond(
        200, json=ok([])
    )
    when = datetime(2050, 9, 5, 11, 0, tzinfo=timezone.utc)
    result = await cal.request(
        "get",
        "/v2/bookings/{uid}/references",
        params={
            "uid": "a%b:c",
            "type": "zoom_video",
            "take": 5,
            "flag": True,
            "after": when,
            "day": date(2050, 9, 5),
            "ids": [1, 2],
            "skipped": None,
        },
        api_version="2024-08-13",
    )
    assert result == []
    request = only_request(route)
    assert request.method == "GET"
    assert request.url.raw_path.decode().split("?")[0] == "/v2/bookings/a%25b%3Ac/references"
    assert request.url.params.multi_items() == [
        ("type", "zoom_video"),
        ("take", "5"),
        ("flag", "true"),
        ("after", "2050-09-05T11:00:00.000Z"),
        ("day", "2050-09-05"),
        ("ids", "1"),
        ("ids", "2"),
    ]
    assert request.headers["cal-api-version"] == "2024-08-13"


async def test_post_json_body(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/routing-forms/f1/calculate-slots").respond(
        201, json=ok({"slots": {}})
    )
    body = {"name": "Ada", "nested": [1, 2.5, None, {"ok": True}]}
    result = await cal.request(
        "POST", "/v2/routing-forms/{id}/calculate-slots", params={"id": "f1"}, json=body
    )
    assert result == {"slots": {}}
    request = only_request(route)
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == body


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"status": "success"}, None),  # an envelope without data
        ({"status": "success", "data": None}, None),
        ([1, 2], [1, 2]),  # no envelope: the body whole
        ({"items": []}, {"items": []}),
    ],
)
async def test_answers_without_data(
    cal: AsyncCalcom, mock_api: respx.MockRouter, answer: Any, expected: Any
) -> None:
    mock_api.delete("/v2/webhooks/7").respond(200, json=answer)
    assert await cal.request("DELETE", "/v2/webhooks/{id}", params={"id": 7}) == expected


async def test_empty_body_is_none(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.delete("/v2/webhooks/7").respond(204)
    assert await cal.request("DELETE", "/v2/webhooks/7") is None


async def test_a_2xx_that_is_not_json(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/conferencing").respond(200, text="<html>maintenance</html>")
    with pytest.raises(ResponseValidationError) as caught:
        await cal.request("GET", "/v2/conferencing")
    assert caught.value.response.status_code == 200


async def test_raw_response_sees_the_whole_answer(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    pagination = {"totalItems": 1, "hasNextPage": False}
    mock_api.get("/v2/bookings").respond(
        200, json=ok([], pagination=pagination), headers={"X-RateLimit-Remaining-Default": "9"}
    )
    with cal.raw_response() as raw:
        assert await cal.request("GET", "/v2/bookings", api_version="2024-08-13") == []
    assert raw.response.json()["pagination"] == pagination
    assert raw.rate_limits == {"default": {"remaining": 9}}


# --------------------------------------------------------------------------------------------
# errors, waits and retries: the same rules as every typed method
# --------------------------------------------------------------------------------------------


async def test_error_statuses_are_typed(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    envelope = {"status": "error", "error": {"code": "NotFoundException", "message": "gone"}}
    mock_api.get("/v2/conferencing").respond(404, json=envelope)
    with pytest.raises(NotFoundError) as caught:
        await cal.request("GET", "/v2/conferencing")
    assert (caught.value.code, caught.value.message) == ("NotFoundException", "gone")
    mock_api.post("/v2/conferencing/zoom/default").respond(
        422, json={"status": "error", "error": {"code": "X", "message": "no"}}
    )
    with pytest.raises(UnprocessableEntityError):
        await cal.request("POST", "/v2/conferencing/zoom/default")


async def test_429_is_waited_out(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    throttled = httpx.Response(
        429,
        json={"status": "error", "error": {"code": "ThrottlerException", "message": "slow"}},
        headers={"X-RateLimit-Remaining-Default": "0", "X-RateLimit-Reset-Default": "7"},
    )
    route = mock_api.post("/v2/conferencing/zoom/default").mock(
        side_effect=[throttled, httpx.Response(200, json=ok({"done": True}))]
    )
    assert await cal.request("POST", "/v2/conferencing/zoom/default") == {"done": True}
    assert route.call_count == 2  # a 429 applied nothing: even a POST is sent again
    assert sleeps == [7.0]


async def test_429_too_long_raises(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/conferencing").respond(
        429,
        json={"status": "error", "error": {"code": "ThrottlerException", "message": "slow"}},
        headers={"Retry-After": "3600"},
    )
    with pytest.raises(RateLimitError) as caught:
        await cal.request("GET", "/v2/conferencing")
    assert caught.value.retry_after == 3600


async def test_get_5xx_is_retried(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.get("/v2/conferencing").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=ok(APPS))]
    )
    assert await cal.request("GET", "/v2/conferencing") == APPS
    assert route.call_count == 2 and len(sleeps) == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_post_502_is_ambiguous_not_retried(
    cal: AsyncCalcom, mock_api: respx.MockRouter, method: str
) -> None:
    route = mock_api.route(method=method, path="/v2/conferencing/zoom/default").respond(502)
    with pytest.raises(AmbiguousRequestError):
        await cal.request(method, "/v2/conferencing/zoom/default")
    assert route.call_count == 1


async def test_post_dropped_connection_is_ambiguous(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v2/conferencing/zoom/default").mock(
        side_effect=httpx.RemoteProtocolError("Server disconnected without sending a response.")
    )
    with pytest.raises(AmbiguousRequestError):
        await cal.request("POST", "/v2/conferencing/zoom/default", json={"a": 1})
    assert route.call_count == 1


async def test_per_call_options(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/conferencing").respond(503)
    with pytest.raises(Exception, match="503"):
        await cal.request("GET", "/v2/conferencing", max_retries=0, timeout=5)
    request = only_request(route)
    assert request.extensions["timeout"]["read"] == 5


# --------------------------------------------------------------------------------------------
# refused before sending
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"method": "TRACE", "path": "/v2/me"},
        {"method": 1, "path": "/v2/me"},
        {"method": "GET", "path": "/v1/me"},  # v2 only
        {"method": "GET", "path": "https://evil.example.com/v2/me"},
        {"method": "GET", "path": "/v2/"},
        {"method": "GET", "path": "/v2/bookings/../me"},
        {"method": "GET", "path": "/v2/bookings/./x"},
        {"method": "GET", "path": "/v2/bookings//x"},
        {"method": "GET", "path": "/v2/me/"},
        {"method": "GET", "path": "/v2/me?take=1"},  # the query goes in params
        {"method": "GET", "path": "/v2/bookings/a%2Fb"},  # encoded text goes in params
        {"method": "GET", "path": "/v2/bookings/{uid}"},  # no params["uid"]
        {"method": "GET", "path": "/v2/bookings/{uid}", "params": {"uid": ".."}},
        {"method": "GET", "path": "/v2/bookings/{uid}", "params": {"uid": "a/b"}},
        {"method": "GET", "path": "/v2/bookings/{uid}", "params": {"uid": None}},
        {"method": "GET", "path": "/v2/bookings/x{uid}", "params": {"uid": "a"}},
        {"method": "GET", "path": "/v2/me", "params": ["take", 1]},
        {"method": "GET", "path": "/v2/me", "params": {"take": object()}},
        {"method": "GET", "path": "/v2/me", "params": {"take": float("nan")}},
        {"method": "GET", "path": "/v2/me", "params": {"take": []}},
        {"method": "GET", "path": "/v2/me", "params": {"a b": 1}},
        {"method": "GET", "path": "/v2/me", "params": {"when": datetime(2050, 1, 1)}},
        {"method": "GET", "path": "/v2/me", "params": {"q": "x" * 9000}},
        {"method": "GET", "path": "/v2/me", "json": {"a": 1}},  # GET takes no body
        {"method": "POST", "path": "/v2/me", "json": {"a": float("inf")}},
        {"method": "POST", "path": "/v2/me", "json": {1: "a"}},
        {"method": "POST", "path": "/v2/me", "json": b"raw"},
        {"method": "GET", "path": "/v2/me", "api_version": "latest"},
        {"method": "GET", "path": "/v2/me", "timeout": -1},
        {"method": "GET", "path": "/v2/me", "max_retries": -1},
    ],
)
async def test_refused_before_sending(
    cal: AsyncCalcom, mock_api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    route = mock_api.route().respond(200, json=ok(None))
    method, path = kwargs.pop("method"), kwargs.pop("path")
    with pytest.raises(CalcomValueError):
        await cal.request(method, path, **kwargs)
    assert route.call_count == 0
