"""``GET /v2/me``: the authenticated user (no ``cal-api-version``)."""

from __future__ import annotations

from typing import Any

from .._routing import Area, Ctx, Reply, ok
from .._state import User

area = Area("me")


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
