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
    unexpected,
)

T = TypeVar("T", bound="BookingEventType")


class BookingEventType:
    __slots__ = ("id", "slug", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "slug",
    )

    id: int
    slug: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        slug: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.slug = slug
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"slug={self.slug!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingEventType, other)
        return (
            self.id == that.id and self.slug == that.slug and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingEventType")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "slug"
            slug = d.pop("slug", UNSET)
            if type(slug) is not str and slug is not UNSET:
                slug = UNSET if slug is None else as_str(slug)

            booking_event_type = cls(
                id=id,
                slug=slug,
            )

            booking_event_type.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingEventType", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingEventType", _key)
            raise error from exc
        return booking_event_type

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
