from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_object,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.booking_location_address_update import BookingLocationAddressUpdate
    from ..models.booking_location_attendee_address import BookingLocationAttendeeAddress
    from ..models.booking_location_attendee_defined import BookingLocationAttendeeDefined
    from ..models.booking_location_attendee_phone import BookingLocationAttendeePhone
    from ..models.booking_location_link_update import BookingLocationLinkUpdate
    from ..models.booking_location_phone_update import BookingLocationPhoneUpdate


T = TypeVar("T", bound="UpdateBookingLocationInput")


class UpdateBookingLocationInput:
    __slots__ = ("location", "additional_properties", "__weakref__")
    __match_args__ = ("location",)

    location: (
        BookingLocationAddressUpdate
        | BookingLocationAttendeeAddress
        | BookingLocationAttendeeDefined
        | BookingLocationAttendeePhone
        | BookingLocationLinkUpdate
        | BookingLocationPhoneUpdate
        | Unset
    )
    """ The new place of a booking; `type` tells the kinds apart. Unlike a booking request, address, link and phone
    carry the value itself. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        location: BookingLocationAddressUpdate
        | BookingLocationAttendeeAddress
        | BookingLocationAttendeeDefined
        | BookingLocationAttendeePhone
        | BookingLocationLinkUpdate
        | BookingLocationPhoneUpdate
        | Unset = UNSET,
    ) -> None:
        self.location = location
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"location={self.location!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(UpdateBookingLocationInput, other)
        return self.location == that.location and self.additional_properties == that.additional_properties

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "UpdateBookingLocationInput")
        d = dict(src_dict)
        _key: str = "location"
        try:
            location = d.pop("location", UNSET)
            if not (location is UNSET or location is None):

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
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, dict) and data.get("type") == "address" and "address" in data:
                        try:
                            componentsschemas_booking_location_update_type_0 = BookingLocationAddressUpdate.from_dict(
                                data
                            )

                            return componentsschemas_booking_location_update_type_0
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationAddressUpdate", exc))
                    if isinstance(data, dict) and data.get("type") == "attendeeAddress" and "address" in data:
                        try:
                            componentsschemas_booking_location_update_type_1 = BookingLocationAttendeeAddress.from_dict(
                                data
                            )

                            return componentsschemas_booking_location_update_type_1
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationAttendeeAddress", exc))
                    if isinstance(data, dict) and data.get("type") == "attendeeDefined" and "location" in data:
                        try:
                            componentsschemas_booking_location_update_type_2 = BookingLocationAttendeeDefined.from_dict(
                                data
                            )

                            return componentsschemas_booking_location_update_type_2
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationAttendeeDefined", exc))
                    if isinstance(data, dict) and data.get("type") == "attendeePhone" and "phone" in data:
                        try:
                            componentsschemas_booking_location_update_type_3 = BookingLocationAttendeePhone.from_dict(
                                data
                            )

                            return componentsschemas_booking_location_update_type_3
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationAttendeePhone", exc))
                    if isinstance(data, dict) and data.get("type") == "link" and "link" in data:
                        try:
                            componentsschemas_booking_location_update_type_4 = BookingLocationLinkUpdate.from_dict(data)

                            return componentsschemas_booking_location_update_type_4
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationLinkUpdate", exc))
                    if isinstance(data, dict) and data.get("type") == "phone" and "phone" in data:
                        try:
                            componentsschemas_booking_location_update_type_5 = BookingLocationPhoneUpdate.from_dict(
                                data
                            )

                            return componentsschemas_booking_location_update_type_5
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationPhoneUpdate", exc))
                    if not attempts and isinstance(data, dict):
                        best = max(
                            (data.get("type") == "address") + ("address" in data),
                            (data.get("type") == "attendeeAddress") + ("address" in data),
                            (data.get("type") == "attendeeDefined") + ("location" in data),
                            (data.get("type") == "attendeePhone") + ("phone" in data),
                            (data.get("type") == "link") + ("link" in data),
                            (data.get("type") == "phone") + ("phone" in data),
                        )
                        if (data.get("type") == "address") + ("address" in data) == best:
                            try:
                                componentsschemas_booking_location_update_type_0 = (
                                    BookingLocationAddressUpdate.from_dict(data)
                                )

                                return componentsschemas_booking_location_update_type_0
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationAddressUpdate", exc))
                        if (data.get("type") == "attendeeAddress") + ("address" in data) == best:
                            try:
                                componentsschemas_booking_location_update_type_1 = (
                                    BookingLocationAttendeeAddress.from_dict(data)
                                )

                                return componentsschemas_booking_location_update_type_1
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationAttendeeAddress", exc))
                        if (data.get("type") == "attendeeDefined") + ("location" in data) == best:
                            try:
                                componentsschemas_booking_location_update_type_2 = (
                                    BookingLocationAttendeeDefined.from_dict(data)
                                )

                                return componentsschemas_booking_location_update_type_2
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationAttendeeDefined", exc))
                        if (data.get("type") == "attendeePhone") + ("phone" in data) == best:
                            try:
                                componentsschemas_booking_location_update_type_3 = (
                                    BookingLocationAttendeePhone.from_dict(data)
                                )

                                return componentsschemas_booking_location_update_type_3
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationAttendeePhone", exc))
                        if (data.get("type") == "link") + ("link" in data) == best:
                            try:
                                componentsschemas_booking_location_update_type_4 = BookingLocationLinkUpdate.from_dict(
                                    data
                                )

                                return componentsschemas_booking_location_update_type_4
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationLinkUpdate", exc))
                        if (data.get("type") == "phone") + ("phone" in data) == best:
                            try:
                                componentsschemas_booking_location_update_type_5 = BookingLocationPhoneUpdate.from_dict(
                                    data
                                )

                                return componentsschemas_booking_location_update_type_5
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationPhoneUpdate", exc))
                    raise no_variant(
                        "BookingLocationAddressUpdate | BookingLocationAttendeeAddress | BookingLocationAttendeeDefined | BookingLocationAttendeePhone | BookingLocationLinkUpdate | BookingLocationPhoneUpdate",
                        data,
                        attempts,
                    )

                location = _parse_location(location)
            elif location is None:
                location = UNSET

            update_booking_location_input = cls(
                location=location,
            )

            update_booking_location_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("UpdateBookingLocationInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("UpdateBookingLocationInput", _key)
            raise error from exc
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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global \
        _models_bound, \
        BookingLocationAddressUpdate, \
        BookingLocationAttendeeAddress, \
        BookingLocationAttendeeDefined, \
        BookingLocationAttendeePhone, \
        BookingLocationLinkUpdate, \
        BookingLocationPhoneUpdate
    from ..models.booking_location_address_update import BookingLocationAddressUpdate  # noqa: PLC0415
    from ..models.booking_location_attendee_address import BookingLocationAttendeeAddress  # noqa: PLC0415
    from ..models.booking_location_attendee_defined import BookingLocationAttendeeDefined  # noqa: PLC0415
    from ..models.booking_location_attendee_phone import BookingLocationAttendeePhone  # noqa: PLC0415
    from ..models.booking_location_link_update import BookingLocationLinkUpdate  # noqa: PLC0415
    from ..models.booking_location_phone_update import BookingLocationPhoneUpdate  # noqa: PLC0415

    _models_bound = True
