"""Issue 10's flows end to end: the public facade against ``FakeCalcom``, in-process and over
real loopback HTTP (``fake.serve()``).

Reserve → book → the reservation is released (and held slots refuse other bookers until they
expire on the fake's clock or are deleted); round-robin reassignment; no-show marking with its
webhook; guests; the route throttles of guests and location (and that they do not slow the rest
of the API); calendar connections; ``me.update``; booking records; and ``cal.request`` reaching
an operation no typed method covers, with the same errors and retries.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from calcom_async import (
    AmbiguousRequestError,
    AsyncCalcom,
    Attendee,
    BadRequestError,
    CalcomValueError,
    ConflictError,
    Guest,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SlotUnavailableError,
    UnprocessableEntityError,
)
from calcom_async.testing import FakeCalcom, FakeClock, RateLimit
from calcom_async.testing._routing import ApiError, Area, Ctx, Reply, ok
from calcom_async.types import UNSET
from calcom_async.webhooks import BookingNoShowUpdated, verify_and_parse

KEY = "cal_test_coverageFlowsKey0123456"
KEY2 = "cal_test_coverageFlowsKeyTwo01234"
MODES = ["in_process", "loopback_http"]
NOW = datetime(2040, 1, 1, 8, 0, tzinfo=timezone.utc)  # a Sunday
MONDAY_9 = datetime(2040, 1, 2, 9, 0, tzinfo=timezone.utc)


def ada(n: int = 0) -> Attendee:
    return Attendee(name=f"Ada {n}", email=f"ada{n}@example.com", time_zone="Europe/London")


def new_fake(**kw: Any) -> tuple[FakeCalcom, FakeClock]:
    clock = FakeClock(NOW)
    fake = FakeCalcom(api_keys=[KEY, KEY2], clock=clock, **kw)
    for user in fake.users:
        fake.state.add_schedule(user.id, time_zone="UTC")  # Mon-Fri 09:00-17:00 UTC
    return fake, clock


@asynccontextmanager
async def clients(fake: FakeCalcom, mode: str, **kw: Any) -> AsyncIterator[list[AsyncCalcom]]:
    """One ``AsyncCalcom`` per key of ``fake``, in-process or over loopback HTTP."""
    async with AsyncExitStack() as stack:
        if mode == "in_process":
            made: list[AsyncCalcom] = [
                AsyncCalcom(key, base_url="http://127.0.0.1", transport=fake.transport(), **kw)
                for key in (KEY, KEY2)
            ]
        else:
            base_url = await stack.enter_async_context(fake.serve())
            assert base_url.startswith("http://127.0.0.1:")
            made = [AsyncCalcom(key, base_url=base_url, **kw) for key in (KEY, KEY2)]
        for cal in made:
            await stack.enter_async_context(cal)
        yield made
    assert fake.stats.internal_errors == []


async def slot_starts(cal: AsyncCalcom, event_type_id: int) -> list[datetime]:
    days = await cal.slots.list(
        event_type_id=event_type_id, start=MONDAY_9, end=MONDAY_9 + timedelta(hours=3)
    )
    return [s.start for slots in days.values() for s in slots]


# --------------------------------------------------------------------------------------------
# reservations
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_reserve_then_book_releases_the_reservation(mode: str) -> None:
    fake, _ = new_fake()
    host = fake.users[0]
    et = fake.state.add_event_type(host.id, title="Intro", length_in_minutes=30)
    async with clients(fake, mode) as (holder, other):
        held = await holder.slots.reserve(
            event_type_id=et.id, start=MONDAY_9, reservation_duration=10
        )
        assert held.slot_start == MONDAY_9
        assert held.slot_end == MONDAY_9 + timedelta(minutes=30)
        assert held.reservation_until == NOW + timedelta(minutes=10)
        assert await holder.slots.get_reservation(held.reservation_uid) == held

        # Held: nobody else sees or books it, nor reserves it again.
        assert MONDAY_9 not in await slot_starts(other, et.id)
        with pytest.raises(SlotUnavailableError, match="Someone else reserved") as caught:
            await other.bookings.create(event_type_id=et.id, start=MONDAY_9, attendee=ada(1))
        assert "freed up in 600 seconds" in caught.value.message
        with pytest.raises(UnprocessableEntityError, match="already reserved"):
            await other.slots.reserve(event_type_id=et.id, start=MONDAY_9)

        # The holder books it with the reservation, which is used up.
        booking = await holder.bookings.create(
            event_type_id=et.id,
            start=MONDAY_9,
            attendee=ada(0),
            reservation_uid=held.reservation_uid,
        )
        assert booking.status == "accepted"
        assert await holder.slots.get_reservation(held.reservation_uid) is None
        assert fake.state.reservations == {}
        with pytest.raises(UnprocessableEntityError, match="already booked"):
            await other.slots.reserve(event_type_id=et.id, start=MONDAY_9)
        with pytest.raises(NotFoundError):
            await holder.slots.delete_reservation(held.reservation_uid)


@pytest.mark.parametrize("mode", MODES)
async def test_a_reservation_holds_until_it_expires_or_is_deleted(mode: str) -> None:
    fake, clock = new_fake()
    et = fake.state.add_event_type(fake.users[0].id, length_in_minutes=30)
    ten, eleven = MONDAY_9 + timedelta(hours=1), MONDAY_9 + timedelta(hours=2)
    async with clients(fake, mode) as (holder, other):
        expiring = await holder.slots.reserve(event_type_id=et.id, start=ten)  # 5 min default
        assert expiring.reservation_duration == 5
        deleted = await holder.slots.reserve(event_type_id=et.id, start=eleven)
        with pytest.raises(SlotUnavailableError):
            await other.bookings.create(event_type_id=et.id, start=ten, attendee=ada(1))

        await holder.slots.delete_reservation(deleted.reservation_uid)
        assert eleven in await slot_starts(other, et.id)
        await other.bookings.create(event_type_id=et.id, start=eleven, attendee=ada(2))

        clock.advance(timedelta(minutes=4))
        assert await holder.slots.get_reservation(expiring.reservation_uid) is not None
        clock.advance(timedelta(minutes=1, seconds=1))
        assert await holder.slots.get_reservation(expiring.reservation_uid) is None
        assert ten in await slot_starts(other, et.id)
        await other.bookings.create(event_type_id=et.id, start=ten, attendee=ada(3))


@pytest.mark.parametrize("mode", MODES)
async def test_update_reservation_moves_the_hold(mode: str) -> None:
    fake, _ = new_fake()
    et = fake.state.add_event_type(
        fake.users[0].id, length_in_minutes=30, length_in_minutes_options=[30, 60]
    )
    later = MONDAY_9 + timedelta(hours=1)
    async with clients(fake, mode) as (holder, other):
        held = await holder.slots.reserve(event_type_id=et.id, start=MONDAY_9)
        moved = await holder.slots.update_reservation(
            held.reservation_uid, event_type_id=et.id, start=later, duration=60,
            reservation_duration=20,
        )  # fmt: skip
        assert moved.reservation_uid == held.reservation_uid
        assert (moved.slot_start, moved.slot_duration) == (later, 60)
        assert moved.reservation_until == NOW + timedelta(minutes=20)
        free = await slot_starts(other, et.id)
        assert MONDAY_9 in free and later not in free
        with pytest.raises(BadRequestError, match="not one of the possible lengths"):
            await holder.slots.reserve(event_type_id=et.id, start=MONDAY_9, duration=45)


@pytest.mark.parametrize("mode", MODES)
async def test_reservation_duration_needs_a_member(mode: str) -> None:
    fake, _ = new_fake()
    key = "cal_test_outsiderKey012345678901"
    outsider = fake.state.add_user(api_key=key)
    et = fake.state.add_event_type(fake.users[0].id)
    async with clients(fake, mode) as (holder, _other):
        transport = fake.transport() if mode == "in_process" else None
        async with AsyncCalcom(key, base_url=holder.base_url, transport=transport) as stranger:
            with pytest.raises(PermissionDeniedError):
                await stranger.slots.reserve(
                    event_type_id=et.id, start=MONDAY_9, reservation_duration=30
                )
            held = await stranger.slots.reserve(event_type_id=et.id, start=MONDAY_9)
        assert fake.state.reservations[held.reservation_uid].holder_id == outsider.id


# --------------------------------------------------------------------------------------------
# round robin reassignment
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_round_robin_reassign(mode: str) -> None:
    fake, _ = new_fake()
    first, second = fake.users
    rr = fake.state.add_team_event_type(
        fake.team.id, title="Support", scheduling_type="roundRobin", hosts=[first.id, second.id]
    )
    async with clients(fake, mode) as (cal, _):
        booking = await cal.bookings.create(event_type_id=rr.id, start=MONDAY_9, attendee=ada())
        [was] = [h.id for h in booking.hosts]
        other = second.id if was == first.id else first.id

        moved = await cal.bookings.reassign(booking.uid)
        assert moved.booking_uid == booking.uid
        assert moved.reassigned_to.id == other
        assert [h.id for h in (await cal.bookings.get(booking.uid)).hosts] == [other]
        assert fake.state.busy(other, MONDAY_9, MONDAY_9 + timedelta(minutes=30))
        assert not fake.state.busy(was, MONDAY_9, MONDAY_9 + timedelta(minutes=30))

        # The first host is free again: the next booking at that time goes to them ...
        second_booking = await cal.bookings.create(
            event_type_id=rr.id, start=MONDAY_9, attendee=ada(1)
        )
        assert [h.id for h in second_booking.hosts] == [was]
        # ... so nobody is left to take either booking.
        with pytest.raises(BadRequestError, match="No other host"):
            await cal.bookings.reassign(booking.uid)
        with pytest.raises(BadRequestError, match="not available"):
            await cal.bookings.reassign(booking.uid, user_id=was, reason="swap")

        later = await cal.bookings.create(
            event_type_id=rr.id, start=MONDAY_9 + timedelta(hours=1), attendee=ada(2)
        )
        [host] = [h.id for h in later.hosts]
        target = other if host == was else was
        chosen = await cal.bookings.reassign(later.uid, user_id=target, reason="Ada asked")
        assert chosen.reassigned_to.id == target
        with pytest.raises(BadRequestError, match="not a host"):
            await cal.bookings.reassign(later.uid, user_id=fake.state.add_user().id)

        personal = fake.state.add_event_type(first.id)
        single = await cal.bookings.create(
            event_type_id=personal.id, start=MONDAY_9 + timedelta(hours=2), attendee=ada(3)
        )
        with pytest.raises(BadRequestError, match="not a round robin booking"):
            await cal.bookings.reassign(single.uid)


# --------------------------------------------------------------------------------------------
# no-shows, guests, location
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_no_show_marking(mode: str) -> None:
    fake, _ = new_fake()
    host = fake.users[0]
    et = fake.state.add_event_type(host.id)
    fake.state.add_webhook(
        host.id, "http://127.0.0.1:9/hook", triggers=["BOOKING_NO_SHOW_UPDATED"], secret="s3cret"
    )
    async with clients(fake, mode) as (cal, stranger):
        booking = await cal.bookings.create(event_type_id=et.id, start=MONDAY_9, attendee=ada())
        booking = await cal.bookings.add_guests(booking.uid, ["bob@example.com"])

        marked = await cal.bookings.mark_absent(booking.uid, attendees=["ada0@example.com"])
        absent = {a.email: a.absent for a in marked.attendees}
        assert absent == {"ada0@example.com": True, "bob@example.com": False}
        assert marked.absent_host is False

        [delivery] = await fake.wait_for_deliveries(1)
        event = verify_and_parse(delivery.body, delivery.signature, "s3cret")
        assert isinstance(event, BookingNoShowUpdated)
        assert event.payload.booking_uid == booking.uid
        assert {(a.email, a.no_show) for a in event.payload.attendees} == {
            ("ada0@example.com", True),
            ("bob@example.com", False),
        }

        again = await cal.bookings.mark_absent(
            booking.uid, host=True, attendees=[("ada0@example.com", False)]
        )
        assert again.absent_host is True
        fetched = await cal.bookings.get(booking.uid)
        assert fetched.absent_host is True
        assert all(not a.absent for a in fetched.attendees)
        await fake.wait_for_deliveries(2)

        await cal.bookings.mark_absent(booking.uid, host=False)  # the host only: no webhook
        assert len(fake.state.deliveries) == 2

        with pytest.raises(BadRequestError, match="not an attendee"):
            await cal.bookings.mark_absent(booking.uid, attendees=["eve@example.com"])
        with pytest.raises(PermissionDeniedError):
            await stranger.bookings.mark_absent(booking.uid, host=True)


@pytest.mark.parametrize("mode", MODES)
async def test_guests_become_attendees(mode: str) -> None:
    fake, _ = new_fake()
    et = fake.state.add_event_type(fake.users[0].id)
    async with clients(fake, mode) as (cal, stranger):
        booking = await cal.bookings.create(event_type_id=et.id, start=MONDAY_9, attendee=ada())
        updated = await cal.bookings.add_guests(
            booking.uid,
            [
                "bob@example.com",
                Guest(email="eve@example.com", name="Eve", time_zone="America/Chicago"),
                "ADA0@example.com",  # already attending: skipped
            ],
        )
        people = {a.email: (a.name, a.time_zone) for a in updated.attendees}
        assert people == {
            "ada0@example.com": ("Ada 0", "Europe/London"),
            "bob@example.com": ("bob", "Europe/London"),
            "eve@example.com": ("Eve", "America/Chicago"),
        }
        assert updated.guests == ["bob@example.com", "eve@example.com"]
        fetched = await cal.bookings.get(booking.uid)
        assert [a.email for a in fetched.attendees] == list(people)

        with pytest.raises(PermissionDeniedError):
            await stranger.bookings.add_guests(booking.uid, ["mallory@example.com"])
        with pytest.raises(CalcomValueError):  # Cal.com's 10 a request, checked before sending
            await cal.bookings.add_guests(booking.uid, [f"g{i}@example.com" for i in range(11)])
        await cal.bookings.cancel(booking.uid)
        with pytest.raises(BadRequestError, match="cancelled"):
            await cal.bookings.add_guests(booking.uid, ["late@example.com"])


@pytest.mark.parametrize("mode", MODES)
async def test_location_update_hits_the_route_throttle_alone(mode: str) -> None:
    fake, clock = new_fake(rate_limit=RateLimit(120))
    et = fake.state.add_event_type(fake.users[0].id)
    async with clients(fake, mode, max_rate_limit_wait=5) as (cal, _):
        booking = await cal.bookings.create(event_type_id=et.id, start=MONDAY_9, attendee=ada())
        for n in range(5):  # Cal.com's limit for this route: 5 a minute
            moved = await cal.bookings.update_location(
                booking.uid, {"type": "link", "link": f"https://meet.example.com/{n}"}
            )
            assert moved.location == f"https://meet.example.com/{n}"
        with pytest.raises(RateLimitError) as caught:
            await cal.bookings.update_location(
                booking.uid, {"type": "address", "address": "1 Main St"}
            )
        assert caught.value.limit == "booking_location_update"
        assert caught.value.retry_after == 60  # the route's 60 s block
        assert fake.stats.blocks == 1

        # The rest of the API is neither blocked nor paced by the route's limit.
        with cal.raw_response() as raw:
            for _ in range(10):
                await cal.bookings.get(booking.uid)
        # The key's budget counts the create and the 10 gets, not the 6 location updates.
        assert raw.rate_limits["default"]["remaining"] == 120 - 11
        assert cal.pacer is not None
        assert set(cal.pacer.snapshot().limits) == {"default"}
        assert cal.pacer.snapshot().waits == 0
        # Guests have a limit of their own, still untouched.
        await cal.bookings.add_guests(booking.uid, ["bob@example.com"])

        clock.advance(61)
        moved = await cal.bookings.update_location(
            booking.uid, {"type": "attendeeDefined", "location": "The cafe"}
        )
        assert moved.location == "The cafe"
        assert moved.meeting_url is UNSET  # the old link no longer applies


@pytest.mark.parametrize("mode", MODES)
async def test_guests_route_throttle(mode: str) -> None:
    fake, _ = new_fake(rate_limit=RateLimit(120))
    et = fake.state.add_event_type(fake.users[0].id)
    async with clients(fake, mode, max_rate_limit_wait=5) as (cal, _):
        booking = await cal.bookings.create(event_type_id=et.id, start=MONDAY_9, attendee=ada())
        for n in range(5):
            await cal.bookings.add_guests(booking.uid, [f"g{n}@example.com"])
        with pytest.raises(RateLimitError) as caught:
            await cal.bookings.add_guests(booking.uid, ["g5@example.com"])
        assert caught.value.limit == "booking_guests_add"
        assert len((await cal.bookings.get(booking.uid)).attendees) == 6
        await cal.bookings.update_location(booking.uid, {"type": "phone", "phone": "+15551234567"})


# --------------------------------------------------------------------------------------------
# booking records, me, calendars
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_booking_records(mode: str) -> None:
    fake, _ = new_fake()
    et = fake.state.add_event_type(fake.users[0].id, title="Intro")
    async with clients(fake, mode) as (cal, stranger):
        booking = await cal.bookings.create(event_type_id=et.id, start=MONDAY_9, attendee=ada())
        assert await cal.bookings.recordings(booking.uid) == []
        assert await cal.bookings.transcripts(booking.uid) == []
        assert await cal.bookings.conferencing_sessions(booking.uid) == []
        assert await cal.bookings.references(booking.uid) == []

        fake.state.add_booking_reference(booking.uid, "google_calendar", event_uid="gcal-1")
        fake.state.add_booking_reference(booking.uid, "daily_video", event_uid="room-1")
        rec = fake.state.add_recording(booking.uid, duration=1500)
        link = fake.state.add_transcript(booking.uid)
        fake.state.add_conferencing_session(booking.uid, participants=[("Ada", 1400)])

        [video] = await cal.bookings.references(booking.uid, type="daily_video")
        assert video.event_uid == "room-1"
        assert len(await cal.bookings.references(booking.uid)) == 2
        [recording] = await cal.bookings.recordings(booking.uid)
        assert (recording.id, recording.duration) == (rec.id, 1500)
        assert await cal.bookings.transcripts(booking.uid) == [link]
        [session] = await cal.bookings.conferencing_sessions(booking.uid)
        assert [(p.user_name, p.duration) for p in session.participants] == [("Ada", 1400)]

        links = {x.label: x.link for x in await stranger.bookings.calendar_links(booking.uid)}
        assert set(links) == {"Google", "Microsoft Outlook", "Microsoft Office", "ICS"}
        assert "20400102T090000Z%2F20400102T093000Z" in links["Google"]
        assert links["ICS"].startswith("data:text/calendar,")
        with pytest.raises(PermissionDeniedError):
            await stranger.bookings.recordings(booking.uid)
        with pytest.raises(NotFoundError):
            await cal.bookings.transcripts("no-such-booking")


@pytest.mark.parametrize("mode", MODES)
async def test_me_update(mode: str) -> None:
    fake, _ = new_fake()
    me_user, other = fake.users
    mine = fake.state.add_schedule(me_user.id, name="Evenings", time_zone="UTC")
    theirs = fake.state.default_schedule(other.id)
    assert theirs is not None
    async with clients(fake, mode) as (cal, _):
        me = await cal.me.update(
            name="Ada L.",
            time_zone="Europe/Berlin",
            week_start="Sunday",
            time_format=12,
            default_schedule_id=mine.id,
            bio="Engines",
            locale="de",
            metadata={"team": "analytical"},
        )
        assert (me.name, me.time_zone, me.week_start, me.time_format) == (
            "Ada L.",
            "Europe/Berlin",
            "Sunday",
            12,
        )
        assert me.default_schedule_id == mine.id
        assert (await cal.me.get()).bio == "Engines"
        assert (me_user.locale, me_user.metadata) == ("de", {"team": "analytical"})

        with pytest.raises(BadRequestError, match="not one of the user's"):
            await cal.me.update(default_schedule_id=theirs.id, name="unchanged?")
        assert (await cal.me.get()).name == "Ada L."  # nothing applied from a refused update
        with pytest.raises(ConflictError):
            await cal.me.update(email=other.email)


@pytest.mark.parametrize("mode", MODES)
async def test_calendar_connections(mode: str) -> None:
    fake, _ = new_fake()
    user = fake.users[0]
    outlook = fake.state.add_calendar_connection(
        user.id, "office365", calendars=["work@corp.example"]
    )
    fake.state.add_calendar_connection(user.id, "apple", invalid=True)
    async with clients(fake, mode) as (cal, _):
        cals = await cal.calendars.list()
        kinds = [c.integration.type_ for c in cals.connected_calendars]
        assert kinds == ["google_calendar", "office365_calendar", "apple_calendar"]
        assert cals.destination_calendar is not None
        assert cals.destination_calendar.external_id == user.email

        await cal.calendars.check("google")
        await cal.calendars.check("office365")
        with pytest.raises(BadRequestError, match="invalid"):
            await cal.calendars.check("apple")
        with pytest.raises(NotFoundError):
            await cal.calendars.check_ics_feed()

        feed = await cal.calendars.save_ics_feed(["https://example.com/team.ics"])
        assert (feed.type_, feed.user_id) == ("ics-feed_calendar", user.id)
        await cal.calendars.check_ics_feed()
        ref = {"integration": "ics-feed_calendar", "external_id": "https://example.com/team.ics"}
        picked = await cal.calendars.select(**ref, credential_id=feed.id)
        assert picked.credential_id == feed.id

        def selected(c: Any) -> dict[str, bool]:
            return {
                e.external_id: e.is_selected for x in c.connected_calendars for e in x.calendars
            }

        state = selected(await cal.calendars.list())
        assert state["https://example.com/team.ics"] is True
        assert state["work@corp.example"] is False
        await cal.calendars.unselect(**ref, credential_id=feed.id)
        assert selected(await cal.calendars.list())["https://example.com/team.ics"] is False
        with pytest.raises(NotFoundError):
            await cal.calendars.unselect(**ref, credential_id=feed.id)
        with pytest.raises(NotFoundError):
            await cal.calendars.select(**ref, credential_id=outlook.credential_id)

        dest = await cal.calendars.set_destination(
            integration="office365_calendar", external_id="work@corp.example"
        )
        assert dest.credential_id == outlook.credential_id
        after = await cal.calendars.list()
        assert after.destination_calendar is not None
        assert after.destination_calendar.external_id == "work@corp.example"

        gone = await cal.calendars.disconnect("google", credential_id=user.credential_id)
        assert (gone.id, gone.type_) == (user.credential_id, "google_calendar")
        kinds = [c.integration.type_ for c in (await cal.calendars.list()).connected_calendars]
        assert "google_calendar" not in kinds
        with pytest.raises(NotFoundError):
            await cal.calendars.check("google")
        with pytest.raises(NotFoundError):
            await cal.calendars.busy_times(
                credential_id=user.credential_id,
                external_id=user.email,
                start=MONDAY_9,
                end=MONDAY_9,
            )
        with pytest.raises(NotFoundError):  # office365's credential is not a Google one
            await cal.calendars.disconnect("google", credential_id=outlook.credential_id)


# --------------------------------------------------------------------------------------------
# cal.request: an operation outside the table, with the same errors and retries
# --------------------------------------------------------------------------------------------


def conferencing_area(failures: dict[str, int]) -> Area:
    """A test-only ``/v2/conferencing`` (no typed method covers it) that fails on demand."""
    area = Area("conferencing")

    def flaky(key: str, status: int) -> None:
        if failures.get(key, 0) > 0:
            failures[key] -= 1
            raise ApiError(status, "ServiceUnavailableException", "try again")

    @area.route("GET", "/v2/conferencing")
    def list_apps(ctx: Ctx) -> Reply:
        flaky("get", 503)
        return ok([{"id": 1, "type": "daily_video", "userId": ctx.user.id}])

    @area.route("POST", "/v2/conferencing/{app}/default")
    def set_default(ctx: Ctx) -> Reply:
        flaky("post", 502)
        return ok({"app": ctx.params["app"], "body": ctx.body})

    return area


@pytest.mark.parametrize("mode", MODES)
async def test_request_reaches_an_operation_outside_the_table(mode: str) -> None:
    fake, _ = new_fake(rate_limit=RateLimit(4, ttl=60, block_duration=60))
    failures: dict[str, int] = {}
    fake.add_area(conferencing_area(failures))
    user = fake.users[0]
    sleeps: list[float] = []

    async def no_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    # Pacing off: with it the client would see the limit coming and refuse the fifth call
    # itself (also a RateLimitError); here the server's 429 is what is under test.
    async with clients(fake, mode, max_rate_limit_wait=5, pacing=False) as (cal, _):
        cal._transport._sleep = no_sleep
        apps = await cal.request("GET", "/v2/conferencing")
        assert apps == [{"id": 1, "type": "daily_video", "userId": user.id}]

        failures["get"] = 1  # a 503 on a GET is retried, like any typed GET
        assert await cal.request("GET", "/v2/conferencing") == apps
        assert cal.stats.retries == 1 and len(sleeps) == 1

        failures["post"] = 1  # a 502 on a POST may have been applied: ambiguous, not retried
        with pytest.raises(AmbiguousRequestError):
            await cal.request("POST", "/v2/conferencing/{app}/default", params={"app": "zoom"})
        assert failures["post"] == 0

        # The key's limit (4 a minute here) counted these 4 requests like any others: the next
        # is refused with a 60 s block, longer than this client waits.
        with pytest.raises(RateLimitError) as caught:
            await cal.request("GET", "/v2/conferencing")
        assert caught.value.limit == "default"
        with pytest.raises(RateLimitError):
            await cal.me.get()  # the same block, seen from a typed method


@pytest.mark.parametrize("mode", MODES)
async def test_request_and_typed_methods_agree(mode: str) -> None:
    fake, _ = new_fake()
    et = fake.state.add_event_type(fake.users[0].id)
    async with clients(fake, mode) as (cal, _):
        booking = await cal.bookings.create(event_type_id=et.id, start=MONDAY_9, attendee=ada())
        raw = await cal.request(
            "GET",
            "/v2/bookings/{uid}",
            params={"uid": booking.uid},
            api_version="2024-08-13",
        )
        assert raw["uid"] == booking.uid
        assert raw == json.loads(json.dumps(raw))  # plain JSON
        body = {"host": True}
        marked = await cal.request(
            "POST",
            "/v2/bookings/{uid}/mark-absent",
            params={"uid": booking.uid},
            json=body,
            api_version="2024-08-13",
        )
        assert marked["absentHost"] is True
        with pytest.raises(BadRequestError, match="cal-api-version"):  # the fake is strict
            await cal.request("GET", "/v2/bookings/{uid}", params={"uid": booking.uid})
        with pytest.raises(NotFoundError, match="Cannot GET"):
            await cal.request("GET", "/v2/no-such-endpoint")
