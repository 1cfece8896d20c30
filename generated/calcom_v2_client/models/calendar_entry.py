from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="CalendarEntry")


class CalendarEntry:
    """One calendar inside a connected account."""

    __slots__ = (
        "external_id",
        "credential_id",
        "integration",
        "name",
        "primary",
        "read_only",
        "email",
        "is_selected",
        "delegation_credential_id",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "external_id",
        "credential_id",
        "integration",
        "name",
        "primary",
        "read_only",
        "email",
        "is_selected",
        "delegation_credential_id",
    )

    external_id: str
    credential_id: int
    integration: str | Unset
    name: None | str | Unset
    primary: bool | None | Unset
    read_only: bool | Unset
    email: None | str | Unset
    is_selected: bool | Unset
    delegation_credential_id: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        external_id: str,
        credential_id: int,
        integration: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        primary: bool | None | Unset = UNSET,
        read_only: bool | Unset = UNSET,
        email: None | str | Unset = UNSET,
        is_selected: bool | Unset = UNSET,
        delegation_credential_id: None | str | Unset = UNSET,
    ) -> None:
        self.external_id = external_id
        self.credential_id = credential_id
        self.integration = integration
        self.name = name
        self.primary = primary
        self.read_only = read_only
        self.email = email
        self.is_selected = is_selected
        self.delegation_credential_id = delegation_credential_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"external_id={self.external_id!r}, "
            f"credential_id={self.credential_id!r}, "
            f"integration={self.integration!r}, "
            f"name={self.name!r}, "
            f"primary={self.primary!r}, "
            f"read_only={self.read_only!r}, "
            f"email={self.email!r}, "
            f"is_selected={self.is_selected!r}, "
            f"delegation_credential_id={self.delegation_credential_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CalendarEntry, other)
        return (
            self.external_id == that.external_id
            and self.credential_id == that.credential_id
            and self.integration == that.integration
            and self.name == that.name
            and self.primary == that.primary
            and self.read_only == that.read_only
            and self.email == that.email
            and self.is_selected == that.is_selected
            and self.delegation_credential_id == that.delegation_credential_id
            and self.additional_properties == that.additional_properties
        )

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CalendarEntry")
        d = dict(src_dict)
        _key: str = "externalId"
        try:
            external_id = d.pop("externalId")
            if type(external_id) is not str:
                external_id = as_str(external_id)

            _key = "credentialId"
            credential_id = d.pop("credentialId")
            if type(credential_id) is not int:
                credential_id = as_int(credential_id)

            _key = "integration"
            integration = d.pop("integration", UNSET)
            if type(integration) is not str and integration is not UNSET:
                integration = UNSET if integration is None else as_str(integration)

            _key = "name"
            name = d.pop("name", UNSET)
            if not (name is UNSET or name is None or type(name) is str):

                def _parse_name(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            name_type_0 = data
                            if type(name_type_0) is not str:
                                name_type_0 = as_str(name_type_0)

                            return name_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                name = _parse_name(name)

            _key = "primary"
            primary = d.pop("primary", UNSET)
            if not (primary is UNSET or primary is None or type(primary) is bool):

                def _parse_primary(data: object) -> bool | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, bool):
                        try:
                            primary_type_0 = data
                            if type(primary_type_0) is not bool:
                                primary_type_0 = as_bool(primary_type_0)

                            return primary_type_0
                        except ResponseParseError as exc:
                            attempts.append(("bool", exc))
                    raise no_variant("bool | None", data, attempts)

                primary = _parse_primary(primary)

            _key = "readOnly"
            read_only = d.pop("readOnly", UNSET)
            if type(read_only) is not bool and read_only is not UNSET:
                read_only = UNSET if read_only is None else as_bool(read_only)

            _key = "email"
            email = d.pop("email", UNSET)
            if not (email is UNSET or email is None or type(email) is str):

                def _parse_email(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            email_type_0 = data
                            if type(email_type_0) is not str:
                                email_type_0 = as_str(email_type_0)

                            return email_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                email = _parse_email(email)

            _key = "isSelected"
            is_selected = d.pop("isSelected", UNSET)
            if type(is_selected) is not bool and is_selected is not UNSET:
                is_selected = UNSET if is_selected is None else as_bool(is_selected)

            _key = "delegationCredentialId"
            delegation_credential_id = d.pop("delegationCredentialId", UNSET)
            if not (
                delegation_credential_id is UNSET
                or delegation_credential_id is None
                or type(delegation_credential_id) is str
            ):

                def _parse_delegation_credential_id(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            delegation_credential_id_type_0 = data
                            if type(delegation_credential_id_type_0) is not str:
                                delegation_credential_id_type_0 = as_str(delegation_credential_id_type_0)

                            return delegation_credential_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                delegation_credential_id = _parse_delegation_credential_id(delegation_credential_id)

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
        except ResponseParseError as exc:
            exc.enter("CalendarEntry", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CalendarEntry", _key)
            raise error from exc
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
