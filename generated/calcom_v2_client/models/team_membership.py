from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.team_membership_user import TeamMembershipUser


T = TypeVar("T", bound="TeamMembership")


class TeamMembership:
    """A user's membership of a team; only accepted members host and manage."""

    __slots__ = (
        "id",
        "user_id",
        "team_id",
        "accepted",
        "role",
        "disable_impersonation",
        "user",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "user_id",
        "team_id",
        "accepted",
        "role",
        "disable_impersonation",
        "user",
    )

    id: int
    user_id: int
    team_id: int
    accepted: bool
    role: MembershipRole
    disable_impersonation: bool | Unset
    user: TeamMembershipUser | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        user_id: int,
        team_id: int,
        accepted: bool,
        role: MembershipRole,
        disable_impersonation: bool | Unset = UNSET,
        user: TeamMembershipUser | Unset = UNSET,
    ) -> None:
        self.id = id
        self.user_id = user_id
        self.team_id = team_id
        self.accepted = accepted
        self.role = role
        self.disable_impersonation = disable_impersonation
        self.user = user
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"user_id={self.user_id!r}, "
            f"team_id={self.team_id!r}, "
            f"accepted={self.accepted!r}, "
            f"role={self.role!r}, "
            f"disable_impersonation={self.disable_impersonation!r}, "
            f"user={self.user!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(TeamMembership, other)
        return (
            self.id == that.id
            and self.user_id == that.user_id
            and self.team_id == that.team_id
            and self.accepted == that.accepted
            and self.role == that.role
            and self.disable_impersonation == that.disable_impersonation
            and self.user == that.user
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "TeamMembership")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "userId"
            user_id = d.pop("userId")
            if type(user_id) is not int:
                user_id = as_int(user_id)

            _key = "teamId"
            team_id = d.pop("teamId")
            if type(team_id) is not int:
                team_id = as_int(team_id)

            _key = "accepted"
            accepted = d.pop("accepted")
            if type(accepted) is not bool:
                accepted = as_bool(accepted)

            _key = "role"
            role = d.pop("role")
            if type(role) is not str:
                role = check_membership_role(role)

            _key = "disableImpersonation"
            disable_impersonation = d.pop("disableImpersonation", UNSET)
            if type(disable_impersonation) is not bool and disable_impersonation is not UNSET:
                disable_impersonation = UNSET if disable_impersonation is None else as_bool(disable_impersonation)

            _key = "user"
            _user = d.pop("user", UNSET)
            user: TeamMembershipUser | Unset
            if _user is UNSET or _user is None:
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
        except ResponseParseError as exc:
            exc.enter("TeamMembership", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("TeamMembership", _key)
            raise error from exc
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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, TeamMembershipUser
    from ..models.team_membership_user import TeamMembershipUser  # noqa: PLC0415

    _models_bound = True
