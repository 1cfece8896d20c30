from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.destination_calendar_integration import (
    DestinationCalendarIntegration,
    check_destination_calendar_integration,
)
from ..types import (
    UNSET,
    Unset,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="DestinationCalendarInput")


class DestinationCalendarInput:
    __slots__ = ("integration", "external_id", "delegation_credential_id", "additional_properties", "__weakref__")
    __match_args__ = (
        "integration",
        "external_id",
        "delegation_credential_id",
    )

    integration: DestinationCalendarIntegration
    external_id: str
    delegation_credential_id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        integration: DestinationCalendarIntegration,
        external_id: str,
        delegation_credential_id: str | Unset = UNSET,
    ) -> None:
        self.integration = integration
        self.external_id = external_id
        self.delegation_credential_id = delegation_credential_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"integration={self.integration!r}, "
            f"external_id={self.external_id!r}, "
            f"delegation_credential_id={self.delegation_credential_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(DestinationCalendarInput, other)
        return (
            self.integration == that.integration
            and self.external_id == that.external_id
            and self.delegation_credential_id == that.delegation_credential_id
            and self.additional_properties == that.additional_properties
        )

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "DestinationCalendarInput")
        d = dict(src_dict)
        _key: str = "integration"
        try:
            integration = d.pop("integration")
            if type(integration) is not str:
                integration = check_destination_calendar_integration(integration)

            _key = "externalId"
            external_id = d.pop("externalId")
            if type(external_id) is not str:
                external_id = as_str(external_id)

            _key = "delegationCredentialId"
            delegation_credential_id = d.pop("delegationCredentialId", UNSET)
            if type(delegation_credential_id) is not str and delegation_credential_id is not UNSET:
                delegation_credential_id = (
                    UNSET if delegation_credential_id is None else as_str(delegation_credential_id)
                )

            destination_calendar_input = cls(
                integration=integration,
                external_id=external_id,
                delegation_credential_id=delegation_credential_id,
            )

            destination_calendar_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("DestinationCalendarInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("DestinationCalendarInput", _key)
            raise error from exc
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
