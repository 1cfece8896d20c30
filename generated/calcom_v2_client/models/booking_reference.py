from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="BookingReference")


class BookingReference:
    """A calendar event or video meeting created for a booking."""

    __slots__ = ("id", "type_", "event_uid", "destination_calendar_id", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "type_",
        "event_uid",
        "destination_calendar_id",
    )

    id: int
    type_: str
    """ A BookingReferenceType value; kept a plain string so new kinds parse. """
    event_uid: str
    """ The event's id in the external calendar or video app. """
    destination_calendar_id: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        type_: str,
        event_uid: str,
        destination_calendar_id: None | str,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.event_uid = event_uid
        self.destination_calendar_id = destination_calendar_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"type_={self.type_!r}, "
            f"event_uid={self.event_uid!r}, "
            f"destination_calendar_id={self.destination_calendar_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingReference, other)
        return (
            self.id == that.id
            and self.type_ == that.type_
            and self.event_uid == that.event_uid
            and self.destination_calendar_id == that.destination_calendar_id
            and self.additional_properties == that.additional_properties
        )

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
