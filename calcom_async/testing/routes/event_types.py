"""Personal event types (``cal-api-version: 2024-06-14``) and the event-type output shape.

Create → 201 (title, slug, lengthInMinutes required; slug unique per owner); GET/PATCH (200) /
DELETE (200, ``data: {id, lengthInMinutes, title, slug}``; its webhooks and private links go
too) only for the owner (403 otherwise).
Without ``scheduleId`` the owner's *current* default schedule is used. Fields the fake does not
interpret (bookerLayouts, color, ...) are stored and echoed. ``confirmationPolicy`` ``{type:
"always"|"time"}`` makes bookings ``pending``. Output ``users``/``hosts`` are objects (as the
live API returns), not the strings the upstream document declares. List: the caller's own, or
``username``/``usernames`` (non-hidden), ``eventSlug``, ``sortCreatedAt``.
"""

from __future__ import annotations

from typing import Any

from .._drift import UNKNOWN_LOCATION
from .._routing import Area, Ctx, Reply, bad_request, forbidden, not_found, ok
from .._state import MANAGERS, EventType, User
from .._validate import (
    as_obj,
    check_keys,
    fail,
    get_bool,
    get_int,
    get_list,
    get_str,
    words,
)

area = Area("event-types", version="2024-06-14")

#: Body properties accepted (anything else → 400, like Cal.com's whitelisting validation).
EVENT_TYPE_FIELDS = words(
    "lengthInMinutes lengthInMinutesOptions title slug description bookingFields disableGuests "
    "slotInterval minimumBookingNotice beforeEventBuffer afterEventBuffer scheduleId "
    "bookingLimitsCount bookerActiveBookingsLimit onlyShowFirstAvailableSlot "
    "bookingLimitsDuration bookingWindow offsetStart bookerLayouts confirmationPolicy "
    "recurrence requiresBookerEmailVerification hideCalendarNotes "
    "lockTimeZoneToggleOnBookingPage color seats customName destinationCalendar "
    "useDestinationCalendarEmail hideCalendarEventDetails successRedirectUrl hideOrganizerEmail "
    "calVideoSettings hidden bookingRequiresAuthentication disableCancelling "
    "disableRescheduling interfaceLanguage allowReschedulingPastBookings "
    "allowReschedulingCancelledBookings showOptimizedSlots locations"
)
_TYPED = words(
    "title slug lengthInMinutes lengthInMinutesOptions description slotInterval "
    "minimumBookingNotice beforeEventBuffer afterEventBuffer hidden scheduleId locations "
    "confirmationPolicy schedulingType hosts assignAllTeamMembers"
)
DEFAULT_LOCATIONS = ({"type": "integration", "integration": "cal-video"},)


# --------------------------------------------------------------------------- output
def user_brief(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "name": user.name,
        "username": user.username,
        "avatarUrl": user.avatar_url,
        "weekStart": user.week_start,
        "brandColor": None,
        "darkBrandColor": None,
        "metadata": {},
    }


def event_type_common(ctx: Ctx, et: EventType) -> dict[str, Any]:
    """Fields shared by personal and team event types."""
    locations = [dict(x) for x in et.locations]
    if ctx.drift.unknown_values:
        locations.append(dict(UNKNOWN_LOCATION))
    out: dict[str, Any] = {
        "id": et.id,
        "lengthInMinutes": et.length_in_minutes,
        "title": et.title,
        "slug": et.slug,
        "description": et.description,
        "locations": locations,
        "bookingFields": [],
        "disableGuests": False,
        "slotInterval": et.slot_interval,
        "minimumBookingNotice": et.minimum_booking_notice,
        "beforeEventBuffer": et.before_event_buffer,
        "afterEventBuffer": et.after_event_buffer,
        "recurrence": None,
        "metadata": {},
        "price": 0,
        "currency": "usd",
        "lockTimeZoneToggleOnBookingPage": False,
        "seatsPerTimeSlot": None,
        "forwardParamsSuccessRedirect": True,
        "successRedirectUrl": None,
        "isInstantEvent": False,
        "seatsShowAvailabilityCount": False,
        "scheduleId": et.schedule_id,
        "hidden": et.hidden,
        "bookingRequiresAuthentication": False,
    }
    if et.length_in_minutes_options:
        out["lengthInMinutesOptions"] = list(et.length_in_minutes_options)
    if et.requires_confirmation:
        out["confirmationPolicy"] = {"type": "always", "blockUnconfirmedBookingsInBooker": True}
    out.update(et.extra)
    return out


