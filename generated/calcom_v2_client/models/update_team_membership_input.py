from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role import MembershipRole, check_membership_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTeamMembershipInput")


@_attrs_define
class UpdateTeamMembershipInput:
    """Only the fields sent are changed."""

    accepted: bool | Unset = UNSET
    role: MembershipRole | Unset = UNSET
    disable_impersonation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        disable_impersonation = self.disable_impersonation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if role is not UNSET:
            field_dict["role"] = role
        if disable_impersonation is not UNSET:
            field_dict["disableImpersonation"] = disable_impersonation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted", UNSET)

        _role = d.pop("role", UNSET)
        role: MembershipRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_membership_role(_role)

        disable_impersonation = d.pop("disableImpersonation", UNSET)

        update_team_membership_input = cls(
            accepted=accepted,
            role=role,
            disable_impersonation=disable_impersonation,
        )

        update_team_membership_input.additional_properties = d
        return update_team_membership_input

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
