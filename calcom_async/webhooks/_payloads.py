"""The ``payload`` of each Cal.com webhook delivery (payload version ``2021-10-20``), typed.

Field names are the snake_case of Cal.com's camelCase keys (``startTime`` -> ``start_time``);
every key not modelled here is kept in ``additional_properties``. Fields Cal.com does not always
send are optional (``None`` when absent or ``null``; empty containers for lists and objects).
Datetimes are aware.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from ._convert import wire

__all__ = [
    "BookingPayload",
    "CalVideoNoShowPayload",
    "CancelledBookingPayload",
    "DownloadLinks",
    "FormSubmittedPayload",
    "InstantMeetingPayload",
    "MeetingPayload",
    "NoShowAttendee",
    "NoShowPayload",
    "NoShowWebhook",
    "OOOCreatedPayload",
    "OOOEntry",
    "OOOReason",
    "PaymentPayload",
    "Person",
    "RecordingReadyPayload",
    "RescheduledBookingPayload",
    "TranscriptionLink",
    "TranscriptionPayload",
]


def _locale(value: object, path: str) -> str | None:
    # Cal.com serialises the person's language as {"locale": "en"} (older payloads: a string).
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("locale"), str):
        return str(value["locale"])
    return None


@attrs.frozen(kw_only=True)
class Person:
    """The organizer or an attendee of a booking."""

    name: str | None = None
    email: str | None = None
    time_zone: str | None = None
    language: str | None = attrs.field(default=None, metadata=wire(parse=_locale))
    """The locale, e.g. ``"en"`` (Cal.com sends ``{"locale": "en"}``)."""
    utc_offset: int | None = None
    """Minutes east of UTC at the booking's time."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class BookingPayload:
    """The calendar event of a booking: the payload of the ``BOOKING_*`` triggers.

    ``status`` is upper case: ``ACCEPTED`` for BOOKING_CREATED, ``PENDING`` for
    BOOKING_REQUESTED, ``CANCELLED``, ``REJECTED``...; ``type`` is the event type's slug.
    """

    uid: str
    start_time: datetime
    end_time: datetime
    booking_id: int | None = None
    title: str | None = None
    type: str | None = None
    event_title: str | None = None
    event_description: str | None = None
    description: str | None = None
    status: str | None = None
    organizer: Person | None = None
    attendees: list[Person] = attrs.field(factory=list)
    location: str | None = None
    length: int | None = None
    """Duration in minutes."""
    requires_confirmation: bool | None = None
    price: float | None = None
    currency: str | None = None
    custom_inputs: dict[str, Any] = attrs.field(factory=dict)
    responses: dict[str, Any] = attrs.field(factory=dict)
    """The booking form's answers, by field slug."""
    user_fields_responses: dict[str, Any] = attrs.field(factory=dict)
    metadata: dict[str, Any] = attrs.field(factory=dict)
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class CancelledBookingPayload(BookingPayload):
    """BOOKING_CANCELLED: the booking, who cancelled it and why."""

    cancelled_by: str | None = None
    """The email of whoever cancelled."""
    cancellation_reason: str | None = None
    request_reschedule: bool | None = None


@attrs.frozen(kw_only=True)
class RescheduledBookingPayload(BookingPayload):
    """BOOKING_RESCHEDULED: the *new* booking (``uid``) and the one it replaces."""

    reschedule_id: int | None = None
    """The id of the original booking."""
    reschedule_uid: str | None = None
    """The uid of the original booking."""
    reschedule_start_time: datetime | None = None
    reschedule_end_time: datetime | None = None
    rescheduled_by: str | None = None
    """The email of whoever rescheduled."""


@attrs.frozen(kw_only=True)
class PaymentPayload(BookingPayload):
    """BOOKING_PAID / BOOKING_PAYMENT_INITIATED: the booking and its payment."""

    payment_id: int | None = None
    payment_data: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class RecordingReadyPayload(BookingPayload):
    """RECORDING_READY: the booking and where to download its Cal Video recording."""

    download_link: str | None = None


@attrs.frozen(kw_only=True)
class TranscriptionLink:
    format: str | None = None
    link: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class DownloadLinks:
    transcription: list[TranscriptionLink] = attrs.field(factory=list)
    recording: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class TranscriptionPayload(BookingPayload):
    """RECORDING_TRANSCRIPTION_GENERATED: the booking and its transcript's download links."""

    download_links: DownloadLinks = attrs.field(factory=DownloadLinks)


@attrs.frozen(kw_only=True)
class NoShowAttendee:
    email: str
    no_show: bool
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class NoShowPayload:
    """BOOKING_NO_SHOW_UPDATED: attendees marked (or unmarked) as no-shows."""

    booking_uid: str
    booking_id: int | None = None
    attendees: list[NoShowAttendee] = attrs.field(factory=list)
    message: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class MeetingPayload:
    """MEETING_STARTED / MEETING_ENDED: the booking record (Cal.com sends no ``uid`` here).

    ``booking_id`` is the record's ``id``; ``user`` and ``event_type`` are Cal.com's objects
    as sent (``event_type["team"]`` for team events).
    """

    booking_id: int = attrs.field(metadata=wire("id"))
    start_time: datetime
    end_time: datetime
    title: str | None = None
    description: str | None = None
    status: str | None = None
    location: str | None = None
    attendees: list[Person] = attrs.field(factory=list)
    user: dict[str, Any] = attrs.field(factory=dict)
    event_type: dict[str, Any] = attrs.field(factory=dict)
    custom_inputs: dict[str, Any] = attrs.field(factory=dict)
    responses: dict[str, Any] = attrs.field(factory=dict)
    user_fields_responses: dict[str, Any] = attrs.field(factory=dict)
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class NoShowWebhook:
    """The webhook's no-show settings: fire ``time`` ``time_unit`` s after the meeting."""

    id: str | int | None = None
    subscriber_url: str | None = None
    time: int | None = None
    time_unit: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class CalVideoNoShowPayload:
    """AFTER_HOSTS_CAL_VIDEO_NO_SHOW / AFTER_GUESTS_CAL_VIDEO_NO_SHOW."""

    booking_id: int
    webhook: NoShowWebhook = attrs.field(factory=NoShowWebhook)
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class OOOReason:
    emoji: str | None = None
    reason: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class OOOEntry:
    """An out-of-office entry; ``user`` / ``to_user`` (the redirect target) as Cal.com sends."""

    id: int
    start: datetime
    end: datetime
    uuid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    notes: str | None = None
    reason_id: int | None = None
    reason: OOOReason | None = None
    user: dict[str, Any] = attrs.field(factory=dict)
    to_user: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class OOOCreatedPayload:
    """OOO_CREATED."""

    ooo_entry: OOOEntry
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class FormSubmittedPayload:
    """FORM_SUBMITTED / FORM_SUBMITTED_NO_EVENT: a routing form's answers.

    ``responses`` maps each field to Cal.com's answer object; Cal.com also copies each answer's
    value to the top level of the payload, which lands in ``additional_properties``.
    """

    form_id: str
    form_name: str | None = None
    team_id: int | None = None
    responses: dict[str, Any] = attrs.field(factory=dict)
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class InstantMeetingPayload:
    """INSTANT_MEETING: the notification Cal.com sends for an instant meeting."""

    title: str | None = None
    body: str | None = None
    icon: str | None = None
    url: str | None = None
    actions: list[dict[str, Any]] = attrs.field(factory=list)
    require_interaction: bool | None = None
    type: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
