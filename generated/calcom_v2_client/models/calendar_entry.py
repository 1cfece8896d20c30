from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarEntry")


@_attrs_define
class CalendarEntry:
    """One calendar inside a connected account."""

    external_id: str
    credential_id: int
    integration: str | Unset = UNSET
    name: None | str | Unset = UNSET
    primary: bool | None | Unset = UNSET
    read_only: bool | Unset = UNSET
    email: None | str | Unset = UNSET
    is_selected: bool | Unset = UNSET
    delegation_credential_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        credential_id = self.credential_id

        integration = self.integration

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        primary: bool | None | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        read_only = self.read_only

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        is_selected = self.is_selected

        delegation_credential_id: None | str | Unset
        if isinstance(self.delegation_credential_id, Unset):
            delegation_credential_id = UNSET
        else:
            delegation_credential_id = self.delegation_credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "credentialId": credential_id,
            }
        )
        if integration is not UNSET:
            field_dict["integration"] = integration
        if name is not UNSET:
            field_dict["name"] = name
        if primary is not UNSET:
            field_dict["primary"] = primary
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if email is not UNSET:
            field_dict["email"] = email
        if is_selected is not UNSET:
            field_dict["isSelected"] = is_selected
        if delegation_credential_id is not UNSET:
            field_dict["delegationCredentialId"] = delegation_credential_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        credential_id = d.pop("credentialId")

        integration = d.pop("integration", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_primary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        primary = _parse_primary(d.pop("primary", UNSET))

        read_only = d.pop("readOnly", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        is_selected = d.pop("isSelected", UNSET)

        def _parse_delegation_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delegation_credential_id = _parse_delegation_credential_id(d.pop("delegationCredentialId", UNSET))

        calendar_entry = cls(
            external_id=external_id,
            credential_id=credential_id,
            integration=integration,
            name=name,
            primary=primary,
            read_only=read_only,
            email=email,
            is_selected=is_selected,
            delegation_credential_id=delegation_credential_id,
        )

        calendar_entry.additional_properties = d
        return calendar_entry

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
