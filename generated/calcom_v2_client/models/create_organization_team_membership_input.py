from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role import MembershipRole, check_membership_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationTeamMembershipInput")


@_attrs_define
class CreateOrganizationTeamMembershipInput:
    """Like a plain team's membership, but the role must be given."""

    user_id: int
    role: MembershipRole
    accepted: bool | Unset = UNSET
    """ The membership starts accepted (false when omitted). """
    disable_impersonation: bool | Unset = UNSET
    """ False when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role: str = self.role

        accepted = self.accepted

        disable_impersonation = self.disable_impersonation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "role": role,
            }
        )
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if disable_impersonation is not UNSET:
            field_dict["disableImpersonation"] = disable_impersonation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        role = check_membership_role(d.pop("role"))

        accepted = d.pop("accepted", UNSET)

        disable_impersonation = d.pop("disableImpersonation", UNSET)

        create_organization_team_membership_input = cls(
            user_id=user_id,
            role=role,
            accepted=accepted,
            disable_impersonation=disable_impersonation,
        )

        create_organization_team_membership_input.additional_properties = d
        return create_organization_team_membership_input

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
