"""Calendars (no ``cal-api-version``): connections, busy times, checks, ICS feeds, selected and
destination calendars, over the connections in ``state.calendar_connections``.

Each user starts with one fake Google connection (credential ``user.credential_id``, one
calendar whose ``externalId`` is the user's email), selected for conflicts and the destination
calendar; ``state.add_calendar_connection`` adds more.

- ``GET /v2/calendars``: every connection of the user (``isSelected`` from the selected
  calendars) and ``destinationCalendar`` (null when none).
- ``GET /v2/calendars/busy-times`` needs ``credentialId``, ``externalId``, ``dateFrom``,
  ``dateTo`` and ``timeZone`` (or ``loggedInUsersTz``); dates are whole local days; returns
  ``[{start, end, source: null}]`` for the user's *accepted* bookings. A calendar that is not
  one of the user's → 404.
- ``GET /v2/calendars/{apple|google|office365}/check``, ``GET /v2/calendars/ics-feed/check``:
  ``{status: success}`` when the user has such a connection and it is valid; none → 404,
  invalid credentials (``invalid=True`` when seeded) → 400.
- ``POST /v2/calendars/{calendar}/disconnect`` ``{id}``: deletes the user's connection with
  that credential (404 if none of that provider), and the choices naming its calendars → 200
  with the credential ``{id, type, userId, teamId, appId, invalid}``.
- ``POST /v2/calendars/ics-feed/save`` ``{urls, readOnly = true}`` (http(s) URLs) → 201 with
  the new ``ics-feed_calendar`` credential; each URL is one calendar (nothing is fetched).
- ``POST /v2/selected-calendars`` ``{integration, externalId, credentialId}`` → 201, and ``DELETE
  /v2/selected-calendars?integration&externalId&credentialId`` → 200 (404 when not selected),
  both with ``{userId, integration, externalId, credentialId}``; the calendar must be one of the
  user's (404).
- ``PUT /v2/destination-calendars`` ``{integration, externalId}`` (integration apple_calendar,
  google_calendar or office365_calendar) → 200 with the same shape; bookings are "written" there.
"""

from __future__ import annotations

from typing import Any, cast

from .._routing import Area, Ctx, Reply, bad_request, not_found, ok
from .._state import User
from .._state_extras import CALENDAR_APPS, CalendarConnection, CalendarEntry
from .._timeutil import format_utc, get_zone
from .._validate import check_keys, fail, get_bool, get_int, get_list, get_str, parse_instant

area = Area("calendars")

_PROVIDERS = ("apple", "google", "office365")
_DESTINATIONS = ("apple_calendar", "google_calendar", "office365_calendar")


def _integration_out(provider: str) -> dict[str, Any]:
    kind, slug, title, dir_name = CALENDAR_APPS[provider]
    return {
        "name": title,
        "description": f"Fake {title} connected by the fake server",
        "installed": True,
        "type": kind,
        "title": title,
        "variant": "calendar",
        "category": "calendar",
        "categories": ["calendar"],
        "logo": f"/api/app-store/{dir_name}/logo.svg",
        "publisher": "Cal.com",
        "slug": slug,
        "url": "https://cal.com/",
        "email": "help@cal.com",
        "locationOption": None,
        "appData": None,
        "dirName": dir_name,
    }


def _calendar_out(ctx: Ctx, conn: CalendarConnection, entry: CalendarEntry) -> dict[str, Any]:
    return {
        "externalId": entry.external_id,
        "integration": conn.integration,
        "name": entry.name,
        "primary": entry.primary,
        "readOnly": entry.read_only,
        "email": entry.email,
        "isSelected": (conn.user_id, conn.credential_id, entry.external_id)
        in ctx.state.selected_calendars,
        "credentialId": conn.credential_id,
        "delegationCredentialId": None,
    }


