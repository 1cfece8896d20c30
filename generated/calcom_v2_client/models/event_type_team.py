from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="EventTypeTeam")


class EventTypeTeam:
    __slots__ = (
        "id",
        "slug",
        "name",
        "banner_url",
        "logo_url",
        "week_start",
        "brand_color",
        "dark_brand_color",
        "theme",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "slug",
        "name",
        "banner_url",
        "logo_url",
        "week_start",
        "brand_color",
        "dark_brand_color",
        "theme",
    )

    id: int
    slug: None | str | Unset
    name: None | str | Unset
    banner_url: None | str | Unset
    logo_url: None | str | Unset
    week_start: None | str | Unset
    brand_color: None | str | Unset
    dark_brand_color: None | str | Unset
    theme: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        slug: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        banner_url: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        week_start: None | str | Unset = UNSET,
        brand_color: None | str | Unset = UNSET,
        dark_brand_color: None | str | Unset = UNSET,
        theme: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.slug = slug
        self.name = name
        self.banner_url = banner_url
        self.logo_url = logo_url
        self.week_start = week_start
        self.brand_color = brand_color
        self.dark_brand_color = dark_brand_color
        self.theme = theme
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"slug={self.slug!r}, "
            f"name={self.name!r}, "
            f"banner_url={self.banner_url!r}, "
            f"logo_url={self.logo_url!r}, "
            f"week_start={self.week_start!r}, "
            f"brand_color={self.brand_color!r}, "
            f"dark_brand_color={self.dark_brand_color!r}, "
            f"theme={self.theme!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(EventTypeTeam, other)
        return (
            self.id == that.id
            and self.slug == that.slug
            and self.name == that.name
            and self.banner_url == that.banner_url
            and self.logo_url == that.logo_url
            and self.week_start == that.week_start
            and self.brand_color == that.brand_color
            and self.dark_brand_color == that.dark_brand_color
            and self.theme == that.theme
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        banner_url: None | str | Unset
        if isinstance(self.banner_url, Unset):
            banner_url = UNSET
        else:
            banner_url = self.banner_url

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        week_start: None | str | Unset
        if isinstance(self.week_start, Unset):
            week_start = UNSET
        else:
            week_start = self.week_start

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

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
        if banner_url is not UNSET:
            field_dict["bannerUrl"] = banner_url
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if week_start is not UNSET:
            field_dict["weekStart"] = week_start
        if brand_color is not UNSET:
            field_dict["brandColor"] = brand_color
        if dark_brand_color is not UNSET:
            field_dict["darkBrandColor"] = dark_brand_color
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "EventTypeTeam")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

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

            _key = "name"
            name = d.pop("name", UNSET)
            if not (name is UNSET or name is None or type(name) is str):

                def _parse_name(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            name_type_0 = data
                            if type(name_type_0) is not str:
                                name_type_0 = as_str(name_type_0)

                            return name_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                name = _parse_name(name)

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

            _key = "weekStart"
            week_start = d.pop("weekStart", UNSET)
            if not (week_start is UNSET or week_start is None or type(week_start) is str):

                def _parse_week_start(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            week_start_type_0 = data
                            if type(week_start_type_0) is not str:
                                week_start_type_0 = as_str(week_start_type_0)

                            return week_start_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                week_start = _parse_week_start(week_start)

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

            event_type_team = cls(
                id=id,
                slug=slug,
                name=name,
                banner_url=banner_url,
                logo_url=logo_url,
                week_start=week_start,
                brand_color=brand_color,
                dark_brand_color=dark_brand_color,
                theme=theme,
            )

            event_type_team.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("EventTypeTeam", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("EventTypeTeam", _key)
            raise error from exc
        return event_type_team

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
