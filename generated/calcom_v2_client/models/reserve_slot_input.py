from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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


class ReserveSlotInput:
    __slots__ = (
        "event_type_id",
        "slot_start",
        "slot_duration",
        "reservation_duration",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "event_type_id",
        "slot_start",
        "slot_duration",
        "reservation_duration",
    )

    event_type_id: int
    slot_start: str
    """ Start of the slot (ISO 8601 in UTC). """
    slot_duration: int | Unset
    """ Minutes, for event types with several lengths (else the event's length). """
    reservation_duration: int | Unset
    """ How many minutes the slot stays held (Cal.com holds it 5 when omitted). """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event_type_id: int,
        slot_start: str,
        slot_duration: int | Unset = UNSET,
        reservation_duration: int | Unset = UNSET,
    ) -> None:
        self.event_type_id = event_type_id
        self.slot_start = slot_start
        self.slot_duration = slot_duration
        self.reservation_duration = reservation_duration
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"event_type_id={self.event_type_id!r}, "
            f"slot_start={self.slot_start!r}, "
            f"slot_duration={self.slot_duration!r}, "
            f"reservation_duration={self.reservation_duration!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ReserveSlotInput, other)
        return (
            self.event_type_id == that.event_type_id
            and self.slot_start == that.slot_start
            and self.slot_duration == that.slot_duration
            and self.reservation_duration == that.reservation_duration
            and self.additional_properties == that.additional_properties
        )

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
