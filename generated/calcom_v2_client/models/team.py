from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Team")


class Team:
    __slots__ = (
        "id",
        "name",
        "is_organization",
        "parent_id",
        "slug",
        "logo_url",
        "cal_video_logo",
        "app_logo",
        "app_icon_logo",
        "bio",
        "hide_branding",
        "is_private",
        "hide_book_a_team_member",
        "metadata",
        "theme",
        "brand_color",
        "dark_brand_color",
        "banner_url",
        "time_format",
        "time_zone",
        "week_start",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "is_organization",
        "parent_id",
        "slug",
        "logo_url",
        "cal_video_logo",
        "app_logo",
        "app_icon_logo",
        "bio",
        "hide_branding",
        "is_private",
        "hide_book_a_team_member",
        "metadata",
        "theme",
        "brand_color",
        "dark_brand_color",
        "banner_url",
        "time_format",
        "time_zone",
        "week_start",
    )

    id: int
    name: str
    is_organization: bool
    parent_id: int | None | Unset
    slug: None | str | Unset
    logo_url: None | str | Unset
    cal_video_logo: None | str | Unset
    app_logo: None | str | Unset
    app_icon_logo: None | str | Unset
    bio: None | str | Unset
    hide_branding: bool | Unset
    is_private: bool | Unset
    hide_book_a_team_member: bool | Unset
    metadata: Metadata | Unset
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    theme: None | str | Unset
    brand_color: None | str | Unset
    dark_brand_color: None | str | Unset
    banner_url: None | str | Unset
    time_format: int | None | Unset
    time_zone: str | Unset
    week_start: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        name: str,
        is_organization: bool,
        parent_id: int | None | Unset = UNSET,
        slug: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        cal_video_logo: None | str | Unset = UNSET,
        app_logo: None | str | Unset = UNSET,
        app_icon_logo: None | str | Unset = UNSET,
        bio: None | str | Unset = UNSET,
        hide_branding: bool | Unset = UNSET,
        is_private: bool | Unset = UNSET,
        hide_book_a_team_member: bool | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        theme: None | str | Unset = UNSET,
        brand_color: None | str | Unset = UNSET,
        dark_brand_color: None | str | Unset = UNSET,
        banner_url: None | str | Unset = UNSET,
        time_format: int | None | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        week_start: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.is_organization = is_organization
        self.parent_id = parent_id
        self.slug = slug
        self.logo_url = logo_url
        self.cal_video_logo = cal_video_logo
        self.app_logo = app_logo
        self.app_icon_logo = app_icon_logo
        self.bio = bio
        self.hide_branding = hide_branding
        self.is_private = is_private
        self.hide_book_a_team_member = hide_book_a_team_member
        self.metadata = metadata
        self.theme = theme
        self.brand_color = brand_color
        self.dark_brand_color = dark_brand_color
        self.banner_url = banner_url
        self.time_format = time_format
        self.time_zone = time_zone
        self.week_start = week_start
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"is_organization={self.is_organization!r}, "
            f"parent_id={self.parent_id!r}, "
            f"slug={self.slug!r}, "
            f"logo_url={self.logo_url!r}, "
            f"cal_video_logo={self.cal_video_logo!r}, "
            f"app_logo={self.app_logo!r}, "
            f"app_icon_logo={self.app_icon_logo!r}, "
            f"bio={self.bio!r}, "
            f"hide_branding={self.hide_branding!r}, "
            f"is_private={self.is_private!r}, "
            f"hide_book_a_team_member={self.hide_book_a_team_member!r}, "
            f"metadata={self.metadata!r}, "
            f"theme={self.theme!r}, "
            f"brand_color={self.brand_color!r}, "
            f"dark_brand_color={self.dark_brand_color!r}, "
            f"banner_url={self.banner_url!r}, "
            f"time_format={self.time_format!r}, "
            f"time_zone={self.time_zone!r}, "
            f"week_start={self.week_start!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(Team, other)
        return (
            self.id == that.id
            and self.name == that.name
            and self.is_organization == that.is_organization
            and self.parent_id == that.parent_id
            and self.slug == that.slug
            and self.logo_url == that.logo_url
            and self.cal_video_logo == that.cal_video_logo
            and self.app_logo == that.app_logo
            and self.app_icon_logo == that.app_icon_logo
            and self.bio == that.bio
            and self.hide_branding == that.hide_branding
            and self.is_private == that.is_private
            and self.hide_book_a_team_member == that.hide_book_a_team_member
            and self.metadata == that.metadata
            and self.theme == that.theme
            and self.brand_color == that.brand_color
            and self.dark_brand_color == that.dark_brand_color
            and self.banner_url == that.banner_url
            and self.time_format == that.time_format
            and self.time_zone == that.time_zone
            and self.week_start == that.week_start
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "Team")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "name"
            name = d.pop("name")
            if type(name) is not str:
                name = as_str(name)

            _key = "isOrganization"
            is_organization = d.pop("isOrganization")
            if type(is_organization) is not bool:
                is_organization = as_bool(is_organization)

            _key = "parentId"
            parent_id = d.pop("parentId", UNSET)
            if not (parent_id is UNSET or parent_id is None or type(parent_id) is int):

                def _parse_parent_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            parent_id_type_0 = data
                            if type(parent_id_type_0) is not int:
                                parent_id_type_0 = as_int(parent_id_type_0)

                            return parent_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                parent_id = _parse_parent_id(parent_id)

            _key = "slug"
            slug = d.pop("slug", UNSET)
            if not (slug is UNSET or slug is None or type(slug) is str):

                def _parse_slug(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            slug_type_0 = data
                            if type(slug_type_0) is not str:
                                slug_type_0 = as_str(slug_type_0)

                            return slug_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                slug = _parse_slug(slug)

            _key = "logoUrl"
            logo_url = d.pop("logoUrl", UNSET)
            if not (logo_url is UNSET or logo_url is None or type(logo_url) is str):

                def _parse_logo_url(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            logo_url_type_0 = data
                            if type(logo_url_type_0) is not str:
                                logo_url_type_0 = as_str(logo_url_type_0)

                            return logo_url_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                logo_url = _parse_logo_url(logo_url)

            _key = "calVideoLogo"
            cal_video_logo = d.pop("calVideoLogo", UNSET)
            if not (cal_video_logo is UNSET or cal_video_logo is None or type(cal_video_logo) is str):

                def _parse_cal_video_logo(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            cal_video_logo_type_0 = data
                            if type(cal_video_logo_type_0) is not str:
                                cal_video_logo_type_0 = as_str(cal_video_logo_type_0)

                            return cal_video_logo_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                cal_video_logo = _parse_cal_video_logo(cal_video_logo)

            _key = "appLogo"
            app_logo = d.pop("appLogo", UNSET)
            if not (app_logo is UNSET or app_logo is None or type(app_logo) is str):

                def _parse_app_logo(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            app_logo_type_0 = data
                            if type(app_logo_type_0) is not str:
                                app_logo_type_0 = as_str(app_logo_type_0)

                            return app_logo_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                app_logo = _parse_app_logo(app_logo)

            _key = "appIconLogo"
            app_icon_logo = d.pop("appIconLogo", UNSET)
            if not (app_icon_logo is UNSET or app_icon_logo is None or type(app_icon_logo) is str):

                def _parse_app_icon_logo(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            app_icon_logo_type_0 = data
                            if type(app_icon_logo_type_0) is not str:
                                app_icon_logo_type_0 = as_str(app_icon_logo_type_0)

                            return app_icon_logo_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                app_icon_logo = _parse_app_icon_logo(app_icon_logo)

            _key = "bio"
            bio = d.pop("bio", UNSET)
            if not (bio is UNSET or bio is None or type(bio) is str):

                def _parse_bio(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            bio_type_0 = data
                            if type(bio_type_0) is not str:
                                bio_type_0 = as_str(bio_type_0)

                            return bio_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                bio = _parse_bio(bio)

            _key = "hideBranding"
            hide_branding = d.pop("hideBranding", UNSET)
            if type(hide_branding) is not bool and hide_branding is not UNSET:
                hide_branding = UNSET if hide_branding is None else as_bool(hide_branding)

            _key = "isPrivate"
            is_private = d.pop("isPrivate", UNSET)
            if type(is_private) is not bool and is_private is not UNSET:
                is_private = UNSET if is_private is None else as_bool(is_private)

            _key = "hideBookATeamMember"
            hide_book_a_team_member = d.pop("hideBookATeamMember", UNSET)
            if type(hide_book_a_team_member) is not bool and hide_book_a_team_member is not UNSET:
                hide_book_a_team_member = UNSET if hide_book_a_team_member is None else as_bool(hide_book_a_team_member)

            _key = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: Metadata | Unset
            if _metadata is UNSET or _metadata is None:
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

            _key = "theme"
            theme = d.pop("theme", UNSET)
            if not (theme is UNSET or theme is None or type(theme) is str):

                def _parse_theme(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            theme_type_0 = data
                            if type(theme_type_0) is not str:
                                theme_type_0 = as_str(theme_type_0)

                            return theme_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                theme = _parse_theme(theme)

            _key = "brandColor"
            brand_color = d.pop("brandColor", UNSET)
            if not (brand_color is UNSET or brand_color is None or type(brand_color) is str):

                def _parse_brand_color(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            brand_color_type_0 = data
                            if type(brand_color_type_0) is not str:
                                brand_color_type_0 = as_str(brand_color_type_0)

                            return brand_color_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                brand_color = _parse_brand_color(brand_color)

            _key = "darkBrandColor"
            dark_brand_color = d.pop("darkBrandColor", UNSET)
            if not (dark_brand_color is UNSET or dark_brand_color is None or type(dark_brand_color) is str):

                def _parse_dark_brand_color(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            dark_brand_color_type_0 = data
                            if type(dark_brand_color_type_0) is not str:
                                dark_brand_color_type_0 = as_str(dark_brand_color_type_0)

                            return dark_brand_color_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                dark_brand_color = _parse_dark_brand_color(dark_brand_color)

            _key = "bannerUrl"
            banner_url = d.pop("bannerUrl", UNSET)
            if not (banner_url is UNSET or banner_url is None or type(banner_url) is str):

                def _parse_banner_url(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            banner_url_type_0 = data
                            if type(banner_url_type_0) is not str:
                                banner_url_type_0 = as_str(banner_url_type_0)

                            return banner_url_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                banner_url = _parse_banner_url(banner_url)

            _key = "timeFormat"
            time_format = d.pop("timeFormat", UNSET)
            if not (time_format is UNSET or time_format is None or type(time_format) is int):

                def _parse_time_format(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            time_format_type_0 = data
                            if type(time_format_type_0) is not int:
                                time_format_type_0 = as_int(time_format_type_0)

                            return time_format_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                time_format = _parse_time_format(time_format)

            _key = "timeZone"
            time_zone = d.pop("timeZone", UNSET)
            if type(time_zone) is not str and time_zone is not UNSET:
                time_zone = UNSET if time_zone is None else as_str(time_zone)

            _key = "weekStart"
            week_start = d.pop("weekStart", UNSET)
            if type(week_start) is not str and week_start is not UNSET:
                week_start = UNSET if week_start is None else as_str(week_start)

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
        except ResponseParseError as exc:
            exc.enter("Team", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("Team", _key)
            raise error from exc
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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, Metadata
    from ..models.metadata import Metadata  # noqa: PLC0415

    _models_bound = True
