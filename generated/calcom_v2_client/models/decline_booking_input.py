from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="DeclineBookingInput")


class DeclineBookingInput:
    __slots__ = ("reason", "additional_properties", "__weakref__")
    __match_args__ = ("reason",)

    reason: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        reason: str | Unset = UNSET,
    ) -> None:
        self.reason = reason
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(reason={self.reason!r}, additional_properties={self.additional_properties!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(DeclineBookingInput, other)
        return self.reason == that.reason and self.additional_properties == that.additional_properties

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "DeclineBookingInput")
        d = dict(src_dict)
        _key: str = "reason"
        try:
            reason = d.pop("reason", UNSET)
            if type(reason) is not str and reason is not UNSET:
                reason = UNSET if reason is None else as_str(reason)

            decline_booking_input = cls(
                reason=reason,
            )

            decline_booking_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("DeclineBookingInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("DeclineBookingInput", _key)
            raise error from exc
        return decline_booking_input

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
