"""The fake's data: plain dataclasses, as ``fake.state`` holds them (see :mod:`._state`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from ._timeutil import UTC

__all__ = [
    "ACTIVE_STATUSES",
    "DAY_NAMES",
    "MANAGERS",
    "PRIORITIES",
    "ROLES",
    "Attendee",
    "Availability",
    "Booking",
    "EventType",
    "Host",
    "Membership",
    "Organization",
    "Override",
    "PrivateLink",
    "Schedule",
    "SchedulingType",
    "Team",
    "User",
    "Webhook",
    "WebhookDelivery",
]

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Booking statuses that occupy the host's time (block slots and conflict checks).
ACTIVE_STATUSES = frozenset({"accepted", "pending"})
SchedulingType = Literal["collective", "roundRobin", "managed"]
PRIORITIES = ("lowest", "low", "medium", "high", "highest")
#: Team roles that may manage the team: its event types, memberships, bookings and schedules.
MANAGERS = frozenset({"OWNER", "ADMIN"})
ROLES = ("MEMBER", "ADMIN", "OWNER")


@dataclass
class User:
    """A Cal.com user, as ``GET /v2/me`` shows it."""

    id: int
    username: str
    email: str
    name: str
    time_zone: str = "Europe/London"
    week_start: str = "Monday"
    time_format: int = 24
    avatar_url: str | None = None
    bio: str | None = None
    default_schedule_id: int | None = None
    organization_id: int | None = None
    #: id of this user's fake Google Calendar credential (``GET /v2/calendars``).
    credential_id: int = 0
    #: set by ``PATCH /v2/me`` (``GET /v2/me`` does not show them, as in Cal.com).
    locale: str = "en"
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Organization:
    id: int
    name: str
    slug: str


@dataclass
class Membership:
    """A user's membership of a team. Only accepted members host and manage."""

    id: int
    user_id: int
    team_id: int
    role: str = "MEMBER"
    accepted: bool = True
    disable_impersonation: bool = False


@dataclass
class Team:
    id: int
    name: str
    slug: str
    organization_id: int | None
    #: user id → :class:`Membership` (pending invitations included).
    memberships: dict[int, Membership] = field(default_factory=dict)
    #: other profile fields set through the API (``bio``, ``timeZone``...), as sent.
    profile: dict[str, Any] = field(default_factory=dict)

    @property
    def members(self) -> dict[int, str]:
        """Accepted members: user id → role ("OWNER", "ADMIN" or "MEMBER"). A read-only view;
        change memberships with ``FakeState.add_team_member`` / ``remove_team_member``."""
        return {u: m.role for u, m in self.memberships.items() if m.accepted}


@dataclass
class Availability:
    """Weekly rule: ``days`` are day names ("Monday"...), times are local ``HH:MM``."""

    days: list[str]
    start_time: str = "09:00"
    end_time: str = "17:00"


@dataclass
class Override:
    """Date override (``YYYY-MM-DD``); replaces the weekly rules for that date.

    Several overrides for one date add up; ``00:00``-``00:00`` marks the day unavailable.
    """

    date: str
    start_time: str
    end_time: str


@dataclass
class Schedule:
    id: int
    owner_id: int
    name: str
    time_zone: str
    availability: list[Availability] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)


@dataclass
class Host:
    """A host of a team event type."""

    user_id: int
    mandatory: bool = False
    priority: str = "medium"
    #: schedule used for this host; None → the host's default schedule.
    schedule_id: int | None = None


@dataclass
class EventType:
    """A personal (``owner_id`` set) or team (``team_id`` set) event type."""

    id: int
    title: str
    slug: str
    length_in_minutes: int
    owner_id: int | None = None
    team_id: int | None = None
    scheduling_type: SchedulingType | None = None
    hosts: list[Host] = field(default_factory=list)
    assign_all_team_members: bool = False
    description: str = ""
    #: None → the owner's (or each host's) default schedule, resolved at booking time.
    schedule_id: int | None = None
    slot_interval: int | None = None
    length_in_minutes_options: list[int] | None = None
    minimum_booking_notice: int = 0
    before_event_buffer: int = 0
    after_event_buffer: int = 0
    requires_confirmation: bool = False
    hidden: bool = False
    locations: list[dict[str, Any]] = field(default_factory=list)
    #: other accepted input fields, echoed back verbatim in the output.
    extra: dict[str, Any] = field(default_factory=dict)
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass
class Attendee:
    name: str
    email: str
    time_zone: str
    phone_number: str | None = None
    language: str = "en"
    absent: bool = False


@dataclass
class Booking:
    id: int
    uid: str
    event_type_id: int
    event_type_slug: str
    title: str
    start: datetime
    end: datetime
    host_ids: list[int]
    attendees: list[Attendee]
    status: str = "accepted"
    description: str = ""
    guests: list[str] = field(default_factory=list)
    location: str = ""
    meeting_url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    booking_fields_responses: dict[str, Any] = field(default_factory=dict)
    cancellation_reason: str | None = None
    cancelled_by_email: str | None = None
    rescheduling_reason: str | None = None
    rescheduled_by_email: str | None = None
    rescheduled_from_uid: str | None = None
    rescheduled_to_uid: str | None = None
    rescheduled: bool = False
    absent_host: bool = False
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    updated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def duration(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass
class Webhook:
    id: int
    user_id: int
    subscriber_url: str
    triggers: list[str]
    active: bool = True
    secret: str | None = None
    payload_template: str | None = None
    version: str = "2021-10-20"
    #: set for an event type's webhook (fired for that event type's bookings only).
    event_type_id: int | None = None
    #: delay settings of the AFTER_*_CAL_VIDEO_NO_SHOW triggers (echoed in their payload).
    time: int | None = None
    time_unit: str | None = None


@dataclass
class PrivateLink:
    """A private booking link of an event type: expires at ``expires_at`` or once used
    ``max_usage_count`` times (whichever comes first, when both are set)."""

    link_id: str
    event_type_id: int
    expires_at: datetime | None = None
    max_usage_count: int | None = None
    usage_count: int = 0

    def expired(self, now: datetime) -> bool:
        if self.expires_at is not None and now >= self.expires_at:
            return True
        return self.max_usage_count is not None and self.usage_count >= self.max_usage_count


@dataclass
class WebhookDelivery:
    """One delivery attempt (the fake does not retry)."""

    webhook_id: int
    trigger_event: str
    url: str
    body: bytes
    signature: str
    status_code: int | None = None
    #: set when the attempt failed (refused host, connection error, timeout...).
    error: str | None = None
    #: ``application/json``, or form-encoded for a payload template that is not JSON.
    content_type: str = "application/json"
    #: the ``X-Cal-Webhook-Version`` header sent.
    version: str = "2021-10-20"

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300
