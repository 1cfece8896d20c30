"""HTTP failures become the SDK's typed errors, with Cal.com's envelope unpacked."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
import respx
from calcom_v2_client import models as m
from test_generated_models import BOOKING, ME, ok

from calcom_async import (
    AmbiguousRequestError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncCalcom,
    Attendee,
    AuthenticationError,
    BadRequestError,
    CalcomError,
    CalcomValueError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)

ADA = Attendee(name="Ada", email="ada@example.com", time_zone="Europe/London")
START = datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc)


def envelope(code: str, message: str, path: str, details: Any = None) -> dict[str, Any]:
    return {
        "status": "error",
        "timestamp": "2050-09-05T09:00:00.000Z",
        "path": path,
        "error": {"code": code, "message": message, "details": details or {}},
    }


STATUS_CASES = [
    (400, BadRequestError, "BadRequestException", "User either already has booking at this time"),
    (401, AuthenticationError, "UnauthorizedException", "Invalid API Key"),
    (403, PermissionDeniedError, "ForbiddenException", "Not allowed to access this booking"),
    (404, NotFoundError, "NotFoundException", "Booking with uid=nope was not found"),
    (409, ConflictError, "ConflictException", "Webhook with this subscriberUrl already exists"),
    (422, UnprocessableEntityError, "UnprocessableEntityException", "start is in the past"),
    (429, RateLimitError, "ThrottlerException", "Too Many Requests"),
    (500, InternalServerError, "InternalServerErrorException", "Something went wrong"),
]


@pytest.mark.parametrize(
    ("status", "cls", "code", "message"), STATUS_CASES, ids=[str(c[0]) for c in STATUS_CASES]
)
async def test_status_maps_to_error_class(
    cal: AsyncCalcom,
    mock_api: respx.MockRouter,
    status: int,
    cls: type[APIStatusError],
    code: str,
    message: str,
) -> None:
    details = {"message": message, "statusCode": status}
    route = mock_api.get("/v2/bookings/nope").respond(
        status,
        json=envelope(code, message, "/v2/bookings/nope", details),
        headers={"X-Request-Id": f"req-{status}"},
    )
    with pytest.raises(cls) as info:
        await cal.bookings.get("nope", max_retries=0)
    error = info.value
    assert type(error) is cls
    assert isinstance(error, APIStatusError)
    assert isinstance(error, CalcomError)
    assert error.status_code == status
    assert error.message == message
    assert error.code == code
    assert error.details == details
    assert error.request_id == f"req-{status}"
    assert error.response.status_code == status
    text = str(error)
    assert str(status) in text
    assert code in text
    assert message in text
    assert "GET /v2/bookings/nope" in text
    assert f"req-{status}" in text
    assert route.call_count == 1


async def test_error_on_post_with_body(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.post("/v2/bookings").respond(
        400,
        json=envelope(
            "BadRequestException",
            "User either already has booking at this time or is not available",
            "/v2/bookings",
        ),
    )
    with pytest.raises(BadRequestError) as info:
        await cal.bookings.create(event_type_id=42, start=START, attendee=ADA)
    assert info.value.message.startswith("User either already has booking")
    assert info.value.request_id is None
    assert "POST /v2/bookings" in str(info.value)


async def test_nest_validation_shape(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    # NestJS's ValidationPipe answer: a list of messages, `error` a plain string.
    mock_api.post("/v2/webhooks").respond(
        400,
        json={
            "message": ["subscriberUrl must be a URL address", "triggers must be an array"],
            "error": "Bad Request",
            "statusCode": 400,
        },
    )
    with pytest.raises(BadRequestError) as info:
        await cal.webhooks.create(
            subscriber_url="https://example.com/hook", triggers=["BOOKING_CREATED"]
        )
    assert info.value.message == "subscriberUrl must be a URL address; triggers must be an array"
    assert info.value.code == "Bad Request"


async def test_other_4xx_is_plain_status_error(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/v2/me").respond(
        410, json=envelope("GoneException", "This endpoint is gone", "/v2/me")
    )
    with pytest.raises(APIStatusError) as info:
        await cal.me.get()
    assert type(info.value) is APIStatusError
    assert info.value.status_code == 410
    assert info.value.code == "GoneException"


async def test_non_json_error_body_after_retries(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    route = mock_api.get("/v2/me").respond(
        502, text=html, headers={"content-type": "text/html", "x-request-id": "edge-1"}
    )
    with pytest.raises(InternalServerError) as info:
        await cal.me.get()
    error = info.value
    assert error.status_code == 502
    assert error.message == "Bad Gateway"  # the reason phrase; the HTML is not parsed
    assert error.code is None
    assert error.request_id == "edge-1"
    assert route.call_count == 4  # the default policy: 1 try + 3 retries
    assert len(sleeps) == 3


async def test_plain_text_404(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/webhooks/wh_9").respond(404, text="Not Found")
    with pytest.raises(NotFoundError) as info:
        await cal.webhooks.get("wh_9")
    assert info.value.message == "Not Found"


async def test_empty_error_body(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.delete("/v2/schedules/7").respond(403)
    with pytest.raises(PermissionDeniedError) as info:
        await cal.schedules.delete(7)
    assert info.value.message == "Forbidden"


async def test_rate_limit_retry_after_over_ceiling(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.get("/v2/me").respond(
        429,
        json=envelope("ThrottlerException", "Too Many Requests", "/v2/me"),
        headers={"Retry-After": "120"},
    )
    with pytest.raises(RateLimitError) as info:
        await cal.me.get()
    assert info.value.retry_after == 120.0
    assert info.value.status_code == 429
    assert info.value.code == "ThrottlerException"
    assert route.call_count == 1  # over the 60 s ceiling: not waited, not retried
    assert sleeps == []


async def test_rate_limit_retries_off_carries_reset_figure(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    mock_api.get("/v2/me").respond(
        429,
        json=envelope("ThrottlerException", "Too Many Requests", "/v2/me"),
        headers={
            "X-RateLimit-Limit-default": "120",
            "X-RateLimit-Remaining-default": "0",
            "X-RateLimit-Reset-default": "17",
            "X-RateLimit-Limit-long": "1000",
            "X-RateLimit-Remaining-long": "400",
            "X-RateLimit-Reset-long": "3000",
        },
    )
    with pytest.raises(RateLimitError) as info:
        await cal.me.get(max_retries=0)
    # Only the exhausted limit counts.
    assert info.value.retry_after == 17.0
    assert sleeps == []


async def test_rate_limit_without_figure(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/me").respond(429, json=envelope("ThrottlerException", "slow down", "/v2/me"))
    with pytest.raises(RateLimitError) as info:
        await cal.me.get(max_retries=0)
    assert info.value.retry_after is None


async def test_rate_limit_exhausted_after_waits(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.get("/v2/me").respond(
        429,
        json=envelope("ThrottlerException", "Too Many Requests", "/v2/me"),
        headers={"Retry-After": "2"},
    )
    with pytest.raises(RateLimitError) as info:
        await cal.me.get(max_retries=2)
    assert info.value.retry_after == 2.0
    assert route.call_count == 3
    assert sleeps == [2.0, 2.0]


async def test_post_502_is_ambiguous(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.post("/v2/bookings").respond(502, text="<html>Bad Gateway</html>")
    with pytest.raises(AmbiguousRequestError) as info:
        await cal.bookings.create(event_type_id=42, start=START, attendee=ADA)
    assert route.call_count == 1  # never retried blindly
    assert sleeps == []
    assert info.value.response is not None
    assert info.value.response.status_code == 502
    assert "POST /v2/bookings" in str(info.value)
    assert cal.stats.ambiguous == 1


async def test_post_504_is_ambiguous(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/webhooks").respond(504)
    with pytest.raises(AmbiguousRequestError):
        await cal.webhooks.create(
            subscriber_url="https://example.com/hook", triggers=["BOOKING_CREATED"]
        )
    assert route.call_count == 1


async def test_post_500_is_returned_not_retried(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v2/bookings/bk_1/cancel").respond(
        500, json=envelope("InternalServerErrorException", "db down", "/v2/bookings/bk_1/cancel")
    )
    with pytest.raises(InternalServerError) as info:
        await cal.bookings.cancel("bk_1")
    assert info.value.message == "db down"
    assert route.call_count == 1


async def test_post_read_error_is_ambiguous(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/bookings").mock(side_effect=httpx.ReadError("connection reset"))
    with pytest.raises(AmbiguousRequestError):
        await cal.bookings.create(event_type_id=42, start=START, attendee=ADA)
    assert route.call_count == 1


async def test_post_read_timeout_is_ambiguous(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/bookings").mock(side_effect=httpx.ReadTimeout("timed out"))
    with pytest.raises(AmbiguousRequestError):
        await cal.bookings.create(event_type_id=42, start=START, attendee=ADA)
    assert route.call_count == 1


async def test_post_connect_error_is_retried(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.post("/v2/bookings").mock(
        side_effect=[
            httpx.ConnectError("connection refused"),
            httpx.Response(201, json=ok(BOOKING)),
        ]
    )
    booking = await cal.bookings.create(event_type_id=42, start=START, attendee=ADA)
    assert isinstance(booking, m.Booking)
    assert booking.uid == "bk_3f1c9a"
    assert route.call_count == 2
    assert len(sleeps) == 1
    # The retried request carries the same body.
    assert route.calls[0].request.content == route.calls[1].request.content


async def test_get_503_retried_then_succeeds(
    cal: AsyncCalcom, mock_api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock_api.get("/v2/me").mock(
        side_effect=[
            httpx.Response(503, text="Service Unavailable"),
            httpx.Response(503, json=envelope("ServiceUnavailableException", "busy", "/v2/me")),
            httpx.Response(200, json=ok(ME)),
        ]
    )
    me = await cal.me.get()
    assert me.username == "grace"
    assert route.call_count == 3
    assert len(sleeps) == 2
    assert cal.stats.retries == 2
    assert cal.stats.responses_by_status[503] == 2


async def test_get_connect_errors_exhausted(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/me").mock(side_effect=httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError) as info:
        await cal.me.get(max_retries=1)
    assert not isinstance(info.value, APITimeoutError)
    assert route.call_count == 2
    assert "GET /v2/me" in str(info.value)


async def test_get_timeouts_exhausted(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/calendars").mock(side_effect=httpx.ReadTimeout("read timed out"))
    with pytest.raises(APITimeoutError):
        await cal.calendars.list(max_retries=2)
    assert route.call_count == 3


async def test_unexpected_success_status(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    # The generated parser knows only the documented status; anything else is reported.
    mock_api.get("/v2/me").respond(204)
    with pytest.raises(CalcomError, match="unexpected HTTP 204"):
        await cal.me.get()


async def test_unparseable_success_body(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/me").respond(200, json={"status": "success", "data": {"id": 1}})
    with pytest.raises(ResponseValidationError) as info:
        await cal.me.get()
    err = info.value
    assert (err.model, err.field, err.path) == ("Me", "username", "data.username")
    assert err.reason == "required field is missing"
    assert str(err) == (
        "unusable HTTP 200 answer to GET /v2/me: MeResponse.data.username: "
        "required field is missing (Me.username)"
    )
    assert err.body == {"status": "success", "data": {"id": 1}}
    assert err.response.status_code == 200


async def test_non_json_success_body(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/me").respond(200, text="<html>captive portal</html>")
    with pytest.raises(ResponseValidationError) as info:
        await cal.me.get()
    assert not isinstance(info.value, APIStatusError)
    assert info.value.body is None
    assert str(info.value) == (
        "unusable HTTP 200 answer to GET /v2/me: MeResponse: expected a JSON body, "
        "got '<html>captive portal</html>'"
    )


async def test_unencodable_input_is_a_value_error_and_sends_nothing(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v2/bookings").respond(201, json=ok(BOOKING))
    with pytest.raises(
        CalcomValueError, match=r"booking_fields_responses\.x must be a finite number"
    ):
        await cal.bookings.create(
            event_type_id=7, start=START, attendee=ADA, booking_fields_responses={"x": float("nan")}
        )
    assert not route.called
