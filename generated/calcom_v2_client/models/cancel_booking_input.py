from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="CancelBookingInput")


class CancelBookingInput:
    __slots__ = ("cancellation_reason", "cancel_subsequent_bookings", "additional_properties", "__weakref__")
    __match_args__ = (
        "cancellation_reason",
        "cancel_subsequent_bookings",
    )

    cancellation_reason: str | Unset
    cancel_subsequent_bookings: bool | Unset
    """ Recurring bookings - also cancel the later occurrences. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        cancellation_reason: str | Unset = UNSET,
        cancel_subsequent_bookings: bool | Unset = UNSET,
    ) -> None:
        self.cancellation_reason = cancellation_reason
        self.cancel_subsequent_bookings = cancel_subsequent_bookings
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"cancellation_reason={self.cancellation_reason!r}, "
            f"cancel_subsequent_bookings={self.cancel_subsequent_bookings!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CancelBookingInput, other)
        return (
            self.cancellation_reason == that.cancellation_reason
            and self.cancel_subsequent_bookings == that.cancel_subsequent_bookings
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        cancellation_reason = self.cancellation_reason

        cancel_subsequent_bookings = self.cancel_subsequent_bookings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancellation_reason is not UNSET:
            field_dict["cancellationReason"] = cancellation_reason
        if cancel_subsequent_bookings is not UNSET:
            field_dict["cancelSubsequentBookings"] = cancel_subsequent_bookings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CancelBookingInput")
        d = dict(src_dict)
        _key: str = "cancellationReason"
        try:
            cancellation_reason = d.pop("cancellationReason", UNSET)
            if type(cancellation_reason) is not str and cancellation_reason is not UNSET:
                cancellation_reason = UNSET if cancellation_reason is None else as_str(cancellation_reason)

            _key = "cancelSubsequentBookings"
            cancel_subsequent_bookings = d.pop("cancelSubsequentBookings", UNSET)
            if type(cancel_subsequent_bookings) is not bool and cancel_subsequent_bookings is not UNSET:
                cancel_subsequent_bookings = (
                    UNSET if cancel_subsequent_bookings is None else as_bool(cancel_subsequent_bookings)
                )

            cancel_booking_input = cls(
                cancellation_reason=cancellation_reason,
                cancel_subsequent_bookings=cancel_subsequent_bookings,
            )

            cancel_booking_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CancelBookingInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CancelBookingInput", _key)
            raise error from exc
        return cancel_booking_input

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
