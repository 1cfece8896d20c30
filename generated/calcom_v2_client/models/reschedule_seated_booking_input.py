from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RescheduleSeatedBookingInput")


@_attrs_define
class RescheduleSeatedBookingInput:
    start: str
    seat_uid: str
    rescheduled_by: str | Unset = UNSET
    email_verification_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        start = d.pop("start")

        seat_uid = d.pop("seatUid")

        rescheduled_by = d.pop("rescheduledBy", UNSET)

        email_verification_code = d.pop("emailVerificationCode", UNSET)

        reschedule_seated_booking_input = cls(
            start=start,
            seat_uid=seat_uid,
            rescheduled_by=rescheduled_by,
            email_verification_code=email_verification_code,
        )

        reschedule_seated_booking_input.additional_properties = d
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
