from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import (
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingReference")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "type"
            type_ = d.pop("type")
            if type(type_) is not str:
                type_ = as_str(type_)

            _key = "eventUid"
            event_uid = d.pop("eventUid")
            if type(event_uid) is not str:
                event_uid = as_str(event_uid)

            _key = "destinationCalendarId"
            destination_calendar_id = d.pop("destinationCalendarId")
            if not (destination_calendar_id is None or type(destination_calendar_id) is str):

                def _parse_destination_calendar_id(data: object) -> None | str:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            destination_calendar_id_type_0 = data
                            if type(destination_calendar_id_type_0) is not str:
                                destination_calendar_id_type_0 = as_str(destination_calendar_id_type_0)

                            return destination_calendar_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                destination_calendar_id = _parse_destination_calendar_id(destination_calendar_id)

            booking_reference = cls(
                id=id,
                type_=type_,
                event_uid=event_uid,
                destination_calendar_id=destination_calendar_id,
            )

            booking_reference.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingReference", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingReference", _key)
            raise error from exc
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
