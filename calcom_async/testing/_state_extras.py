"""More of the fake's state: slot reservations, what Cal.com records about bookings, calendars.

:class:`ExtraState` is a base class of :class:`~._state.FakeState`, so everything here is
reached as ``fake.state.<name>``:

- ``reservations`` (uid → :class:`Reservation`): slots held by ``POST /v2/slots/reservations``.
  An active one (``until`` in the future, on the fake's clock) keeps its event type's interval
  from every booker that does not present its uid; expired ones are dropped when next looked at.
- ``booking_references``, ``recordings``, ``transcripts``, ``conferencing_sessions`` (booking uid
  → list): seeded data, served by the bookings area (the fake runs no calendars or video).
- ``calendar_connections`` (credential id → :class:`CalendarConnection`): each user starts with
  one Google calendar (credential ``user.credential_id``, external id = the user's email), which
  is also selected for conflicts and the destination calendar, as ``GET /v2/calendars`` showed
  before connections could change. ``selected_calendars`` and ``destination_calendars`` hold
  the user's choices.

Seeding helpers: :meth:`ExtraState.add_reservation`, :meth:`~ExtraState.add_booking_reference`,
:meth:`~ExtraState.add_recording`, :meth:`~ExtraState.add_transcript`,
:meth:`~ExtraState.add_conferencing_session`, :meth:`~ExtraState.add_calendar_connection`.
"""

from __future__ import annotations

import bisect
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ._models import Booking, EventType, User

if TYPE_CHECKING:
    from ._state import _HostIndex

__all__ = [
    "CALENDAR_APPS",
    "BookingReference",
    "CalendarConnection",
    "CalendarEntry",
    "ConferencingParticipant",
    "ConferencingSession",
    "ExtraState",
    "Recording",
    "Reservation",
]

#: Per provider: the credential ``type`` (Cal.com's integration name), app slug, title, dir.
CALENDAR_APPS: dict[str, tuple[str, str, str, str]] = {
    "google": ("google_calendar", "google-calendar", "Google Calendar", "googlecalendar"),
    "apple": ("apple_calendar", "apple-calendar", "Apple Calendar", "applecalendar"),
    "office365": ("office365_calendar", "office365-calendar", "Outlook Calendar", "office365"),
    "ics-feed": ("ics-feed_calendar", "ics-feed", "ICS Feed", "ics-feedcalendar"),
}
#: How long a reservation holds its slot when the request does not say (Cal.com: 5 minutes).
DEFAULT_RESERVATION_MINUTES = 5


