from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_format import TimeFormat, check_time_format
from ..models.weekday import Weekday, check_weekday
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="TeamInputFields")


@_attrs_define
class TeamInputFields:
    """Fields accepted when creating or updating a team."""

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    cal_video_logo: str | Unset = UNSET
    app_logo: str | Unset = UNSET
    app_icon_logo: str | Unset = UNSET
    bio: str | Unset = UNSET
    hide_branding: bool | Unset = UNSET
    is_private: bool | Unset = UNSET
    hide_book_a_team_member: bool | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    theme: str | Unset = UNSET
    brand_color: str | Unset = UNSET
    dark_brand_color: str | Unset = UNSET
    banner_url: str | Unset = UNSET
    time_format: TimeFormat | Unset = UNSET
    """ 12- or 24-hour clock. """
    time_zone: str | Unset = UNSET
    week_start: Weekday | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        logo_url = self.logo_url

        cal_video_logo = self.cal_video_logo

        app_logo = self.app_logo

        app_icon_logo = self.app_icon_logo

        bio = self.bio

        hide_branding = self.hide_branding

        is_private = self.is_private

        hide_book_a_team_member = self.hide_book_a_team_member

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        theme = self.theme

        brand_color = self.brand_color

        dark_brand_color = self.dark_brand_color

        banner_url = self.banner_url

        time_format: int | Unset = UNSET
        if not isinstance(self.time_format, Unset):
            time_format = self.time_format

        time_zone = self.time_zone

        week_start: str | Unset = UNSET
        if not isinstance(self.week_start, Unset):
            week_start = self.week_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if cal_video_logo is not UNSET:
            field_dict["calVideoLogo"] = cal_video_logo
        if app_logo is not UNSET:
            field_dict["appLogo"] = app_logo
        if app_icon_logo is not UNSET:
            field_dict["appIconLogo"] = app_icon_logo
        if bio is not UNSET:
            field_dict["bio"] = bio
        if hide_branding is not UNSET:
            field_dict["hideBranding"] = hide_branding
        if is_private is not UNSET:
            field_dict["isPrivate"] = is_private
        if hide_book_a_team_member is not UNSET:
            field_dict["hideBookATeamMember"] = hide_book_a_team_member
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if theme is not UNSET:
            field_dict["theme"] = theme
        if brand_color is not UNSET:
            field_dict["brandColor"] = brand_color
        if dark_brand_color is not UNSET:
            field_dict["darkBrandColor"] = dark_brand_color
        if banner_url is not UNSET:
            field_dict["bannerUrl"] = banner_url
        if time_format is not UNSET:
            field_dict["timeFormat"] = time_format
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if week_start is not UNSET:
            field_dict["weekStart"] = week_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        cal_video_logo = d.pop("calVideoLogo", UNSET)

        app_logo = d.pop("appLogo", UNSET)

        app_icon_logo = d.pop("appIconLogo", UNSET)

        bio = d.pop("bio", UNSET)

        hide_branding = d.pop("hideBranding", UNSET)

        is_private = d.pop("isPrivate", UNSET)

        hide_book_a_team_member = d.pop("hideBookATeamMember", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        theme = d.pop("theme", UNSET)

        brand_color = d.pop("brandColor", UNSET)

        dark_brand_color = d.pop("darkBrandColor", UNSET)

        banner_url = d.pop("bannerUrl", UNSET)

        _time_format = d.pop("timeFormat", UNSET)
        time_format: TimeFormat | Unset
        if isinstance(_time_format, Unset):
            time_format = UNSET
        else:
            time_format = check_time_format(_time_format)

        time_zone = d.pop("timeZone", UNSET)

        _week_start = d.pop("weekStart", UNSET)
        week_start: Weekday | Unset
        if isinstance(_week_start, Unset):
            week_start = UNSET
        else:
            week_start = check_weekday(_week_start)

        team_input_fields = cls(
            name=name,
            slug=slug,
            logo_url=logo_url,
            cal_video_logo=cal_video_logo,
            app_logo=app_logo,
            app_icon_logo=app_icon_logo,
            bio=bio,
            hide_branding=hide_branding,
            is_private=is_private,
            hide_book_a_team_member=hide_book_a_team_member,
            metadata=metadata,
            theme=theme,
            brand_color=brand_color,
            dark_brand_color=dark_brand_color,
            banner_url=banner_url,
            time_format=time_format,
            time_zone=time_zone,
            week_start=week_start,
        )

        team_input_fields.additional_properties = d
        return team_input_fields

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
