from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_status import SuccessStatus, check_success_status

if TYPE_CHECKING:
    from ..models.pending_team import PendingTeam
    from ..models.team import Team


T = TypeVar("T", bound="TeamCreatedResponse")


@_attrs_define
class TeamCreatedResponse:
    status: SuccessStatus
    data: PendingTeam | Team
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team import Team  # noqa: PLC0415

        status: str = self.status

        data: dict[str, Any]
        if isinstance(self.data, Team):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

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
        from ..models.pending_team import PendingTeam  # noqa: PLC0415
        from ..models.team import Team  # noqa: PLC0415

        d = dict(src_dict)
        status = check_success_status(d.pop("status"))

        def _parse_data(data: object) -> PendingTeam | Team:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = Team.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = PendingTeam.from_dict(data)

            return data_type_1

        data = _parse_data(d.pop("data"))

        team_created_response = cls(
            status=status,
            data=data,
        )

        team_created_response.additional_properties = d
        return team_created_response

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
