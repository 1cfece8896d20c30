"""Integration tests: the public facade (``AsyncCalcom``) end to end against ``FakeCalcom``.

Each core flow runs twice: in-process (``fake.transport()``, no sockets) and over real HTTP on
127.0.0.1 (``fake.serve()``, uvicorn). Dates are far in the future (January 2040) so the real
clock never interferes; no assertion depends on wall-clock timing.
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import uvicorn
from starlette.requests import Request
from starlette.responses import Response

from calcom_async import (
    AsyncCalcom,
    Attendee,
    Availability,
    BadRequestError,
    DateOverride,
    Host,
    RateLimitError,
    verify_webhook_signature,
)
from calcom_async.testing import FakeCalcom

KEY = "cal_test_integrationKey0123456789"
KEY2 = "cal_test_integrationKeyTwo0123456"
BERLIN = ZoneInfo("Europe/Berlin")
AUCKLAND = ZoneInfo("Pacific/Auckland")  # UTC+13 in January: Berlin days straddle two dates
MONDAY = date(2040, 1, 2)
TUESDAY = MONDAY + timedelta(days=1)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

MODES = ["in_process", "loopback_http"]


@asynccontextmanager
async def connect(
    fake: FakeCalcom, mode: str, key: str = KEY, **kw: Any
) -> AsyncIterator[AsyncCalcom]:
    """An ``AsyncCalcom`` talking to ``fake`` in-process or over real loopback HTTP."""
    if mode == "in_process":
        async with AsyncCalcom(
            key, base_url="http://127.0.0.1", transport=fake.transport(), **kw
        ) as cal:
            yield cal
    else:
        async with fake.serve() as base_url:
            assert base_url.startswith("http://127.0.0.1:")
            async with AsyncCalcom(key, base_url=base_url, **kw) as cal:
                yield cal


def berlin(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=BERLIN)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    return berlin(day, 0), berlin(day, 23, 59)


def starts(days: dict[date, list[Any]]) -> list[datetime]:
    return [s.start for slots in days.values() for s in slots]


def guest(i: int) -> Attendee:
    return Attendee(name=f"Guest {i}", email=f"guest{i}@example.com", time_zone="Europe/London")


async def slot_starts(cal: AsyncCalcom, event_type_id: int, day: date) -> list[datetime]:
    start, end = day_bounds(day)
    days = await cal.slots.list(event_type_id=event_type_id, start=start, end=end)
    return starts(days)


# --------------------------------------------------------------------------- 1. lifecycle
@pytest.mark.parametrize("mode", MODES)
async def test_booking_lifecycle(mode: str) -> None:
    fake = FakeCalcom(api_keys=[KEY])
    async with connect(fake, mode) as cal:
        schedule = await cal.schedules.create(
            name="Working hours",
            time_zone="Europe/Berlin",
            is_default=True,
            availability=[Availability(days=WEEKDAYS, start_time="09:00", end_time="17:00")],
        )
        et = await cal.event_types.create(
            title="Intro", slug="intro", length_in_minutes=30, schedule_id=schedule.id
        )

        start, end = day_bounds(MONDAY)
        days = await cal.slots.list(
            event_type_id=et.id, start=start, end=end, time_zone="Pacific/Auckland"
        )
        # Berlin 09:00-17:00 on Monday = Auckland 21:00 Monday .. 05:00 Tuesday.
        assert list(days) == [MONDAY, TUESDAY]
        assert [len(v) for v in days.values()] == [6, 10]
        for day, slots in days.items():
            for slot in slots:
                assert slot.start.tzinfo is not None
                assert slot.start.utcoffset() == timedelta(hours=13)
                assert slot.start.astimezone(AUCKLAND).date() == day
        all_starts = starts(days)
        assert all_starts[0] == berlin(MONDAY, 9)
        assert all_starts[-1] == berlin(MONDAY, 16, 30)
        assert all_starts == sorted(all_starts)

        first, third = all_starts[0], all_starts[2]
        booking = await cal.bookings.create(event_type_id=et.id, start=first, attendee=guest(1))
        assert booking.status == "accepted"
        assert booking.start == first
        assert booking.start.tzinfo is not None

        listed = await cal.bookings.list(event_type_id=et.id).to_list()
        assert [b.uid for b in listed] == [booking.uid]
        found = await cal.bookings.find(
            event_type_id=et.id, start=first, attendee_email="guest1@example.com"
        )
        assert found is not None and found.uid == booking.uid
        assert first not in await slot_starts(cal, et.id, MONDAY)

        moved = await cal.bookings.reschedule(booking.uid, start=third, reason="Clash")
        assert moved.uid != booking.uid
        assert moved.rescheduled_from_uid == booking.uid
        assert moved.start == third
        assert moved.status == "accepted"
        old = await cal.bookings.get(booking.uid)
        assert old.status == "cancelled"
        assert old.rescheduled_to_uid == moved.uid
        free = await slot_starts(cal, et.id, MONDAY)
        assert first in free and third not in free

        cancelled = await cal.bookings.cancel(moved.uid, reason="No longer needed")
        assert cancelled.status == "cancelled"
        assert (await cal.bookings.get(moved.uid)).status == "cancelled"
        assert await slot_starts(cal, et.id, MONDAY) == all_starts
        upcoming = await cal.bookings.list(status="upcoming").to_list()
        assert upcoming == []
        gone = await cal.bookings.list(status="cancelled", sort_start="asc").to_list()
        assert [b.uid for b in gone] == [booking.uid, moved.uid]
    assert fake.stats.internal_errors == []


# --------------------------------------------------------------------------- 2. teams
async def _team_setup(fake: FakeCalcom) -> tuple[int, int]:
    """A second user in the team, with a Berlin schedule each; returns both user ids."""
    user1 = fake.user_for_key(KEY)
    user2 = fake.state.add_user(username="second", time_zone="Europe/Berlin", api_key=KEY2)
    fake.state.add_team_member(fake.team.id, user2.id)
    for uid in (user1.id, user2.id):
        fake.state.add_schedule(uid, time_zone="Europe/Berlin")
    return user1.id, user2.id


@pytest.mark.parametrize("mode", MODES)
async def test_round_robin_spreads_then_runs_out_of_hosts(mode: str) -> None:
    fake = FakeCalcom(api_keys=[KEY])
    u1, u2 = await _team_setup(fake)
    async with connect(fake, mode) as cal:
        me = await cal.me.get()
        assert me.organization_id == fake.organization.id
        rr = await cal.teams.event_types.create(
            fake.team.id,
            org_id=fake.organization.id,
            title="Support",
            slug="support",
            length_in_minutes=30,
            scheduling_type="roundRobin",
            hosts=[Host(user_id=u1), u2],
        )
        types = await cal.teams.event_types.list(fake.team.id, org_id=fake.organization.id)
        assert rr.id in [t.id for t in types]

        slot = berlin(MONDAY, 10)
        assert slot in await slot_starts(cal, rr.id, MONDAY)
        a = await cal.bookings.create(event_type_id=rr.id, start=slot, attendee=guest(1))
        assert slot in await slot_starts(cal, rr.id, MONDAY)  # one host is still free
        b = await cal.bookings.create(event_type_id=rr.id, start=slot, attendee=guest(2))
        hosts_a = {h.id for h in a.hosts}
        hosts_b = {h.id for h in b.hosts}
        assert len(hosts_a) == len(hosts_b) == 1
        assert hosts_a | hosts_b == {u1, u2}
        assert slot not in await slot_starts(cal, rr.id, MONDAY)
        with pytest.raises(BadRequestError) as info:
            await cal.bookings.create(event_type_id=rr.id, start=slot, attendee=guest(3))
        assert info.value.status_code == 400
        assert "hosts" in info.value.message
    assert len(fake.state.bookings_for_event_type(rr.id)) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_collective_needs_every_host_free(mode: str) -> None:
    fake = FakeCalcom(api_keys=[KEY])
    u1, u2 = await _team_setup(fake)
    async with connect(fake, mode) as cal, connect(fake, "in_process", KEY2) as cal2:
        coll = await cal.teams.event_types.create(
            fake.team.id,
            org_id=fake.organization.id,
            title="Panel",
            slug="panel",
            length_in_minutes=30,
            scheduling_type="collective",
            hosts=[u1, u2],
        )
        # Each host has a personal event type (the second created with the second user's key).
        mine = await cal.event_types.create(title="Mine", slug="mine", length_in_minutes=30)
        theirs = await cal2.event_types.create(title="Theirs", slug="theirs", length_in_minutes=30)

        before = await slot_starts(cal, coll.id, MONDAY)
        assert len(before) == 16
        ten, eleven = berlin(MONDAY, 10), berlin(MONDAY, 11)
        await cal.bookings.create(event_type_id=theirs.id, start=ten, attendee=guest(1))
        await cal.bookings.create(event_type_id=mine.id, start=eleven, attendee=guest(2))
        after = await slot_starts(cal, coll.id, MONDAY)
        assert after == [s for s in before if s not in (ten, eleven)]
        for taken in (ten, eleven):
            with pytest.raises(BadRequestError):
                await cal.bookings.create(event_type_id=coll.id, start=taken, attendee=guest(3))

        ok = await cal.bookings.create(
            event_type_id=coll.id, start=berlin(MONDAY, 12), attendee=guest(4)
        )
        assert {h.id for h in ok.hosts} == {u1, u2}
        # Both hosts are now busy at 12:00 for their personal event types too.
        assert berlin(MONDAY, 12) not in await slot_starts(cal2, theirs.id, MONDAY)
        assert berlin(MONDAY, 12) not in await slot_starts(cal, mine.id, MONDAY)


# --------------------------------------------------------------------------- 3. schedules
@pytest.mark.parametrize("mode", MODES)
async def test_schedule_changes_drive_slots(mode: str) -> None:
    fake = FakeCalcom(api_keys=[KEY])
    async with connect(fake, mode) as cal:
        schedule = await cal.schedules.create(
            name="Working hours", time_zone="Europe/Berlin", is_default=True
        )
        et = await cal.event_types.create(title="Chat", slug="chat", length_in_minutes=30)
        assert len(await slot_starts(cal, et.id, MONDAY)) == 16  # default Mon-Fri 09-17
        assert len(await slot_starts(cal, et.id, TUESDAY)) == 16

        updated = await cal.schedules.update(
            schedule.id,
            availability=[Availability(days=["Monday"], start_time="13:00", end_time="15:00")],
        )
        assert updated is not None
        assert [a.days for a in updated.availability] == [["Monday"]]
        assert await slot_starts(cal, et.id, MONDAY) == [
            berlin(MONDAY, 13),
            berlin(MONDAY, 13, 30),
            berlin(MONDAY, 14),
            berlin(MONDAY, 14, 30),
        ]
        assert await slot_starts(cal, et.id, TUESDAY) == []

        # A date override opens Tuesday 10-11 and blocks Monday entirely.
        await cal.schedules.update(
            schedule.id,
            overrides=[
                DateOverride(date=TUESDAY, start_time="10:00", end_time="11:00"),
                DateOverride(date=MONDAY, start_time="00:00", end_time="00:01"),
            ],
        )
        fetched = await cal.schedules.get(schedule.id)
        assert fetched is not None
        assert sorted(str(o.date) for o in fetched.overrides) == [
            MONDAY.isoformat(),
            TUESDAY.isoformat(),
        ]
        assert await slot_starts(cal, et.id, TUESDAY) == [
            berlin(TUESDAY, 10),
            berlin(TUESDAY, 10, 30),
        ]
        assert await slot_starts(cal, et.id, MONDAY) == []
        # The following Monday is untouched by the overrides.
        next_monday = MONDAY + timedelta(days=7)
        assert len(await slot_starts(cal, et.id, next_monday)) == 4

        # Time zone change: the same 13:00-15:00 now means New York hours.
        await cal.schedules.update(schedule.id, time_zone="America/New_York", overrides=[])
        ny = ZoneInfo("America/New_York")
        got = await cal.slots.list(
            event_type_id=et.id,
            start=datetime(2040, 1, 9, tzinfo=ny),
            end=datetime(2040, 1, 9, 23, 59, tzinfo=ny),
            time_zone="America/New_York",
        )
        assert [s.start for s in got[next_monday]] == [
            datetime(2040, 1, 9, h, m, tzinfo=ny) for h, m in ((13, 0), (13, 30), (14, 0), (14, 30))
        ]


# --------------------------------------------------------------------------- 4. pagination
@pytest.mark.parametrize("mode", MODES)
async def test_pagination_over_hundreds_of_bookings(mode: str) -> None:
    fake = FakeCalcom(api_keys=[KEY])
    user = fake.user_for_key(KEY)
    et = fake.state.add_event_type(user.id, title="Bulk", length_in_minutes=15)
    base = datetime(2040, 3, 1, 8, 0, tzinfo=timezone.utc)
    now = fake.now().replace(second=0, microsecond=0)
    plan = [(base + timedelta(minutes=15 * i), "accepted") for i in range(260)]
    plan += [(base + timedelta(days=30, minutes=15 * i), "cancelled") for i in range(25)]
    plan += [(now - timedelta(days=3, minutes=15 * i), "accepted") for i in range(15)]
    random.Random(7).shuffle(plan)  # inserted out of order: the API must sort
    for i, (start, status) in enumerate(plan):
        fake.state.add_booking(
            et.id, start, status=status, attendee_email=f"p{i}@example.com", attendee_name=f"P{i}"
        )
    assert len(plan) == 300
    expected = sorted(start for start, _ in plan)

    async with connect(fake, mode) as cal:
        pages = [p async for p in cal.bookings.list(page_size=50, sort_start="asc").pages()]
        assert [len(p.items) for p in pages] == [50] * 6
        assert pages[0].pagination is not None and pages[0].pagination.total_items == 300
        items = [b for p in pages for b in p.items]
        assert len({b.uid for b in items}) == 300
        assert [b.start for b in items] == expected

        desc = await cal.bookings.list(page_size=50, sort_start="desc").to_list()
        assert [b.start for b in desc] == expected[::-1]

        limited = await cal.bookings.list(page_size=50, limit=120, sort_start="asc").to_list()
        assert [b.uid for b in limited] == [b.uid for b in items[:120]]
        odd = await cal.bookings.list(page_size=7, limit=23, sort_start="asc").to_list()
        assert [b.uid for b in odd] == [b.uid for b in items[:23]]

        cancelled = await cal.bookings.list(status="cancelled", page_size=10).to_list()
        assert len(cancelled) == 25 and all(b.status == "cancelled" for b in cancelled)
        upcoming = await cal.bookings.list(status="upcoming", page_size=100).to_list()
        assert len(upcoming) == 260
        past = await cal.bookings.list(status="past").to_list()
        assert len(past) == 15 and all(b.end < now for b in past)
        both = await cal.bookings.list(status=["past", "cancelled"], page_size=16).to_list()
        assert {b.uid for b in both} == {b.uid for b in past} | {b.uid for b in cancelled}
        one = await cal.bookings.list(attendee_email="p0@example.com").to_list()
        assert len(one) == 1
    # 6 + 6 + 3 + 4 + 3 + 3 + 1 + 3 + 1 page requests, nothing more (lazy, stops on the last page).
    assert fake.stats.routes["GET /v2/bookings"] == 30


# --------------------------------------------------------------------------- 5. rate limit
async def test_concurrent_calls_ride_out_the_real_rate_limiter() -> None:
    fake = FakeCalcom(api_keys=[KEY], rate_limit=(10, 1.0))
    async with connect(fake, "loopback_http") as cal:

        async def call(i: int) -> object:
            if i % 2:
                return await cal.me.get()
            return await cal.bookings.list(limit=5).to_list()

        results = await asyncio.gather(*(call(i) for i in range(40)))
        assert len(results) == 40
        pacer = cal.pacer
        assert pacer is not None
        snap = pacer.snapshot()
        stats = cal.stats
    # The limiter engaged: the pacer made tasks wait and/or 429s were waited out...
    assert snap.waits > 0 or stats.rate_limit_waits > 0
    # ...every 429 was waited out and retried; none surfaced as RateLimitError.
    assert stats.rate_limit_waits == stats.rate_limited == fake.stats.rate_limited
    assert stats.requests == 40 + stats.retries
    assert fake.stats.statuses[200] == 40
    assert snap.limits["default"].limit == 10


async def test_without_pacing_or_retries_a_429_surfaces_with_retry_after() -> None:
    fake = FakeCalcom(api_keys=[KEY], rate_limit=(10, 1.0))
    async with connect(fake, "loopback_http", pacing=False, max_retries=0) as cal:
        results = await asyncio.gather(*(cal.me.get() for _ in range(15)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    # 10 per window: 5 of the 15 refused (fewer only if a window rolled over mid-burst).
    assert errors, "the limiter never refused"
    assert len(errors) == fake.stats.rate_limited
    for err in errors:
        assert isinstance(err, RateLimitError)
        assert err.status_code == 429
        assert err.retry_after is not None and 0 < err.retry_after <= 1.0 + 1e-6


# --------------------------------------------------------------------------- 6. webhooks
@asynccontextmanager
async def serve_receiver() -> AsyncIterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    """A tiny ASGI webhook receiver on 127.0.0.1 (ephemeral port) recording raw requests."""
    received: list[tuple[dict[str, str], bytes]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        request = Request(scope, receive)
        received.append((dict(request.headers), await request.body()))
        await Response(status_code=200)(scope, receive, send)

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, lifespan="off", log_config=None, log_level="warning"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.005)
        yield f"http://127.0.0.1:{port}/hooks/cal", received
    finally:
        server.should_exit = True
        await task
        sock.close()


@pytest.mark.parametrize("mode", MODES)
async def test_signed_webhook_deliveries_to_a_loopback_receiver(mode: str) -> None:
    secret = "a-long-random-secret-for-tests"
    fake = FakeCalcom(api_keys=[KEY])
    user = fake.user_for_key(KEY)
    fake.state.add_schedule(user.id, time_zone="Europe/Berlin")
    et = fake.state.add_event_type(user.id, title="Hooked", length_in_minutes=30)
    async with serve_receiver() as (url, received), connect(fake, mode) as cal:
        hook = await cal.webhooks.create(
            subscriber_url=url,
            triggers=["BOOKING_CREATED", "BOOKING_CANCELLED", "BOOKING_RESCHEDULED"],
            secret=secret,
        )
        assert [h.id for h in await cal.webhooks.list().to_list()] == [hook.id]

        booking = await cal.bookings.create(
            event_type_id=et.id, start=berlin(MONDAY, 9), attendee=guest(1)
        )
        moved = await cal.bookings.reschedule(booking.uid, start=berlin(MONDAY, 10))
        await cal.bookings.cancel(moved.uid, reason="Done")
        deliveries = await fake.wait_for_deliveries(3, timeout=10)
        assert all(d.ok for d in deliveries)

    assert len(received) == 3
    bodies = []
    for headers, raw in received:
        signature = headers.get("x-cal-signature-256")
        assert verify_webhook_signature(secret, raw, signature)
        assert not verify_webhook_signature(secret, raw + b" ", signature)
        assert not verify_webhook_signature(secret, raw.replace(b"Guest", b"Gue5t"), signature)
        assert not verify_webhook_signature("wrong-secret", raw, signature)
        body = json.loads(raw)
        assert {"triggerEvent", "createdAt", "payload"} <= set(body)
        bodies.append(body)
    by_trigger = {b["triggerEvent"]: b for b in bodies}
    assert set(by_trigger) == {"BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"}
    assert by_trigger["BOOKING_RESCHEDULED"]["payload"].get("rescheduleUid") == booking.uid
    assert fake.stats.webhook_attempts == 3 and fake.stats.webhook_failures == 0
