from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="ConferencingParticipant")


class ConferencingParticipant:
    __slots__ = ("user_id", "user_name", "join_time", "duration", "additional_properties", "__weakref__")
    __match_args__ = (
        "user_id",
        "user_name",
        "join_time",
        "duration",
    )

    user_id: None | str
    user_name: None | str
    join_time: int
    """ Unix time in seconds. """
    duration: int
    """ Seconds. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_id: None | str,
        user_name: None | str,
        join_time: int,
        duration: int,
    ) -> None:
        self.user_id = user_id
        self.user_name = user_name
        self.join_time = join_time
        self.duration = duration
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"user_id={self.user_id!r}, "
            f"user_name={self.user_name!r}, "
            f"join_time={self.join_time!r}, "
            f"duration={self.duration!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ConferencingParticipant, other)
        return (
            self.user_id == that.user_id
            and self.user_name == that.user_name
            and self.join_time == that.join_time
            and self.duration == that.duration
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        user_id: None | str
        user_id = self.user_id

        user_name: None | str
        user_name = self.user_name

        join_time = self.join_time

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "userName": user_name,
                "joinTime": join_time,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ConferencingParticipant")
        d = dict(src_dict)
        _key: str = "userId"
        try:
            user_id = d.pop("userId")
            if not (user_id is None or type(user_id) is str):

                def _parse_user_id(data: object) -> None | str:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            user_id_type_0 = data
                            if type(user_id_type_0) is not str:
                                user_id_type_0 = as_str(user_id_type_0)

                            return user_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                user_id = _parse_user_id(user_id)

            _key = "userName"
            user_name = d.pop("userName")
            if not (user_name is None or type(user_name) is str):

                def _parse_user_name(data: object) -> None | str:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            user_name_type_0 = data
                            if type(user_name_type_0) is not str:
                                user_name_type_0 = as_str(user_name_type_0)

                            return user_name_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                user_name = _parse_user_name(user_name)

            _key = "joinTime"
            join_time = d.pop("joinTime")
            if type(join_time) is not int:
                join_time = as_int(join_time)

            _key = "duration"
            duration = d.pop("duration")
            if type(duration) is not int:
                duration = as_int(duration)

            conferencing_participant = cls(
                user_id=user_id,
                user_name=user_name,
                join_time=join_time,
                duration=duration,
            )

            conferencing_participant.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ConferencingParticipant", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ConferencingParticipant", _key)
            raise error from exc
        return conferencing_participant

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
