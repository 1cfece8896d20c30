"""Teams, memberships, team event types and private links in the fake's state.

A part of :class:`~._state.FakeState` (which mixes :class:`TeamState` in): seeding helpers and
the upkeep that keeps hosts in line with memberships. Only accepted members host a team's
event types; removing a member, or taking back their acceptance, removes them from the hosts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ._models import (
    ROLES,
    EventType,
    Host,
    Membership,
    Organization,
    PrivateLink,
    SchedulingType,
    Team,
    User,
    Webhook,
)
from ._timeutil import UTC

__all__ = ["TeamState", "slugify"]


def slugify(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text).strip("-")
    while "--" in out:
        out = out.replace("--", "-")
    return out or "event"


class TeamState:
    """Team-related seeding and upkeep of :class:`~._state.FakeState`."""

    users: dict[int, User]
    organizations: dict[int, Organization]
    teams: dict[int, Team]
    event_types: dict[int, EventType]
    webhooks: dict[int, Webhook]
    private_links: dict[str, PrivateLink]
    now: Callable[[], datetime]

    if TYPE_CHECKING:

        def next_id(self, kind: str) -> int: ...

        def new_uid(self) -> str: ...

    def add_organization(self, name: str = "Fake Org", slug: str | None = None) -> Organization:
        """Create an organization (ids share the team id space, as in Cal.com)."""
        oid = self.next_id("team")
        org = Organization(id=oid, name=name, slug=slug or f"org-{oid}")
        self.organizations[oid] = org
        return org

    def add_team(
        self,
        name: str = "Fake Team",
        *,
        slug: str | None = None,
        organization_id: int | None = None,
        members: dict[int, str] | Iterable[int] = (),
    ) -> Team:
        """Create a team inside ``organization_id``; ``members`` is ids or ``{id: role}``."""
        if organization_id is not None and organization_id not in self.organizations:
            raise KeyError(f"no organization {organization_id}")
        tid = self.next_id("team")
        team = Team(id=tid, name=name, slug=slug or f"team-{tid}", organization_id=organization_id)
        self.teams[tid] = team
        items = members.items() if isinstance(members, dict) else ((m, "MEMBER") for m in members)
        for user_id, role in items:
            self.add_team_member(tid, user_id, role=role)
        return team

    def add_team_member(
        self,
        team_id: int,
        user_id: int,
        *,
        role: str = "MEMBER",
        accepted: bool = True,
        disable_impersonation: bool = False,
    ) -> Membership:
        """Add ``user_id`` to a team with ``role`` (or change their membership), and to the
        team's organization when the user has none. An accepted member joins the hosts of
        the team's event types that assign all members; ``accepted=False`` is an invitation."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        team = self.teams[team_id]
        user = self.users[user_id]
        membership = team.memberships.get(user_id)
        if membership is None:
            membership = Membership(id=self.next_id("membership"), user_id=user_id, team_id=team_id)
            team.memberships[user_id] = membership
        membership.role = role
        membership.accepted = accepted
        membership.disable_impersonation = disable_impersonation
        if user.organization_id is None:
            user.organization_id = team.organization_id
        self.sync_team_hosts(team_id)
        return membership

    def remove_team_member(self, team_id: int, user_id: int) -> Membership | None:
        """Remove ``user_id`` from a team: they stop hosting its event types."""
        membership = self.teams[team_id].memberships.pop(user_id, None)
        self.sync_team_hosts(team_id)
        return membership

    def sync_team_hosts(self, team_id: int) -> None:
        """Make the team's event types' hosts follow its accepted members: anyone else stops
        hosting; event types assigned to all members gain the new ones."""
        members = self.teams[team_id].members
        for et in self.event_types.values():
            if et.team_id != team_id:
                continue
            et.hosts = [h for h in et.hosts if h.user_id in members]
            if et.assign_all_team_members:
                hosting = {h.user_id for h in et.hosts}
                et.hosts += [Host(user_id=u) for u in members if u not in hosting]

    def delete_event_type(self, event_type_id: int) -> EventType:
        """Delete an event type with its webhooks and private links (bookings stay)."""
        et = self.event_types.pop(event_type_id)
        for wid in [w.id for w in self.webhooks.values() if w.event_type_id == event_type_id]:
            del self.webhooks[wid]
        for lid in [k for k, v in self.private_links.items() if v.event_type_id == event_type_id]:
            del self.private_links[lid]
        return et

    def delete_team(self, team_id: int) -> Team:
        """Delete a team with its memberships and event types (bookings stay)."""
        team = self.teams.pop(team_id)
        for eid in [e.id for e in self.event_types.values() if e.team_id == team_id]:
            self.delete_event_type(eid)
        return team

    def add_team_event_type(
        self,
        team_id: int,
        *,
        title: str = "Team meeting",
        slug: str | None = None,
        length_in_minutes: int = 30,
        scheduling_type: SchedulingType = "roundRobin",
        hosts: Sequence[int | Host] | None = None,
        assign_all_team_members: bool = False,
        **fields: Any,
    ) -> EventType:
        """Create a team event type with ``scheduling_type`` collective/roundRobin/managed.

        ``hosts`` are user ids or :class:`Host` objects (must be team members); with
        ``assign_all_team_members=True`` (or ``hosts=None``) every team member is a host.
        """
        team = self.teams[team_id]
        if hosts is None:
            assign_all_team_members = True
        host_list: list[Host] = []
        if assign_all_team_members:
            host_list = [Host(user_id=u) for u in team.members]
        else:
            for h in hosts or ():
                host = h if isinstance(h, Host) else Host(user_id=h)
                if host.user_id not in team.members:
                    raise ValueError(f"user {host.user_id} is not a member of team {team_id}")
                host_list.append(host)
        fields.setdefault("created_at", self.now())
        et = EventType(
            id=self.next_id("event_type"),
            title=title,
            slug=slug or slugify(title),
            length_in_minutes=length_in_minutes,
            team_id=team_id,
            scheduling_type=scheduling_type,
            hosts=host_list,
            assign_all_team_members=assign_all_team_members,
            **fields,
        )
        self.event_types[et.id] = et
        return et

    def add_private_link(
        self,
        event_type_id: int,
        *,
        expires_at: datetime | None = None,
        max_usage_count: int | None = None,
    ) -> PrivateLink:
        """Create a private link of an event type; with neither limit it works once."""
        if event_type_id not in self.event_types:
            raise KeyError(f"no event type {event_type_id}")
        if expires_at is not None and expires_at.tzinfo is None:
            raise ValueError("expires_at must be timezone-aware")
        if expires_at is None and max_usage_count is None:
            max_usage_count = 1
        link = PrivateLink(
            link_id=self.new_uid(),
            event_type_id=event_type_id,
            expires_at=None if expires_at is None else expires_at.astimezone(UTC),
            max_usage_count=max_usage_count,
        )
        self.private_links[link.link_id] = link
        return link

    def team_by_slug(self, slug: str) -> Team | None:
        for t in self.teams.values():
            if t.slug == slug:
                return t
        return None
