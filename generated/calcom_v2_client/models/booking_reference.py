from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BookingReference")


@_attrs_define
class BookingReference:
    """A calendar event or video meeting created for a booking."""

    id: int
    type_: str
    """ A BookingReferenceType value; kept a plain string so new kinds parse. """
    event_uid: str
    """ The event's id in the external calendar or video app. """
    destination_calendar_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        event_uid = self.event_uid

        destination_calendar_id: None | str
        destination_calendar_id = self.destination_calendar_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "eventUid": event_uid,
                "destinationCalendarId": destination_calendar_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        event_uid = d.pop("eventUid")

        def _parse_destination_calendar_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination_calendar_id = _parse_destination_calendar_id(d.pop("destinationCalendarId"))

        booking_reference = cls(
            id=id,
            type_=type_,
            event_uid=event_uid,
            destination_calendar_id=destination_calendar_id,
        )

        booking_reference.additional_properties = d
        return booking_reference

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
