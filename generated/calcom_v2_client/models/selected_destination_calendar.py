from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SelectedDestinationCalendar")


@_attrs_define
class SelectedDestinationCalendar:
    """The calendar new bookings are now written to."""

    user_id: int
    integration: str
    external_id: str
    credential_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        integration = self.integration

        external_id = self.external_id

        credential_id: int | None
        credential_id = self.credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "integration": integration,
                "externalId": external_id,
                "credentialId": credential_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        integration = d.pop("integration")

        external_id = d.pop("externalId")

        def _parse_credential_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        credential_id = _parse_credential_id(d.pop("credentialId"))

        selected_destination_calendar = cls(
            user_id=user_id,
            integration=integration,
            external_id=external_id,
            credential_id=credential_id,
        )

        selected_destination_calendar.additional_properties = d
        return selected_destination_calendar

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