def team_event_type_out(ctx: Ctx, et: EventType, hosts_limit: int | None = None) -> dict[str, Any]:
    out = event_type_common(ctx, et)
    state = ctx.state
    team = state.teams.get(et.team_id or -1)
    hosts = []
    for h in et.hosts[:hosts_limit] if hosts_limit is not None else et.hosts:
        u = state.users.get(h.user_id)
        if u is None:
            continue
        hosts.append(
            {
                "userId": u.id,
                "name": u.name,
                "username": u.username,
                "avatarUrl": u.avatar_url,
                "mandatory": h.mandatory,
                "priority": h.priority,
            }
        )
    out.update(
        {
            "teamId": et.team_id,
            "ownerId": None,
            "parentEventTypeId": None,
            "hosts": hosts,
            "assignAllTeamMembers": et.assign_all_team_members,
            "schedulingType": et.scheduling_type,
            "team": {
                "id": et.team_id,
                "slug": team.slug if team else None,
                "bannerUrl": None,
                "name": team.name if team else None,
                "logoUrl": None,
                "weekStart": "Monday",
                "brandColor": None,
                "darkBrandColor": None,
                "theme": None,
            },
        }
    )
    return out


def event_type_out(ctx: Ctx, et: EventType) -> dict[str, Any]:
    if et.team_id is not None:
        return team_event_type_out(ctx, et)
    out = event_type_common(ctx, et)
    owner = ctx.state.users.get(et.owner_id or -1)
    out["ownerId"] = et.owner_id
    out["users"] = [user_brief(owner)] if owner else []
    out["bookingUrl"] = f"https://cal.com/{owner.username if owner else 'unknown'}/{et.slug}"
    return out


# --------------------------------------------------------------------------- input
def apply_event_type_fields(
    ctx: Ctx, et: EventType, body: dict[str, Any], owner_for_schedule: int | None
) -> None:
    """Validate the common event-type fields present in ``body``, then apply them to ``et``."""
    title = get_str(body, "title")
    if "title" in body and not (title or "").strip():
        fail("title should not be empty", "title")
    slug = get_str(body, "slug")
    if "slug" in body and not (slug or "").strip():
        fail("slug should not be empty", "slug")
    length = get_int(body, "lengthInMinutes", minimum=1)
    options_raw = get_list(body, "lengthInMinutesOptions")
    options: list[int] | None = None
    if options_raw is not None:
        options = []
        for i, v in enumerate(options_raw):
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 1 or v != int(v):
                fail(
                    "lengthInMinutesOptions must contain positive integers",
                    f"lengthInMinutesOptions.{i}",
                )
            options.append(int(v))
    description = get_str(body, "description")
    slot_interval = get_int(body, "slotInterval", minimum=1)
    notice = get_int(body, "minimumBookingNotice", minimum=0)
    before = get_int(body, "beforeEventBuffer", minimum=0)
    after = get_int(body, "afterEventBuffer", minimum=0)
    hidden = get_bool(body, "hidden")
    schedule_id = get_int(body, "scheduleId", minimum=1)
    if schedule_id is not None:
        sched = ctx.state.schedules.get(schedule_id)
        if sched is None:
            raise not_found(f"Schedule with id={schedule_id} not found")
        if owner_for_schedule is not None and sched.owner_id != owner_for_schedule:
            raise forbidden(f"Schedule with id={schedule_id} does not belong to the user")
    locations = get_list(body, "locations")
    if locations is not None:
        for i, loc in enumerate(locations):
            if not isinstance(loc, dict) or not isinstance(loc.get("type"), str):
                fail("each location must be an object with a type", f"locations.{i}")
    policy = body.get("confirmationPolicy")
    if policy is not None:
        policy = as_obj(policy, "confirmationPolicy")
    # all valid: apply
    if title is not None:
        et.title = title
    if slug is not None:
        et.slug = slug
    if length is not None:
        et.length_in_minutes = length
    if "lengthInMinutesOptions" in body:
        et.length_in_minutes_options = options
    if description is not None:
        et.description = description
    if "slotInterval" in body:
        et.slot_interval = slot_interval
    if notice is not None:
        et.minimum_booking_notice = notice
    if before is not None:
        et.before_event_buffer = before
    if after is not None:
        et.after_event_buffer = after
    if hidden is not None:
        et.hidden = hidden
    if "scheduleId" in body:
        et.schedule_id = schedule_id
    if locations is not None:
        et.locations = [dict(x) for x in locations]
    if policy is not None:
        et.requires_confirmation = not policy.get("disabled", False) and policy.get("type") in (
            "always",
            "time",
        )
        if et.requires_confirmation:
            et.extra["confirmationPolicy"] = dict(policy)
        else:
            et.extra.pop("confirmationPolicy", None)
    for k, v in body.items():
        if k not in _TYPED:
            et.extra[k] = v


