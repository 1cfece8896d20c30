"""FakeCalcom's team rules on the wire: roles, acceptance, hosts following memberships, and the
edges of event-type webhooks and private links (plain HTTP, so each status is the fake's own)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

from calcom_async.testing import FakeCalcom, FakeClock

OWNER_KEY = "cal_test_owner"
ADMIN_KEY = "cal_test_admin"
MEMBER_KEY = "cal_test_member"
T0 = datetime(2050, 9, 1, 12, 0, tzinfo=timezone.utc)


def _setup() -> tuple[FakeCalcom, int, dict[str, int]]:
    """A plain team with an accepted OWNER, ADMIN and MEMBER (one key each)."""
    fake = FakeCalcom(api_keys=[OWNER_KEY], clock=FakeClock(T0))
    state = fake.state
    owner = fake.user_for_key(OWNER_KEY)
    admin = state.add_user(username="admin", api_key=ADMIN_KEY)
    member = state.add_user(username="member", api_key=MEMBER_KEY)
    team = state.add_team("Plain", members={owner.id: "OWNER", admin.id: "ADMIN"})
    state.add_team_member(team.id, member.id)
    return fake, team.id, {"owner": owner.id, "admin": admin.id, "member": member.id}


async def _call(
    fake: FakeCalcom, key: str, method: str, path: str, body: Any = None
) -> httpx.Response:
    async with fake.client(key) as client:
        return await client.request(method, path, json=body)


def _membership_id(fake: FakeCalcom, team_id: int, user_id: int) -> int:
    return fake.state.teams[team_id].memberships[user_id].id


async def test_roles_decide_who_changes_what() -> None:
    fake, team, ids = _setup()
    patch = {"bio": "Ours"}
    assert (await _call(fake, MEMBER_KEY, "PATCH", f"/v2/teams/{team}", patch)).status_code == 403
    assert (await _call(fake, ADMIN_KEY, "PATCH", f"/v2/teams/{team}", patch)).status_code == 200
    assert (await _call(fake, ADMIN_KEY, "DELETE", f"/v2/teams/{team}")).status_code == 403
    assert (await _call(fake, MEMBER_KEY, "POST", f"/v2/teams/{team}/invite")).status_code == 403

    # Only an owner grants, changes or removes the OWNER role.
    owner_m = _membership_id(fake, team, ids["owner"])
    member_m = _membership_id(fake, team, ids["member"])
    promote = {"role": "OWNER"}
    url = f"/v2/teams/{team}/memberships"
    assert (await _call(fake, ADMIN_KEY, "PATCH", f"{url}/{member_m}", promote)).status_code == 403
    assert (await _call(fake, ADMIN_KEY, "DELETE", f"{url}/{owner_m}")).status_code == 403
    assert (await _call(fake, OWNER_KEY, "PATCH", f"{url}/{member_m}", promote)).status_code == 200
    # With two owners one may step down; the last one may not.
    demote = {"role": "MEMBER"}
    assert (await _call(fake, OWNER_KEY, "PATCH", f"{url}/{owner_m}", demote)).status_code == 200
    last = await _call(fake, MEMBER_KEY, "DELETE", f"{url}/{member_m}")
    assert last.status_code == 400 and "owner" in last.json()["error"]["message"]
    assert fake.state.teams[team].members[ids["member"]] == "OWNER"


async def test_memberships_create_checks() -> None:
    fake, team, ids = _setup()
    url = f"/v2/teams/{team}/memberships"
    again = await _call(fake, OWNER_KEY, "POST", url, {"userId": ids["member"]})
    assert again.status_code == 409
    assert (await _call(fake, OWNER_KEY, "POST", url, {"userId": 99999})).status_code == 404
    snake = await _call(fake, OWNER_KEY, "POST", url, {"user_id": ids["member"]})
    assert snake.status_code == 400 and snake.json()["error"]["details"]["field"] == "user_id"
    newcomer = fake.state.add_user(username="newcomer").id
    owner_by_admin = await _call(
        fake, ADMIN_KEY, "POST", url, {"userId": newcomer, "role": "OWNER"}
    )
    assert owner_by_admin.status_code == 403
    created = await _call(fake, ADMIN_KEY, "POST", url, {"userId": newcomer})
    assert created.status_code == 201
    assert (created.json()["data"]["role"], created.json()["data"]["accepted"]) == ("MEMBER", False)
    # Organization teams need the role, and an organization member.
    org_url = f"/v2/organizations/{fake.organization.id}/teams/{fake.team.id}/memberships"
    no_role = await _call(fake, OWNER_KEY, "POST", org_url, {"userId": newcomer})
    assert no_role.status_code == 400 and no_role.json()["error"]["details"]["field"] == "role"
    outsider = await _call(fake, OWNER_KEY, "POST", org_url, {"userId": newcomer, "role": "MEMBER"})
    assert outsider.status_code == 400


async def test_hosts_follow_acceptance_and_assign_all() -> None:
    fake, team, ids = _setup()
    state = fake.state
    all_hands = state.add_team_event_type(team, title="All", assign_all_team_members=True)
    assert {h.user_id for h in all_hands.hosts} == set(ids.values())
    newcomer = state.add_user(username="late").id
    state.add_team_member(team, newcomer, accepted=False)
    assert newcomer not in {h.user_id for h in all_hands.hosts}  # an invitation does not host
    m = _membership_id(fake, team, newcomer)
    accept = await _call(
        fake, OWNER_KEY, "PATCH", f"/v2/teams/{team}/memberships/{m}", {"accepted": True}
    )
    assert accept.status_code == 200
    assert newcomer in {h.user_id for h in all_hands.hosts}
    # Un-accepting (or removing) takes the host away again.
    await _call(fake, OWNER_KEY, "PATCH", f"/v2/teams/{team}/memberships/{m}", {"accepted": False})
    assert newcomer not in {h.user_id for h in all_hands.hosts}
    nobody = await _call(fake, MEMBER_KEY, "GET", f"/v2/teams/{team}/memberships?emails=x@y.io")
    assert nobody.json()["data"] == []
    email = state.users[newcomer].email
    listed = await _call(fake, MEMBER_KEY, "GET", f"/v2/teams/{team}/memberships?emails={email}")
    assert [x["userId"] for x in listed.json()["data"]] == [newcomer]


async def test_team_event_type_updates() -> None:
    fake, team, ids = _setup()
    managed = fake.state.add_team_event_type(team, title="Onboarding", scheduling_type="managed")
    url = f"/v2/teams/{team}/event-types/{managed.id}"
    switch = await _call(fake, OWNER_KEY, "PATCH", url, {"schedulingType": "collective"})
    assert switch.status_code == 400
    rr = fake.state.add_team_event_type(team, title="Support", hosts=[ids["owner"]])
    url = f"/v2/teams/{team}/event-types/{rr.id}"
    stranger = fake.state.add_user(username="stranger").id
    bad_host = await _call(fake, OWNER_KEY, "PATCH", url, {"hosts": [{"userId": stranger}]})
    assert bad_host.status_code == 400
    hosts = {
        "hosts": [{"userId": ids["admin"], "priority": "high"}],
        "schedulingType": "collective",
    }
    changed = await _call(fake, ADMIN_KEY, "PATCH", url, hosts)
    assert changed.status_code == 200
    data = changed.json()["data"]
    assert data["schedulingType"] == "collective"
    assert [(h["userId"], h["priority"]) for h in data["hosts"]] == [(ids["admin"], "high")]
    assert (await _call(fake, MEMBER_KEY, "DELETE", url)).status_code == 403
    other = fake.state.add_team("Other", members={ids["owner"]: "OWNER"})
    elsewhere = f"/v2/teams/{other.id}/event-types/{rr.id}"
    assert (await _call(fake, OWNER_KEY, "GET", elsewhere)).status_code == 404


async def test_event_type_webhooks_and_links_belong_to_the_event_type() -> None:
    fake, team, ids = _setup()
    state = fake.state
    mine = state.add_event_type(ids["owner"], title="Mine")
    team_et = state.add_team_event_type(team, title="Ours")
    hook = {
        "subscriberUrl": "http://127.0.0.1:9/h",
        "triggers": ["BOOKING_CREATED"],
        "active": True,
    }
    # Another user's personal event type: 403; a team event type: its owners and admins.
    assert (
        await _call(fake, ADMIN_KEY, "POST", f"/v2/event-types/{mine.id}/webhooks", hook)
    ).status_code == 403
    made = await _call(fake, ADMIN_KEY, "POST", f"/v2/event-types/{team_et.id}/webhooks", hook)
    assert made.status_code == 201 and made.json()["data"]["eventTypeId"] == team_et.id
    assert (
        await _call(fake, MEMBER_KEY, "GET", f"/v2/event-types/{team_et.id}/webhooks")
    ).status_code == 403
    past = {"expiresAt": (T0 - timedelta(days=1)).isoformat()}
    refused = await _call(fake, OWNER_KEY, "POST", f"/v2/event-types/{mine.id}/private-links", past)
    assert refused.status_code == 400
    link = state.add_private_link(mine.id, expires_at=T0 + timedelta(days=1))
    url = f"/v2/event-types/{mine.id}/private-links/{link.link_id}"
    assert (await _call(fake, OWNER_KEY, "PATCH", url, {})).status_code == 400
    elsewhere = f"/v2/event-types/{team_et.id}/private-links/{link.link_id}"
    assert (await _call(fake, OWNER_KEY, "DELETE", elsewhere)).status_code == 404
    # Deleting the event type takes its webhooks and links along.
    gone = await _call(fake, OWNER_KEY, "DELETE", f"/v2/event-types/{mine.id}")
    assert gone.status_code == 400  # cal-api-version is required for event types
    async with fake.client(OWNER_KEY, headers={"cal-api-version": "2024-06-14"}) as client:
        assert (await client.delete(f"/v2/event-types/{mine.id}")).status_code == 200
    assert state.private_links == {}
    assert (await _call(fake, OWNER_KEY, "DELETE", f"/v2/teams/{team}")).status_code == 200
    assert [w for w in state.webhooks.values() if w.event_type_id is not None] == []
    assert fake.stats.internal_errors == []
