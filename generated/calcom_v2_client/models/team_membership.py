from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role import MembershipRole, check_membership_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_membership_user import TeamMembershipUser


T = TypeVar("T", bound="TeamMembership")


@_attrs_define
class TeamMembership:
    """A user's membership of a team; only accepted members host and manage."""

    id: int
    user_id: int
    team_id: int
    accepted: bool
    role: MembershipRole
    disable_impersonation: bool | Unset = UNSET
    user: TeamMembershipUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        team_id = self.team_id

        accepted = self.accepted

        role: str = self.role

        disable_impersonation = self.disable_impersonation

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
                "teamId": team_id,
                "accepted": accepted,
                "role": role,
            }
        )
        if disable_impersonation is not UNSET:
            field_dict["disableImpersonation"] = disable_impersonation
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_membership_user import TeamMembershipUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("userId")

        team_id = d.pop("teamId")

        accepted = d.pop("accepted")

        role = check_membership_role(d.pop("role"))

        disable_impersonation = d.pop("disableImpersonation", UNSET)

        _user = d.pop("user", UNSET)
        user: TeamMembershipUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = TeamMembershipUser.from_dict(_user)

        team_membership = cls(
            id=id,
            user_id=user_id,
            team_id=team_id,
            accepted=accepted,
            role=role,
            disable_impersonation=disable_impersonation,
            user=user,
        )

        team_membership.additional_properties = d
        return team_membership

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
