"""One delivery body per Cal.com trigger, shaped as the reference describes (payload 2021-10-20).

The values are made up; the keys and nesting follow ``shared/reference/README.md`` ("Webhook
deliveries"). Each payload also carries a key no model knows (``futureField``), to check that
unknown fields are kept.
"""

from __future__ import annotations

import copy
import json
from typing import Any

_PERSON = {
    "name": "Ada Lovelace",
    "email": "ada@example.com",
    "timeZone": "Europe/London",
    "language": {"locale": "en"},
    "utcOffset": 60,
    "timeFormat": 24,
}
_ORGANIZER = {
    "id": 101,
    "name": "Grace Hopper",
    "email": "grace@example.com",
    "username": "grace",
    "timeZone": "America/New_York",
    "language": {"locale": "en"},
    "utcOffset": -240,
    "timeFormat": 12,
}

CALENDAR_EVENT: dict[str, Any] = {
    "bookingId": 5001,
    "uid": "bk_8f2a",
    "title": "Intro call between Grace Hopper and Ada Lovelace",
    "type": "intro",
    "startTime": "2050-09-05T07:00:00Z",
    "endTime": "2050-09-05T07:30:00Z",
    "organizer": _ORGANIZER,
    "attendees": [_PERSON],
    "location": "integrations:daily",
    "customInputs": {},
    "responses": {"name": {"label": "your_name", "value": "Ada Lovelace"}},
    "userFieldsResponses": {},
    "status": "ACCEPTED",
    "eventTitle": "Intro call",
    "eventDescription": "A first chat",
    "requiresConfirmation": False,
    "price": 0,
    "currency": "usd",
    "length": 30,
    "description": "Looking forward to it",
    "metadata": {"crm_id": "42"},
    "futureField": {"kept": True},
}


def _event(**changes: Any) -> dict[str, Any]:
    event = copy.deepcopy(CALENDAR_EVENT)
    event.update(changes)
    return event


PAYLOADS: dict[str, dict[str, Any]] = {
    "BOOKING_CREATED": _event(),
    "BOOKING_REQUESTED": _event(status="PENDING", requiresConfirmation=True),
    "BOOKING_REJECTED": _event(status="REJECTED", rejectionReason="Fully booked"),
    "BOOKING_CANCELLED": _event(
        status="CANCELLED",
        cancelledBy="grace@example.com",
        cancellationReason="Schedule conflict",
        requestReschedule=False,
    ),
    "BOOKING_RESCHEDULED": _event(
        uid="bk_new1",
        bookingId=5002,
        startTime="2050-09-06T09:00:00Z",
        endTime="2050-09-06T09:30:00Z",
        rescheduleId=5001,
        rescheduleUid="bk_8f2a",
        rescheduleStartTime="2050-09-05T07:00:00Z",
        rescheduleEndTime="2050-09-05T07:30:00Z",
        rescheduledBy="ada@example.com",
    ),
    "BOOKING_PAID": _event(price=5000, paymentId=77, paymentData={"id": "pi_1", "amount": 5000}),
    "BOOKING_PAYMENT_INITIATED": _event(price=5000, paymentId=77, paymentData={"id": "pi_1"}),
    "BOOKING_NO_SHOW_UPDATED": {
        "bookingUid": "bk_8f2a",
        "bookingId": 5001,
        "attendees": [{"email": "ada@example.com", "noShow": True}],
        "message": "Ada Lovelace marked as no-show",
        "futureField": 1,
    },
    "MEETING_STARTED": {
        "id": 5001,
        "startTime": "2050-09-05T07:00:00.000Z",
        "endTime": "2050-09-05T07:30:00.000Z",
        "title": "Intro call",
        "description": None,
        "customInputs": {},
        "responses": {"email": {"value": "ada@example.com"}},
        "userFieldsResponses": {},
        "location": "integrations:daily",
        "status": "ACCEPTED",
        "user": {"id": 101, "email": "grace@example.com", "name": "Grace Hopper"},
        "eventType": {"id": 4001, "slug": "intro", "team": None},
        "attendees": [
            {"id": 9, "name": "Ada Lovelace", "email": "ada@example.com", "timeZone": "UTC"}
        ],
        "futureField": "x",
    },
    "AFTER_HOSTS_CAL_VIDEO_NO_SHOW": {
        "bookingId": 5001,
        "webhook": {
            "id": "wh_1",
            "subscriberUrl": "https://example.com/hook",
            "time": 5,
            "timeUnit": "MINUTE",
        },
        "futureField": None,
    },
    "OOO_CREATED": {
        "oooEntry": {
            "id": 12,
            "uuid": "6b1c2d",
            "start": "2050-09-01T00:00:00.000Z",
            "end": "2050-09-10T23:59:59.999Z",
            "createdAt": "2050-08-01T10:00:00.000Z",
            "updatedAt": "2050-08-01T10:00:00.000Z",
            "notes": "Holiday",
            "reason": {"emoji": "🏝️", "reason": "Vacation"},
            "reasonId": 1,
            "user": {"id": 101, "name": "Grace Hopper", "email": "grace@example.com"},
            "toUser": None,
        },
        "futureField": [],
    },
    "FORM_SUBMITTED": {
        "formId": "f4c1-99",
        "formName": "Routing",
        "teamId": None,
        "responses": {"Email": {"value": "ada@example.com", "response": "ada@example.com"}},
        "Email": "ada@example.com",
    },
    "RECORDING_READY": _event(downloadLink="https://example.com/recording.mp4"),
    "RECORDING_TRANSCRIPTION_GENERATED": _event(
        downloadLinks={
            "transcription": [{"format": "vtt", "link": "https://example.com/t.vtt"}],
            "recording": "https://example.com/recording.mp4",
        }
    ),
    "INSTANT_MEETING": {
        "title": "Instant meeting",
        "body": "Someone is waiting for you",
        "icon": "https://example.com/icon.png",
        "url": "https://example.com/video/abc",
        "actions": [{"action": "join", "title": "Join"}],
        "requireInteraction": True,
        "type": "INSTANT_MEETING",
        "futureField": 3,
    },
}
PAYLOADS["MEETING_ENDED"] = copy.deepcopy(PAYLOADS["MEETING_STARTED"])
PAYLOADS["AFTER_GUESTS_CAL_VIDEO_NO_SHOW"] = copy.deepcopy(
    PAYLOADS["AFTER_HOSTS_CAL_VIDEO_NO_SHOW"]
)
PAYLOADS["FORM_SUBMITTED_NO_EVENT"] = copy.deepcopy(PAYLOADS["FORM_SUBMITTED"])

# The triggers the reference lists, by name: the parser must know every one.
REFERENCE_TRIGGERS = frozenset(PAYLOADS)


def body(trigger: str, payload: dict[str, Any] | None = None) -> bytes:
    """A delivery body as Cal.com sends it (compact JSON)."""
    envelope = {
        "triggerEvent": trigger,
        "createdAt": "2050-09-01T12:00:00.000Z",
        "payload": PAYLOADS[trigger] if payload is None else payload,
    }
    return json.dumps(envelope, separators=(",", ":")).encode()
