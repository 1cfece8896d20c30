from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="BookingLocationAttendeePhone")


class BookingLocationAttendeePhone:
    __slots__ = ("type_", "phone", "additional_properties", "__weakref__")
    __match_args__ = (
        "type_",
        "phone",
    )

    type_: Literal["attendeePhone"]
    phone: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: Literal["attendeePhone"],
        phone: str,
    ) -> None:
        self.type_ = type_
        self.phone = phone
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type_={self.type_!r}, "
            f"phone={self.phone!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingLocationAttendeePhone, other)
        return (
            self.type_ == that.type_
            and self.phone == that.phone
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "phone": phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingLocationAttendeePhone")
        d = dict(src_dict)
        _key: str = "type"
        try:
            type_ = cast(Literal["attendeePhone"], d.pop("type"))
            if type_ != "attendeePhone":
                raise ResponseParseError("expected 'attendeePhone'", type_)

            _key = "phone"
            phone = d.pop("phone")
            if type(phone) is not str:
                phone = as_str(phone)

            booking_location_attendee_phone = cls(
                type_=type_,
                phone=phone,
            )

            booking_location_attendee_phone.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingLocationAttendeePhone", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingLocationAttendeePhone", _key)
            raise error from exc
        return booking_location_attendee_phone

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
