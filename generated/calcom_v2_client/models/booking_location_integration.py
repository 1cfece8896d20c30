from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conferencing_integration import ConferencingIntegration, check_conferencing_integration

T = TypeVar("T", bound="BookingLocationIntegration")


@_attrs_define
class BookingLocationIntegration:
    type_: Literal["integration"]
    integration: ConferencingIntegration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        type_ = cast(Literal["integration"], d.pop("type"))
        if type_ != "integration":
            raise ValueError(f"type must match const 'integration', got '{type_}'")

        integration = check_conferencing_integration(d.pop("integration"))

        booking_location_integration = cls(
            type_=type_,
            integration=integration,
        )

        booking_location_integration.additional_properties = d
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
