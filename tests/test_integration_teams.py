"""Teams, memberships, event-type webhooks and private links end to end against ``FakeCalcom``.

Each flow runs in-process and over real loopback HTTP (``fake.serve()``), through the public
facade only, except where the fake stands in for what happens outside the API (a person
booking through a private link's page). Dates are in January 2040.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from test_integration_flows import (
    KEY,
    KEY2,
    MODES,
    MONDAY,
    berlin,
    connect,
    guest,
    serve_receiver,
    slot_starts,
)

from calcom_async import (
    AsyncCalcom,
    BadRequestError,
    ConflictError,
    Host,
    NotFoundError,
    PermissionDeniedError,
    verify_webhook_signature,
)
from calcom_async.testing import ApiError, FakeCalcom, FakeClock
from calcom_async.types import PendingTeam, Team, TeamEventType


def _second_user(fake: FakeCalcom) -> int:
    """A user with KEY2 and a Berlin schedule, in no team yet (besides the fake's default)."""
    user = fake.state.add_user(
        username="grace",
        name="Grace Hopper",
        time_zone="Europe/Berlin",
        api_key=KEY2,
        organization_id=fake.organization.id,
    )
    fake.state.add_schedule(user.id, time_zone="Europe/Berlin")
    return user.id


async def _hosts(cal: AsyncCalcom, team_id: int, event_type_id: int) -> set[int]:
    et = await cal.teams.event_types.get(team_id, event_type_id)
    return {h.user_id for h in et.hosts}


@pytest.mark.parametrize("mode", MODES)
async def test_team_lifecycle_with_memberships(mode: str) -> None:
    fake = FakeCalcom(api_keys=[KEY])
    owner = fake.user_for_key(KEY).id
    fake.state.add_schedule(owner, time_zone="Europe/Berlin")
    member = _second_user(fake)
    async with connect(fake, mode) as cal, connect(fake, "in_process", KEY2) as cal2:
        team = await cal.teams.create(name="Support", slug="support", time_zone="Europe/Berlin")
        assert isinstance(team, Team) and not isinstance(team, PendingTeam)
        assert team.slug == "support" and team.time_zone == "Europe/Berlin"
        assert team.id in [t.id for t in await cal.teams.list().to_list()]
        with pytest.raises(ConflictError):
            await cal.teams.create(name="Support again", slug="support")

        # An invitation is not membership: the invitee neither hosts nor sees the team.
        invited = await cal.teams.memberships.create(team.id, user_id=member)
        assert (invited.role, invited.accepted, invited.user_id) == ("MEMBER", False, member)
        with pytest.raises(BadRequestError, match="not a member"):
            await cal.teams.event_types.create(
                team.id,
                title="Support call",
                slug="support-call",
                length_in_minutes=30,
                scheduling_type="roundRobin",
                hosts=[owner, member],
            )
        with pytest.raises(PermissionDeniedError):
            await cal2.teams.get(team.id)
        accepted = await cal.teams.memberships.update(team.id, invited.id, accepted=True)
        assert accepted.accepted and accepted.id == invited.id
        assert (await cal2.teams.get(team.id)).name == "Support"

        rr = await cal.teams.event_types.create(
            team.id,
            title="Support call",
            slug="support-call",
            length_in_minutes=30,
            scheduling_type="roundRobin",
            hosts=[Host(user_id=owner), member],
        )
        assert isinstance(rr, TeamEventType) and rr.team_id == team.id
        assert await _hosts(cal, team.id, rr.id) == {owner, member}
        assert [t.id for t in await cal2.teams.event_types.list(team.id)] == [rr.id]

        # Round robin: the same slot twice goes to both hosts, then nobody is left.
        slot = berlin(MONDAY, 10)
        a = await cal.bookings.create(event_type_id=rr.id, start=slot, attendee=guest(1))
        b = await cal.bookings.create(event_type_id=rr.id, start=slot, attendee=guest(2))
        assert {h.id for h in a.hosts} | {h.id for h in b.hosts} == {owner, member}
        listed = await cal.teams.bookings(team.id, sort_start="asc").to_list()
        assert sorted(x.uid for x in listed) == sorted([a.uid, b.uid])
        only_a = await cal.teams.bookings(team.id, attendee_email="guest1@example.com").to_list()
        assert [x.uid for x in only_a] == [a.uid]

        # Permissions: a MEMBER reads, but does not manage.
        with pytest.raises(PermissionDeniedError):
            await cal2.teams.update(team.id, name="Mine now")
        with pytest.raises(PermissionDeniedError):
            await cal2.teams.bookings(team.id).to_list()
        with pytest.raises(PermissionDeniedError):
            await cal2.teams.memberships.create(team.id, user_id=owner, role="ADMIN")
        with pytest.raises(PermissionDeniedError):
            await cal2.teams.event_types.update(team.id, rr.id, title="Taken over")
        members = await cal2.teams.memberships.list(team.id).to_list()
        assert {(m.user_id, m.role) for m in members} == {(owner, "OWNER"), (member, "MEMBER")}
        updated = await cal.teams.update(team.id, bio="We answer within a day")
        assert updated.bio == "We answer within a day"

        schedules = await cal.teams.schedules(team.id).to_list()
        assert {s.owner_id for s in schedules} == {owner, member}
        invite = await cal.teams.invite(team.id)
        assert invite.token in invite.invite_link

        # Removing the member removes the host: the next slot can only go to the owner.
        await cal.teams.memberships.delete(team.id, invited.id)
        assert await _hosts(cal, team.id, rr.id) == {owner}
        eleven = berlin(MONDAY, 11)
        c = await cal.bookings.create(event_type_id=rr.id, start=eleven, attendee=guest(3))
        assert [h.id for h in c.hosts] == [owner]
        assert eleven not in await slot_starts(cal, rr.id, MONDAY)
        with pytest.raises(BadRequestError):
            await cal.bookings.create(event_type_id=rr.id, start=eleven, attendee=guest(4))
        with pytest.raises(PermissionDeniedError):
            await cal2.teams.get(team.id)

        # The last owner stays; deleting the team takes its event types along.
        (mine,) = await cal.teams.memberships.list(team.id).to_list()
        with pytest.raises(BadRequestError, match="owner"):
            await cal.teams.memberships.update(team.id, mine.id, role="MEMBER")
        await cal.teams.delete(team.id)
        with pytest.raises(NotFoundError):
            await cal.teams.get(team.id)
        assert rr.id not in fake.state.event_types
    assert fake.stats.internal_errors == []


@pytest.mark.parametrize("mode", MODES)
async def test_organization_team_endpoints(mode: str) -> None:
    fake = FakeCalcom(api_keys=[KEY])
    org = fake.organization.id
    owner = fake.user_for_key(KEY).id
    fake.state.add_schedule(owner, time_zone="Europe/Berlin")
    member = _second_user(fake)
    outsider = fake.state.add_user(username="outsider").id  # in no organization
    async with connect(fake, mode) as cal:
        team = await cal.teams.create(name="Sales", org_id=org)
        assert team.parent_id == org
        assert team.id in [t.id for t in await cal.teams.list(org_id=org).to_list()]
        assert team.id in [t.id for t in await cal.teams.my_teams(org).to_list()]
        with pytest.raises(BadRequestError, match="organization"):
            await cal.teams.memberships.create(team.id, user_id=outsider, org_id=org)
        m = await cal.teams.memberships.create(
            team.id, user_id=member, role="ADMIN", accepted=True, org_id=org
        )
        assert (await cal.teams.memberships.get(team.id, m.id, org_id=org)).role == "ADMIN"

        coll = await cal.teams.event_types.create(
            team.id,
            org_id=org,
            title="Demo",
            slug="demo",
            length_in_minutes=30,
            scheduling_type="collective",
            assign_all_team_members=True,
        )
        assert {h.user_id for h in coll.hosts} == {owner, member}
        assert coll.id in [e.id for e in await cal.teams.event_types.list_all(org).to_list()]
        renamed = await cal.teams.event_types.update(team.id, coll.id, org_id=org, title="Demo!")
        assert renamed.title == "Demo!"

        booking = await cal.bookings.create(
            event_type_id=coll.id, start=berlin(MONDAY, 9), attendee=guest(1)
        )
        assert {h.id for h in booking.hosts} == {owner, member}
        listed = await cal.teams.bookings(team.id, org_id=org).to_list()
        assert [b.uid for b in listed] == [booking.uid]
        refs = await cal.teams.booking_references(team.id, booking.uid, org_id=org)
        assert {r.type_ for r in refs} == {"google_calendar", "daily_video"}
        video = await cal.teams.booking_references(
            team.id, booking.uid, org_id=org, type="daily_video"
        )
        assert [r.event_uid for r in video] == [booking.uid]

        mine = await cal.teams.schedules(team.id, org_id=org, user_id=member).to_list()
        assert [s.owner_id for s in mine] == [member]
        used = await cal.teams.schedules(team.id, org_id=org, event_type_id=coll.id).to_list()
        assert {s.owner_id for s in used} == {owner, member}

        # The plain endpoints reach the same team; another organization's path does not.
        assert (await cal.teams.get(team.id)).name == "Sales"
        with pytest.raises(NotFoundError):
            await cal.teams.get(team.id, org_id=fake.team.id)
        await cal.teams.event_types.delete(team.id, coll.id, org_id=org)
        assert await cal.teams.event_types.list(team.id, org_id=org) == []
        await cal.teams.delete(team.id, org_id=org)
    assert fake.stats.internal_errors == []


@pytest.mark.parametrize("mode", MODES)
async def test_event_type_webhooks_fire_for_their_event_type_only(mode: str) -> None:
    secret = "event-type-webhook-secret"
    fake = FakeCalcom(api_keys=[KEY])
    user = fake.user_for_key(KEY)
    fake.state.add_schedule(user.id, time_zone="Europe/Berlin")
    async with serve_receiver() as (url, received), connect(fake, mode) as cal:
        hooked = await cal.event_types.create(title="Hooked", slug="hooked", length_in_minutes=30)
        other = await cal.event_types.create(title="Other", slug="other", length_in_minutes=30)
        hook = await cal.event_types.webhooks.create(
            hooked.id, subscriber_url=url, triggers=["BOOKING_CREATED"], secret=secret
        )
        assert hook.event_type_id == hooked.id and hook.triggers == ["BOOKING_CREATED"]
        with pytest.raises(ConflictError):
            await cal.event_types.webhooks.create(
                hooked.id, subscriber_url=url, triggers=["BOOKING_CANCELLED"]
            )
        listed = await cal.event_types.webhooks.list(hooked.id).to_list()
        assert [h.id for h in listed] == [hook.id]
        assert await cal.event_types.webhooks.list(other.id).to_list() == []
        assert await cal.webhooks.list().to_list() == []  # not one of the user's webhooks
        with pytest.raises(NotFoundError):
            await cal.event_types.webhooks.get(other.id, hook.id)

        first = await cal.bookings.create(
            event_type_id=hooked.id, start=berlin(MONDAY, 9), attendee=guest(1)
        )
        await cal.bookings.create(
            event_type_id=other.id, start=berlin(MONDAY, 11), attendee=guest(2)
        )
        await fake.wait_for_deliveries(1, timeout=10)
        paused = await cal.event_types.webhooks.update(hooked.id, hook.id, active=False)
        assert paused.active is False
        await cal.bookings.create(
            event_type_id=hooked.id, start=berlin(MONDAY, 13), attendee=guest(3)
        )
        assert len(fake.state.deliveries) == 1  # the other event type and the paused hook: none

        second = await cal.event_types.webhooks.create(
            hooked.id, subscriber_url=url + "/2", triggers=["BOOKING_CANCELLED"]
        )
        assert (await cal.event_types.webhooks.get(hooked.id, second.id)).active is True
        await cal.event_types.webhooks.delete(hooked.id, hook.id)
        assert "1" in await cal.event_types.webhooks.delete_all(hooked.id)
        assert await cal.event_types.webhooks.list(hooked.id).to_list() == []

    assert len(received) == 1
    headers, raw = received[0]
    assert verify_webhook_signature(secret, raw, headers["x-cal-signature-256"])
    body = json.loads(raw)
    assert body["triggerEvent"] == "BOOKING_CREATED"
    assert body["payload"]["uid"] == first.uid and body["payload"]["type"] == "hooked"
    assert fake.stats.internal_errors == []


@pytest.mark.parametrize("mode", MODES)
async def test_private_links_count_their_bookings_and_expire(mode: str) -> None:
    clock = FakeClock(datetime(2039, 12, 30, 12, tzinfo=timezone.utc))
    fake = FakeCalcom(api_keys=[KEY], clock=clock)
    user = fake.user_for_key(KEY)
    fake.state.add_schedule(user.id, time_zone="Europe/Berlin")
    async with connect(fake, mode) as cal:
        et = await cal.event_types.create(
            title="Private", slug="private", length_in_minutes=30, hidden=True
        )
        twice = await cal.event_types.private_links.create(et.id, max_usage_count=2)
        assert (twice.max_usage_count, twice.usage_count, twice.is_expired) == (2, 0, False)
        assert twice.booking_url.endswith(f"/d/{twice.link_id}/private")
        soon = clock.now() + timedelta(hours=1)
        timed = await cal.event_types.private_links.create(et.id, expires_at=soon)
        assert timed.expires_at == soon and timed.is_expired is False
        once = await cal.event_types.private_links.create(et.id)
        assert once.max_usage_count == 1

        b1 = fake.book_private_link(twice.link_id, start=berlin(MONDAY, 9), email="a@example.com")
        fake.book_private_link(twice.link_id, start=berlin(MONDAY, 10), email="b@example.com")
        assert (await cal.bookings.get(b1.uid)).event_type_id == et.id
        with pytest.raises(ApiError) as refused:
            fake.book_private_link(twice.link_id, start=berlin(MONDAY, 11))
        assert refused.value.status == 400
        by_id = {k.link_id: k for k in await cal.event_types.private_links.list(et.id)}
        assert (by_id[twice.link_id].usage_count, by_id[twice.link_id].is_expired) == (2, True)

        # A taken slot is refused like any booking, and does not use the link up.
        with pytest.raises(ApiError) as taken:
            fake.book_private_link(once.link_id, start=berlin(MONDAY, 9))
        assert taken.value.status == 400
        assert (await cal.event_types.private_links.list(et.id))[-1].usage_count == 0

        again = await cal.event_types.private_links.update(et.id, twice.link_id, max_usage_count=3)
        assert again.is_expired is False
        fake.book_private_link(twice.link_id, start=berlin(MONDAY, 11))

        clock.advance(timedelta(hours=2))
        expired = {k.link_id: k.is_expired for k in await cal.event_types.private_links.list(et.id)}
        assert expired[timed.link_id] is True
        with pytest.raises(ApiError):
            fake.book_private_link(timed.link_id, start=berlin(MONDAY, 12))

        await cal.event_types.private_links.delete(et.id, once.link_id)
        with pytest.raises(NotFoundError):
            await cal.event_types.private_links.delete(et.id, once.link_id)
        with pytest.raises(ApiError) as gone:
            fake.book_private_link(once.link_id, start=berlin(MONDAY, 13))
        assert gone.value.status == 404
    assert len(fake.state.bookings_for_event_type(et.id)) == 3
    assert fake.stats.internal_errors == []
