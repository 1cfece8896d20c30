"""``cal.event_types.webhooks`` and ``cal.event_types.private_links``: the requests they send
(method, path, query, body, no ``cal-api-version``, the key) and the models they return."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import respx
from calcom_v2_client import models as m
from test_facade_resources import body_of, check_headers, only_request, params_of
from test_generated_models import ok

from calcom_async import AsyncCalcom, CalcomValueError

HOOK = {
    "id": 5,
    "eventTypeId": 42,
    "subscriberUrl": "https://example.com/hook",
    "triggers": ["BOOKING_CREATED", "BOOKING_CANCELLED"],
    "active": True,
    "payloadTemplate": None,
    "secret": "s3cret",
}
USAGE_LINK = {
    "linkId": "pl_1",
    "eventTypeId": 42,
    "isExpired": False,
    "bookingUrl": "https://cal.com/d/pl_1/30min",
    "maxUsageCount": 3,
    "usageCount": 1,
}
TIME_LINK = {
    "linkId": "pl_2",
    "eventTypeId": 42,
    "isExpired": True,
    "bookingUrl": "https://cal.com/d/pl_2/30min",
    "expiresAt": "2050-12-31T23:59:59.000Z",
}
BERLIN_NOON = datetime(2050, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))


# --------------------------------------------------------------------------------------------
# webhooks
# --------------------------------------------------------------------------------------------


async def test_list_pages_through_take_and_skip(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/v2/event-types/42/webhooks").mock(
        side_effect=[
            respx.MockResponse(200, json=ok([HOOK, {**HOOK, "id": 6}])),
            respx.MockResponse(200, json=ok([{**HOOK, "id": 7}])),
        ]
    )
    hooks = await cal.event_types.webhooks.list(42, page_size=2).to_list()
    assert [h.id for h in hooks] == [5, 6, 7]
    assert all(isinstance(h, m.EventTypeWebhook) for h in hooks)
    requests = [call.request for call in route.calls]
    assert [params_of(r) for r in requests] == [
        {"take": "2", "skip": "0"},
        {"take": "2", "skip": "2"},
    ]
    check_headers(requests[0], None)


async def test_get(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/event-types/42/webhooks/5").respond(200, json=ok(HOOK))
    hook = await cal.event_types.webhooks.get(42, 5)
    check_headers(only_request(route), None)
    assert isinstance(hook, m.EventTypeWebhook)
    assert (hook.event_type_id, hook.secret, hook.triggers[1]) == (
        42,
        "s3cret",
        "BOOKING_CANCELLED",
    )


async def test_create(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/event-types/42/webhooks").respond(201, json=ok(HOOK))
    hook = await cal.event_types.webhooks.create(
        42,
        subscriber_url="https://example.com/hook",
        triggers=["BOOKING_CREATED", "BOOKING_CANCELLED"],
        secret="s3cret",
        payload_template='{"uid": "{{uid}}"}',
    )
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {
        "subscriberUrl": "https://example.com/hook",
        "triggers": ["BOOKING_CREATED", "BOOKING_CANCELLED"],
        "active": True,
        "secret": "s3cret",
        "payloadTemplate": '{"uid": "{{uid}}"}',
    }
    assert hook.id == 5


async def test_update_sends_only_what_changes(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.patch("/v2/event-types/42/webhooks/5").respond(
        200, json=ok({**HOOK, "active": False})
    )
    hook = await cal.event_types.webhooks.update(42, "5", active=False)
    assert body_of(only_request(route)) == {"active": False}
    assert hook.active is False


async def test_delete_and_delete_all(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    one = mock_api.delete("/v2/event-types/42/webhooks/5").respond(200, json=ok(HOOK))
    every = mock_api.delete("/v2/event-types/42/webhooks").respond(
        200, json=ok("3 webhooks deleted")
    )
    assert await cal.event_types.webhooks.delete(42, 5) is None
    assert await cal.event_types.webhooks.delete_all(42) == "3 webhooks deleted"
    check_headers(only_request(one), None)
    check_headers(only_request(every), None)
    assert only_request(every).content == b""


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.event_types.webhooks.create(
            0, subscriber_url="https://x.io", triggers=["BOOKING_CREATED"]
        ),
        lambda c: c.event_types.webhooks.create(
            42, subscriber_url="ftp://x.io", triggers=["BOOKING_CREATED"]
        ),
        lambda c: c.event_types.webhooks.create(
            42, subscriber_url="https://x.io", triggers="BOOKING_CREATED"
        ),
        lambda c: c.event_types.webhooks.create(
            42, subscriber_url="https://x.io", triggers=["NOPE"]
        ),
        lambda c: c.event_types.webhooks.update(42, 5),
        lambda c: c.event_types.webhooks.get(42, ".."),
        lambda c: c.event_types.webhooks.delete_all(True),
    ],
)
async def test_bad_webhook_input_is_refused_before_sending(
    cal: AsyncCalcom, mock_api: respx.MockRouter, call: object
) -> None:
    with pytest.raises(CalcomValueError):
        await call(cal)  # type: ignore[operator]
    assert mock_api.calls.call_count == 0


# --------------------------------------------------------------------------------------------
# private links
# --------------------------------------------------------------------------------------------


async def test_private_links_list(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v2/event-types/42/private-links").respond(
        200, json=ok([USAGE_LINK, TIME_LINK])
    )
    links = await cal.event_types.private_links.list(42)
    request = only_request(route)
    check_headers(request, None)
    assert params_of(request) == {}
    assert all(isinstance(k, m.PrivateLink) for k in links)
    usage, timed = links
    assert (usage.max_usage_count, usage.usage_count, usage.is_expired) == (3, 1, False)
    assert timed.expires_at == datetime(2050, 12, 31, 23, 59, 59, tzinfo=timezone.utc)
    assert timed.is_expired is True


async def test_private_links_create(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v2/event-types/42/private-links").respond(201, json=ok(TIME_LINK))
    link = await cal.event_types.private_links.create(42, expires_at=BERLIN_NOON)
    request = only_request(route)
    check_headers(request, None)
    sent = body_of(request)
    assert list(sent) == ["expiresAt"]
    assert datetime.fromisoformat(sent["expiresAt"]) == BERLIN_NOON  # the same instant, UTC
    assert datetime.fromisoformat(sent["expiresAt"]).utcoffset() == timedelta(0)
    assert link.link_id == "pl_2"


async def test_private_links_create_single_use_sends_an_empty_body(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v2/event-types/42/private-links").respond(
        201, json=ok({**USAGE_LINK, "maxUsageCount": 1, "usageCount": 0})
    )
    link = await cal.event_types.private_links.create(42)
    assert body_of(only_request(route)) == {}
    assert link.max_usage_count == 1


async def test_private_links_update(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.patch("/v2/event-types/42/private-links/pl_1").respond(
        200, json=ok({**USAGE_LINK, "maxUsageCount": 10})
    )
    link = await cal.event_types.private_links.update(42, "pl_1", max_usage_count=10)
    request = only_request(route)
    check_headers(request, None)
    assert body_of(request) == {"maxUsageCount": 10}
    assert link.max_usage_count == 10


async def test_private_links_delete(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    route = mock_api.delete("/v2/event-types/42/private-links/pl_1").respond(
        200, json=ok({"linkId": "pl_1", "message": "Private link deleted successfully"})
    )
    assert await cal.event_types.private_links.delete(42, "pl_1") is None
    check_headers(only_request(route), None)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.event_types.private_links.create(42, max_usage_count=0),
        lambda c: c.event_types.private_links.create(42, expires_at=datetime(2050, 1, 1)),
        lambda c: c.event_types.private_links.update(42, "pl_1"),
        lambda c: c.event_types.private_links.update(42, 7, max_usage_count=2),
        lambda c: c.event_types.private_links.delete(42, "a/b"),
        lambda c: c.event_types.private_links.list(-1),
    ],
)
async def test_bad_private_link_input_is_refused_before_sending(
    cal: AsyncCalcom, mock_api: respx.MockRouter, call: object
) -> None:
    with pytest.raises(CalcomValueError):
        await call(cal)  # type: ignore[operator]
    assert mock_api.calls.call_count == 0
