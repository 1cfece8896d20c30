from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_int,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="DeletedEventType")


class DeletedEventType:
    __slots__ = ("id", "length_in_minutes", "title", "slug", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "length_in_minutes",
        "title",
        "slug",
    )

    id: int
    length_in_minutes: int
    title: str
    slug: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        length_in_minutes: int,
        title: str,
        slug: str,
    ) -> None:
        self.id = id
        self.length_in_minutes = length_in_minutes
        self.title = title
        self.slug = slug
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"length_in_minutes={self.length_in_minutes!r}, "
            f"title={self.title!r}, "
            f"slug={self.slug!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(DeletedEventType, other)
        return (
            self.id == that.id
            and self.length_in_minutes == that.length_in_minutes
            and self.title == that.title
            and self.slug == that.slug
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        length_in_minutes = self.length_in_minutes

        title = self.title

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lengthInMinutes": length_in_minutes,
                "title": title,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "DeletedEventType")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "lengthInMinutes"
            length_in_minutes = d.pop("lengthInMinutes")
            if type(length_in_minutes) is not int:
                length_in_minutes = as_int(length_in_minutes)

            _key = "title"
            title = d.pop("title")
            if type(title) is not str:
                title = as_str(title)

            _key = "slug"
            slug = d.pop("slug")
            if type(slug) is not str:
                slug = as_str(slug)

            deleted_event_type = cls(
                id=id,
                length_in_minutes=length_in_minutes,
                title=title,
                slug=slug,
            )

            deleted_event_type.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("DeletedEventType", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("DeletedEventType", _key)
            raise error from exc
        return deleted_event_type

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