def check_slug_free(ctx: Ctx, et: EventType) -> None:
    """400 when another event type of the same owner (or team) has ``et``'s slug."""
    for other in ctx.state.event_types.values():
        if other.id == et.id or other.slug != et.slug:
            continue
        if (et.team_id is None and other.team_id is None and other.owner_id == et.owner_id) or (
            et.team_id is not None and other.team_id == et.team_id
        ):
            raise bad_request(f"An event type with slug '{et.slug}' already exists", "slug")


def managed_event_type(ctx: Ctx) -> EventType:
    """The ``eventTypeId`` of the path, if the caller may manage it: its owner, or an owner or
    admin of its team (403 otherwise; 404 when it does not exist)."""
    eid = ctx.int_param("eventTypeId")
    et = ctx.state.event_types.get(eid)
    if et is None:
        raise not_found(f"Event type with id={eid} not found")
    team = ctx.state.teams.get(et.team_id) if et.team_id is not None else None
    if et.team_id is None and et.owner_id == ctx.user.id:
        return et
    if team is not None and team.members.get(ctx.user.id) in MANAGERS:
        return et
    raise forbidden(f"Event type with id={eid} does not belong to the user")


def _own_event_type(ctx: Ctx) -> EventType:
    eid = ctx.int_param("eventTypeId")
    et = ctx.state.event_types.get(eid)
    if et is None:
        raise not_found(f"Event type with id={eid} not found")
    if et.owner_id != ctx.user.id or et.team_id is not None:
        raise forbidden(f"Event type with id={eid} does not belong to the user")
    return et


# --------------------------------------------------------------------------- routes
@area.route("GET", "/v2/event-types")
def list_event_types(ctx: Ctx) -> Reply:
    q = ctx.query
    state = ctx.state
    usernames: list[str] = []
    if q.get("username"):
        usernames.append(q["username"])
    if q.get("usernames"):
        usernames.extend(u.strip() for u in q["usernames"].split(",") if u.strip())
    if usernames:
        owners = []
        for name in usernames:
            u = state.user_by_username(name)
            if u is None:
                raise not_found(f"User with username={name} not found")
            owners.append(u.id)
        items = [
            et
            for et in state.event_types.values()
            if et.team_id is None and et.owner_id in owners and not et.hidden
        ]
    else:
        items = [
            et
            for et in state.event_types.values()
            if et.team_id is None and et.owner_id == ctx.user.id
        ]
    if q.get("eventSlug"):
        items = [et for et in items if et.slug == q["eventSlug"]]
    if q.get("sortCreatedAt") == "desc":
        items.sort(key=lambda e: (e.created_at, e.id), reverse=True)
    elif q.get("sortCreatedAt") == "asc":
        items.sort(key=lambda e: (e.created_at, e.id))
    return ok([event_type_out(ctx, et) for et in items])


@area.route("POST", "/v2/event-types")
def create_event_type(ctx: Ctx) -> Reply:
    body = ctx.body_obj()
    check_keys(body, EVENT_TYPE_FIELDS)
    get_str(body, "title", required=True)
    get_str(body, "slug", required=True)
    get_int(body, "lengthInMinutes", required=True, minimum=1)
    et = EventType(
        id=0,
        title="",
        slug="",
        length_in_minutes=0,
        owner_id=ctx.user.id,
        locations=[dict(x) for x in DEFAULT_LOCATIONS],
        created_at=ctx.now(),
    )
    apply_event_type_fields(ctx, et, body, ctx.user.id)
    check_slug_free(ctx, et)
    et.id = ctx.state.next_id("event_type")
    ctx.state.event_types[et.id] = et
    return ok(event_type_out(ctx, et), 201)


@area.route("GET", "/v2/event-types/{eventTypeId}")
def get_event_type(ctx: Ctx) -> Reply:
    return ok(event_type_out(ctx, _own_event_type(ctx)))


@area.route("PATCH", "/v2/event-types/{eventTypeId}")
def update_event_type(ctx: Ctx) -> Reply:
    et = _own_event_type(ctx)
    body = ctx.body_obj()
    check_keys(body, EVENT_TYPE_FIELDS)
    old_slug = et.slug
    probe = EventType(**{**et.__dict__, "extra": dict(et.extra)})
    apply_event_type_fields(ctx, probe, body, ctx.user.id)
    if probe.slug != old_slug:
        check_slug_free(ctx, probe)
    et.__dict__.update(probe.__dict__)
    return ok(event_type_out(ctx, et))


@area.route("DELETE", "/v2/event-types/{eventTypeId}")
def delete_event_type(ctx: Ctx) -> Reply:
    et = ctx.state.delete_event_type(_own_event_type(ctx).id)
    return ok(
        {"id": et.id, "lengthInMinutes": et.length_in_minutes, "title": et.title, "slug": et.slug}
    )
