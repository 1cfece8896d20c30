from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.language import Language, check_language
from ..types import (
    UNSET,
    Unset,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="BookingAttendeeInput")


class BookingAttendeeInput:
    __slots__ = ("name", "time_zone", "email", "phone_number", "language", "additional_properties", "__weakref__")
    __match_args__ = (
        "name",
        "time_zone",
        "email",
        "phone_number",
        "language",
    )

    name: str
    time_zone: str
    """ IANA time zone, e.g. Europe/London. """
    email: str | Unset
    """ Required unless phoneNumber is given and the event allows it. """
    phone_number: str | Unset
    """ E.164 phone number. """
    language: Language | Unset
    """ Language codes Cal.com accepts for attendees. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        time_zone: str,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        language: Language | Unset = UNSET,
    ) -> None:
        self.name = name
        self.time_zone = time_zone
        self.email = email
        self.phone_number = phone_number
        self.language = language
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"time_zone={self.time_zone!r}, "
            f"email={self.email!r}, "
            f"phone_number={self.phone_number!r}, "
            f"language={self.language!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingAttendeeInput, other)
        return (
            self.name == that.name
            and self.time_zone == that.time_zone
            and self.email == that.email
            and self.phone_number == that.phone_number
            and self.language == that.language
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        time_zone = self.time_zone

        email = self.email

        phone_number = self.phone_number

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "timeZone": time_zone,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingAttendeeInput")
        d = dict(src_dict)
        _key: str = "name"
        try:
            name = d.pop("name")
            if type(name) is not str:
                name = as_str(name)

            _key = "timeZone"
            time_zone = d.pop("timeZone")
            if type(time_zone) is not str:
                time_zone = as_str(time_zone)

            _key = "email"
            email = d.pop("email", UNSET)
            if type(email) is not str and email is not UNSET:
                email = UNSET if email is None else as_str(email)

            _key = "phoneNumber"
            phone_number = d.pop("phoneNumber", UNSET)
            if type(phone_number) is not str and phone_number is not UNSET:
                phone_number = UNSET if phone_number is None else as_str(phone_number)

            _key = "language"
            language = d.pop("language", UNSET)
            if type(language) is not str and language is not UNSET:
                language = UNSET if language is None else check_language(language)

            booking_attendee_input = cls(
                name=name,
                time_zone=time_zone,
                email=email,
                phone_number=phone_number,
                language=language,
            )

            booking_attendee_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingAttendeeInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingAttendeeInput", _key)
            raise error from exc
        return booking_attendee_input

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
