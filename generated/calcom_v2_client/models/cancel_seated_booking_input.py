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

T = TypeVar("T", bound="CancelSeatedBookingInput")


class CancelSeatedBookingInput:
    __slots__ = ("seat_uid", "cancellation_reason", "additional_properties", "__weakref__")
    __match_args__ = (
        "seat_uid",
        "cancellation_reason",
    )

    seat_uid: str
    cancellation_reason: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        seat_uid: str,
        cancellation_reason: str | Unset = UNSET,
    ) -> None:
        self.seat_uid = seat_uid
        self.cancellation_reason = cancellation_reason
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"seat_uid={self.seat_uid!r}, "
            f"cancellation_reason={self.cancellation_reason!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CancelSeatedBookingInput, other)
        return (
            self.seat_uid == that.seat_uid
            and self.cancellation_reason == that.cancellation_reason
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        seat_uid = self.seat_uid

        cancellation_reason = self.cancellation_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seatUid": seat_uid,
            }
        )
        if cancellation_reason is not UNSET:
            field_dict["cancellationReason"] = cancellation_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CancelSeatedBookingInput")
        d = dict(src_dict)
        _key: str = "seatUid"
        try:
            seat_uid = d.pop("seatUid")
            if type(seat_uid) is not str:
                seat_uid = as_str(seat_uid)

            _key = "cancellationReason"
            cancellation_reason = d.pop("cancellationReason", UNSET)
            if type(cancellation_reason) is not str and cancellation_reason is not UNSET:
                cancellation_reason = UNSET if cancellation_reason is None else as_str(cancellation_reason)

            cancel_seated_booking_input = cls(
                seat_uid=seat_uid,
                cancellation_reason=cancellation_reason,
            )

            cancel_seated_booking_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CancelSeatedBookingInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CancelSeatedBookingInput", _key)
            raise error from exc
        return cancel_seated_booking_input

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
