from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_datetime,
    as_int,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="SlotReservation")


class SlotReservation:
    """A held slot; nobody else can book it until `reservationUntil`."""

    __slots__ = (
        "reservation_uid",
        "event_type_id",
        "slot_start",
        "slot_end",
        "slot_duration",
        "reservation_until",
        "reservation_duration",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "reservation_uid",
        "event_type_id",
        "slot_start",
        "slot_end",
        "slot_duration",
        "reservation_until",
        "reservation_duration",
    )

    reservation_uid: str
    event_type_id: int
    slot_start: datetime.datetime
    slot_end: datetime.datetime
    slot_duration: int
    """ Minutes. """
    reservation_until: datetime.datetime
    reservation_duration: int | Unset
    """ Minutes the slot is held. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        reservation_uid: str,
        event_type_id: int,
        slot_start: datetime.datetime,
        slot_end: datetime.datetime,
        slot_duration: int,
        reservation_until: datetime.datetime,
        reservation_duration: int | Unset = UNSET,
    ) -> None:
        self.reservation_uid = reservation_uid
        self.event_type_id = event_type_id
        self.slot_start = slot_start
        self.slot_end = slot_end
        self.slot_duration = slot_duration
        self.reservation_until = reservation_until
        self.reservation_duration = reservation_duration
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"reservation_uid={self.reservation_uid!r}, "
            f"event_type_id={self.event_type_id!r}, "
            f"slot_start={self.slot_start!r}, "
            f"slot_end={self.slot_end!r}, "
            f"slot_duration={self.slot_duration!r}, "
            f"reservation_until={self.reservation_until!r}, "
            f"reservation_duration={self.reservation_duration!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(SlotReservation, other)
        return (
            self.reservation_uid == that.reservation_uid
            and self.event_type_id == that.event_type_id
            and self.slot_start == that.slot_start
            and self.slot_end == that.slot_end
            and self.slot_duration == that.slot_duration
            and self.reservation_until == that.reservation_until
            and self.reservation_duration == that.reservation_duration
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        reservation_uid = self.reservation_uid

        event_type_id = self.event_type_id

        slot_start = self.slot_start.isoformat()

        slot_end = self.slot_end.isoformat()

        slot_duration = self.slot_duration

        reservation_until = self.reservation_until.isoformat()

        reservation_duration = self.reservation_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reservationUid": reservation_uid,
                "eventTypeId": event_type_id,
                "slotStart": slot_start,
                "slotEnd": slot_end,
                "slotDuration": slot_duration,
                "reservationUntil": reservation_until,
            }
        )
        if reservation_duration is not UNSET:
            field_dict["reservationDuration"] = reservation_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "SlotReservation")
        d = dict(src_dict)
        _key: str = "reservationUid"
        try:
            reservation_uid = d.pop("reservationUid")
            if type(reservation_uid) is not str:
                reservation_uid = as_str(reservation_uid)

            _key = "eventTypeId"
            event_type_id = d.pop("eventTypeId")
            if type(event_type_id) is not int:
                event_type_id = as_int(event_type_id)

            _key = "slotStart"
            slot_start = as_datetime(d.pop("slotStart"))

            _key = "slotEnd"
            slot_end = as_datetime(d.pop("slotEnd"))

            _key = "slotDuration"
            slot_duration = d.pop("slotDuration")
            if type(slot_duration) is not int:
                slot_duration = as_int(slot_duration)

            _key = "reservationUntil"
            reservation_until = as_datetime(d.pop("reservationUntil"))

            _key = "reservationDuration"
            reservation_duration = d.pop("reservationDuration", UNSET)
            if type(reservation_duration) is not int and reservation_duration is not UNSET:
                reservation_duration = UNSET if reservation_duration is None else as_int(reservation_duration)

            slot_reservation = cls(
                reservation_uid=reservation_uid,
                event_type_id=event_type_id,
                slot_start=slot_start,
                slot_end=slot_end,
                slot_duration=slot_duration,
                reservation_until=reservation_until,
                reservation_duration=reservation_duration,
            )

            slot_reservation.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("SlotReservation", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("SlotReservation", _key)
            raise error from exc
        return slot_reservation

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
