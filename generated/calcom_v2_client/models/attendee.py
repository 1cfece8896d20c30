from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.loose_object import LooseObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Attendee")


class Attendee:
    """A person attending a booking, as the API returns them."""

    __slots__ = (
        "name",
        "email",
        "time_zone",
        "display_email",
        "language",
        "absent",
        "phone_number",
        "seat_uid",
        "booking_fields_responses",
        "metadata",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "email",
        "time_zone",
        "display_email",
        "language",
        "absent",
        "phone_number",
        "seat_uid",
        "booking_fields_responses",
        "metadata",
    )

    name: str
    email: str
    time_zone: str
    display_email: str | Unset
    language: None | str | Unset
    absent: bool | Unset
    phone_number: None | str | Unset
    seat_uid: str | Unset
    """ Seated bookings only. """
    booking_fields_responses: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    metadata: Metadata | Unset
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        email: str,
        time_zone: str,
        display_email: str | Unset = UNSET,
        language: None | str | Unset = UNSET,
        absent: bool | Unset = UNSET,
        phone_number: None | str | Unset = UNSET,
        seat_uid: str | Unset = UNSET,
        booking_fields_responses: LooseObject | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
    ) -> None:
        self.name = name
        self.email = email
        self.time_zone = time_zone
        self.display_email = display_email
        self.language = language
        self.absent = absent
        self.phone_number = phone_number
        self.seat_uid = seat_uid
        self.booking_fields_responses = booking_fields_responses
        self.metadata = metadata
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"email={self.email!r}, "
            f"time_zone={self.time_zone!r}, "
            f"display_email={self.display_email!r}, "
            f"language={self.language!r}, "
            f"absent={self.absent!r}, "
            f"phone_number={self.phone_number!r}, "
            f"seat_uid={self.seat_uid!r}, "
            f"booking_fields_responses={self.booking_fields_responses!r}, "
            f"metadata={self.metadata!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(Attendee, other)
        return (
            self.name == that.name
            and self.email == that.email
            and self.time_zone == that.time_zone
            and self.display_email == that.display_email
            and self.language == that.language
            and self.absent == that.absent
            and self.phone_number == that.phone_number
            and self.seat_uid == that.seat_uid
            and self.booking_fields_responses == that.booking_fields_responses
            and self.metadata == that.metadata
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "Attendee")
        d = dict(src_dict)
        _key: str = "name"
        try:
            name = d.pop("name")
            if type(name) is not str:
                name = as_str(name)

            _key = "email"
            email = d.pop("email")
            if type(email) is not str:
                email = as_str(email)

            _key = "timeZone"
            time_zone = d.pop("timeZone")
            if type(time_zone) is not str:
                time_zone = as_str(time_zone)

            _key = "displayEmail"
            display_email = d.pop("displayEmail", UNSET)
            if type(display_email) is not str and display_email is not UNSET:
                display_email = UNSET if display_email is None else as_str(display_email)

            _key = "language"
            language = d.pop("language", UNSET)
            if not (language is UNSET or language is None or type(language) is str):

                def _parse_language(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            language_type_0 = data
                            if type(language_type_0) is not str:
                                language_type_0 = as_str(language_type_0)

                            return language_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                language = _parse_language(language)

            _key = "absent"
            absent = d.pop("absent", UNSET)
            if type(absent) is not bool and absent is not UNSET:
                absent = UNSET if absent is None else as_bool(absent)

            _key = "phoneNumber"
            phone_number = d.pop("phoneNumber", UNSET)
            if not (phone_number is UNSET or phone_number is None or type(phone_number) is str):

                def _parse_phone_number(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            phone_number_type_0 = data
                            if type(phone_number_type_0) is not str:
                                phone_number_type_0 = as_str(phone_number_type_0)

                            return phone_number_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                phone_number = _parse_phone_number(phone_number)

            _key = "seatUid"
            seat_uid = d.pop("seatUid", UNSET)
            if type(seat_uid) is not str and seat_uid is not UNSET:
                seat_uid = UNSET if seat_uid is None else as_str(seat_uid)

            _key = "bookingFieldsResponses"
            _booking_fields_responses = d.pop("bookingFieldsResponses", UNSET)
            booking_fields_responses: LooseObject | Unset
            if _booking_fields_responses is UNSET or _booking_fields_responses is None:
                booking_fields_responses = UNSET
            else:
                booking_fields_responses = LooseObject.from_dict(_booking_fields_responses)

            _key = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: Metadata | Unset
            if _metadata is UNSET or _metadata is None:
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
        except ResponseParseError as exc:
            exc.enter("Attendee", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("Attendee", _key)
            raise error from exc
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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, LooseObject, Metadata
    from ..models.loose_object import LooseObject  # noqa: PLC0415
    from ..models.metadata import Metadata  # noqa: PLC0415

    _models_bound = True
