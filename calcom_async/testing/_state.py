"""The fake server's in-memory state (the dataclasses of :mod:`._models`) plus seeding helpers.

Everything the fake knows lives in one :class:`FakeState` (``fake.state``). Tests may read any
attribute and may seed data with the ``add_*`` helpers. Mutating fields directly is fine for
descriptive data (names, titles, time zones, availability), but a booking's ``start``/``end``/
``created_at``/``host_ids`` must not be changed in place (they are indexed, per host and for
listing); use the API or the helpers. Changing a booking's ``status`` (``"awaiting_host"``
included) or ``updated_at`` directly is safe (status is checked at query time).
"""

from __future__ import annotations

import bisect
import random
import string
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from ._models import (
    ACTIVE_STATUSES,
    DAY_NAMES,
    MANAGERS,
    PRIORITIES,
    Attendee,
    Availability,
    Booking,
    EventType,
    Host,
    Membership,
    Organization,
    Override,
    PrivateLink,
    Schedule,
    Team,
    User,
    Webhook,
    WebhookDelivery,
)
from ._state_extras import ExtraState
from ._team_state import TeamState, slugify
from ._timeutil import UTC, get_zone, parse_date, parse_hhmm

# The dataclasses are re-exported: ``_state`` was where they lived first.
__all__ = [
    "ACTIVE_STATUSES",
    "DAY_NAMES",
    "MANAGERS",
    "PRIORITIES",
    "Attendee",
    "Availability",
    "Booking",
    "EventType",
    "FakeState",
    "Host",
    "Membership",
    "Organization",
    "Override",
    "PrivateLink",
    "Schedule",
    "Team",
    "User",
    "Webhook",
    "WebhookDelivery",
]


class _HostIndex:
    """Bookings of one host sorted by start, for O(log n) overlap checks."""

    __slots__ = ("entries", "max_len")

    def __init__(self) -> None:
        self.entries: list[tuple[float, float, int]] = []
        self.max_len = 0.0

    def add(self, start: float, end: float, booking_id: int) -> None:
        bisect.insort(self.entries, (start, end, booking_id))
        self.max_len = max(self.max_len, end - start)

    def remove(self, start: float, end: float, booking_id: int) -> None:
        i = bisect.bisect_left(self.entries, (start, end, booking_id))
        if i < len(self.entries) and self.entries[i] == (start, end, booking_id):
            del self.entries[i]

    def overlapping(self, start: float, end: float) -> Iterator[int]:
        """Ids of indexed bookings with ``b.start < end and b.end > start``."""
        i = bisect.bisect_left(self.entries, (end,))
        lowest = start - self.max_len
        while i > 0:
            i -= 1
            s, e, bid = self.entries[i]
            if s < lowest:
                break
            if e > start:
                yield bid


