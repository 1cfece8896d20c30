from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_status import SuccessStatus, check_success_status

if TYPE_CHECKING:
    from ..models.team_event_type import TeamEventType


T = TypeVar("T", bound="TeamEventTypeUpdatedResponse")


@_attrs_define
class TeamEventTypeUpdatedResponse:
    status: SuccessStatus
    data: list[TeamEventType] | TeamEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_event_type import TeamEventType  # noqa: PLC0415

        status: str = self.status

        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, TeamEventType):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_event_type import TeamEventType  # noqa: PLC0415

        d = dict(src_dict)
        status = check_success_status(d.pop("status"))

        def _parse_data(data: object) -> list[TeamEventType] | TeamEventType:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = TeamEventType.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = []
            _data_type_1 = data
            for data_type_1_item_data in _data_type_1:
                data_type_1_item = TeamEventType.from_dict(data_type_1_item_data)

                data_type_1.append(data_type_1_item)

            return data_type_1

        data = _parse_data(d.pop("data"))

        team_event_type_updated_response = cls(
            status=status,
            data=data,
        )

        team_event_type_updated_response.additional_properties = d
        return team_event_type_updated_response

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
