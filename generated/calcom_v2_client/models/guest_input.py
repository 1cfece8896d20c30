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

T = TypeVar("T", bound="GuestInput")


class GuestInput:
    __slots__ = ("email", "name", "time_zone", "phone_number", "language", "additional_properties", "__weakref__")
    __match_args__ = (
        "email",
        "name",
        "time_zone",
        "phone_number",
        "language",
    )

    email: str
    name: str | Unset
    time_zone: str | Unset
    """ IANA time zone, e.g. Europe/London. """
    phone_number: str | Unset
    """ E.164 phone number. """
    language: Language | Unset
    """ Language codes Cal.com accepts for attendees. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        email: str,
        name: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        language: Language | Unset = UNSET,
    ) -> None:
        self.email = email
        self.name = name
        self.time_zone = time_zone
        self.phone_number = phone_number
        self.language = language
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"email={self.email!r}, "
            f"name={self.name!r}, "
            f"time_zone={self.time_zone!r}, "
            f"phone_number={self.phone_number!r}, "
            f"language={self.language!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(GuestInput, other)
        return (
            self.email == that.email
            and self.name == that.name
            and self.time_zone == that.time_zone
            and self.phone_number == that.phone_number
            and self.language == that.language
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        time_zone = self.time_zone

        phone_number = self.phone_number

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "GuestInput")
        d = dict(src_dict)
        _key: str = "email"
        try:
            email = d.pop("email")
            if type(email) is not str:
                email = as_str(email)

            _key = "name"
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                name = UNSET if name is None else as_str(name)

            _key = "timeZone"
            time_zone = d.pop("timeZone", UNSET)
            if type(time_zone) is not str and time_zone is not UNSET:
                time_zone = UNSET if time_zone is None else as_str(time_zone)

            _key = "phoneNumber"
            phone_number = d.pop("phoneNumber", UNSET)
            if type(phone_number) is not str and phone_number is not UNSET:
                phone_number = UNSET if phone_number is None else as_str(phone_number)

            _key = "language"
            language = d.pop("language", UNSET)
            if type(language) is not str and language is not UNSET:
                language = UNSET if language is None else check_language(language)

            guest_input = cls(
                email=email,
                name=name,
                time_zone=time_zone,
                phone_number=phone_number,
                language=language,
            )

            guest_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("GuestInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("GuestInput", _key)
            raise error from exc
        return guest_input

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