@dataclass
class Reservation:
    """A slot held for ``[start, end)`` of ``event_type_id`` until ``until``."""

    uid: str
    event_type_id: int
    start: datetime
    end: datetime
    until: datetime
    minutes: int
    #: the user who reserved it (None for an unauthenticated request).
    holder_id: int | None = None

    @property
    def duration(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass
class BookingReference:
    """A calendar event or video meeting Cal.com created for a booking."""

    id: int
    type: str
    event_uid: str
    destination_calendar_id: str | None = None


@dataclass
class Recording:
    id: str
    room_name: str
    start_ts: int
    duration: int
    status: str = "finished"
    share_token: str = ""
    max_participants: int = 2
    download_link: str | None = None
    error: str | None = None


@dataclass
class ConferencingParticipant:
    user_name: str | None
    join_time: int
    duration: int
    user_id: str | None = None


@dataclass
class ConferencingSession:
    id: str
    room: str
    start_time: int
    duration: int
    participants: list[ConferencingParticipant] = field(default_factory=list)
    ongoing: bool = False
    max_participants: int = 2


@dataclass
class CalendarEntry:
    """One calendar inside a connection."""

    external_id: str
    name: str
    primary: bool = False
    read_only: bool = False
    email: str | None = None


@dataclass
class CalendarConnection:
    """A connected calendar account: one credential of one user, with its calendars."""

    credential_id: int
    user_id: int
    provider: str  # a key of CALENDAR_APPS
    calendars: list[CalendarEntry] = field(default_factory=list)
    invalid: bool = False

    @property
    def integration(self) -> str:
        """Cal.com's name for the app, e.g. ``google_calendar``."""
        return CALENDAR_APPS[self.provider][0]


class ExtraState:
    """Reservations, booking records and calendar connections (see the module docstring)."""

    # Provided by FakeState (declared for the type checker).
    users: dict[int, User]
    event_types: dict[int, EventType]
    bookings: dict[int, Booking]
    now: Callable[[], datetime]
    _uid_rng: random.Random
    _index: defaultdict[int, _HostIndex]
    _indexed: dict[int, tuple[float, float, tuple[int, ...]]]
    _by_user: defaultdict[int, list[int]]

    def next_id(self, kind: str) -> int:
        raise NotImplementedError  # FakeState's

    def _init_extras(self) -> None:
        self.reservations: dict[str, Reservation] = {}
        self.booking_references: dict[str, list[BookingReference]] = defaultdict(list)
        self.recordings: dict[str, list[Recording]] = defaultdict(list)
        self.transcripts: dict[str, list[str]] = defaultdict(list)
        self.conferencing_sessions: dict[str, list[ConferencingSession]] = defaultdict(list)
        self.calendar_connections: dict[int, CalendarConnection] = {}
        #: (user id, credential id, external id) of the calendars checked for conflicts.
        self.selected_calendars: set[tuple[int, int, str]] = set()
        #: user id → (credential id, external id) of the calendar new bookings go to.
        self.destination_calendars: dict[int, tuple[int, str]] = {}
        self._calendars_seeded: set[int] = set()

    def new_reservation_uid(self) -> str:
        """A UUID (Cal.com's reservation uids are UUIDs), from the seeded generator."""
        return str(uuid.UUID(int=self._uid_rng.getrandbits(128), version=4))

    # ------------------------------------------------------------------ reservations
    def add_reservation(
        self,
        event_type_id: int,
        start: datetime,
        *,
        length_in_minutes: int | None = None,
        minutes: int = DEFAULT_RESERVATION_MINUTES,
        holder_id: int | None = None,
    ) -> Reservation:
        """Hold ``[start, start + length_in_minutes)`` (default: the event type's length) of
        an event type for ``minutes`` from now on the fake's clock, without the API's checks."""
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        length = length_in_minutes or self.event_types[event_type_id].length_in_minutes
        reservation = Reservation(
            uid=self.new_reservation_uid(),
            event_type_id=event_type_id,
            start=start,
            end=start + timedelta(minutes=length),
            until=self.now() + timedelta(minutes=minutes),
            minutes=minutes,
            holder_id=holder_id,
        )
        self.reservations[reservation.uid] = reservation
        return reservation

    def active_reservation(self, uid: str) -> Reservation | None:
        """The reservation ``uid`` while it holds its slot, else None (expired ones go)."""
        reservation = self.reservations.get(uid)
        if reservation is not None and reservation.until <= self.now():
            del self.reservations[uid]
            return None
        return reservation

    def reservations_holding(
        self, event_type_id: int, start: datetime, end: datetime, *, except_uid: str | None = None
    ) -> Iterator[Reservation]:
        """Active reservations of ``event_type_id`` overlapping ``[start, end)``."""
        now = self.now()
        for uid in [u for u, r in self.reservations.items() if r.until <= now]:
            del self.reservations[uid]
        for r in list(self.reservations.values()):
            if (
                r.event_type_id == event_type_id
                and r.uid != except_uid
                and r.start < end
                and r.end > start
            ):
                yield r

    # ------------------------------------------------------------------ booking records
    def add_booking_reference(
        self,
        booking_uid: str,
        type: str = "google_calendar",
        *,
        event_uid: str | None = None,
        destination_calendar_id: str | None = None,
    ) -> BookingReference:
        """Record a calendar event or video meeting (``type``: ``google_calendar``,
        ``office365_calendar``, ``daily_video``, ``google_video``, ``office365_video``,
        ``zoom_video``...) for booking ``booking_uid``."""
        ref = BookingReference(
            id=self.next_id("booking_reference"),
            type=type,
            event_uid=event_uid or f"{type}-{booking_uid}".lower(),
            destination_calendar_id=destination_calendar_id,
        )
        self.booking_references[booking_uid].append(ref)
        return ref

    def add_recording(
        self,
        booking_uid: str,
        *,
        duration: int = 1800,
        status: str = "finished",
        start: datetime | None = None,
        download_link: str | None = None,
        error: str | None = None,
    ) -> Recording:
        """A Cal Video recording of booking ``booking_uid`` (``duration`` in seconds)."""
        n = len(self.recordings[booking_uid]) + 1
        rec = Recording(
            id=str(uuid.UUID(int=self._uid_rng.getrandbits(128), version=4)),
            room_name=f"calcom-fake-{booking_uid}",
            start_ts=int((start or self.now()).timestamp()),
            duration=duration,
            status=status,
            share_token=f"share-{booking_uid}-{n}",
            download_link=download_link
            or f"https://app.cal.com/video/{booking_uid}/recordings/{n}.mp4",
            error=error,
        )
        self.recordings[booking_uid].append(rec)
        return rec

    def add_transcript(self, booking_uid: str, link: str | None = None) -> str:
        """A transcript download link of booking ``booking_uid``."""
        n = len(self.transcripts[booking_uid]) + 1
        link = link or f"https://app.cal.com/video/{booking_uid}/transcripts/{n}.txt"
        self.transcripts[booking_uid].append(link)
        return link

    def add_conferencing_session(
        self,
        booking_uid: str,
        *,
        participants: Sequence[tuple[str, int]] = (("Host", 1800), ("Attendee", 1800)),
        start: datetime | None = None,
        ongoing: bool = False,
    ) -> ConferencingSession:
        """A Cal Video session of booking ``booking_uid``; ``participants`` are ``(name,
        seconds attended)`` pairs, all joining at ``start`` (default: the fake's now)."""
        begin = int((start or self.now()).timestamp())
        people = [
            ConferencingParticipant(user_name=name, join_time=begin, duration=seconds)
            for name, seconds in participants
        ]
        session = ConferencingSession(
            id=str(uuid.UUID(int=self._uid_rng.getrandbits(128), version=4)),
            room=f"calcom-fake-{booking_uid}",
            start_time=begin,
            duration=max((p.duration for p in people), default=0),
            participants=people,
            ongoing=ongoing,
            max_participants=max(2, len(people)),
        )
        self.conferencing_sessions[booking_uid].append(session)
        return session

    # ------------------------------------------------------------------ calendars
    def add_calendar_connection(
        self,
        user_id: int,
        provider: str = "google",
        *,
        calendars: Sequence[CalendarEntry | str] | None = None,
        invalid: bool = False,
    ) -> CalendarConnection:
        """Connect a ``provider`` (google, apple, office365, ics-feed) account to ``user_id``.

        ``calendars`` are :class:`CalendarEntry` objects or external ids (default: one
        primary calendar named after the user's email). ``invalid=True`` makes the connection
        check fail, as with revoked credentials.
        """
        if provider not in CALENDAR_APPS:
            raise ValueError(f"provider must be one of {sorted(CALENDAR_APPS)}")
        user = self.users[user_id]
        self.connections_for(user)  # the user's default calendar first
        entries = [
            c if isinstance(c, CalendarEntry) else CalendarEntry(external_id=c, name=c)
            for c in (calendars if calendars is not None else [user.email])
        ]
        if entries and not any(c.primary for c in entries):
            entries[0].primary = True
        return self._connect(user_id, provider, self.next_id("credential"), entries, invalid)

    def _connect(
        self,
        user_id: int,
        provider: str,
        credential_id: int,
        calendars: list[CalendarEntry],
        invalid: bool = False,
    ) -> CalendarConnection:
        connection = CalendarConnection(credential_id, user_id, provider, calendars, invalid)
        self.calendar_connections[credential_id] = connection
        return connection

    def connections_for(self, user: User) -> list[CalendarConnection]:
        """The user's calendar connections (seeding the default Google one on first use)."""
        if user.id not in self._calendars_seeded:
            self._calendars_seeded.add(user.id)
            entry = CalendarEntry(user.email, user.email, primary=True, email=user.email)
            self._connect(user.id, "google", user.credential_id, [entry])
            self.selected_calendars.add((user.id, user.credential_id, user.email))
            self.destination_calendars[user.id] = (user.credential_id, user.email)
        return [c for c in self.calendar_connections.values() if c.user_id == user.id]

    def disconnect_calendar(self, connection: CalendarConnection) -> None:
        """Remove a connection and every choice that named one of its calendars."""
        del self.calendar_connections[connection.credential_id]
        self.selected_calendars = {
            s for s in self.selected_calendars if s[1] != connection.credential_id
        }
        dest = self.destination_calendars.get(connection.user_id)
        if dest is not None and dest[0] == connection.credential_id:
            del self.destination_calendars[connection.user_id]

    # ------------------------------------------------------------------ hosts
    def set_booking_hosts(self, booking: Booking, host_ids: Sequence[int]) -> None:
        """Give ``booking`` other hosts, keeping the per-host indexes right (reassignment)."""
        entry = self._indexed.pop(booking.id, None)
        if entry is not None:
            s, e, old = entry
            for h in old:
                self._index[h].remove(s, e, booking.id)
            hosts = tuple(dict.fromkeys(host_ids))
            for h in hosts:
                self._index[h].add(s, e, booking.id)
            self._indexed[booking.id] = (s, e, hosts)
        for h in set(booking.host_ids) - set(host_ids):
            self._by_user[h].remove(booking.id)
        for h in dict.fromkeys(host_ids):
            if booking.id not in self._by_user[h]:
                bisect.insort(self._by_user[h], booking.id)  # ids grow with creation order
        booking.host_ids = list(host_ids)
        booking.updated_at = self.now()