def _destination_out(ctx: Ctx, user: User) -> dict[str, Any] | None:
    dest = ctx.state.destination_calendars.get(user.id)
    if dest is None:
        return None
    conn = ctx.state.calendar_connections.get(dest[0])
    entry = None if conn is None else _entry(conn, dest[1])
    if conn is None or entry is None:
        return None
    return {
        "id": conn.credential_id,
        "integration": conn.integration,
        "externalId": entry.external_id,
        "primaryEmail": entry.email,
        "userId": user.id,
        "eventTypeId": None,
        "credentialId": conn.credential_id,
        "delegationCredentialId": None,
        "name": entry.name,
        "primary": entry.primary,
        "readOnly": entry.read_only,
        "email": entry.email or entry.external_id,
        "integrationTitle": CALENDAR_APPS[conn.provider][2],
    }


def _entry(conn: CalendarConnection, external_id: str) -> CalendarEntry | None:
    return next((c for c in conn.calendars if c.external_id == external_id), None)


def _find(ctx: Ctx, integration: str, external_id: str, credential_id: int | None) -> Any:
    """``(connection, calendar)`` of the user matching all given fields, else 404."""
    for conn in ctx.state.connections_for(ctx.user):
        if conn.integration != integration:
            continue
        if credential_id is not None and conn.credential_id != credential_id:
            continue
        entry = _entry(conn, external_id)
        if entry is not None:
            return conn, entry
    raise not_found(f"Calendar {external_id} ({integration}) not found for this user")


def _ref_out(user: User, conn: CalendarConnection, entry: CalendarEntry) -> dict[str, Any]:
    return {
        "userId": user.id,
        "integration": conn.integration,
        "externalId": entry.external_id,
        "credentialId": conn.credential_id,
    }


def _credential_out(conn: CalendarConnection) -> dict[str, Any]:
    return {
        "id": conn.credential_id,
        "type": conn.integration,
        "userId": conn.user_id,
        "teamId": None,
        "appId": CALENDAR_APPS[conn.provider][1],
        "invalid": conn.invalid,
    }


@area.route("GET", "/v2/calendars")
def get_calendars(ctx: Ctx) -> Reply:
    u = ctx.user
    connected = []
    for conn in ctx.state.connections_for(u):
        calendars = [_calendar_out(ctx, conn, c) for c in conn.calendars]
        primary = next((c for c in calendars if c["primary"]), calendars[0] if calendars else None)
        item: dict[str, Any] = {
            "integration": _integration_out(conn.provider),
            "credentialId": conn.credential_id,
            "delegationCredentialId": None,
            "calendars": calendars,
        }
        if primary is not None:
            item["primary"] = primary
        connected.append(item)
    return ok({"connectedCalendars": connected, "destinationCalendar": _destination_out(ctx, u)})


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
    conn = ctx.state.calendar_connections.get(credential_id)
    if conn is None or conn.user_id != u.id or _entry(conn, q["externalId"]) is None:
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


def _check(ctx: Ctx, provider: str) -> Reply:
    conns = [c for c in ctx.state.connections_for(ctx.user) if c.provider == provider]
    if not conns:
        raise not_found(f"{CALENDAR_APPS[provider][2]} credentials not found for this user")
    if all(c.invalid for c in conns):
        raise bad_request(f"{CALENDAR_APPS[provider][2]} credentials are invalid")
    return ok()


def _provider(ctx: Ctx) -> str:
    provider = ctx.params["calendar"]
    if provider not in _PROVIDERS:
        fail(f"calendar must be one of the following values: {', '.join(_PROVIDERS)}", "calendar")
    return provider


@area.route("GET", "/v2/calendars/{calendar}/check")
def check_calendar(ctx: Ctx) -> Reply:
    return _check(ctx, _provider(ctx))


@area.route("GET", "/v2/calendars/ics-feed/check")
def check_ics(ctx: Ctx) -> Reply:
    return _check(ctx, "ics-feed")


