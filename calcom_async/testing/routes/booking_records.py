"""What Cal.com keeps about a booking (``cal-api-version: 2024-08-13``), all ``GET``:

- ``/v2/bookings/{uid}/calendar-links``: links adding the booking to Google Calendar, Microsoft
  Outlook, Microsoft Office and an ICS file (a ``data:text/calendar`` URL), built from the
  booking's title, times, description and location; any authenticated caller (as for ``GET
  /v2/bookings/{uid}``, the uid is the secret).
- ``/v2/bookings/{uid}/references`` (``type`` filter, one of Cal.com's reference types → else
  400), ``/recordings``, ``/transcripts`` (download links), ``/conferencing-sessions``: the
  data seeded with ``state.add_booking_reference`` / ``add_recording`` / ``add_transcript`` /
  ``add_conferencing_session`` (the fake runs no calendars or video), ``[]`` when there is none;
  only those who manage the booking may read them (403).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

from .._routing import Area, Ctx, Reply, forbidden, ok
from .._state import Booking
from .._timeutil import format_utc
from .._validate import fail
from .bookings import booking_or_404, can_manage

area = Area("bookings", version="2024-08-13")

REFERENCE_TYPES = frozenset(
    {
        "google_calendar",
        "office365_calendar",
        "daily_video",
        "google_video",
        "office365_video",
        "zoom_video",
    }
)


def _managed(ctx: Ctx) -> Booking:
    b = booking_or_404(ctx)
    if not can_manage(ctx, ctx.user, b):
        raise forbidden(f"User is not the organizer of booking uid={b.uid} nor a team admin")
    return b


def _compact(t: datetime) -> str:
    return t.strftime("%Y%m%dT%H%M%SZ")


def _ics(b: Booking) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//calcom-async//FakeCalcom//EN",
        "BEGIN:VEVENT",
        f"UID:{b.uid}",
        f"DTSTAMP:{_compact(b.created_at)}",
        f"DTSTART:{_compact(b.start)}",
        f"DTEND:{_compact(b.end)}",
        f"SUMMARY:{b.title}",
        f"DESCRIPTION:{b.description}",
        f"LOCATION:{b.location}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "data:text/calendar," + quote("\r\n".join(lines))


def calendar_links(b: Booking) -> list[dict[str, str]]:
    """The four links Cal.com offers for a booking."""
    google = urlencode(
        {
            "dates": f"{_compact(b.start)}/{_compact(b.end)}",
            "text": b.title,
            "details": b.description,
            "location": b.location,
        }
    )
    outlook = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "startdt": format_utc(b.start),
            "enddt": format_utc(b.end),
            "subject": b.title,
            "body": b.description,
            "location": b.location,
        }
    )
    return [
        {"label": "Google", "link": f"https://calendar.google.com/calendar/r/eventedit?{google}"},
        {
            "label": "Microsoft Outlook",
            "link": f"https://outlook.live.com/calendar/0/deeplink/compose?{outlook}",
        },
        {
            "label": "Microsoft Office",
            "link": f"https://outlook.office.com/calendar/0/deeplink/compose?{outlook}",
        },
        {"label": "ICS", "link": _ics(b)},
    ]


@area.route("GET", "/v2/bookings/{bookingUid}/calendar-links")
def get_calendar_links(ctx: Ctx) -> Reply:
    return ok(calendar_links(booking_or_404(ctx)))


@area.route("GET", "/v2/bookings/{bookingUid}/references")
def get_references(ctx: Ctx) -> Reply:
    kind = ctx.query.get("type")
    if kind is not None and kind not in REFERENCE_TYPES:
        fail(
            f"type must be one of the following values: {', '.join(sorted(REFERENCE_TYPES))}",
            "type",
        )
    b = _managed(ctx)
    refs = [r for r in ctx.state.booking_references.get(b.uid, ()) if kind in (None, r.type)]
    return ok(
        [
            {
                "id": r.id,
                "type": r.type,
                "eventUid": r.event_uid,
                "destinationCalendarId": r.destination_calendar_id,
            }
            for r in refs
        ]
    )


@area.route("GET", "/v2/bookings/{bookingUid}/recordings")
def get_recordings(ctx: Ctx) -> Reply:
    b = _managed(ctx)
    out: list[dict[str, Any]] = [
        {
            "id": r.id,
            "roomName": r.room_name,
            "startTs": r.start_ts,
            "status": r.status,
            "maxParticipants": r.max_participants,
            "duration": r.duration,
            "shareToken": r.share_token,
            "downloadLink": r.download_link,
            "error": r.error,
        }
        for r in ctx.state.recordings.get(b.uid, ())
    ]
    return ok(out)


@area.route("GET", "/v2/bookings/{bookingUid}/transcripts")
def get_transcripts(ctx: Ctx) -> Reply:
    b = _managed(ctx)
    return ok(list(ctx.state.transcripts.get(b.uid, ())))


@area.route("GET", "/v2/bookings/{bookingUid}/conferencing-sessions")
def get_conferencing_sessions(ctx: Ctx) -> Reply:
    b = _managed(ctx)
    out = [
        {
            "id": s.id,
            "room": s.room,
            "startTime": s.start_time,
            "duration": s.duration,
            "ongoing": s.ongoing,
            "maxParticipants": s.max_participants,
            "participants": [
                {
                    "userId": p.user_id,
                    "userName": p.user_name,
                    "joinTime": p.join_time,
                    "duration": p.duration,
                }
                for p in s.participants
            ],
        }
        for s in ctx.state.conferencing_sessions.get(b.uid, ())
    ]
    return ok(out)
