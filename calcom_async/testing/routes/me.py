"""``GET /v2/me``, ``PATCH /v2/me``: the authenticated user (no ``cal-api-version``).

PATCH takes ``email``, ``name``, ``timeFormat`` (12 or 24), ``defaultScheduleId`` (one of the
user's schedules, else 400), ``weekStart`` (a day name), ``timeZone`` (IANA), ``locale`` (a
language code), ``avatarUrl``, ``bio`` and ``metadata`` (Cal.com's limits); every field is
checked before any is changed, an email another user has → 409. It answers with the profile.
"""

from __future__ import annotations

from typing import Any

from .._routing import ApiError, Area, Ctx, Reply, ok
from .._state import DAY_NAMES, User
from .._validate import (
    check_email,
    check_keys,
    check_metadata,
    check_time_zone,
    fail,
    get_int,
    get_str,
)
from .bookings import LANGUAGES

area = Area("me")

_FIELDS = (
    "email",
    "name",
    "timeFormat",
    "defaultScheduleId",
    "weekStart",
    "timeZone",
    "locale",
    "avatarUrl",
    "bio",
    "metadata",
)


def me_out(user: User) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": user.id,
        "username": user.username,
        "email": user.email,
        "name": user.name,
        "avatarUrl": user.avatar_url,
        "bio": user.bio,
        "timeFormat": user.time_format,
        "defaultScheduleId": user.default_schedule_id,
        "weekStart": user.week_start,
        "timeZone": user.time_zone,
        "organizationId": user.organization_id,
    }
    if user.organization_id is not None:
        out["organization"] = {"isPlatform": False, "id": user.organization_id}
    return out


@area.route("GET", "/v2/me")
def get_me(ctx: Ctx) -> Reply:
    return ok(me_out(ctx.user))


@area.route("PATCH", "/v2/me")
def update_me(ctx: Ctx) -> Reply:
    user = ctx.user
    body = ctx.body_obj()
    check_keys(body, _FIELDS)
    changes: dict[str, Any] = {}
    email = get_str(body, "email")
    if email is not None:
        check_email(email, "email")
        if any(
            u.email.lower() == email.lower() and u.id != user.id for u in ctx.state.users.values()
        ):
            raise ApiError(409, "ConflictException", f"User with email {email} already exists")
        changes["email"] = email
    for key, attr in (("name", "name"), ("avatarUrl", "avatar_url"), ("bio", "bio")):
        value = get_str(body, key)
        if value is not None:
            changes[attr] = value
    if "timeFormat" in body:
        if body["timeFormat"] not in (12, 24) or isinstance(body["timeFormat"], bool):
            fail("timeFormat must be one of the following values: 12, 24", "timeFormat")
        changes["time_format"] = int(body["timeFormat"])
    schedule_id = get_int(body, "defaultScheduleId", minimum=1)
    if schedule_id is not None:
        schedule = ctx.state.schedules.get(schedule_id)
        if schedule is None or schedule.owner_id != user.id:
            fail(f"Schedule with id={schedule_id} is not one of the user's", "defaultScheduleId")
        changes["default_schedule_id"] = schedule_id
    week_start = get_str(body, "weekStart")
    if week_start is not None:
        if week_start not in DAY_NAMES:
            fail(
                f"weekStart must be one of the following values: {', '.join(DAY_NAMES)}",
                "weekStart",
            )
        changes["week_start"] = week_start
    time_zone = get_str(body, "timeZone")
    if time_zone is not None:
        changes["time_zone"] = check_time_zone(time_zone, "timeZone")
    locale = get_str(body, "locale")
    if locale is not None:
        if locale not in LANGUAGES:
            fail("locale must be a supported language code", "locale")
        changes["locale"] = locale
    if body.get("metadata") is not None:
        changes["metadata"] = check_metadata(body["metadata"])
    for attr, value in changes.items():  # all checked: now apply
        setattr(user, attr, value)
    return ok(me_out(user))
