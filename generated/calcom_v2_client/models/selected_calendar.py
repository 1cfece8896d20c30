from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="SelectedCalendar")


class SelectedCalendar:
    """A calendar checked for conflicts."""

    __slots__ = ("user_id", "integration", "external_id", "credential_id", "additional_properties", "__weakref__")
    __match_args__ = (
        "user_id",
        "integration",
        "external_id",
        "credential_id",
    )

    user_id: int
    integration: str
    external_id: str
    credential_id: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_id: int,
        integration: str,
        external_id: str,
        credential_id: int | None,
    ) -> None:
        self.user_id = user_id
        self.integration = integration
        self.external_id = external_id
        self.credential_id = credential_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"user_id={self.user_id!r}, "
            f"integration={self.integration!r}, "
            f"external_id={self.external_id!r}, "
            f"credential_id={self.credential_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(SelectedCalendar, other)
        return (
            self.user_id == that.user_id
            and self.integration == that.integration
            and self.external_id == that.external_id
            and self.credential_id == that.credential_id
            and self.additional_properties == that.additional_properties
        )

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "SelectedCalendar")
        d = dict(src_dict)
        _key: str = "userId"
        try:
            user_id = d.pop("userId")
            if type(user_id) is not int:
                user_id = as_int(user_id)

            _key = "integration"
            integration = d.pop("integration")
            if type(integration) is not str:
                integration = as_str(integration)

            _key = "externalId"
            external_id = d.pop("externalId")
            if type(external_id) is not str:
                external_id = as_str(external_id)

            _key = "credentialId"
            credential_id = d.pop("credentialId")
            if not (credential_id is None or type(credential_id) is int):

                def _parse_credential_id(data: object) -> int | None:
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

            selected_calendar = cls(
                user_id=user_id,
                integration=integration,
                external_id=external_id,
                credential_id=credential_id,
            )

            selected_calendar.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("SelectedCalendar", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("SelectedCalendar", _key)
            raise error from exc
        return selected_calendar

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
