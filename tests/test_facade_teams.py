"""``cal.teams`` and its nested ``event_types`` / ``memberships``: every method's request, on
the plain path and with ``org_id=`` on the organization's (method, path, query, body, no
``cal-api-version``, the key), and the model it returns."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import pytest
import respx
from calcom_v2_client import models as m
from test_facade_resources import body_of, check_headers, only_request, params_of
from test_generated_models import BOOKING, PAGINATION, SCHEDULE, TEAM, TEAM_EVENT_TYPE, ok

from calcom_async import AsyncCalcom, CalcomValueError, Host

ORG = "/v2/organizations/7/teams"
INVITE = {"token": "t0k3n", "inviteLink": "https://app.cal.com/signup?token=t0k3n"}
MEMBERSHIP = {
    "id": 8001,
    "userId": 12,
    "teamId": 3,
    "accepted": False,
    "role": "MEMBER",
    "disableImpersonation": False,
    "user": {"email": "alan@example.com", "username": "alan", "name": "Alan"},
}
REFERENCE = {"id": 1, "type": "daily_video", "eventUid": "bk_1", "destinationCalendarId": None}
PENDING = {"message": "Pay first", "paymentLink": "https://pay.example/1", "pendingTeam": TEAM}
SPRING = datetime(2050, 3, 1, tzinfo=timezone.utc)
LAST_PAGE = {**PAGINATION, "hasNextPage": False, "remainingItems": 0}


@dataclass
class Call:
    """One facade call and the request and answer it should make."""

    run: Callable[[AsyncCalcom], Awaitable[Any]]
    method: str
    path: str
    answer: Any
    status: int = 200
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None  # None: no body at all
    returns: type | None = None


CALLS: dict[str, Call] = {
    # -- teams
    "list plain": Call(
        lambda c: c.teams.list().to_list(), "GET", "/v2/teams", ok([TEAM]), returns=list
    ),
    "list org": Call(
        lambda c: c.teams.list(org_id=7, page_size=20).to_list(),
        "GET",
        ORG,
        ok([TEAM]),
        query={"take": "20", "skip": "0"},
        returns=list,
    ),
    "my teams": Call(
        lambda c: c.teams.my_teams(7).to_list(),
        "GET",
        f"{ORG}/me",
        ok([TEAM]),
        query={"take": "250", "skip": "0"},
        returns=list,
    ),
    "get plain": Call(lambda c: c.teams.get(3), "GET", "/v2/teams/3", ok(TEAM), returns=m.Team),
    "get org": Call(
        lambda c: c.teams.get(3, org_id=7), "GET", f"{ORG}/3", ok(TEAM), returns=m.Team
    ),
    "create plain": Call(
        lambda c: c.teams.create(
            name="Eng", slug="eng", week_start="Sunday", time_format=12, auto_accept_creator=False
        ),
        "POST",
        "/v2/teams",
        ok(TEAM),
        status=201,
        body={
            "name": "Eng",
            "slug": "eng",
            "weekStart": "Sunday",
            "timeFormat": 12,
            "autoAcceptCreator": False,
        },
        returns=m.Team,
    ),
    "create plain pending": Call(
        lambda c: c.teams.create(name="Eng"),
        "POST",
        "/v2/teams",
        ok(PENDING),
        status=201,
        body={"name": "Eng"},
        returns=m.PendingTeam,
    ),
    "create org": Call(
        lambda c: c.teams.create(name="Eng", org_id=7, metadata={"crm": 1}),
        "POST",
        ORG,
        ok(TEAM),
        status=201,
        body={"name": "Eng", "metadata": {"crm": 1}},
        returns=m.Team,
    ),
    "update plain": Call(
        lambda c: c.teams.update(3, bio="Hi", is_private=True, time_zone="Europe/Berlin"),
        "PATCH",
        "/v2/teams/3",
        ok(TEAM),
        body={"bio": "Hi", "isPrivate": True, "timeZone": "Europe/Berlin"},
        returns=m.Team,
    ),
    "update org": Call(
        lambda c: c.teams.update(3, org_id=7, extra={"bookingLimits": "x"}),
        "PATCH",
        f"{ORG}/3",
        ok(TEAM),
        body={"bookingLimits": "x"},
        returns=m.Team,
    ),
    "delete plain": Call(lambda c: c.teams.delete(3), "DELETE", "/v2/teams/3", ok(TEAM)),
    "delete org": Call(lambda c: c.teams.delete(3, org_id=7), "DELETE", f"{ORG}/3", ok(TEAM)),
    "invite plain": Call(
        lambda c: c.teams.invite(3), "POST", "/v2/teams/3/invite", ok(INVITE), returns=m.TeamInvite
    ),
    "invite org": Call(
        lambda c: c.teams.invite(3, org_id=7),
        "POST",
        f"{ORG}/3/invite",
        ok(INVITE),
        returns=m.TeamInvite,
    ),
    "bookings plain": Call(
        lambda c: c.teams.bookings(
            3,
            status=["upcoming", "past"],
            attendee_email="ada@example.com",
            event_type_ids=[1, 2],
            after_start=SPRING,
            sort_start="desc",
            page_size=10,
        ).to_list(),
        "GET",
        "/v2/teams/3/bookings",
        ok([BOOKING], pagination=LAST_PAGE),
        query={
            "status": "upcoming,past",
            "attendeeEmail": "ada@example.com",
            "eventTypeIds": "1,2",
            "afterStart": "2050-03-01T00:00:00.000Z",
            "sortStart": "desc",
            "take": "10",
            "skip": "0",
        },
        returns=list,
    ),
    "bookings org": Call(
        lambda c: c.teams.bookings(3, org_id=7, booking_uid="bk_1", event_type_id=4).to_list(),
        "GET",
        f"{ORG}/3/bookings",
        ok([BOOKING], pagination=LAST_PAGE),
        query={"bookingUid": "bk_1", "eventTypeId": "4", "take": "100", "skip": "0"},
        returns=list,
    ),
    "booking references": Call(
        lambda c: c.teams.booking_references(3, "bk_1", org_id=7, type="daily_video"),
        "GET",
        f"{ORG}/3/bookings/bk_1/references",
        ok([REFERENCE]),
        query={"type": "daily_video"},
        returns=list,
    ),
    "schedules plain": Call(
        lambda c: c.teams.schedules(3).to_list(),
        "GET",
        "/v2/teams/3/schedules",
        ok([SCHEDULE]),
        query={"take": "250", "skip": "0"},
        returns=list,
    ),
    "schedules org": Call(
        lambda c: c.teams.schedules(3, org_id=7, event_type_id=4, page_size=5).to_list(),
        "GET",
        f"{ORG}/3/schedules",
        ok([SCHEDULE]),
        query={"take": "5", "skip": "0", "eventTypeId": "4"},
        returns=list,
    ),
    "schedules of a member": Call(
        lambda c: c.teams.schedules(3, org_id=7, user_id=12).to_list(),
        "GET",
        f"{ORG}/3/users/12/schedules",
        ok([SCHEDULE]),
        returns=list,
    ),
    # -- team event types
    "event types plain": Call(
        lambda c: c.teams.event_types.list(3, hosts_limit=2, sort_created_at="desc"),
        "GET",
        "/v2/teams/3/event-types",
        ok([TEAM_EVENT_TYPE]),
        query={"hostsLimit": "2", "sortCreatedAt": "desc"},
        returns=list,
    ),
    "event types org": Call(
        lambda c: c.teams.event_types.list(3, org_id=7, event_slug="intro"),
        "GET",
        f"{ORG}/3/event-types",
        ok([TEAM_EVENT_TYPE]),
        query={"eventSlug": "intro"},
        returns=list,
    ),
    "event types of every team": Call(
        lambda c: c.teams.event_types.list_all(7, sort_created_at="asc").to_list(),
        "GET",
        f"{ORG}/event-types",
        ok([TEAM_EVENT_TYPE]),
        query={"take": "250", "skip": "0", "sortCreatedAt": "asc"},
        returns=list,
    ),
    "event type get plain": Call(
        lambda c: c.teams.event_types.get(3, 90),
        "GET",
        "/v2/teams/3/event-types/90",
        ok(TEAM_EVENT_TYPE),
        returns=m.TeamEventType,
    ),
    "event type get org": Call(
        lambda c: c.teams.event_types.get(3, 90, org_id=7),
        "GET",
        f"{ORG}/3/event-types/90",
        ok(TEAM_EVENT_TYPE),
        returns=m.TeamEventType,
    ),
    "event type create plain": Call(
        lambda c: c.teams.event_types.create(
            3,
            title="Intro",
            slug="intro",
            length_in_minutes=30,
            scheduling_type="collective",
            hosts=[11, Host(user_id=12, mandatory=True)],
            minimum_booking_notice=60,
        ),
        "POST",
        "/v2/teams/3/event-types",
        ok(TEAM_EVENT_TYPE),
        status=201,
        body={
            "title": "Intro",
            "slug": "intro",
            "lengthInMinutes": 30,
            "minimumBookingNotice": 60,
            "schedulingType": "collective",
            "hosts": [{"userId": 11}, {"userId": 12, "mandatory": True}],
        },
        returns=m.TeamEventType,
    ),
    "event type update plain": Call(
        lambda c: c.teams.event_types.update(3, 90, hosts=[11], scheduling_type="roundRobin"),
        "PATCH",
        "/v2/teams/3/event-types/90",
        ok(TEAM_EVENT_TYPE),
        body={"schedulingType": "roundRobin", "hosts": [{"userId": 11}]},
        returns=m.TeamEventType,
    ),
    "event type update org, managed": Call(
        lambda c: c.teams.event_types.update(3, 90, org_id=7, assign_all_team_members=True),
        "PATCH",
        f"{ORG}/3/event-types/90",
        ok([TEAM_EVENT_TYPE, {**TEAM_EVENT_TYPE, "id": 91}]),
        body={"assignAllTeamMembers": True},
        returns=m.TeamEventType,
    ),
    "event type delete plain": Call(
        lambda c: c.teams.event_types.delete(3, 90),
        "DELETE",
        "/v2/teams/3/event-types/90",
        ok({"id": 90, "title": "Intro"}),
    ),
    "event type delete org": Call(
        lambda c: c.teams.event_types.delete(3, 90, org_id=7),
        "DELETE",
        f"{ORG}/3/event-types/90",
        ok({"id": 90, "title": "Intro"}),
    ),
    # -- memberships
    "memberships plain": Call(
        lambda c: c.teams.memberships.list(
            3, emails=["alan@example.com", "ada@example.com"]
        ).to_list(),
        "GET",
        "/v2/teams/3/memberships",
        ok([MEMBERSHIP]),
        query={"take": "250", "skip": "0", "emails": "alan@example.com,ada@example.com"},
        returns=list,
    ),
    "memberships org": Call(
        lambda c: c.teams.memberships.list(3, org_id=7, limit=1).to_list(),
        "GET",
        f"{ORG}/3/memberships",
        ok([MEMBERSHIP]),
        query={"take": "1", "skip": "0"},
        returns=list,
    ),
    "membership get": Call(
        lambda c: c.teams.memberships.get(3, 8001),
        "GET",
        "/v2/teams/3/memberships/8001",
        ok(MEMBERSHIP),
        returns=m.TeamMembership,
    ),
    "membership create plain, defaults sent": Call(
        lambda c: c.teams.memberships.create(3, user_id=12),
        "POST",
        "/v2/teams/3/memberships",
        ok(MEMBERSHIP),
        status=201,
        body={"userId": 12, "role": "MEMBER", "accepted": False},
        returns=m.TeamMembership,
    ),
    "membership create org": Call(
        lambda c: c.teams.memberships.create(
            3, org_id=7, user_id=12, role="ADMIN", accepted=True, disable_impersonation=True
        ),
        "POST",
        f"{ORG}/3/memberships",
        ok(MEMBERSHIP),
        status=201,
        body={"userId": 12, "role": "ADMIN", "accepted": True, "disableImpersonation": True},
        returns=m.TeamMembership,
    ),
    "membership update": Call(
        lambda c: c.teams.memberships.update(3, 8001, org_id=7, role="OWNER"),
        "PATCH",
        f"{ORG}/3/memberships/8001",
        ok(MEMBERSHIP),
        body={"role": "OWNER"},
        returns=m.TeamMembership,
    ),
    "membership delete": Call(
        lambda c: c.teams.memberships.delete(3, 8001),
        "DELETE",
        "/v2/teams/3/memberships/8001",
        ok(MEMBERSHIP),
    ),
}


@pytest.mark.parametrize("name", list(CALLS))
async def test_request_and_parsed_answer(
    name: str, cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    call = CALLS[name]
    route = mock_api.route(method=call.method, path=call.path).respond(
        call.status, json=call.answer
    )
    result = await call.run(cal)
    request = only_request(route)
    check_headers(request, None)
    assert params_of(request) == call.query
    if call.body is None:
        assert request.content == b""
    else:
        assert body_of(request) == call.body
    if call.returns is None:
        assert result is None
    elif call.returns is list:
        assert isinstance(result, list) and len(result) == 1
        data = call.answer["data"]
        expected_id = data[0].get("id")
        assert getattr(result[0], "id", None) == expected_id
    else:
        assert isinstance(result, call.returns)


async def test_parsed_models_carry_the_fields(cal: AsyncCalcom, mock_api: respx.MockRouter) -> None:
    mock_api.get("/v2/teams/3/memberships").respond(200, json=ok([MEMBERSHIP]))
    mock_api.get(f"{ORG}/3/bookings/bk_1/references").respond(200, json=ok([REFERENCE]))
    mock_api.post("/v2/teams").respond(201, json=ok(PENDING))
    (membership,) = await cal.teams.memberships.list(3).to_list()
    assert (membership.role, membership.accepted, membership.user.email) == (
        "MEMBER",
        False,
        "alan@example.com",
    )
    (reference,) = await cal.teams.booking_references(3, "bk_1", org_id=7)
    assert (reference.type_, reference.event_uid) == ("daily_video", "bk_1")
    pending = await cal.teams.create(name="Eng")
    assert isinstance(pending, m.PendingTeam)
    assert pending.payment_link == "https://pay.example/1"
    assert pending.pending_team.slug == "eng"


async def test_team_bookings_follow_the_pagination_block(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    first = {**PAGINATION, "hasNextPage": True, "totalItems": 2}
    last = {**PAGINATION, "hasNextPage": False, "totalItems": 2}
    route = mock_api.get("/v2/teams/3/bookings").mock(
        side_effect=[
            respx.MockResponse(200, json=ok([BOOKING], pagination=first)),
            respx.MockResponse(200, json=ok([{**BOOKING, "uid": "bk_2"}], pagination=last)),
        ]
    )
    uids = [b.uid for b in await cal.teams.bookings(3, page_size=1).to_list()]
    assert uids == [BOOKING["uid"], "bk_2"]
    assert [params_of(c.request)["skip"] for c in route.calls] == ["0", "1"]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.teams.get(0),
        lambda c: c.teams.get(3, org_id=-7),
        lambda c: c.teams.create(name=" "),
        lambda c: c.teams.create(name="Eng", time_format=13),
        lambda c: c.teams.create(name="Eng", week_start="monday"),
        lambda c: c.teams.create(name="Eng", time_zone="Mars/Olympus"),
        lambda c: c.teams.update(3),
        lambda c: c.teams.booking_references(3, "bk_1", org_id=None),
        lambda c: c.teams.booking_references(3, "bk_1", org_id=7, type="zoom"),
        lambda c: c.teams.schedules(3, user_id=12),
        lambda c: c.teams.schedules(3, event_type_id=4),
        lambda c: c.teams.bookings(3, status="soon"),
        lambda c: c.teams.bookings(3, page_size=251),
        lambda c: c.teams.event_types.list_all(None),
        lambda c: c.teams.event_types.update(3, 90),
        lambda c: c.teams.event_types.update(3, 90, scheduling_type="managed"),
        lambda c: c.teams.event_types.create(
            3, title="T", slug="t", length_in_minutes=30, scheduling_type="collective"
        ),
        lambda c: c.teams.memberships.create(3, user_id=12, role="GUEST"),
        lambda c: c.teams.memberships.create(3, user_id=True),
        lambda c: c.teams.memberships.update(3, 8001),
        lambda c: c.teams.memberships.list(3, org_id=7, emails=["a@example.com"]),
        lambda c: c.teams.memberships.list(3, emails=[f"u{i}@example.com" for i in range(21)]),
        lambda c: c.teams.my_teams(0),
    ],
)
async def test_bad_team_input_is_refused_before_sending(
    cal: AsyncCalcom, mock_api: respx.MockRouter, call: Callable[[AsyncCalcom], Any]
) -> None:
    with pytest.raises(CalcomValueError):
        result = call(cal)
        if hasattr(result, "to_list"):
            await result.to_list()
        else:
            await result
    assert mock_api.calls.call_count == 0
