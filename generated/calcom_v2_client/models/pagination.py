from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    total_items: int
    remaining_items: int
    returned_items: int
    items_per_page: int
    current_page: int
    total_pages: int
    has_next_page: bool
    has_previous_page: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        remaining_items = self.remaining_items

        returned_items = self.returned_items

        items_per_page = self.items_per_page

        current_page = self.current_page

        total_pages = self.total_pages

        has_next_page = self.has_next_page

        has_previous_page = self.has_previous_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalItems": total_items,
                "remainingItems": remaining_items,
                "returnedItems": returned_items,
                "itemsPerPage": items_per_page,
                "currentPage": current_page,
                "totalPages": total_pages,
                "hasNextPage": has_next_page,
                "hasPreviousPage": has_previous_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_items = d.pop("totalItems")

        remaining_items = d.pop("remainingItems")

        returned_items = d.pop("returnedItems")

        items_per_page = d.pop("itemsPerPage")

        current_page = d.pop("currentPage")

        total_pages = d.pop("totalPages")

        has_next_page = d.pop("hasNextPage")

        has_previous_page = d.pop("hasPreviousPage")

        pagination = cls(
            total_items=total_items,
            remaining_items=remaining_items,
            returned_items=returned_items,
            items_per_page=items_per_page,
            current_page=current_page,
            total_pages=total_pages,
            has_next_page=has_next_page,
            has_previous_page=has_previous_page,
        )

        pagination.additional_properties = d
        return pagination

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
