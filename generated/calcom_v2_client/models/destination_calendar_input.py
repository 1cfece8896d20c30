from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_calendar_integration import (
    DestinationCalendarIntegration,
    check_destination_calendar_integration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DestinationCalendarInput")


@_attrs_define
class DestinationCalendarInput:
    integration: DestinationCalendarIntegration
    external_id: str
    delegation_credential_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration: str = self.integration

        external_id = self.external_id

        delegation_credential_id = self.delegation_credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration": integration,
                "externalId": external_id,
            }
        )
        if delegation_credential_id is not UNSET:
            field_dict["delegationCredentialId"] = delegation_credential_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        integration = check_destination_calendar_integration(d.pop("integration"))

        external_id = d.pop("externalId")

        delegation_credential_id = d.pop("delegationCredentialId", UNSET)

        destination_calendar_input = cls(
            integration=integration,
            external_id=external_id,
            delegation_credential_id=delegation_credential_id,
        )

        destination_calendar_input.additional_properties = d
        return destination_calendar_input

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
