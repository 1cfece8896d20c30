"""Forward-compatible answers through the public API: unknown values are kept, unusable ones are
reported precisely, and one bad booking never breaks a listing or bulk reconciliation."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx
from test_generated_models import BOOKING, PAGINATION, ok

from calcom_async import (
    AsyncCalcom,
    Attendee,
    BookingRequest,
    CalcomError,
    ResponseValidationError,
)
from calcom_async.testing import FakeCalcom

KEY = "cal_test_forwardcompat_0123456789abc"
START = datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc)
ADA = Attendee(name="Ada", email="ada@example.com", time_zone="Europe/London")


def booking(i: int, **changes: Any) -> dict[str, Any]:
    start = START + timedelta(hours=i)
    return {
        **BOOKING,
        "id": 5000 + i,
        "uid": f"bk_{i}",
        "start": start.isoformat().replace("+00:00", "Z"),
        "end": (start + timedelta(minutes=30)).isoformat().replace("+00:00", "Z"),
        **changes,
    }


def listing(items: list[dict[str, Any]]) -> dict[str, Any]:
    return ok(
        items,
        pagination={
            **PAGINATION,
            "totalItems": len(items),
            "remainingItems": 0,
            "returnedItems": len(items),
            "hasNextPage": False,
        },
    )


@pytest.fixture
def fake() -> FakeCalcom:
    fake = FakeCalcom(api_keys=[KEY])
    user = fake.user_for_key(KEY)
    fake.state.add_schedule(user.id, time_zone="UTC")
    return fake


@pytest.fixture
async def fake_cal(fake: FakeCalcom) -> Any:
    async with AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=fake.transport()) as cal:
        yield cal


# ------------------------------------------------------------------ unknown values are kept


async def test_unknown_booking_status_is_kept(fake: FakeCalcom, fake_cal: AsyncCalcom) -> None:
    et = fake.state.add_event_type(fake.user_for_key(KEY).id, title="Intro")
    instant = fake.state.add_booking(et.id, START, status="awaiting_host")
    fake.state.add_booking(et.id, START + timedelta(hours=1))

    got = await fake_cal.bookings.get(instant.uid)
    assert got.status == "awaiting_host"
    listed = await fake_cal.bookings.list().to_list()
    assert sorted(b.status for b in listed) == ["accepted", "awaiting_host"]


async def test_unknown_values_everywhere_in_a_booking(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    odd = booking(
        0,
        status="awaiting_host",
        hosts=[{**BOOKING["hosts"][0], "id": "unknown"}],
        duration=30.0,
        brandNewField={"nested": True},
    )
    mock_api.get("/v2/bookings/bk_0").respond(200, json=ok(odd))
    got = await cal.bookings.get("bk_0")
    assert got.status == "awaiting_host"
    assert got.hosts[0].id == "unknown"
    assert got.duration == 30 and type(got.duration) is int
    assert got.additional_properties["brandNewField"] == {"nested": True}
    assert got.start == START


# ------------------------------------------------------------------ unusable values are precise


@pytest.mark.parametrize(
    ("changes", "path", "message"),
    [
        (
            {"start": None},
            "data.start",
            "BookingResponse.data.start: expected an ISO 8601 date-time string, got None "
            "(Booking.start)",
        ),
        (
            {"createdAt": 1767225600},
            "data.createdAt",
            "BookingResponse.data.createdAt: expected an ISO 8601 date-time string, "
            "got 1767225600 (Booking.createdAt)",
        ),
        (
            {"start": "2050-09-05T09:00:00"},
            "data.start",
            "BookingResponse.data.start: expected an ISO 8601 date-time with a UTC offset, "
            "got '2050-09-05T09:00:00' (Booking.start)",
        ),
        (
            {"id": 5001.5},
            "data.id",
            "BookingResponse.data.id: expected an integer, got 5001.5 (Booking.id)",
        ),
        (
            {"hosts": [{**BOOKING["hosts"][0], "id": None}]},
            "data.hosts[0].id",
            "BookingResponse.data.hosts[0].id: expected int | str, got None (BookingHost.id)",
        ),
        (
            {"eventType": "intro"},
            "data.eventType",
            "BookingResponse.data.eventType: expected a JSON object (BookingEventType), "
            "got 'intro' (Booking.eventType)",
        ),
    ],
)
async def test_unusable_value_names_model_field_and_value(
    cal: AsyncCalcom,
    mock_api: respx.MockRouter,
    changes: dict[str, Any],
    path: str,
    message: str,
) -> None:
    body = ok(booking(0, **changes))
    mock_api.get("/v2/bookings/bk_0").respond(200, json=body, headers={"x-request-id": "r-1"})
    with pytest.raises(ResponseValidationError) as info:
        await cal.bookings.get("bk_0")
    err = info.value
    assert isinstance(err, CalcomError)
    assert (
        str(err) == f"unusable HTTP 200 answer to GET /v2/bookings/bk_0: {message} [request id r-1]"
    )
    assert err.path == path
    assert err.body == body
    assert err.response.status_code == 200
    assert not isinstance(err.__cause__, (AttributeError, KeyError))


# ------------------------------------------------------------------ listings survive a bad item


async def test_bad_booking_does_not_break_listing(
    cal: AsyncCalcom, mock_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    items = [booking(0), booking(1, start=None), booking(2, status="awaiting_host")]
    mock_api.get("/v2/bookings").respond(200, json=listing(items))
    paginator = cal.bookings.list()
    with caplog.at_level(logging.WARNING, logger="calcom_async"):
        got = await paginator.to_list()
    assert [b.uid for b in got] == ["bk_0", "bk_2"]
    [skipped] = paginator.skipped
    assert skipped.path == "data[1].start"
    assert (skipped.model, skipped.field, skipped.value) == ("Booking", "start", None)
    assert "BookingListResponse.data[1].start: expected an ISO 8601 date-time string" in str(
        skipped
    )
    assert any("data[1].start" in r.getMessage() for r in caplog.records)
    pages = [page async for page in cal.bookings.list().pages()]
    assert [len(p.items) for p in pages] == [2] and [len(p.skipped) for p in pages] == [1]


async def test_bad_envelope_still_raises(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    body = listing([booking(0)])
    body["pagination"]["totalItems"] = "many"
    mock_api.get("/v2/bookings").respond(200, json=body)
    with pytest.raises(ResponseValidationError, match=r"pagination\.totalItems: expected an int"):
        await cal.bookings.list().to_list()


async def test_skipped_items_count_towards_the_next_page(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    hook = {
        "id": 1,
        "userId": 1,
        "subscriberUrl": "https://example.com/h",
        "triggers": ["BOOKING_CREATED", "SOMETHING_NEW"],
        "active": True,
    }
    first = [{**hook, "id": 1}, {**hook, "id": 2, "active": "yes"}]
    route = mock_api.get("/v2/webhooks").mock(
        side_effect=[
            httpx.Response(200, json=ok(first)),
            httpx.Response(200, json=ok([{**hook, "id": 3}])),
        ]
    )
    hooks = await cal.webhooks.list(page_size=2).to_list()
    assert [h.id for h in hooks] == [1, 3]
    assert hooks[0].triggers == ["BOOKING_CREATED", "SOMETHING_NEW"]
    assert [dict(c.request.url.params)["skip"] for c in route.calls] == ["0", "2"]


async def test_find_ignores_bad_bookings_that_cannot_be_the_one(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    wanted = booking(0, attendees=[{**BOOKING["attendees"][0], "email": "ada@example.com"}])
    bad_other_time = booking(3, hosts=[{**BOOKING["hosts"][0], "id": 1.5}])
    mock_api.get("/v2/bookings").respond(200, json=listing([bad_other_time, wanted]))
    found = await cal.bookings.find(event_type_id=42, start=START, attendee_email="ada@example.com")
    assert found is not None and found.uid == "bk_0"

    mock_api.get("/v2/bookings").respond(200, json=listing([bad_other_time]))
    assert (
        await cal.bookings.find(event_type_id=42, start=START, attendee_email="ada@example.com")
        is None
    )


async def test_find_refuses_to_say_absent_when_a_bad_booking_may_be_the_one(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    for bad in (booking(0, hosts=[{**BOOKING["hosts"][0], "id": 1.5}]), booking(0, start=None)):
        mock_api.get("/v2/bookings").respond(200, json=listing([bad]))
        with pytest.raises(ResponseValidationError):
            await cal.bookings.find(event_type_id=7, start=START, attendee_email="a@example.com")
    # A cancelled one cannot be it (unless cancelled ones are asked for).
    cancelled = booking(0, status="cancelled", hosts=[{**BOOKING["hosts"][0], "id": 1.5}])
    mock_api.get("/v2/bookings").respond(200, json=listing([cancelled]))
    assert await cal.bookings.find(event_type_id=7, start=START, attendee_email="a@b.co") is None


# ------------------------------------------------------------------ bulk reconciliation


def journal_in_flight(path: Path, request: BookingRequest) -> None:
    record = {"key": request.key, "index": 0, "state": "in_flight", "ts": "2050-01-01T00:00:00Z"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")


async def test_reconciliation_survives_an_unknown_status_nearby(
    fake: FakeCalcom, fake_cal: AsyncCalcom, tmp_path: Path
) -> None:
    """A killed run left the booking in flight; the attendee also has an instant meeting
    (``awaiting_host``) the same day, which used to make every lookup fail."""
    et = fake.state.add_event_type(fake.user_for_key(KEY).id, title="Intro")
    made = fake.state.add_booking(et.id, START, attendee_email=ADA.email)
    fake.state.add_booking(
        et.id, START + timedelta(hours=2), attendee_email=ADA.email, status="awaiting_host"
    )
    request = BookingRequest(event_type_id=et.id, start=START, attendee=ADA)
    journal = tmp_path / "run.jsonl"
    journal_in_flight(journal, request)

    # The run that left it in flight was killed long ago: nothing to settle.
    [outcome] = await fake_cal.bookings.create_many([request], journal=journal, settle_delay=0)
    assert (outcome.status, outcome.uid) == ("already_done", made.uid)
    assert len(fake.state.bookings) == 2  # nothing re-created


async def test_an_in_flight_record_from_the_future_waits_no_longer_than_the_settle_delay(
    fake: FakeCalcom, fake_cal: AsyncCalcom, tmp_path: Path
) -> None:
    """The journal's timestamp (2050, as from a machine whose clock runs ahead) is not trusted
    beyond the settle delay; the guard only turns a hang into a failure."""
    et = fake.state.add_event_type(fake.user_for_key(KEY).id, title="Intro")
    made = fake.state.add_booking(et.id, START, attendee_email=ADA.email)
    request = BookingRequest(event_type_id=et.id, start=START, attendee=ADA)
    journal = tmp_path / "run.jsonl"
    journal_in_flight(journal, request)
    with anyio.fail_after(120):
        [outcome] = await fake_cal.bookings.create_many(
            [request], journal=journal, settle_delay=0.05
        )
    assert (outcome.status, outcome.uid) == ("already_done", made.uid)


async def test_reconciliation_stays_unresolved_when_the_bad_booking_may_be_ours(
    cal: AsyncCalcom, mock_api: respx.MockRouter, tmp_path: Path
) -> None:
    request = BookingRequest(event_type_id=7, start=START, attendee=ADA)
    journal = tmp_path / "run.jsonl"
    journal_in_flight(journal, request)
    ours_but_bad = booking(0, createdAt=None)
    mock_api.get("/v2/bookings").respond(200, json=listing([ours_but_bad]))
    create = mock_api.post("/v2/bookings").respond(201, json=ok(booking(0)))

    [outcome] = await cal.bookings.create_many([request], journal=journal, settle_delay=0)
    assert (outcome.status, outcome.reason) == ("failed", "ambiguous_unresolved")
    assert "data[0].createdAt" in (outcome.error or "")
    assert not create.called  # never re-sent while it may exist
