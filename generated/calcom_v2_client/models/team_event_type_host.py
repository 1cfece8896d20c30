from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.host_priority import HostPriority, check_host_priority
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="TeamEventTypeHost")


class TeamEventTypeHost:
    __slots__ = (
        "user_id",
        "name",
        "username",
        "avatar_url",
        "mandatory",
        "priority",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "user_id",
        "name",
        "username",
        "avatar_url",
        "mandatory",
        "priority",
    )

    user_id: int
    name: None | str | Unset
    username: None | str | Unset
    avatar_url: None | str | Unset
    mandatory: bool | Unset
    priority: HostPriority | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_id: int,
        name: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        avatar_url: None | str | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        priority: HostPriority | Unset = UNSET,
    ) -> None:
        self.user_id = user_id
        self.name = name
        self.username = username
        self.avatar_url = avatar_url
        self.mandatory = mandatory
        self.priority = priority
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"user_id={self.user_id!r}, "
            f"name={self.name!r}, "
            f"username={self.username!r}, "
            f"avatar_url={self.avatar_url!r}, "
            f"mandatory={self.mandatory!r}, "
            f"priority={self.priority!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(TeamEventTypeHost, other)
        return (
            self.user_id == that.user_id
            and self.name == that.name
            and self.username == that.username
            and self.avatar_url == that.avatar_url
            and self.mandatory == that.mandatory
            and self.priority == that.priority
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

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
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "TeamEventTypeHost")
        d = dict(src_dict)
        _key: str = "userId"
        try:
            user_id = d.pop("userId")
            if type(user_id) is not int:
                user_id = as_int(user_id)

            _key = "name"
            name = d.pop("name", UNSET)
            if not (name is UNSET or name is None or type(name) is str):

                def _parse_name(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            name_type_0 = data
                            if type(name_type_0) is not str:
                                name_type_0 = as_str(name_type_0)

                            return name_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                name = _parse_name(name)

            _key = "username"
            username = d.pop("username", UNSET)
            if not (username is UNSET or username is None or type(username) is str):

                def _parse_username(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            username_type_0 = data
                            if type(username_type_0) is not str:
                                username_type_0 = as_str(username_type_0)

                            return username_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                username = _parse_username(username)

            _key = "avatarUrl"
            avatar_url = d.pop("avatarUrl", UNSET)
            if not (avatar_url is UNSET or avatar_url is None or type(avatar_url) is str):

                def _parse_avatar_url(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            avatar_url_type_0 = data
                            if type(avatar_url_type_0) is not str:
                                avatar_url_type_0 = as_str(avatar_url_type_0)

                            return avatar_url_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                avatar_url = _parse_avatar_url(avatar_url)

            _key = "mandatory"
            mandatory = d.pop("mandatory", UNSET)
            if type(mandatory) is not bool and mandatory is not UNSET:
                mandatory = UNSET if mandatory is None else as_bool(mandatory)

            _key = "priority"
            priority = d.pop("priority", UNSET)
            if type(priority) is not str and priority is not UNSET:
                priority = UNSET if priority is None else check_host_priority(priority)

            team_event_type_host = cls(
                user_id=user_id,
                name=name,
                username=username,
                avatar_url=avatar_url,
                mandatory=mandatory,
                priority=priority,
            )

            team_event_type_host.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("TeamEventTypeHost", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("TeamEventTypeHost", _key)
            raise error from exc
        return team_event_type_host

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
