from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_priority import HostPriority, check_host_priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamEventTypeHostInput")


@_attrs_define
class TeamEventTypeHostInput:
    user_id: int
    mandatory: bool | Unset = UNSET
    """ Collective only - this host must attend. """
    priority: HostPriority | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        mandatory = self.mandatory

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        mandatory = d.pop("mandatory", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: HostPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_host_priority(_priority)

        team_event_type_host_input = cls(
            user_id=user_id,
            mandatory=mandatory,
            priority=priority,
        )

        team_event_type_host_input.additional_properties = d
        return team_event_type_host_input

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
