from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_list,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.loose_object import LooseObject


T = TypeVar("T", bound="CalendarIntegration")


class CalendarIntegration:
    """The calendar app behind a connection."""

    __slots__ = (
        "type_",
        "slug",
        "name",
        "title",
        "description",
        "variant",
        "category",
        "categories",
        "logo",
        "publisher",
        "url",
        "email",
        "installed",
        "dir_name",
        "app_data",
        "location_option",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "type_",
        "slug",
        "name",
        "title",
        "description",
        "variant",
        "category",
        "categories",
        "logo",
        "publisher",
        "url",
        "email",
        "installed",
        "dir_name",
        "app_data",
        "location_option",
    )

    type_: str
    """ e.g. google_calendar """
    slug: str
    name: str | Unset
    title: str | Unset
    description: str | Unset
    variant: str | Unset
    category: str | Unset
    categories: list[str] | Unset
    logo: str | Unset
    publisher: str | Unset
    url: str | Unset
    email: str | Unset
    installed: bool | Unset
    dir_name: str | Unset
    app_data: LooseObject | None | Unset
    location_option: LooseObject | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: str,
        slug: str,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        variant: str | Unset = UNSET,
        category: str | Unset = UNSET,
        categories: list[str] | Unset = UNSET,
        logo: str | Unset = UNSET,
        publisher: str | Unset = UNSET,
        url: str | Unset = UNSET,
        email: str | Unset = UNSET,
        installed: bool | Unset = UNSET,
        dir_name: str | Unset = UNSET,
        app_data: LooseObject | None | Unset = UNSET,
        location_option: LooseObject | None | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.slug = slug
        self.name = name
        self.title = title
        self.description = description
        self.variant = variant
        self.category = category
        self.categories = categories
        self.logo = logo
        self.publisher = publisher
        self.url = url
        self.email = email
        self.installed = installed
        self.dir_name = dir_name
        self.app_data = app_data
        self.location_option = location_option
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type_={self.type_!r}, "
            f"slug={self.slug!r}, "
            f"name={self.name!r}, "
            f"title={self.title!r}, "
            f"description={self.description!r}, "
            f"variant={self.variant!r}, "
            f"category={self.category!r}, "
            f"categories={self.categories!r}, "
            f"logo={self.logo!r}, "
            f"publisher={self.publisher!r}, "
            f"url={self.url!r}, "
            f"email={self.email!r}, "
            f"installed={self.installed!r}, "
            f"dir_name={self.dir_name!r}, "
            f"app_data={self.app_data!r}, "
            f"location_option={self.location_option!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CalendarIntegration, other)
        return (
            self.type_ == that.type_
            and self.slug == that.slug
            and self.name == that.name
            and self.title == that.title
            and self.description == that.description
            and self.variant == that.variant
            and self.category == that.category
            and self.categories == that.categories
            and self.logo == that.logo
            and self.publisher == that.publisher
            and self.url == that.url
            and self.email == that.email
            and self.installed == that.installed
            and self.dir_name == that.dir_name
            and self.app_data == that.app_data
            and self.location_option == that.location_option
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        type_ = self.type_

        slug = self.slug

        name = self.name

        title = self.title

        description = self.description

        variant = self.variant

        category = self.category

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        logo = self.logo

        publisher = self.publisher

        url = self.url

        email = self.email

        installed = self.installed

        dir_name = self.dir_name

        app_data: dict[str, Any] | None | Unset
        if isinstance(self.app_data, Unset):
            app_data = UNSET
        elif isinstance(self.app_data, LooseObject):
            app_data = self.app_data.to_dict()
        else:
            app_data = self.app_data

        location_option: dict[str, Any] | None | Unset
        if isinstance(self.location_option, Unset):
            location_option = UNSET
        elif isinstance(self.location_option, LooseObject):
            location_option = self.location_option.to_dict()
        else:
            location_option = self.location_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "slug": slug,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if variant is not UNSET:
            field_dict["variant"] = variant
        if category is not UNSET:
            field_dict["category"] = category
        if categories is not UNSET:
            field_dict["categories"] = categories
        if logo is not UNSET:
            field_dict["logo"] = logo
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if url is not UNSET:
            field_dict["url"] = url
        if email is not UNSET:
            field_dict["email"] = email
        if installed is not UNSET:
            field_dict["installed"] = installed
        if dir_name is not UNSET:
            field_dict["dirName"] = dir_name
        if app_data is not UNSET:
            field_dict["appData"] = app_data
        if location_option is not UNSET:
            field_dict["locationOption"] = location_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CalendarIntegration")
        d = dict(src_dict)
        _key: str = "type"
        try:
            type_ = d.pop("type")
            if type(type_) is not str:
                type_ = as_str(type_)

            _key = "slug"
            slug = d.pop("slug")
            if type(slug) is not str:
                slug = as_str(slug)

            _key = "name"
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                name = UNSET if name is None else as_str(name)

            _key = "title"
            title = d.pop("title", UNSET)
            if type(title) is not str and title is not UNSET:
                title = UNSET if title is None else as_str(title)

            _key = "description"
            description = d.pop("description", UNSET)
            if type(description) is not str and description is not UNSET:
                description = UNSET if description is None else as_str(description)

            _key = "variant"
            variant = d.pop("variant", UNSET)
            if type(variant) is not str and variant is not UNSET:
                variant = UNSET if variant is None else as_str(variant)

            _key = "category"
            category = d.pop("category", UNSET)
            if type(category) is not str and category is not UNSET:
                category = UNSET if category is None else as_str(category)

            _key = "categories"
            _categories = d.pop("categories", UNSET)
            categories: list[str] | Unset = UNSET
            if _categories is not UNSET and _categories is not None:
                if type(_categories) is not list:
                    _categories = as_list(_categories)
                categories = []
                for categories_index, categories_item_data in enumerate(_categories):
                    try:
                        categories_item = categories_item_data
                        if type(categories_item) is not str:
                            categories_item = as_str(categories_item)

                    except ResponseParseError as exc:
                        exc.at(categories_index)
                        raise
                    categories.append(categories_item)

            _key = "logo"
            logo = d.pop("logo", UNSET)
            if type(logo) is not str and logo is not UNSET:
                logo = UNSET if logo is None else as_str(logo)

            _key = "publisher"
            publisher = d.pop("publisher", UNSET)
            if type(publisher) is not str and publisher is not UNSET:
                publisher = UNSET if publisher is None else as_str(publisher)

            _key = "url"
            url = d.pop("url", UNSET)
            if type(url) is not str and url is not UNSET:
                url = UNSET if url is None else as_str(url)

            _key = "email"
            email = d.pop("email", UNSET)
            if type(email) is not str and email is not UNSET:
                email = UNSET if email is None else as_str(email)

            _key = "installed"
            installed = d.pop("installed", UNSET)
            if type(installed) is not bool and installed is not UNSET:
                installed = UNSET if installed is None else as_bool(installed)

            _key = "dirName"
            dir_name = d.pop("dirName", UNSET)
            if type(dir_name) is not str and dir_name is not UNSET:
                dir_name = UNSET if dir_name is None else as_str(dir_name)

            _key = "appData"
            app_data = d.pop("appData", UNSET)
            if not (app_data is UNSET or app_data is None):

                def _parse_app_data(data: object) -> LooseObject | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, dict):
                        try:
                            app_data_type_0 = LooseObject.from_dict(data)

                            return app_data_type_0
                        except ResponseParseError as exc:
                            attempts.append(("LooseObject", exc))
                    raise no_variant("LooseObject | None", data, attempts)

                app_data = _parse_app_data(app_data)

            _key = "locationOption"
            location_option = d.pop("locationOption", UNSET)
            if not (location_option is UNSET or location_option is None):

                def _parse_location_option(data: object) -> LooseObject | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, dict):
                        try:
                            location_option_type_0 = LooseObject.from_dict(data)

                            return location_option_type_0
                        except ResponseParseError as exc:
                            attempts.append(("LooseObject", exc))
                    raise no_variant("LooseObject | None", data, attempts)

                location_option = _parse_location_option(location_option)

            calendar_integration = cls(
                type_=type_,
                slug=slug,
                name=name,
                title=title,
                description=description,
                variant=variant,
                category=category,
                categories=categories,
                logo=logo,
                publisher=publisher,
                url=url,
                email=email,
                installed=installed,
                dir_name=dir_name,
                app_data=app_data,
                location_option=location_option,
            )

            calendar_integration.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CalendarIntegration", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CalendarIntegration", _key)
            raise error from exc
        return calendar_integration

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
    global _models_bound, LooseObject
    from ..models.loose_object import LooseObject  # noqa: PLC0415

    _models_bound = True
