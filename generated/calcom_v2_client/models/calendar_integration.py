from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loose_object import LooseObject


T = TypeVar("T", bound="CalendarIntegration")


@_attrs_define
class CalendarIntegration:
    """The calendar app behind a connection."""

    type_: str
    """ e.g. google_calendar """
    slug: str
    name: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    variant: str | Unset = UNSET
    category: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    logo: str | Unset = UNSET
    publisher: str | Unset = UNSET
    url: str | Unset = UNSET
    email: str | Unset = UNSET
    installed: bool | Unset = UNSET
    dir_name: str | Unset = UNSET
    app_data: LooseObject | None | Unset = UNSET
    location_option: LooseObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.loose_object import LooseObject  # noqa: PLC0415

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
        from ..models.loose_object import LooseObject  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        slug = d.pop("slug")

        name = d.pop("name", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        variant = d.pop("variant", UNSET)

        category = d.pop("category", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        logo = d.pop("logo", UNSET)

        publisher = d.pop("publisher", UNSET)

        url = d.pop("url", UNSET)

        email = d.pop("email", UNSET)

        installed = d.pop("installed", UNSET)

        dir_name = d.pop("dirName", UNSET)

        def _parse_app_data(data: object) -> LooseObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                app_data_type_0 = LooseObject.from_dict(data)

                return app_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LooseObject | None | Unset, data)

        app_data = _parse_app_data(d.pop("appData", UNSET))

        def _parse_location_option(data: object) -> LooseObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_option_type_0 = LooseObject.from_dict(data)

                return location_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LooseObject | None | Unset, data)

        location_option = _parse_location_option(d.pop("locationOption", UNSET))

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
