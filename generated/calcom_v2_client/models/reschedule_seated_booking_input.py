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

T = TypeVar("T", bound="RescheduleSeatedBookingInput")


class RescheduleSeatedBookingInput:
    __slots__ = (
        "start",
        "seat_uid",
        "rescheduled_by",
        "email_verification_code",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "start",
        "seat_uid",
        "rescheduled_by",
        "email_verification_code",
    )

    start: str
    seat_uid: str
    rescheduled_by: str | Unset
    email_verification_code: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start: str,
        seat_uid: str,
        rescheduled_by: str | Unset = UNSET,
        email_verification_code: str | Unset = UNSET,
    ) -> None:
        self.start = start
        self.seat_uid = seat_uid
        self.rescheduled_by = rescheduled_by
        self.email_verification_code = email_verification_code
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"start={self.start!r}, "
            f"seat_uid={self.seat_uid!r}, "
            f"rescheduled_by={self.rescheduled_by!r}, "
            f"email_verification_code={self.email_verification_code!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(RescheduleSeatedBookingInput, other)
        return (
            self.start == that.start
            and self.seat_uid == that.seat_uid
            and self.rescheduled_by == that.rescheduled_by
            and self.email_verification_code == that.email_verification_code
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        seat_uid = self.seat_uid

        rescheduled_by = self.rescheduled_by

        email_verification_code = self.email_verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "seatUid": seat_uid,
            }
        )
        if rescheduled_by is not UNSET:
            field_dict["rescheduledBy"] = rescheduled_by
        if email_verification_code is not UNSET:
            field_dict["emailVerificationCode"] = email_verification_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "RescheduleSeatedBookingInput")
        d = dict(src_dict)
        _key: str = "start"
        try:
            start = d.pop("start")
            if type(start) is not str:
                start = as_str(start)

            _key = "seatUid"
            seat_uid = d.pop("seatUid")
            if type(seat_uid) is not str:
                seat_uid = as_str(seat_uid)

            _key = "rescheduledBy"
            rescheduled_by = d.pop("rescheduledBy", UNSET)
            if type(rescheduled_by) is not str and rescheduled_by is not UNSET:
                rescheduled_by = UNSET if rescheduled_by is None else as_str(rescheduled_by)

            _key = "emailVerificationCode"
            email_verification_code = d.pop("emailVerificationCode", UNSET)
            if type(email_verification_code) is not str and email_verification_code is not UNSET:
                email_verification_code = UNSET if email_verification_code is None else as_str(email_verification_code)

            reschedule_seated_booking_input = cls(
                start=start,
                seat_uid=seat_uid,
                rescheduled_by=rescheduled_by,
                email_verification_code=email_verification_code,
            )

            reschedule_seated_booking_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("RescheduleSeatedBookingInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("RescheduleSeatedBookingInput", _key)
            raise error from exc
        return reschedule_seated_booking_input

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
