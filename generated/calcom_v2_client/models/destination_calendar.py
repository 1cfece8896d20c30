from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DestinationCalendar")


@_attrs_define
class DestinationCalendar:
    """The calendar new bookings are written to."""

    integration: str
    external_id: str
    id: int | None | str | Unset = UNSET
    primary_email: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    event_type_id: int | None | Unset = UNSET
    credential_id: int | None | Unset = UNSET
    delegation_credential_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    primary: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    email: str | Unset = UNSET
    integration_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration = self.integration

        external_id = self.external_id

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        primary_email: None | str | Unset
        if isinstance(self.primary_email, Unset):
            primary_email = UNSET
        else:
            primary_email = self.primary_email

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        event_type_id: int | None | Unset
        if isinstance(self.event_type_id, Unset):
            event_type_id = UNSET
        else:
            event_type_id = self.event_type_id

        credential_id: int | None | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        delegation_credential_id: None | str | Unset
        if isinstance(self.delegation_credential_id, Unset):
            delegation_credential_id = UNSET
        else:
            delegation_credential_id = self.delegation_credential_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        primary = self.primary

        read_only = self.read_only

        email = self.email

        integration_title = self.integration_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration": integration,
                "externalId": external_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if primary_email is not UNSET:
            field_dict["primaryEmail"] = primary_email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if event_type_id is not UNSET:
            field_dict["eventTypeId"] = event_type_id
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if delegation_credential_id is not UNSET:
            field_dict["delegationCredentialId"] = delegation_credential_id
        if name is not UNSET:
            field_dict["name"] = name
        if primary is not UNSET:
            field_dict["primary"] = primary
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if email is not UNSET:
            field_dict["email"] = email
        if integration_title is not UNSET:
            field_dict["integrationTitle"] = integration_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        integration = d.pop("integration")

        external_id = d.pop("externalId")

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_primary_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_email = _parse_primary_email(d.pop("primaryEmail", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_event_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        event_type_id = _parse_event_type_id(d.pop("eventTypeId", UNSET))

        def _parse_credential_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credential_id = _parse_credential_id(d.pop("credentialId", UNSET))

        def _parse_delegation_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delegation_credential_id = _parse_delegation_credential_id(d.pop("delegationCredentialId", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        primary = d.pop("primary", UNSET)

        read_only = d.pop("readOnly", UNSET)

        email = d.pop("email", UNSET)

        integration_title = d.pop("integrationTitle", UNSET)

        destination_calendar = cls(
            integration=integration,
            external_id=external_id,
            id=id,
            primary_email=primary_email,
            user_id=user_id,
            event_type_id=event_type_id,
            credential_id=credential_id,
            delegation_credential_id=delegation_credential_id,
            name=name,
            primary=primary,
            read_only=read_only,
            email=email,
            integration_title=integration_title,
        )

        destination_calendar.additional_properties = d
        return destination_calendar

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
