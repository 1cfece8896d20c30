"""Webhook payloads shaped as Cal.com sends them (payload version ``2021-10-20``).

One builder per family of triggers (see ``/v2/webhooks`` in the package docstring):

- the *calendar event* (``BOOKING_*``, ``RECORDING_READY``): ``uid``, ``startTime`` /
  ``endTime``, organizer and attendees with ``utcOffset``, upper-case ``status``, labelled
  ``responses``, plus per-trigger additions (cancellation, reschedule, payment, recording);
- the *booking record* (``MEETING_STARTED`` / ``MEETING_ENDED``): the database row with its
  user, event type and attendees, and **no** ``uid``;
- ``BOOKING_NO_SHOW_UPDATED``: ``{bookingUid, bookingId, attendees: [{email, noShow}], message}``;
- ``AFTER_HOSTS_CAL_VIDEO_NO_SHOW`` / ``AFTER_GUESTS_CAL_VIDEO_NO_SHOW``: ``{bookingId,
  webhook: {id, subscriberUrl, time, timeUnit}}``, so built per webhook.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._state import Booking, EventType, FakeState, User, Webhook
from ._timeutil import UTC, format_utc, get_zone

__all__ = [
    "BOOKING_TRIGGERS",
    "CALENDAR_EVENT_TRIGGERS",
    "booking_payload",
    "no_show_payload",
]

#: Triggers whose payload is the calendar event of a booking.
CALENDAR_EVENT_TRIGGERS = frozenset(
    {
        "BOOKING_CREATED",
        "BOOKING_REQUESTED",
        "BOOKING_REJECTED",
        "BOOKING_CANCELLED",
        "BOOKING_RESCHEDULED",
        "BOOKING_PAID",
        "BOOKING_PAYMENT_INITIATED",
        "RECORDING_READY",
    }
)
_MEETING_TRIGGERS = frozenset({"MEETING_STARTED", "MEETING_ENDED"})
_VIDEO_NO_SHOW_TRIGGERS = frozenset(
    {"AFTER_HOSTS_CAL_VIDEO_NO_SHOW", "AFTER_GUESTS_CAL_VIDEO_NO_SHOW"}
)
#: Every trigger :func:`booking_payload` can build a payload for.
BOOKING_TRIGGERS = (
    CALENDAR_EVENT_TRIGGERS
    | _MEETING_TRIGGERS
    | _VIDEO_NO_SHOW_TRIGGERS
    | {"BOOKING_NO_SHOW_UPDATED"}
)


def _utc_offset(time_zone: str, at: datetime) -> int:
    zone = get_zone(time_zone) or UTC
    offset = at.astimezone(zone).utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def _person(user: User, at: datetime) -> dict[str, Any]:
    return {
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "username": user.username,
        "timeZone": user.time_zone,
        "timeFormat": "HH:mm" if user.time_format == 24 else "h:mma",
        "language": {"locale": "en"},
        "utcOffset": _utc_offset(user.time_zone, at),
    }


def _labelled(responses: dict[str, Any]) -> dict[str, Any]:
    # Cal.com sends booking-field answers as {field: {label, value}} in webhooks.
    return {k: {"label": k, "value": v} for k, v in responses.items()}


def _calendar_event(
    state: FakeState, trigger: str, b: Booking, previous: Booking | None
) -> dict[str, Any]:
    et: EventType | None = state.event_types.get(b.event_type_id)
    hosts = [state.users[h] for h in b.host_ids if h in state.users]
    organizer = hosts[0] if hosts else None
    responses = dict(b.booking_fields_responses)
    system = {"name", "email", "guests", "notes", "location", "rescheduleReason"}
    payload: dict[str, Any] = {
        "bookingId": b.id,
        "uid": b.uid,
        "title": b.title,
        "type": b.event_type_slug,
        "eventTypeId": b.event_type_id,
        "startTime": format_utc(b.start),
        "endTime": format_utc(b.end),
        "organizer": _person(organizer, b.start) if organizer else None,
        "attendees": [
            {
                "name": a.name,
                "email": a.email,
                "timeZone": a.time_zone,
                "language": {"locale": a.language},
                "utcOffset": _utc_offset(a.time_zone, b.start),
                **({"phoneNumber": a.phone_number} if a.phone_number else {}),
            }
            for a in b.attendees
        ],
        "team": None,
        "location": b.location,
        "customInputs": {},
        "responses": _labelled(responses),
        "userFieldsResponses": _labelled({k: v for k, v in responses.items() if k not in system}),
        "status": b.status.upper(),
        "eventTitle": et.title if et else b.title,
        "eventDescription": et.description if et else "",
        "requiresConfirmation": bool(et and et.requires_confirmation),
        "price": 0,
        "currency": "usd",
        "length": b.duration,
        "description": b.description,
        "additionalNotes": b.description,
        "metadata": dict(b.metadata),
    }
    if len(hosts) > 1:
        payload["team"] = {
            "name": "",
            "members": [_person(u, b.start) for u in hosts[1:]],
        }
    if trigger == "BOOKING_CANCELLED":
        payload.update(
            {
                "cancelledBy": b.cancelled_by_email,
                "cancellationReason": b.cancellation_reason,
                "requestReschedule": False,
            }
        )
    elif trigger == "BOOKING_REJECTED":
        payload["rejectionReason"] = b.cancellation_reason
    elif trigger == "BOOKING_RESCHEDULED" and previous is not None:
        payload.update(
            {
                "rescheduleId": previous.id,
                "rescheduleUid": previous.uid,
                "rescheduleStartTime": format_utc(previous.start),
                "rescheduleEndTime": format_utc(previous.end),
                "rescheduledBy": b.rescheduled_by_email,
            }
        )
    elif trigger in ("BOOKING_PAID", "BOOKING_PAYMENT_INITIATED"):
        payload.update({"paymentId": None, "paymentData": {}})
    elif trigger == "RECORDING_READY":
        payload["downloadLink"] = f"https://app.cal.com/video/{b.uid}/recording.mp4"
    return payload


def _booking_record(state: FakeState, b: Booking) -> dict[str, Any]:
    et = state.event_types.get(b.event_type_id)
    user = state.users.get(b.host_ids[0]) if b.host_ids else None
    team = state.teams.get(et.team_id) if et and et.team_id is not None else None
    return {
        "id": b.id,
        "startTime": format_utc(b.start),
        "endTime": format_utc(b.end),
        "title": b.title,
        "description": b.description,
        "customInputs": {},
        "responses": dict(b.booking_fields_responses),
        "userFieldsResponses": {},
        "location": b.location,
        "status": b.status.upper(),
        "metadata": dict(b.metadata),
        "user": {
            "id": user.id,
            "name": user.name,
            "email": user.email,
            "username": user.username,
            "timeZone": user.time_zone,
        }
        if user
        else None,
        "eventType": {
            "id": b.event_type_id,
            "slug": b.event_type_slug,
            "title": et.title if et else b.title,
            "length": et.length_in_minutes if et else b.duration,
            "team": {"id": team.id, "name": team.name, "slug": team.slug} if team else None,
        },
        "attendees": [
            {"name": a.name, "email": a.email, "timeZone": a.time_zone, "locale": a.language}
            for a in b.attendees
        ],
    }


def no_show_payload(b: Booking, message: str | None = None) -> dict[str, Any]:
    """``BOOKING_NO_SHOW_UPDATED``: the attendees' ``noShow`` flags (``Attendee.absent``)."""
    return {
        "bookingUid": b.uid,
        "bookingId": b.id,
        "attendees": [{"email": a.email, "noShow": a.absent} for a in b.attendees],
        "message": message or "Attendees no-show status updated",
    }


def booking_payload(
    state: FakeState,
    trigger: str,
    b: Booking,
    webhook: Webhook,
    previous: Booking | None = None,
) -> dict[str, Any]:
    """The ``payload`` of a ``trigger`` delivery about booking ``b`` to ``webhook``."""
    if trigger in CALENDAR_EVENT_TRIGGERS:
        return _calendar_event(state, trigger, b, previous)
    if trigger in _MEETING_TRIGGERS:
        return _booking_record(state, b)
    if trigger in _VIDEO_NO_SHOW_TRIGGERS:
        return {
            "bookingId": b.id,
            "webhook": {
                "id": webhook.id,
                "subscriberUrl": webhook.subscriber_url,
                "time": webhook.time,
                "timeUnit": webhook.time_unit,
            },
        }
    if trigger == "BOOKING_NO_SHOW_UPDATED":
        return no_show_payload(b)
    raise ValueError(f"{trigger} is not a booking trigger the fake can build a payload for")
