"""``cal.me``: the user the API key belongs to, and changes to their profile."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from calcom_v2_client.api.me import get_me, update_me
from calcom_v2_client.models import Me, MeResponse, UpdateMeInput

from .. import _validate as v
from .._booking_request import METADATA_LIMITS
from .._errors import CalcomValueError
from .._types import Weekday
from ._base import Resource, build, compact, optional

__all__ = ["MeResource"]

_WEEKDAYS = v.literal_values(Weekday)


def _languages() -> frozenset[str]:
    from calcom_v2_client.models.language import Language

    return v.literal_values(Language)


def _time_format(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in (12, 24):
        raise CalcomValueError(f"{field} must be 12 or 24, got {v.shown(value)}")
    return value


def _metadata(value: object, field: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise CalcomValueError(f"{field} must be a mapping of strings to strings")
    max_keys, max_key, max_value = METADATA_LIMITS
    if len(value) > max_keys:
        raise CalcomValueError(f"{field} may have at most {max_keys} keys")
    for key, item in value.items():
        v.text(key, f"{field} key", max_length=max_key)
        v.text(item, f"{field} value for {v.shown(key)}", allow_empty=True, max_length=max_value)
    return dict(value)


class MeResource(Resource):
    async def get(self, *, timeout: float | None = None, max_retries: int | None = None) -> Me:
        """The authenticated user's profile.

        Example::

            me = await cal.me.get()
            print(me.username, me.time_zone)
        """
        result = await self._client._request(
            get_me.asyncio_detailed, MeResponse, timeout=timeout, max_retries=max_retries
        )
        return result.data

    async def update(
        self,
        *,
        email: str | None = None,
        name: str | None = None,
        time_format: Literal[12, 24] | None = None,
        default_schedule_id: int | None = None,
        week_start: Weekday | None = None,
        time_zone: str | None = None,
        locale: str | None = None,
        avatar_url: str | None = None,
        bio: str | None = None,
        metadata: Mapping[str, str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Me:
        """Change some fields of your profile; the others stay as they are. Returns the profile.

        ``time_format`` is 12 or 24 (hours), ``week_start`` a day name, ``time_zone`` an IANA
        name, ``locale`` one of Cal.com's language codes (``"en"``, ``"pt-BR"``...),
        ``default_schedule_id`` one of your schedules. ``metadata`` follows Cal.com's limits
        (50 keys, keys up to 40 characters, values up to 500).

        Example::

            me = await cal.me.update(time_zone="Europe/Berlin", week_start="Monday",
                                     time_format=24)
        """
        body: dict[str, Any] = compact(
            {
                "email": optional(v.email, email, "email"),
                "name": optional(v.text, name, "name"),
                "timeFormat": optional(_time_format, time_format, "time_format"),
                "defaultScheduleId": optional(
                    v.positive_int, default_schedule_id, "default_schedule_id"
                ),
                "weekStart": optional(v.choice, week_start, "week_start", choices=_WEEKDAYS),
                "timeZone": optional(v.time_zone, time_zone, "time_zone"),
                "locale": optional(v.choice, locale, "locale", choices=_languages()),
                "avatarUrl": optional(v.http_url, avatar_url, "avatar_url"),
                "bio": optional(v.text, bio, "bio", allow_empty=True),
                "metadata": optional(_metadata, metadata, "metadata"),
            }
        )
        if not body:
            raise CalcomValueError("me.update needs at least one field to change")
        result = await self._client._request(
            update_me.asyncio_detailed,
            MeResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=build(UpdateMeInput, body),
        )
        return result.data
