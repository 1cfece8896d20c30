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

T = TypeVar("T", bound="Slot")


class Slot:
    __slots__ = ("start", "end", "attendees_count", "booking_uid", "additional_properties", "__weakref__")
    __match_args__ = (
        "start",
        "end",
        "attendees_count",
        "booking_uid",
    )

    start: datetime.datetime
    """ Slot start (ISO 8601 with the requested offset). """
    end: datetime.datetime | Unset
    """ Slot end; only with format=range. """
    attendees_count: int | Unset
    """ Seated events - seats already taken. """
    booking_uid: str | Unset
    """ Seated events - the booking holding the seats. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start: datetime.datetime,
        end: datetime.datetime | Unset = UNSET,
        attendees_count: int | Unset = UNSET,
        booking_uid: str | Unset = UNSET,
    ) -> None:
        self.start = start
        self.end = end
        self.attendees_count = attendees_count
        self.booking_uid = booking_uid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"start={self.start!r}, "
            f"end={self.end!r}, "
            f"attendees_count={self.attendees_count!r}, "
            f"booking_uid={self.booking_uid!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(Slot, other)
        return (
            self.start == that.start
            and self.end == that.end
            and self.attendees_count == that.attendees_count
            and self.booking_uid == that.booking_uid
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        attendees_count = self.attendees_count

        booking_uid = self.booking_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
            }
        )
        if end is not UNSET:
            field_dict["end"] = end
        if attendees_count is not UNSET:
            field_dict["attendeesCount"] = attendees_count
        if booking_uid is not UNSET:
            field_dict["bookingUid"] = booking_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "Slot")
        d = dict(src_dict)
        _key: str = "start"
        try:
            start = as_datetime(d.pop("start"))

            _key = "end"
            _end = d.pop("end", UNSET)
            end: datetime.datetime | Unset
            if _end is UNSET or _end is None:
                end = UNSET
            else:
                end = as_datetime(_end)

            _key = "attendeesCount"
            attendees_count = d.pop("attendeesCount", UNSET)
            if type(attendees_count) is not int and attendees_count is not UNSET:
                attendees_count = UNSET if attendees_count is None else as_int(attendees_count)

            _key = "bookingUid"
            booking_uid = d.pop("bookingUid", UNSET)
            if type(booking_uid) is not str and booking_uid is not UNSET:
                booking_uid = UNSET if booking_uid is None else as_str(booking_uid)

            slot = cls(
                start=start,
                end=end,
                attendees_count=attendees_count,
                booking_uid=booking_uid,
            )

            slot.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("Slot", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("Slot", _key)
            raise error from exc
        return slot

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
