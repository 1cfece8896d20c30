from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    id: int
    name: str
    is_organization: bool
    parent_id: int | None | Unset = UNSET
    slug: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    cal_video_logo: None | str | Unset = UNSET
    app_logo: None | str | Unset = UNSET
    app_icon_logo: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    hide_branding: bool | Unset = UNSET
    is_private: bool | Unset = UNSET
    hide_book_a_team_member: bool | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    theme: None | str | Unset = UNSET
    brand_color: None | str | Unset = UNSET
    dark_brand_color: None | str | Unset = UNSET
    banner_url: None | str | Unset = UNSET
    time_format: int | None | Unset = UNSET
    time_zone: str | Unset = UNSET
    week_start: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_organization = self.is_organization

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        cal_video_logo: None | str | Unset
        if isinstance(self.cal_video_logo, Unset):
            cal_video_logo = UNSET
        else:
            cal_video_logo = self.cal_video_logo

        app_logo: None | str | Unset
        if isinstance(self.app_logo, Unset):
            app_logo = UNSET
        else:
            app_logo = self.app_logo

        app_icon_logo: None | str | Unset
        if isinstance(self.app_icon_logo, Unset):
            app_icon_logo = UNSET
        else:
            app_icon_logo = self.app_icon_logo

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        hide_branding = self.hide_branding

        is_private = self.is_private

        hide_book_a_team_member = self.hide_book_a_team_member

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        brand_color: None | str | Unset
        if isinstance(self.brand_color, Unset):
            brand_color = UNSET
        else:
            brand_color = self.brand_color

        dark_brand_color: None | str | Unset
        if isinstance(self.dark_brand_color, Unset):
            dark_brand_color = UNSET
        else:
            dark_brand_color = self.dark_brand_color

        banner_url: None | str | Unset
        if isinstance(self.banner_url, Unset):
            banner_url = UNSET
        else:
            banner_url = self.banner_url

        time_format: int | None | Unset
        if isinstance(self.time_format, Unset):
            time_format = UNSET
        else:
            time_format = self.time_format

        time_zone = self.time_zone

        week_start = self.week_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "isOrganization": is_organization,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
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
        id = d.pop("id")

        name = d.pop("name")

        is_organization = d.pop("isOrganization")

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_cal_video_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cal_video_logo = _parse_cal_video_logo(d.pop("calVideoLogo", UNSET))

        def _parse_app_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_logo = _parse_app_logo(d.pop("appLogo", UNSET))

        def _parse_app_icon_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_icon_logo = _parse_app_icon_logo(d.pop("appIconLogo", UNSET))

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

        hide_branding = d.pop("hideBranding", UNSET)

        is_private = d.pop("isPrivate", UNSET)

        hide_book_a_team_member = d.pop("hideBookATeamMember", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(d.pop("theme", UNSET))

        def _parse_brand_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_color = _parse_brand_color(d.pop("brandColor", UNSET))

        def _parse_dark_brand_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dark_brand_color = _parse_dark_brand_color(d.pop("darkBrandColor", UNSET))

        def _parse_banner_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        banner_url = _parse_banner_url(d.pop("bannerUrl", UNSET))

        def _parse_time_format(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_format = _parse_time_format(d.pop("timeFormat", UNSET))

        time_zone = d.pop("timeZone", UNSET)

        week_start = d.pop("weekStart", UNSET)

        team = cls(
            id=id,
            name=name,
            is_organization=is_organization,
            parent_id=parent_id,
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

        team.additional_properties = d
        return team

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
