from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Slot")


@_attrs_define
class Slot:
    start: datetime.datetime
    """ Slot start (ISO 8601 with the requested offset). """
    end: datetime.datetime | Unset = UNSET
    """ Slot end; only with format=range. """
    attendees_count: int | Unset = UNSET
    """ Seated events - seats already taken. """
    booking_uid: str | Unset = UNSET
    """ Seated events - the booking holding the seats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        start = datetime.datetime.fromisoformat((d.pop("start")).replace("Z", "+00:00"))

        _end = d.pop("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat((_end).replace("Z", "+00:00"))

        attendees_count = d.pop("attendeesCount", UNSET)

        booking_uid = d.pop("bookingUid", UNSET)

        slot = cls(
            start=start,
            end=end,
            attendees_count=attendees_count,
            booking_uid=booking_uid,
        )

        slot.additional_properties = d
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
