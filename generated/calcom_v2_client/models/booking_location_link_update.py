from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="BookingLocationLinkUpdate")


class BookingLocationLinkUpdate:
    """A meeting link."""

    __slots__ = ("type_", "link", "additional_properties", "__weakref__")
    __match_args__ = (
        "type_",
        "link",
    )

    type_: Literal["link"]
    link: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: Literal["link"],
        link: str,
    ) -> None:
        self.type_ = type_
        self.link = link
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type_={self.type_!r}, "
            f"link={self.link!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingLocationLinkUpdate, other)
        return (
            self.type_ == that.type_
            and self.link == that.link
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "link": link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingLocationLinkUpdate")
        d = dict(src_dict)
        _key: str = "type"
        try:
            type_ = cast(Literal["link"], d.pop("type"))
            if type_ != "link":
                raise ResponseParseError("expected 'link'", type_)

            _key = "link"
            link = d.pop("link")
            if type(link) is not str:
                link = as_str(link)

            booking_location_link_update = cls(
                type_=type_,
                link=link,
            )

            booking_location_link_update.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingLocationLinkUpdate", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingLocationLinkUpdate", _key)
            raise error from exc
        return booking_location_link_update

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
