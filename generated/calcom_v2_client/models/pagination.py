from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_bool,
    as_int,
    as_object,
    unexpected,
)

T = TypeVar("T", bound="Pagination")


class Pagination:
    __slots__ = (
        "total_items",
        "remaining_items",
        "returned_items",
        "items_per_page",
        "current_page",
        "total_pages",
        "has_next_page",
        "has_previous_page",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "total_items",
        "remaining_items",
        "returned_items",
        "items_per_page",
        "current_page",
        "total_pages",
        "has_next_page",
        "has_previous_page",
    )

    total_items: int
    remaining_items: int
    returned_items: int
    items_per_page: int
    current_page: int
    total_pages: int
    has_next_page: bool
    has_previous_page: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        total_items: int,
        remaining_items: int,
        returned_items: int,
        items_per_page: int,
        current_page: int,
        total_pages: int,
        has_next_page: bool,
        has_previous_page: bool,
    ) -> None:
        self.total_items = total_items
        self.remaining_items = remaining_items
        self.returned_items = returned_items
        self.items_per_page = items_per_page
        self.current_page = current_page
        self.total_pages = total_pages
        self.has_next_page = has_next_page
        self.has_previous_page = has_previous_page
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"total_items={self.total_items!r}, "
            f"remaining_items={self.remaining_items!r}, "
            f"returned_items={self.returned_items!r}, "
            f"items_per_page={self.items_per_page!r}, "
            f"current_page={self.current_page!r}, "
            f"total_pages={self.total_pages!r}, "
            f"has_next_page={self.has_next_page!r}, "
            f"has_previous_page={self.has_previous_page!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(Pagination, other)
        return (
            self.total_items == that.total_items
            and self.remaining_items == that.remaining_items
            and self.returned_items == that.returned_items
            and self.items_per_page == that.items_per_page
            and self.current_page == that.current_page
            and self.total_pages == that.total_pages
            and self.has_next_page == that.has_next_page
            and self.has_previous_page == that.has_previous_page
            and self.additional_properties == that.additional_properties
        )

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "Pagination")
        d = dict(src_dict)
        _key: str = "totalItems"
        try:
            total_items = d.pop("totalItems")
            if type(total_items) is not int:
                total_items = as_int(total_items)

            _key = "remainingItems"
            remaining_items = d.pop("remainingItems")
            if type(remaining_items) is not int:
                remaining_items = as_int(remaining_items)

            _key = "returnedItems"
            returned_items = d.pop("returnedItems")
            if type(returned_items) is not int:
                returned_items = as_int(returned_items)

            _key = "itemsPerPage"
            items_per_page = d.pop("itemsPerPage")
            if type(items_per_page) is not int:
                items_per_page = as_int(items_per_page)

            _key = "currentPage"
            current_page = d.pop("currentPage")
            if type(current_page) is not int:
                current_page = as_int(current_page)

            _key = "totalPages"
            total_pages = d.pop("totalPages")
            if type(total_pages) is not int:
                total_pages = as_int(total_pages)

            _key = "hasNextPage"
            has_next_page = d.pop("hasNextPage")
            if type(has_next_page) is not bool:
                has_next_page = as_bool(has_next_page)

            _key = "hasPreviousPage"
            has_previous_page = d.pop("hasPreviousPage")
            if type(has_previous_page) is not bool:
                has_previous_page = as_bool(has_previous_page)

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
        except ResponseParseError as exc:
            exc.enter("Pagination", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("Pagination", _key)
            raise error from exc
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
