from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.time_format import TimeFormat, check_time_format
from ..models.weekday import Weekday, check_weekday
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_object,
    as_str,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateTeamInput")


class CreateTeamInput:
    __slots__ = (
        "name",
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
        "auto_accept_creator",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "name",
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
        "auto_accept_creator",
    )

    name: str
    slug: str | Unset
    logo_url: str | Unset
    cal_video_logo: str | Unset
    app_logo: str | Unset
    app_icon_logo: str | Unset
    bio: str | Unset
    hide_branding: bool | Unset
    is_private: bool | Unset
    hide_book_a_team_member: bool | Unset
    metadata: Metadata | Unset
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    theme: str | Unset
    brand_color: str | Unset
    dark_brand_color: str | Unset
    banner_url: str | Unset
    time_format: TimeFormat | Unset
    """ 12- or 24-hour clock. """
    time_zone: str | Unset
    week_start: Weekday | Unset
    auto_accept_creator: bool | Unset
    """ The creator's owner membership starts accepted (the default). """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        slug: str | Unset = UNSET,
        logo_url: str | Unset = UNSET,
        cal_video_logo: str | Unset = UNSET,
        app_logo: str | Unset = UNSET,
        app_icon_logo: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        hide_branding: bool | Unset = UNSET,
        is_private: bool | Unset = UNSET,
        hide_book_a_team_member: bool | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        theme: str | Unset = UNSET,
        brand_color: str | Unset = UNSET,
        dark_brand_color: str | Unset = UNSET,
        banner_url: str | Unset = UNSET,
        time_format: TimeFormat | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        week_start: Weekday | Unset = UNSET,
        auto_accept_creator: bool | Unset = UNSET,
    ) -> None:
        self.name = name
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
        self.auto_accept_creator = auto_accept_creator
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
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
            f"auto_accept_creator={self.auto_accept_creator!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CreateTeamInput, other)
        return (
            self.name == that.name
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
            and self.auto_accept_creator == that.auto_accept_creator
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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

        auto_accept_creator = self.auto_accept_creator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
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
        if auto_accept_creator is not UNSET:
            field_dict["autoAcceptCreator"] = auto_accept_creator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CreateTeamInput")
        d = dict(src_dict)
        _key: str = "name"
        try:
            name = d.pop("name")
            if type(name) is not str:
                name = as_str(name)

            _key = "slug"
            slug = d.pop("slug", UNSET)
            if type(slug) is not str and slug is not UNSET:
                slug = UNSET if slug is None else as_str(slug)

            _key = "logoUrl"
            logo_url = d.pop("logoUrl", UNSET)
            if type(logo_url) is not str and logo_url is not UNSET:
                logo_url = UNSET if logo_url is None else as_str(logo_url)

            _key = "calVideoLogo"
            cal_video_logo = d.pop("calVideoLogo", UNSET)
            if type(cal_video_logo) is not str and cal_video_logo is not UNSET:
                cal_video_logo = UNSET if cal_video_logo is None else as_str(cal_video_logo)

            _key = "appLogo"
            app_logo = d.pop("appLogo", UNSET)
            if type(app_logo) is not str and app_logo is not UNSET:
                app_logo = UNSET if app_logo is None else as_str(app_logo)

            _key = "appIconLogo"
            app_icon_logo = d.pop("appIconLogo", UNSET)
            if type(app_icon_logo) is not str and app_icon_logo is not UNSET:
                app_icon_logo = UNSET if app_icon_logo is None else as_str(app_icon_logo)

            _key = "bio"
            bio = d.pop("bio", UNSET)
            if type(bio) is not str and bio is not UNSET:
                bio = UNSET if bio is None else as_str(bio)

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
            if type(theme) is not str and theme is not UNSET:
                theme = UNSET if theme is None else as_str(theme)

            _key = "brandColor"
            brand_color = d.pop("brandColor", UNSET)
            if type(brand_color) is not str and brand_color is not UNSET:
                brand_color = UNSET if brand_color is None else as_str(brand_color)

            _key = "darkBrandColor"
            dark_brand_color = d.pop("darkBrandColor", UNSET)
            if type(dark_brand_color) is not str and dark_brand_color is not UNSET:
                dark_brand_color = UNSET if dark_brand_color is None else as_str(dark_brand_color)

            _key = "bannerUrl"
            banner_url = d.pop("bannerUrl", UNSET)
            if type(banner_url) is not str and banner_url is not UNSET:
                banner_url = UNSET if banner_url is None else as_str(banner_url)

            _key = "timeFormat"
            time_format = d.pop("timeFormat", UNSET)
            if type(time_format) is not int and time_format is not UNSET:
                time_format = UNSET if time_format is None else check_time_format(time_format)

            _key = "timeZone"
            time_zone = d.pop("timeZone", UNSET)
            if type(time_zone) is not str and time_zone is not UNSET:
                time_zone = UNSET if time_zone is None else as_str(time_zone)

            _key = "weekStart"
            week_start = d.pop("weekStart", UNSET)
            if type(week_start) is not str and week_start is not UNSET:
                week_start = UNSET if week_start is None else check_weekday(week_start)

            _key = "autoAcceptCreator"
            auto_accept_creator = d.pop("autoAcceptCreator", UNSET)
            if type(auto_accept_creator) is not bool and auto_accept_creator is not UNSET:
                auto_accept_creator = UNSET if auto_accept_creator is None else as_bool(auto_accept_creator)

            create_team_input = cls(
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
                auto_accept_creator=auto_accept_creator,
            )

            create_team_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CreateTeamInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CreateTeamInput", _key)
            raise error from exc
        return create_team_input

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
