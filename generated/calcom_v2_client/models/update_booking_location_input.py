from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_location_address_update import BookingLocationAddressUpdate
    from ..models.booking_location_attendee_address import BookingLocationAttendeeAddress
    from ..models.booking_location_attendee_defined import BookingLocationAttendeeDefined
    from ..models.booking_location_attendee_phone import BookingLocationAttendeePhone
    from ..models.booking_location_link_update import BookingLocationLinkUpdate
    from ..models.booking_location_phone_update import BookingLocationPhoneUpdate


T = TypeVar("T", bound="UpdateBookingLocationInput")


@_attrs_define
class UpdateBookingLocationInput:
    location: (
        BookingLocationAddressUpdate
        | BookingLocationAttendeeAddress
        | BookingLocationAttendeeDefined
        | BookingLocationAttendeePhone
        | BookingLocationLinkUpdate
        | BookingLocationPhoneUpdate
        | Unset
    ) = UNSET
    """ The new place of a booking; `type` tells the kinds apart. Unlike a booking request, address, link and phone
    carry the value itself. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.booking_location_address_update import BookingLocationAddressUpdate  # noqa: PLC0415
        from ..models.booking_location_attendee_address import BookingLocationAttendeeAddress  # noqa: PLC0415
        from ..models.booking_location_attendee_defined import BookingLocationAttendeeDefined  # noqa: PLC0415
        from ..models.booking_location_attendee_phone import BookingLocationAttendeePhone  # noqa: PLC0415
        from ..models.booking_location_link_update import BookingLocationLinkUpdate  # noqa: PLC0415

        location: dict[str, Any] | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, BookingLocationAddressUpdate):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationAttendeeAddress):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationAttendeeDefined):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationAttendeePhone):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationLinkUpdate):
            location = self.location.to_dict()
        else:
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booking_location_address_update import BookingLocationAddressUpdate  # noqa: PLC0415
        from ..models.booking_location_attendee_address import BookingLocationAttendeeAddress  # noqa: PLC0415
        from ..models.booking_location_attendee_defined import BookingLocationAttendeeDefined  # noqa: PLC0415
        from ..models.booking_location_attendee_phone import BookingLocationAttendeePhone  # noqa: PLC0415
        from ..models.booking_location_link_update import BookingLocationLinkUpdate  # noqa: PLC0415
        from ..models.booking_location_phone_update import BookingLocationPhoneUpdate  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_location(
            data: object,
        ) -> (
            BookingLocationAddressUpdate
            | BookingLocationAttendeeAddress
            | BookingLocationAttendeeDefined
            | BookingLocationAttendeePhone
            | BookingLocationLinkUpdate
            | BookingLocationPhoneUpdate
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_booking_location_update_type_0 = BookingLocationAddressUpdate.from_dict(data)

                return componentsschemas_booking_location_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_booking_location_update_type_1 = BookingLocationAttendeeAddress.from_dict(data)

                return componentsschemas_booking_location_update_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_booking_location_update_type_2 = BookingLocationAttendeeDefined.from_dict(data)

                return componentsschemas_booking_location_update_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_booking_location_update_type_3 = BookingLocationAttendeePhone.from_dict(data)

                return componentsschemas_booking_location_update_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_booking_location_update_type_4 = BookingLocationLinkUpdate.from_dict(data)

                return componentsschemas_booking_location_update_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_booking_location_update_type_5 = BookingLocationPhoneUpdate.from_dict(data)

            return componentsschemas_booking_location_update_type_5

        location = _parse_location(d.pop("location", UNSET))

        update_booking_location_input = cls(
            location=location,
        )

        update_booking_location_input.additional_properties = d
        return update_booking_location_input

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