class FakeState(ExtraState, TeamState):
    """All data of a :class:`~calcom_async.testing.FakeCalcom`, plus seeding helpers.

    Attributes (all plain dicts keyed by id unless noted):

    - ``users``, ``organizations``, ``teams``, ``schedules``, ``event_types``, ``bookings``,
      ``webhooks``; ``private_links`` (keyed by link id);
    - ``api_keys``: API key → user id (the keys accepted by the server);
    - ``deliveries``: list of :class:`WebhookDelivery` attempts, in order;
    - reservations, booking records and calendar connections: see :class:`ExtraState`.

    Ids come from per-kind counters with distinct bases (users 101…, organizations/teams 1001…,
    schedules 3001…, event types 4001…, bookings 5001…, webhooks 6001…, credentials 7001…,
    memberships 8001…, booking references 9001…),
    so mixing up two kinds of id in a test fails loudly instead of hitting another object.
    """

    def __init__(self, seed: int = 0, now: Callable[[], datetime] | None = None) -> None:
        #: time source for ``createdAt``/``updatedAt`` of seeded objects (the fake's clock).
        self.now: Callable[[], datetime] = now or (lambda: datetime.now(UTC))
        self.users: dict[int, User] = {}
        self.organizations: dict[int, Organization] = {}
        self.teams: dict[int, Team] = {}
        self.schedules: dict[int, Schedule] = {}
        self.event_types: dict[int, EventType] = {}
        self.bookings: dict[int, Booking] = {}
        self.webhooks: dict[int, Webhook] = {}
        self.private_links: dict[str, PrivateLink] = {}
        self.api_keys: dict[str, int] = {}
        self.deliveries: list[WebhookDelivery] = []
        self._by_uid: dict[str, Booking] = {}
        self._by_user: defaultdict[int, list[int]] = defaultdict(list)
        self._by_event_type: defaultdict[int, list[int]] = defaultdict(list)
        self._index: defaultdict[int, _HostIndex] = defaultdict(_HostIndex)
        self._indexed: dict[int, tuple[float, float, tuple[int, ...]]] = {}
        # All bookings ordered by (start | end | created_at timestamp, id), so that listing a
        # page walks an order instead of sorting every booking again. Inserts append; an
        # out-of-order one marks the list for one sort before it is next read.
        self._ordered: dict[str, list[tuple[float, int]]] = {
            "start": [],
            "end": [],
            "created_at": [],
        }
        self._unsorted: set[str] = set()
        #: (event type id, user id) → sequence number of that host's latest booking.
        self.rr_last_booked: dict[tuple[int, int], int] = {}
        self._booking_seq = 0
        self._counters = {
            "user": 100,
            "team": 1000,
            "schedule": 3000,
            "event_type": 4000,
            "booking": 5000,
            "webhook": 6000,
            "credential": 7000,
            "membership": 8000,
            "booking_reference": 9000,
        }
        self._uid_rng = random.Random(f"calcom-fake-uid-{seed}")
        self._init_extras()  # reservations, booking records, calendars (_state_extras.py)

    # ------------------------------------------------------------------ ids
    def next_id(self, kind: str) -> int:
        self._counters[kind] += 1
        return self._counters[kind]

    def new_uid(self) -> str:
        alphabet = string.ascii_letters + string.digits
        while True:
            uid = "".join(self._uid_rng.choice(alphabet) for _ in range(22))
            if uid not in self._by_uid and uid not in self.private_links:
                return uid

    def new_token(self) -> str:
        """64 hex digits (team invitation tokens), from the seeded generator."""
        return f"{self._uid_rng.getrandbits(256):064x}"

    # ------------------------------------------------------------ seeding
    def add_user(
        self,
        *,
        username: str | None = None,
        email: str | None = None,
        name: str | None = None,
        time_zone: str = "Europe/London",
        api_key: str | None = None,
        organization_id: int | None = None,
        team_ids: Iterable[int] = (),
        role: str = "MEMBER",
        **fields: Any,
    ) -> User:
        """Create a user; optionally give them an API key and team memberships.

        ``username``/``email``/``name`` default to ``user<ID>``, ``user<ID>@example.com`` and
        ``Fake User <ID>``. ``team_ids`` adds the user to those teams with ``role`` (and to the
        teams' organization). Extra ``fields`` set other :class:`User` attributes (``week_start``,
        ``time_format``, ``bio``...). The user gets one fake Google calendar credential.
        """
        if get_zone(time_zone) is None:
            raise ValueError(f"unknown time zone {time_zone!r}")
        uid = self.next_id("user")
        user = User(
            id=uid,
            username=username or f"user{uid}",
            email=email or f"user{uid}@example.com",
            name=name or f"Fake User {uid}",
            time_zone=time_zone,
            organization_id=organization_id,
            credential_id=self.next_id("credential"),
            **fields,
        )
        self.users[uid] = user
        if api_key is not None:
            self.api_keys[api_key] = uid
        for team_id in team_ids:
            self.add_team_member(team_id, uid, role=role)
        return user

    def remove_user(self, user_id: int) -> User:
        """Delete a user (their key and memberships go; their bookings stay).

        Bookings they hosted then show the host as Cal.com shows a deleted user:
        ``{"id": "unknown", "name": "unknown", ...}``.
        """
        user = self.users.pop(user_id)
        for key in [k for k, v in self.api_keys.items() if v == user_id]:
            del self.api_keys[key]
        for team in self.teams.values():
            team.memberships.pop(user_id, None)
        for et in self.event_types.values():
            et.hosts = [h for h in et.hosts if h.user_id != user_id]
        return user

    def add_schedule(
        self,
        user_id: int,
        *,
        name: str = "Working hours",
        time_zone: str | None = None,
        availability: Sequence[Availability | dict[str, Any]] | None = None,
        overrides: Sequence[Override | dict[str, Any]] = (),
        is_default: bool | None = None,
    ) -> Schedule:
        """Create a schedule for ``user_id``.

        ``availability`` defaults to Monday-Friday 09:00-17:00; entries may be
        :class:`Availability` objects or API-shaped dicts (``{"days": [...], "startTime": ...,
        "endTime": ...}``); likewise ``overrides`` (``{"date", "startTime", "endTime"}``).
        ``time_zone`` defaults to the user's. The schedule becomes the user's default when
        ``is_default`` is true or the user has no default yet.
        """
        user = self.users[user_id]
        tz = time_zone or user.time_zone
        if get_zone(tz) is None:
            raise ValueError(f"unknown time zone {tz!r}")
        avail = (
            [Availability(days=list(DAY_NAMES[:5]))]
            if availability is None
            else [_to_availability(a) for a in availability]
        )
        sched = Schedule(
            id=self.next_id("schedule"),
            owner_id=user_id,
            name=name,
            time_zone=tz,
            availability=avail,
            overrides=[_to_override(o) for o in overrides],
        )
        for a in sched.availability:
            _check_rule(a.days, a.start_time, a.end_time)
        for o in sched.overrides:
            if parse_date(o.date) is None:
                raise ValueError(f"bad override date {o.date!r}")
        self.schedules[sched.id] = sched
        if is_default or user.default_schedule_id is None:
            user.default_schedule_id = sched.id
        return sched

    def add_event_type(
        self,
        owner_id: int,
        *,
        title: str = "30 min",
        slug: str | None = None,
        length_in_minutes: int = 30,
        schedule_id: int | None = None,
        **fields: Any,
    ) -> EventType:
        """Create a personal event type owned by ``owner_id``.

        ``fields`` set other :class:`EventType` attributes (``slot_interval``,
        ``requires_confirmation``, ``minimum_booking_notice``, ``description``...).
        Without ``schedule_id`` the owner's default schedule applies (resolved when used).
        """
        if owner_id not in self.users:
            raise KeyError(f"no user {owner_id}")
        fields.setdefault("created_at", self.now())
        et = EventType(
            id=self.next_id("event_type"),
            title=title,
            slug=slug or slugify(title),
            length_in_minutes=length_in_minutes,
            owner_id=owner_id,
            schedule_id=schedule_id,
            **fields,
        )
        self.event_types[et.id] = et
        return et

    def add_booking(
        self,
        event_type_id: int,
        start: datetime,
        *,
        attendee_name: str = "Seeded Attendee",
        attendee_email: str = "attendee@example.com",
        attendee_time_zone: str = "UTC",
        host_ids: Sequence[int] | None = None,
        length_in_minutes: int | None = None,
        status: str = "accepted",
        **fields: Any,
    ) -> Booking:
        """Insert a booking directly, *without* availability or conflict checks.

        ``start`` must be timezone-aware. ``host_ids`` default to the event type's owner, or all
        hosts of a team event type. No webhooks are sent for seeded bookings.
        """
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        et = self.event_types[event_type_id]
        if host_ids is None:
            host_ids = [et.owner_id] if et.owner_id is not None else [h.user_id for h in et.hosts]
        length = length_in_minutes or et.length_in_minutes
        start = start.astimezone(UTC)
        fields.setdefault("created_at", self.now())
        fields.setdefault("updated_at", fields["created_at"])
        booking = Booking(
            id=self.next_id("booking"),
            uid=self.new_uid(),
            event_type_id=et.id,
            event_type_slug=et.slug,
            title=fields.pop("title", et.title),
            start=start,
            end=start + timedelta(minutes=length),
            host_ids=list(host_ids),
            attendees=[
                Attendee(name=attendee_name, email=attendee_email, time_zone=attendee_time_zone)
            ],
            status=status,
            **fields,
        )
        self.insert_booking(booking)
        return booking

    def add_webhook(
        self,
        user_id: int,
        subscriber_url: str,
        *,
        triggers: Sequence[str] = ("BOOKING_CREATED", "BOOKING_CANCELLED", "BOOKING_RESCHEDULED"),
        secret: str | None = None,
        active: bool = True,
        payload_template: str | None = None,
        event_type_id: int | None = None,
    ) -> Webhook:
        """Register a webhook of ``user_id`` (deliveries go only to loopback hosts); with
        ``event_type_id`` an event type's webhook, which fires for that event type only."""
        if event_type_id is not None and event_type_id not in self.event_types:
            raise KeyError(f"no event type {event_type_id}")
        wh = Webhook(
            id=self.next_id("webhook"),
            user_id=user_id,
            subscriber_url=subscriber_url,
            triggers=list(triggers),
            active=active,
            secret=secret,
            payload_template=payload_template,
            event_type_id=event_type_id,
        )
        self.webhooks[wh.id] = wh
        return wh

    # ------------------------------------------------------------ queries
    def user_by_key(self, api_key: str) -> User | None:
        uid = self.api_keys.get(api_key)
        return self.users.get(uid) if uid is not None else None

    def user_by_username(self, username: str) -> User | None:
        for u in self.users.values():
            if u.username == username:
                return u
        return None

    def default_schedule(self, user_id: int) -> Schedule | None:
        """The user's default schedule, or None."""
        sid = self.users[user_id].default_schedule_id
        return self.schedules.get(sid) if sid is not None else None

    def get_booking(self, uid: str) -> Booking | None:
        """Booking by uid, or None."""
        return self._by_uid.get(uid)

    def bookings_for_user(self, user_id: int) -> list[Booking]:
        """All bookings (any status) where ``user_id`` is a host, oldest first."""
        return [self.bookings[i] for i in self._by_user.get(user_id, ())]

    def bookings_for_event_type(self, event_type_id: int) -> list[Booking]:
        return [self.bookings[i] for i in self._by_event_type.get(event_type_id, ())]

    def booking_order(self, attr: str) -> list[tuple[float, int]] | None:
        """``(timestamp, id)`` of every booking in ``attr`` order (``start``, ``end`` or
        ``created_at``), ties by id; None for other attributes. Read-only."""
        order = self._ordered.get(attr)
        if order is not None and attr in self._unsorted:
            order.sort()  # once after out-of-order inserts, not per listing
            self._unsorted.discard(attr)
        return order

    def bookings_visible_to(self, user_id: int) -> set[int]:
        """Ids of bookings ``user_id`` may list: hosted, of their event types, or of teams they
        own or administer."""
        ids = set(self._by_user.get(user_id, ()))
        managed = {t for t, team in self.teams.items() if team.members.get(user_id) in MANAGERS}
        for et in self.event_types.values():
            if et.team_id in managed or (et.team_id is None and et.owner_id == user_id):
                ids.update(self._by_event_type.get(et.id, ()))
        return ids

    def busy(
        self, user_id: int, start: datetime, end: datetime, ignore_uid: str | None = None
    ) -> bool:
        """True when ``user_id`` has an active booking overlapping ``[start, end)``.

        Existing bookings count padded with their event type's before/after buffers (as they
        were when the booking was made).
        """
        return any(True for _ in self.overlapping(user_id, start, end, ignore_uid))

    def overlapping(
        self, user_id: int, start: datetime, end: datetime, ignore_uid: str | None = None
    ) -> Iterator[Booking]:
        """Active (accepted/pending) bookings of ``user_id`` overlapping ``[start, end)``.

        Overlap is judged on the buffered interval (see :meth:`busy`).
        """
        idx = self._index.get(user_id)
        if idx is None:
            return
        for bid in idx.overlapping(start.timestamp(), end.timestamp()):
            b = self.bookings[bid]
            if b.status in ACTIVE_STATUSES and b.uid != ignore_uid:
                yield b

    # ------------------------------------------------------------ mutation
    def insert_booking(self, booking: Booking) -> None:
        """Store and index a booking (no checks)."""
        self.bookings[booking.id] = booking
        self._by_uid[booking.uid] = booking
        self._by_event_type[booking.event_type_id].append(booking.id)
        # Index the interval padded with the event type's buffers (as busy time).
        et = self.event_types.get(booking.event_type_id)
        before = et.before_event_buffer * 60 if et else 0
        after = et.after_event_buffer * 60 if et else 0
        s, e = booking.start.timestamp() - before, booking.end.timestamp() + after
        for h in dict.fromkeys(booking.host_ids):
            self._by_user[h].append(booking.id)
            self._index[h].add(s, e, booking.id)
        self._indexed[booking.id] = (s, e, tuple(dict.fromkeys(booking.host_ids)))
        for attr, order in self._ordered.items():
            entry = (getattr(booking, attr).timestamp(), booking.id)
            if order and entry < order[-1]:
                self._unsorted.add(attr)
            order.append(entry)
        self._booking_seq += 1
        for h in booking.host_ids:
            self.rr_last_booked[(booking.event_type_id, h)] = self._booking_seq

    def set_status(self, booking: Booking, status: str, now: datetime | None = None) -> None:
        """Change a booking's status, dropping it from the per-host index when inactive."""
        booking.status = status
        booking.updated_at = now or self.now()
        if status not in ACTIVE_STATUSES:
            entry = self._indexed.pop(booking.id, None)
            if entry is not None:
                s, e, hosts = entry
                for h in hosts:
                    self._index[h].remove(s, e, booking.id)


def _to_availability(a: Availability | dict[str, Any]) -> Availability:
    if isinstance(a, Availability):
        return Availability(list(a.days), a.start_time, a.end_time)
    return Availability(
        days=list(a["days"]),
        start_time=a.get("startTime", "09:00"),
        end_time=a.get("endTime", "17:00"),
    )


def _to_override(o: Override | dict[str, Any]) -> Override:
    if isinstance(o, Override):
        return Override(o.date, o.start_time, o.end_time)
    return Override(date=o["date"], start_time=o["startTime"], end_time=o["endTime"])


def _check_rule(days: Sequence[str], start: str, end: str) -> None:
    for d in days:
        if d not in DAY_NAMES:
            raise ValueError(f"bad day name {d!r}")
    s, e = parse_hhmm(start), parse_hhmm(end)
    if s is None or e is None or e <= s:
        raise ValueError(f"bad time range {start!r}-{end!r}")
