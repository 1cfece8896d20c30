from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.language import Language, check_language
from ..models.time_format import TimeFormat, check_time_format
from ..models.weekday import Weekday, check_weekday
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_object,
    as_str,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="UpdateMeInput")


class UpdateMeInput:
    """Only the fields sent are changed."""

    __slots__ = (
        "email",
        "name",
        "time_format",
        "default_schedule_id",
        "week_start",
        "time_zone",
        "locale",
        "avatar_url",
        "bio",
        "metadata",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "email",
        "name",
        "time_format",
        "default_schedule_id",
        "week_start",
        "time_zone",
        "locale",
        "avatar_url",
        "bio",
        "metadata",
    )

    email: str | Unset
    name: str | Unset
    time_format: TimeFormat | Unset
    """ 12- or 24-hour clock. """
    default_schedule_id: int | Unset
    week_start: Weekday | Unset
    time_zone: str | Unset
    locale: Language | Unset
    """ Language codes Cal.com accepts for attendees. """
    avatar_url: str | Unset
    bio: str | Unset
    metadata: Metadata | Unset
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        time_format: TimeFormat | Unset = UNSET,
        default_schedule_id: int | Unset = UNSET,
        week_start: Weekday | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        locale: Language | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
    ) -> None:
        self.email = email
        self.name = name
        self.time_format = time_format
        self.default_schedule_id = default_schedule_id
        self.week_start = week_start
        self.time_zone = time_zone
        self.locale = locale
        self.avatar_url = avatar_url
        self.bio = bio
        self.metadata = metadata
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"email={self.email!r}, "
            f"name={self.name!r}, "
            f"time_format={self.time_format!r}, "
            f"default_schedule_id={self.default_schedule_id!r}, "
            f"week_start={self.week_start!r}, "
            f"time_zone={self.time_zone!r}, "
            f"locale={self.locale!r}, "
            f"avatar_url={self.avatar_url!r}, "
            f"bio={self.bio!r}, "
            f"metadata={self.metadata!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(UpdateMeInput, other)
        return (
            self.email == that.email
            and self.name == that.name
            and self.time_format == that.time_format
            and self.default_schedule_id == that.default_schedule_id
            and self.week_start == that.week_start
            and self.time_zone == that.time_zone
            and self.locale == that.locale
            and self.avatar_url == that.avatar_url
            and self.bio == that.bio
            and self.metadata == that.metadata
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        email = self.email

        name = self.name

        time_format: int | Unset = UNSET
        if not isinstance(self.time_format, Unset):
            time_format = self.time_format

        default_schedule_id = self.default_schedule_id

        week_start: str | Unset = UNSET
        if not isinstance(self.week_start, Unset):
            week_start = self.week_start

        time_zone = self.time_zone

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale

        avatar_url = self.avatar_url

        bio = self.bio

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if time_format is not UNSET:
            field_dict["timeFormat"] = time_format
        if default_schedule_id is not UNSET:
            field_dict["defaultScheduleId"] = default_schedule_id
        if week_start is not UNSET:
            field_dict["weekStart"] = week_start
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if locale is not UNSET:
            field_dict["locale"] = locale
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if bio is not UNSET:
            field_dict["bio"] = bio
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "UpdateMeInput")
        d = dict(src_dict)
        _key: str = "email"
        try:
            email = d.pop("email", UNSET)
            if type(email) is not str and email is not UNSET:
                email = UNSET if email is None else as_str(email)

            _key = "name"
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                name = UNSET if name is None else as_str(name)

            _key = "timeFormat"
            time_format = d.pop("timeFormat", UNSET)
            if type(time_format) is not int and time_format is not UNSET:
                time_format = UNSET if time_format is None else check_time_format(time_format)

            _key = "defaultScheduleId"
            default_schedule_id = d.pop("defaultScheduleId", UNSET)
            if type(default_schedule_id) is not int and default_schedule_id is not UNSET:
                default_schedule_id = UNSET if default_schedule_id is None else as_int(default_schedule_id)

            _key = "weekStart"
            week_start = d.pop("weekStart", UNSET)
            if type(week_start) is not str and week_start is not UNSET:
                week_start = UNSET if week_start is None else check_weekday(week_start)

            _key = "timeZone"
            time_zone = d.pop("timeZone", UNSET)
            if type(time_zone) is not str and time_zone is not UNSET:
                time_zone = UNSET if time_zone is None else as_str(time_zone)

            _key = "locale"
            locale = d.pop("locale", UNSET)
            if type(locale) is not str and locale is not UNSET:
                locale = UNSET if locale is None else check_language(locale)

            _key = "avatarUrl"
            avatar_url = d.pop("avatarUrl", UNSET)
            if type(avatar_url) is not str and avatar_url is not UNSET:
                avatar_url = UNSET if avatar_url is None else as_str(avatar_url)

            _key = "bio"
            bio = d.pop("bio", UNSET)
            if type(bio) is not str and bio is not UNSET:
                bio = UNSET if bio is None else as_str(bio)

            _key = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: Metadata | Unset
            if _metadata is UNSET or _metadata is None:
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

            update_me_input = cls(
                email=email,
                name=name,
                time_format=time_format,
                default_schedule_id=default_schedule_id,
                week_start=week_start,
                time_zone=time_zone,
                locale=locale,
                avatar_url=avatar_url,
                bio=bio,
                metadata=metadata,
            )

            update_me_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("UpdateMeInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("UpdateMeInput", _key)
            raise error from exc
        return update_me_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, Metadata
    from ..models.metadata import Metadata  # noqa: PLC0415

    _models_bound = True
