"""What the generated-endpoint tests share: the case record, the respx runner, sample answers.

Each ``tests/test_generated_endpoints*.py`` file lists ``CASES`` (one generated endpoint call
and the request it must send); ``check_case`` sends it against respx and checks method, path,
query, body, ``cal-api-version`` and the parsed answer.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import respx
from calcom_v2_client import AuthenticatedClient

BASE = "https://api.cal.com"
KEY = "cal_test_0123456789abcdef"

BOOKINGS, EVENT_TYPES, SCHEDULES, SLOTS = "2024-08-13", "2024-06-14", "2024-06-11", "2024-09-04"

BOOKING_ANSWER: dict[str, Any] = {
    "id": 1,
    "uid": "bk_1",
    "title": "t",
    "hosts": [],
    "status": "accepted",
    "start": "2050-09-05T09:00:00.000Z",
    "end": "2050-09-05T09:30:00.000Z",
    "duration": 30,
    "attendees": [],
    "createdAt": "2050-09-01T00:00:00.000Z",
}
EVENT_TYPE_ANSWER: dict[str, Any] = {
    "id": 42,
    "lengthInMinutes": 30,
    "title": "30 min",
    "slug": "30min",
}
TEAM_EVENT_TYPE_ANSWER = {**EVENT_TYPE_ANSWER, "teamId": 3, "schedulingType": "collective"}
SCHEDULE_ANSWER: dict[str, Any] = {
    "id": 7,
    "ownerId": 1,
    "name": "Work",
    "timeZone": "Europe/Berlin",
    "availability": [],
    "isDefault": True,
    "overrides": [],
}
WEBHOOK_ANSWER: dict[str, Any] = {
    "id": 6001,
    "userId": 1,
    "subscriberUrl": "https://example.com/hook",
    "triggers": ["BOOKING_CREATED"],
    "active": True,
}
PAGINATION: dict[str, Any] = {
    "totalItems": 1,
    "remainingItems": 0,
    "returnedItems": 1,
    "itemsPerPage": 10,
    "currentPage": 1,
    "totalPages": 1,
    "hasNextPage": False,
    "hasPreviousPage": False,
}


def ok(data: Any, **extra: Any) -> dict[str, Any]:
    """Cal.com's success envelope around ``data``."""
    return {"status": "success", "data": data, **extra}


@dataclass
class Case:
    """One call of a generated endpoint function and the exchange it must produce."""

    module: str  # "<tag package>.<operation module>" under calcom_v2_client.api
    kwargs: dict[str, Any]
    method: str
    path: str
    version: str | None  # the cal-api-version header, or None when none must be sent
    status: int
    answer: Any
    parsed: type[Any]
    query: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    data: type[Any] | tuple[type[Any], ...] | None = None  # type of parsed.data, when checked


def case_id(case: Case) -> str:
    body = type(case.kwargs["body"]).__name__ if "body" in case.kwargs else ""
    return f"{case.module}-{body}" if body else case.module


async def call(case: Case) -> tuple[httpx.Request, Any]:
    """Send the case through its generated ``asyncio_detailed`` against a respx route."""
    module = importlib.import_module(f"calcom_v2_client.api.{case.module}")
    client = AuthenticatedClient(base_url=BASE, token=KEY)
    with respx.mock(assert_all_called=True) as router:
        route = router.request(case.method, BASE + case.path).respond(
            case.status, json=case.answer, headers={"X-Request-Id": "req-1"}
        )
        response = await module.asyncio_detailed(client=client, **case.kwargs)
        assert route.call_count == 1
        return route.calls.last.request, response


async def check_case(case: Case) -> None:
    """The request matches the case exactly, and the answer parses into the documented model."""
    request, response = await call(case)
    assert request.method == case.method
    assert request.url.path == case.path
    assert dict(request.url.params) == case.query
    assert len(request.url.params.multi_items()) == len(case.query)
    assert request.headers["authorization"] == f"Bearer {KEY}"
    if case.version is None:
        assert "cal-api-version" not in request.headers
    else:
        assert request.headers["cal-api-version"] == case.version
    if case.body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body
    assert response.status_code == case.status
    assert isinstance(response.parsed, case.parsed)
    if case.data is not None:
        assert isinstance(response.parsed.data, case.data)
    assert response.headers["x-request-id"] == "req-1"
