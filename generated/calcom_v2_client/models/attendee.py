from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loose_object import LooseObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Attendee")


@_attrs_define
class Attendee:
    """A person attending a booking, as the API returns them."""

    name: str
    email: str
    time_zone: str
    display_email: str | Unset = UNSET
    language: None | str | Unset = UNSET
    absent: bool | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    seat_uid: str | Unset = UNSET
    """ Seated bookings only. """
    booking_fields_responses: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        time_zone = self.time_zone

        display_email = self.display_email

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        absent = self.absent

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        seat_uid = self.seat_uid

        booking_fields_responses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booking_fields_responses, Unset):
            booking_fields_responses = self.booking_fields_responses.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "timeZone": time_zone,
            }
        )
        if display_email is not UNSET:
            field_dict["displayEmail"] = display_email
        if language is not UNSET:
            field_dict["language"] = language
        if absent is not UNSET:
            field_dict["absent"] = absent
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if seat_uid is not UNSET:
            field_dict["seatUid"] = seat_uid
        if booking_fields_responses is not UNSET:
            field_dict["bookingFieldsResponses"] = booking_fields_responses
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loose_object import LooseObject  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        time_zone = d.pop("timeZone")

        display_email = d.pop("displayEmail", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        absent = d.pop("absent", UNSET)

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        seat_uid = d.pop("seatUid", UNSET)

        _booking_fields_responses = d.pop("bookingFieldsResponses", UNSET)
        booking_fields_responses: LooseObject | Unset
        if isinstance(_booking_fields_responses, Unset):
            booking_fields_responses = UNSET
        else:
            booking_fields_responses = LooseObject.from_dict(_booking_fields_responses)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        attendee = cls(
            name=name,
            email=email,
            time_zone=time_zone,
            display_email=display_email,
            language=language,
            absent=absent,
            phone_number=phone_number,
            seat_uid=seat_uid,
            booking_fields_responses=booking_fields_responses,
            metadata=metadata,
        )

        attendee.additional_properties = d
        return attendee

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
