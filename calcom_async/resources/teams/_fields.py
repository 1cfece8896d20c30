"""The wire body of a team, shared by ``teams.create`` and ``teams.update``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from ... import _validate as v
from ..._errors import CalcomValueError
from ..._types import Weekday
from .._base import compact, optional

__all__ = ["TimeFormat", "team_fields"]

TimeFormat = Literal[12, 24]
_WEEKDAYS = v.literal_values(Weekday)


def team_fields(
    *,
    name: str | None,
    slug: str | None,
    bio: str | None,
    logo_url: str | None,
    banner_url: str | None,
    time_zone: str | None,
    week_start: Weekday | None,
    time_format: TimeFormat | None,
    is_private: bool | None,
    hide_branding: bool | None,
    hide_book_a_team_member: bool | None,
    brand_color: str | None,
    dark_brand_color: str | None,
    theme: str | None,
    metadata: Mapping[str, Any] | None,
    extra: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The wire body shared by team create and update (unset fields left out)."""
    if time_format is not None and (isinstance(time_format, bool) or time_format not in (12, 24)):
        raise CalcomValueError(f"time_format must be 12 or 24, got {v.shown(time_format)}")
    return compact(
        {
            "name": optional(v.text, name, "name"),
            "slug": optional(v.identifier, slug, "slug", max_length=255),
            "bio": optional(v.text, bio, "bio", allow_empty=True),
            "logoUrl": optional(v.http_url, logo_url, "logo_url"),
            "bannerUrl": optional(v.http_url, banner_url, "banner_url"),
            "timeZone": optional(v.time_zone, time_zone, "time_zone"),
            "weekStart": optional(v.choice, week_start, "week_start", choices=_WEEKDAYS),
            "timeFormat": time_format,
            "isPrivate": optional(v.boolean, is_private, "is_private"),
            "hideBranding": optional(v.boolean, hide_branding, "hide_branding"),
            "hideBookATeamMember": optional(
                v.boolean, hide_book_a_team_member, "hide_book_a_team_member"
            ),
            "brandColor": optional(v.identifier, brand_color, "brand_color", max_length=32),
            "darkBrandColor": optional(
                v.identifier, dark_brand_color, "dark_brand_color", max_length=32
            ),
            "theme": optional(v.identifier, theme, "theme", max_length=64),
            "metadata": optional(v.json_object, metadata, "metadata"),
        },
        optional(v.json_object, extra, "extra"),
    )
