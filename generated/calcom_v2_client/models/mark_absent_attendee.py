from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import (
    as_bool,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="MarkAbsentAttendee")


@_attrs_define
class MarkAbsentAttendee:
    email: str
    absent: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
