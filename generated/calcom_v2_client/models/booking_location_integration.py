from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from ..errors import ResponseParseError
from ..models.conferencing_integration import ConferencingIntegration, check_conferencing_integration
from ..types import (
    as_object,
    unexpected,
)

T = TypeVar("T", bound="BookingLocationIntegration")


class BookingLocationIntegration:
    __slots__ = ("type_", "integration", "additional_properties", "__weakref__")
    __match_args__ = (
        "type_",
        "integration",
    )

    type_: Literal["integration"]
    integration: ConferencingIntegration
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: Literal["integration"],
        integration: ConferencingIntegration,
    ) -> None:
        self.type_ = type_
        self.integration = integration
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type_={self.type_!r}, "
            f"integration={self.integration!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingLocationIntegration, other)
        return (
            self.type_ == that.type_
            and self.integration == that.integration
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        integration: str = self.integration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "integration": integration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingLocationIntegration")
        d = dict(src_dict)
        _key: str = "type"
        try:
            type_ = cast(Literal["integration"], d.pop("type"))
            if type_ != "integration":
                raise ResponseParseError("expected 'integration'", type_)

            _key = "integration"
            integration = d.pop("integration")
            if type(integration) is not str:
                integration = check_conferencing_integration(integration)

            booking_location_integration = cls(
                type_=type_,
                integration=integration,
            )

            booking_location_integration.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingLocationIntegration", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingLocationIntegration", _key)
            raise error from exc
        return booking_location_integration

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
