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

T = TypeVar("T", bound="DestinationCalendar")


class DestinationCalendar:
    """The calendar new bookings are written to."""

    __slots__ = (
        "integration",
        "external_id",
        "id",
        "primary_email",
        "user_id",
        "event_type_id",
        "credential_id",
        "delegation_credential_id",
        "name",
        "primary",
        "read_only",
        "email",
        "integration_title",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "integration",
        "external_id",
        "id",
        "primary_email",
        "user_id",
        "event_type_id",
        "credential_id",
        "delegation_credential_id",
        "name",
        "primary",
        "read_only",
        "email",
        "integration_title",
    )

    integration: str
    external_id: str
    id: int | None | str | Unset
    primary_email: None | str | Unset
    user_id: int | None | Unset
    event_type_id: int | None | Unset
    credential_id: int | None | Unset
    delegation_credential_id: None | str | Unset
    name: None | str | Unset
    primary: bool | Unset
    read_only: bool | Unset
    email: str | Unset
    integration_title: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        integration: str,
        external_id: str,
        id: int | None | str | Unset = UNSET,
        primary_email: None | str | Unset = UNSET,
        user_id: int | None | Unset = UNSET,
        event_type_id: int | None | Unset = UNSET,
        credential_id: int | None | Unset = UNSET,
        delegation_credential_id: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        primary: bool | Unset = UNSET,
        read_only: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        integration_title: str | Unset = UNSET,
    ) -> None:
        self.integration = integration
        self.external_id = external_id
        self.id = id
        self.primary_email = primary_email
        self.user_id = user_id
        self.event_type_id = event_type_id
        self.credential_id = credential_id
        self.delegation_credential_id = delegation_credential_id
        self.name = name
        self.primary = primary
        self.read_only = read_only
        self.email = email
        self.integration_title = integration_title
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"integration={self.integration!r}, "
            f"external_id={self.external_id!r}, "
            f"id={self.id!r}, "
            f"primary_email={self.primary_email!r}, "
            f"user_id={self.user_id!r}, "
            f"event_type_id={self.event_type_id!r}, "
            f"credential_id={self.credential_id!r}, "
            f"delegation_credential_id={self.delegation_credential_id!r}, "
            f"name={self.name!r}, "
            f"primary={self.primary!r}, "
            f"read_only={self.read_only!r}, "
            f"email={self.email!r}, "
            f"integration_title={self.integration_title!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(DestinationCalendar, other)
        return (
            self.integration == that.integration
            and self.external_id == that.external_id
            and self.id == that.id
            and self.primary_email == that.primary_email
            and self.user_id == that.user_id
            and self.event_type_id == that.event_type_id
            and self.credential_id == that.credential_id
            and self.delegation_credential_id == that.delegation_credential_id
            and self.name == that.name
            and self.primary == that.primary
            and self.read_only == that.read_only
            and self.email == that.email
            and self.integration_title == that.integration_title
            and self.additional_properties == that.additional_properties
        )

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "DestinationCalendar")
        d = dict(src_dict)
        _key: str = "integration"
        try:
            integration = d.pop("integration")
            if type(integration) is not str:
                integration = as_str(integration)

            _key = "externalId"
            external_id = d.pop("externalId")
            if type(external_id) is not str:
                external_id = as_str(external_id)

            _key = "id"
            id = d.pop("id", UNSET)
            if not (id is UNSET or id is None or type(id) is int or type(id) is str):

                def _parse_id(data: object) -> int | None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            id_type_0 = data
                            if type(id_type_0) is not int:
                                id_type_0 = as_int(id_type_0)

                            return id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    if isinstance(data, str):
                        try:
                            id_type_1 = data
                            if type(id_type_1) is not str:
                                id_type_1 = as_str(id_type_1)

                            return id_type_1
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("int | str | None", data, attempts)

                id = _parse_id(id)

            _key = "primaryEmail"
            primary_email = d.pop("primaryEmail", UNSET)
            if not (primary_email is UNSET or primary_email is None or type(primary_email) is str):

                def _parse_primary_email(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            primary_email_type_0 = data
                            if type(primary_email_type_0) is not str:
                                primary_email_type_0 = as_str(primary_email_type_0)

                            return primary_email_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                primary_email = _parse_primary_email(primary_email)

            _key = "userId"
            user_id = d.pop("userId", UNSET)
            if not (user_id is UNSET or user_id is None or type(user_id) is int):

                def _parse_user_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            user_id_type_0 = data
                            if type(user_id_type_0) is not int:
                                user_id_type_0 = as_int(user_id_type_0)

                            return user_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                user_id = _parse_user_id(user_id)

            _key = "eventTypeId"
            event_type_id = d.pop("eventTypeId", UNSET)
            if not (event_type_id is UNSET or event_type_id is None or type(event_type_id) is int):

                def _parse_event_type_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            event_type_id_type_0 = data
                            if type(event_type_id_type_0) is not int:
                                event_type_id_type_0 = as_int(event_type_id_type_0)

                            return event_type_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                event_type_id = _parse_event_type_id(event_type_id)

            _key = "credentialId"
            credential_id = d.pop("credentialId", UNSET)
            if not (credential_id is UNSET or credential_id is None or type(credential_id) is int):

                def _parse_credential_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            credential_id_type_0 = data
                            if type(credential_id_type_0) is not int:
                                credential_id_type_0 = as_int(credential_id_type_0)

                            return credential_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                credential_id = _parse_credential_id(credential_id)

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
            if type(primary) is not bool and primary is not UNSET:
                primary = UNSET if primary is None else as_bool(primary)

            _key = "readOnly"
            read_only = d.pop("readOnly", UNSET)
            if type(read_only) is not bool and read_only is not UNSET:
                read_only = UNSET if read_only is None else as_bool(read_only)

            _key = "email"
            email = d.pop("email", UNSET)
            if type(email) is not str and email is not UNSET:
                email = UNSET if email is None else as_str(email)

            _key = "integrationTitle"
            integration_title = d.pop("integrationTitle", UNSET)
            if type(integration_title) is not str and integration_title is not UNSET:
                integration_title = UNSET if integration_title is None else as_str(integration_title)

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
        except ResponseParseError as exc:
            exc.enter("DestinationCalendar", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("DestinationCalendar", _key)
            raise error from exc
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
