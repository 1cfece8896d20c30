from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_object,
    as_str,
    unexpected,
)

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ReserveSlotInput")
        d = dict(src_dict)
        _key: str = "eventTypeId"
        try:
            event_type_id = d.pop("eventTypeId")
            if type(event_type_id) is not int:
                event_type_id = as_int(event_type_id)

            _key = "slotStart"
            slot_start = d.pop("slotStart")
            if type(slot_start) is not str:
                slot_start = as_str(slot_start)

            _key = "slotDuration"
            slot_duration = d.pop("slotDuration", UNSET)
            if type(slot_duration) is not int and slot_duration is not UNSET:
                slot_duration = UNSET if slot_duration is None else as_int(slot_duration)

            _key = "reservationDuration"
            reservation_duration = d.pop("reservationDuration", UNSET)
            if type(reservation_duration) is not int and reservation_duration is not UNSET:
                reservation_duration = UNSET if reservation_duration is None else as_int(reservation_duration)

            reserve_slot_input = cls(
                event_type_id=event_type_id,
                slot_start=slot_start,
                slot_duration=slot_duration,
                reservation_duration=reservation_duration,
            )

            reserve_slot_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ReserveSlotInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ReserveSlotInput", _key)
            raise error from exc
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
