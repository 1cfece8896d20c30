from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_bool,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="MarkAbsentAttendee")


class MarkAbsentAttendee:
    __slots__ = ("email", "absent", "additional_properties", "__weakref__")
    __match_args__ = (
        "email",
        "absent",
    )

    email: str
    absent: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        email: str,
        absent: bool,
    ) -> None:
        self.email = email
        self.absent = absent
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"email={self.email!r}, "
            f"absent={self.absent!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(MarkAbsentAttendee, other)
        return (
            self.email == that.email
            and self.absent == that.absent
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        absent = self.absent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "absent": absent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "MarkAbsentAttendee")
        d = dict(src_dict)
        _key: str = "email"
        try:
            email = d.pop("email")
            if type(email) is not str:
                email = as_str(email)

            _key = "absent"
            absent = d.pop("absent")
            if type(absent) is not bool:
                absent = as_bool(absent)

            mark_absent_attendee = cls(
                email=email,
                absent=absent,
            )

            mark_absent_attendee.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("MarkAbsentAttendee", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("MarkAbsentAttendee", _key)
            raise error from exc
        return mark_absent_attendee

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
