from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mark_absent_attendee import MarkAbsentAttendee


T = TypeVar("T", bound="MarkAbsentInput")


@_attrs_define
class MarkAbsentInput:
    """Whom to mark; attendees left out keep their current flag."""

    host: bool | Unset = UNSET
    """ The host did not show up. """
    attendees: list[MarkAbsentAttendee] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
        if attendees is not UNSET:
            field_dict["attendees"] = attendees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mark_absent_attendee import MarkAbsentAttendee  # noqa: PLC0415

        d = dict(src_dict)
        host = d.pop("host", UNSET)

        _attendees = d.pop("attendees", UNSET)
        attendees: list[MarkAbsentAttendee] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = MarkAbsentAttendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        mark_absent_input = cls(
            host=host,
            attendees=attendees,
        )

        mark_absent_input.additional_properties = d
        return mark_absent_input

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
