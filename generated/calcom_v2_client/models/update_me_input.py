from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language import Language, check_language
from ..models.time_format import TimeFormat, check_time_format
from ..models.weekday import Weekday, check_weekday
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="UpdateMeInput")


@_attrs_define
class UpdateMeInput:
    """Only the fields sent are changed."""

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    time_format: TimeFormat | Unset = UNSET
    """ 12- or 24-hour clock. """
    default_schedule_id: int | Unset = UNSET
    week_start: Weekday | Unset = UNSET
    time_zone: str | Unset = UNSET
    locale: Language | Unset = UNSET
    """ Language codes Cal.com accepts for attendees. """
    avatar_url: str | Unset = UNSET
    bio: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        _time_format = d.pop("timeFormat", UNSET)
        time_format: TimeFormat | Unset
        if isinstance(_time_format, Unset):
            time_format = UNSET
        else:
            time_format = check_time_format(_time_format)

        default_schedule_id = d.pop("defaultScheduleId", UNSET)

        _week_start = d.pop("weekStart", UNSET)
        week_start: Weekday | Unset
        if isinstance(_week_start, Unset):
            week_start = UNSET
        else:
            week_start = check_weekday(_week_start)

        time_zone = d.pop("timeZone", UNSET)

        _locale = d.pop("locale", UNSET)
        locale: Language | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = check_language(_locale)

        avatar_url = d.pop("avatarUrl", UNSET)

        bio = d.pop("bio", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
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
