from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="CreateTeamMembershipInput")


class CreateTeamMembershipInput:
    __slots__ = ("user_id", "accepted", "role", "disable_impersonation", "additional_properties", "__weakref__")
    __match_args__ = (
        "user_id",
        "accepted",
        "role",
        "disable_impersonation",
    )

    user_id: int
    accepted: bool | Unset
    """ The membership starts accepted (false when omitted). """
    role: MembershipRole | Unset
    disable_impersonation: bool | Unset
    """ False when omitted. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_id: int,
        accepted: bool | Unset = UNSET,
        role: MembershipRole | Unset = UNSET,
        disable_impersonation: bool | Unset = UNSET,
    ) -> None:
        self.user_id = user_id
        self.accepted = accepted
        self.role = role
        self.disable_impersonation = disable_impersonation
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"user_id={self.user_id!r}, "
            f"accepted={self.accepted!r}, "
            f"role={self.role!r}, "
            f"disable_impersonation={self.disable_impersonation!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CreateTeamMembershipInput, other)
        return (
            self.user_id == that.user_id
            and self.accepted == that.accepted
            and self.role == that.role
            and self.disable_impersonation == that.disable_impersonation
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        accepted = self.accepted

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        disable_impersonation = self.disable_impersonation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if role is not UNSET:
            field_dict["role"] = role
        if disable_impersonation is not UNSET:
            field_dict["disableImpersonation"] = disable_impersonation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CreateTeamMembershipInput")
        d = dict(src_dict)
        _key: str = "userId"
        try:
            user_id = d.pop("userId")
            if type(user_id) is not int:
                user_id = as_int(user_id)

            _key = "accepted"
            accepted = d.pop("accepted", UNSET)
            if type(accepted) is not bool and accepted is not UNSET:
                accepted = UNSET if accepted is None else as_bool(accepted)

            _key = "role"
            role = d.pop("role", UNSET)
            if type(role) is not str and role is not UNSET:
                role = UNSET if role is None else check_membership_role(role)

            _key = "disableImpersonation"
            disable_impersonation = d.pop("disableImpersonation", UNSET)
            if type(disable_impersonation) is not bool and disable_impersonation is not UNSET:
                disable_impersonation = UNSET if disable_impersonation is None else as_bool(disable_impersonation)

            create_team_membership_input = cls(
                user_id=user_id,
                accepted=accepted,
                role=role,
                disable_impersonation=disable_impersonation,
            )

            create_team_membership_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CreateTeamMembershipInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CreateTeamMembershipInput", _key)
            raise error from exc
        return create_team_membership_input

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
