from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="TeamInvite")


class TeamInvite:
    __slots__ = ("token", "invite_link", "additional_properties", "__weakref__")
    __match_args__ = (
        "token",
        "invite_link",
    )

    token: str
    invite_link: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        token: str,
        invite_link: str,
    ) -> None:
        self.token = token
        self.invite_link = invite_link
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"token={self.token!r}, "
            f"invite_link={self.invite_link!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(TeamInvite, other)
        return (
            self.token == that.token
            and self.invite_link == that.invite_link
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        invite_link = self.invite_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "inviteLink": invite_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "TeamInvite")
        d = dict(src_dict)
        _key: str = "token"
        try:
            token = d.pop("token")
            if type(token) is not str:
                token = as_str(token)

            _key = "inviteLink"
            invite_link = d.pop("inviteLink")
            if type(invite_link) is not str:
                invite_link = as_str(invite_link)

            team_invite = cls(
                token=token,
                invite_link=invite_link,
            )

            team_invite.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("TeamInvite", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("TeamInvite", _key)
            raise error from exc
        return team_invite

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
