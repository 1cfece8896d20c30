"""Calendars (no ``cal-api-version``).

``GET /v2/calendars``: one fake Google calendar per user (``credentialId`` =
``user.credential_id``, ``externalId`` = the user's email) plus ``destinationCalendar``.
``GET /v2/calendars/busy-times`` needs ``credentialId``, ``externalId``, ``dateFrom``,
``dateTo`` and ``timeZone`` (or ``loggedInUsersTz``); dates are whole local days; returns
``[{start, end, source: null}]`` for the user's *accepted* bookings. A credential/calendar of
another user → 404.
"""

from __future__ import annotations

from typing import Any

from .._routing import Area, Ctx, Reply, not_found, ok
from .._state import User
from .._timeutil import format_utc, get_zone
from .._validate import fail, parse_instant

area = Area("calendars")

_GOOGLE = {
    "name": "Google Calendar",
    "description": "Fake Google Calendar connected by the fake server",
    "installed": True,
    "type": "google_calendar",
    "title": "Google Calendar",
    "variant": "calendar",
    "category": "calendar",
    "categories": ["calendar"],
    "logo": "/api/app-store/googlecalendar/logo.svg",
    "publisher": "Cal.com",
    "slug": "google-calendar",
    "url": "https://cal.com/",
    "email": "help@cal.com",
    "locationOption": None,
    "appData": None,
    "dirName": "googlecalendar",
}


def _calendar(u: User) -> dict[str, Any]:
    return {
        "externalId": u.email,
        "integration": "google_calendar",
        "name": u.email,
        "primary": True,
        "readOnly": False,
        "email": u.email,
        "isSelected": True,
        "credentialId": u.credential_id,
        "delegationCredentialId": None,
    }


@area.route("GET", "/v2/calendars")
def get_calendars(ctx: Ctx) -> Reply:
    u = ctx.user
    data = {
        "connectedCalendars": [
            {
                "integration": dict(_GOOGLE),
                "credentialId": u.credential_id,
                "delegationCredentialId": None,
                "primary": _calendar(u),
                "calendars": [_calendar(u)],
            }
        ],
        "destinationCalendar": {
            "id": u.credential_id,
            "integration": "google_calendar",
            "externalId": u.email,
            "primaryEmail": u.email,
            "userId": u.id,
            "eventTypeId": None,
            "credentialId": u.credential_id,
            "delegationCredentialId": None,
            "name": u.email,
            "primary": True,
            "readOnly": False,
            "email": u.email,
            "integrationTitle": "Google Calendar",
        },
    }
    return ok(data)


@area.route("GET", "/v2/calendars/busy-times")
def get_busy_times(ctx: Ctx) -> Reply:
    q = ctx.query
    u = ctx.user
    for key in ("credentialId", "externalId", "dateFrom", "dateTo"):
        if not q.get(key):
            fail(f"{key} should not be empty", key)
    tz_name = q.get("timeZone") or q.get("loggedInUsersTz")
    if not tz_name:
        fail("timeZone should not be empty", "timeZone")
    zone = get_zone(tz_name)
    if zone is None:
        fail("timeZone must be a valid IANA time zone", "timeZone")
    try:
        credential_id = int(q["credentialId"])
    except ValueError:
        fail("credentialId must be an integer number", "credentialId")
    if credential_id != u.credential_id or q["externalId"] != u.email:
        raise not_found("Calendar credential not found for this user")
    start = parse_instant(q["dateFrom"], "dateFrom", zone=zone)
    end = parse_instant(q["dateTo"], "dateTo", end_of_day=True, zone=zone)
    if end < start:
        fail("dateTo must not be before dateFrom", "dateTo")
    busy = sorted(
        (
            b
            for b in ctx.state.overlapping(u.id, start, end)
            if b.status == "accepted" and b.start < end and b.end > start
        ),
        key=lambda b: (b.start, b.id),
    )
    return ok(
        [{"start": format_utc(b.start), "end": format_utc(b.end), "source": None} for b in busy]
    )