@area.route("POST", "/v2/calendars/{calendar}/disconnect")
def disconnect(ctx: Ctx) -> Reply:
    provider = _provider(ctx)
    body = ctx.body_obj()
    check_keys(body, ("id",))
    credential_id = cast(int, get_int(body, "id", required=True))
    ctx.state.connections_for(ctx.user)  # the default connection exists before it can go
    conn = ctx.state.calendar_connections.get(credential_id)
    if conn is None or conn.user_id != ctx.user.id or conn.provider != provider:
        raise not_found(
            f"{CALENDAR_APPS[provider][2]} credential with id={credential_id} not found"
        )
    ctx.state.disconnect_calendar(conn)
    return ok(_credential_out(conn))


@area.route("POST", "/v2/calendars/ics-feed/save")
def save_ics(ctx: Ctx) -> Reply:
    body = ctx.body_obj()
    check_keys(body, ("urls", "readOnly"))
    urls = get_list(body, "urls")
    if not urls:
        fail("urls should not be empty", "urls")
    for i, url in enumerate(urls):
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            fail(f"urls.{i} must be a URL address", f"urls.{i}")
    read_only = get_bool(body, "readOnly")
    read_only = True if read_only is None else read_only
    ctx.state.connections_for(ctx.user)
    conn = ctx.state.add_calendar_connection(
        ctx.user.id,
        "ics-feed",
        calendars=[
            CalendarEntry(u, u, primary=i == 0, read_only=read_only) for i, u in enumerate(urls)
        ],
    )
    return ok(_credential_out(conn), 201)


def _selection(ctx: Ctx, source: dict[str, Any]) -> tuple[CalendarConnection, CalendarEntry]:
    integration = cast(str, get_str(source, "integration", required=True))
    external_id = cast(str, get_str(source, "externalId", required=True))
    credential_id = cast(int, get_int(source, "credentialId", required=True))
    conn, entry = _find(ctx, integration, external_id, credential_id)
    return conn, entry


@area.route("POST", "/v2/selected-calendars")
def select_calendar(ctx: Ctx) -> Reply:
    body = ctx.body_obj()
    check_keys(body, ("integration", "externalId", "credentialId", "delegationCredentialId"))
    conn, entry = _selection(ctx, body)
    ctx.state.selected_calendars.add((ctx.user.id, conn.credential_id, entry.external_id))
    return ok(_ref_out(ctx.user, conn, entry), 201)


@area.route("DELETE", "/v2/selected-calendars")
def unselect_calendar(ctx: Ctx) -> Reply:
    q = ctx.query
    source: dict[str, Any] = {k: q.get(k) for k in ("integration", "externalId")}
    raw = q.get("credentialId")
    if raw is not None:
        if not raw.isdigit():
            fail("credentialId must be an integer number", "credentialId")
        source["credentialId"] = int(raw)
    conn, entry = _selection(ctx, source)
    key = (ctx.user.id, conn.credential_id, entry.external_id)
    if key not in ctx.state.selected_calendars:
        raise not_found(f"Calendar {entry.external_id} is not selected")
    ctx.state.selected_calendars.discard(key)
    return ok(_ref_out(ctx.user, conn, entry))


@area.route("PUT", "/v2/destination-calendars")
def set_destination(ctx: Ctx) -> Reply:
    body = ctx.body_obj()
    check_keys(body, ("integration", "externalId", "delegationCredentialId"))
    integration = cast(str, get_str(body, "integration", required=True))
    if integration not in _DESTINATIONS:
        fail(
            f"integration must be one of the following values: {', '.join(_DESTINATIONS)}",
            "integration",
        )
    external_id = cast(str, get_str(body, "externalId", required=True))
    conn, entry = _find(ctx, integration, external_id, None)
    ctx.state.destination_calendars[ctx.user.id] = (conn.credential_id, entry.external_id)
    return ok(_ref_out(ctx.user, conn, entry))
