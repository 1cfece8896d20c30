from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reassigned_host import ReassignedHost


T = TypeVar("T", bound="BookingReassignment")


@_attrs_define
class BookingReassignment:
    booking_uid: str
    reassigned_to: ReassignedHost
    """ The host a booking was reassigned to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booking_uid = self.booking_uid

        reassigned_to = self.reassigned_to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookingUid": booking_uid,
                "reassignedTo": reassigned_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reassigned_host import ReassignedHost  # noqa: PLC0415

        d = dict(src_dict)
        booking_uid = d.pop("bookingUid")

        reassigned_to = ReassignedHost.from_dict(d.pop("reassignedTo"))

        booking_reassignment = cls(
            booking_uid=booking_uid,
            reassigned_to=reassigned_to,
        )

        booking_reassignment.additional_properties = d
        return booking_reassignment

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
