from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language import Language, check_language
from ..types import UNSET, Unset

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
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_language(_language)

        guest_input = cls(
            email=email,
            name=name,
            time_zone=time_zone,
            phone_number=phone_number,
            language=language,
        )

        guest_input.additional_properties = d
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
