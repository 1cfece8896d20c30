from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schedule_availability import ScheduleAvailability
    from ..models.schedule_override import ScheduleOverride


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    id: int
    owner_id: int
    name: str
    time_zone: str
    availability: list[ScheduleAvailability]
    is_default: bool
    overrides: list[ScheduleOverride]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_id = self.owner_id

        name = self.name

        time_zone = self.time_zone

        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)

        is_default = self.is_default

        overrides = []
        for overrides_item_data in self.overrides:
            overrides_item = overrides_item_data.to_dict()
            overrides.append(overrides_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ownerId": owner_id,
                "name": name,
                "timeZone": time_zone,
                "availability": availability,
                "isDefault": is_default,
                "overrides": overrides,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_availability import ScheduleAvailability  # noqa: PLC0415
        from ..models.schedule_override import ScheduleOverride  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        owner_id = d.pop("ownerId")

        name = d.pop("name")

        time_zone = d.pop("timeZone")

        availability = []
        _availability = d.pop("availability")
        for availability_item_data in _availability:
            availability_item = ScheduleAvailability.from_dict(availability_item_data)

            availability.append(availability_item)

        is_default = d.pop("isDefault")

        overrides = []
        _overrides = d.pop("overrides")
        for overrides_item_data in _overrides:
            overrides_item = ScheduleOverride.from_dict(overrides_item_data)

            overrides.append(overrides_item)

        schedule = cls(
            id=id,
            owner_id=owner_id,
            name=name,
            time_zone=time_zone,
            availability=availability,
            is_default=is_default,
            overrides=overrides,
        )

        schedule.additional_properties = d
        return schedule

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
