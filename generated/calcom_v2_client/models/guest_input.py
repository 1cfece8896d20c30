from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class GuestInput:
    email: str
    name: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    """ IANA time zone, e.g. Europe/London. """
    phone_number: str | Unset = UNSET
    """ E.164 phone number. """
    language: Language | Unset = UNSET
    """ Language codes Cal.com accepts for attendees. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
