from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReserveSlotInput")


@_attrs_define
class ReserveSlotInput:
    event_type_id: int
    slot_start: str
    """ Start of the slot (ISO 8601 in UTC). """
    slot_duration: int | Unset = UNSET
    """ Minutes, for event types with several lengths (else the event's length). """
    reservation_duration: int | Unset = UNSET
    """ How many minutes the slot stays held (Cal.com holds it 5 when omitted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type_id = self.event_type_id

        slot_start = self.slot_start

        slot_duration = self.slot_duration

        reservation_duration = self.reservation_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventTypeId": event_type_id,
                "slotStart": slot_start,
            }
        )
        if slot_duration is not UNSET:
            field_dict["slotDuration"] = slot_duration
        if reservation_duration is not UNSET:
            field_dict["reservationDuration"] = reservation_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type_id = d.pop("eventTypeId")

        slot_start = d.pop("slotStart")

        slot_duration = d.pop("slotDuration", UNSET)

        reservation_duration = d.pop("reservationDuration", UNSET)

        reserve_slot_input = cls(
            event_type_id=event_type_id,
            slot_start=slot_start,
            slot_duration=slot_duration,
            reservation_duration=reservation_duration,
        )

        reserve_slot_input.additional_properties = d
        return reserve_slot_input

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
