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
    unexpected,
)

T = TypeVar("T", bound="TeamEventTypeHostInput")


class TeamEventTypeHostInput:
    __slots__ = ("user_id", "mandatory", "priority", "additional_properties", "__weakref__")
    __match_args__ = (
        "user_id",
        "mandatory",
        "priority",
    )

    user_id: int
    mandatory: bool | Unset
    """ Collective only - this host must attend. """
    priority: HostPriority | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_id: int,
        mandatory: bool | Unset = UNSET,
        priority: HostPriority | Unset = UNSET,
    ) -> None:
        self.user_id = user_id
        self.mandatory = mandatory
        self.priority = priority
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"user_id={self.user_id!r}, "
            f"mandatory={self.mandatory!r}, "
            f"priority={self.priority!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(TeamEventTypeHostInput, other)
        return (
            self.user_id == that.user_id
            and self.mandatory == that.mandatory
            and self.priority == that.priority
            and self.additional_properties == that.additional_properties
        )

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "TeamEventTypeHostInput")
        d = dict(src_dict)
        _key: str = "userId"
        try:
            user_id = d.pop("userId")
            if type(user_id) is not int:
                user_id = as_int(user_id)

            _key = "mandatory"
            mandatory = d.pop("mandatory", UNSET)
            if type(mandatory) is not bool and mandatory is not UNSET:
                mandatory = UNSET if mandatory is None else as_bool(mandatory)

            _key = "priority"
            priority = d.pop("priority", UNSET)
            if type(priority) is not str and priority is not UNSET:
                priority = UNSET if priority is None else check_host_priority(priority)

            team_event_type_host_input = cls(
                user_id=user_id,
                mandatory=mandatory,
                priority=priority,
            )

            team_event_type_host_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("TeamEventTypeHostInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("TeamEventTypeHostInput", _key)
            raise error from exc
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
