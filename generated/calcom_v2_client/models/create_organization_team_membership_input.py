from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..models.membership_role import MembershipRole, check_membership_role
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_int,
    as_object,
    unexpected,
)

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CreateOrganizationTeamMembershipInput")
        d = dict(src_dict)
        _key: str = "userId"
        try:
            user_id = d.pop("userId")
            if type(user_id) is not int:
                user_id = as_int(user_id)

            _key = "role"
            role = d.pop("role")
            if type(role) is not str:
                role = check_membership_role(role)

            _key = "accepted"
            accepted = d.pop("accepted", UNSET)
            if type(accepted) is not bool and accepted is not UNSET:
                accepted = UNSET if accepted is None else as_bool(accepted)

            _key = "disableImpersonation"
            disable_impersonation = d.pop("disableImpersonation", UNSET)
            if type(disable_impersonation) is not bool and disable_impersonation is not UNSET:
                disable_impersonation = UNSET if disable_impersonation is None else as_bool(disable_impersonation)

            create_organization_team_membership_input = cls(
                user_id=user_id,
                role=role,
                accepted=accepted,
                disable_impersonation=disable_impersonation,
            )

            create_organization_team_membership_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CreateOrganizationTeamMembershipInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CreateOrganizationTeamMembershipInput", _key)
            raise error from exc
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
