from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
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

T = TypeVar("T", bound="CalendarCredential")


class CalendarCredential:
    """The stored credential of a calendar connection."""

    __slots__ = ("id", "type_", "user_id", "team_id", "app_id", "invalid", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "type_",
        "user_id",
        "team_id",
        "app_id",
        "invalid",
    )

    id: int
    type_: str
    """ The app, e.g. google_calendar or ics-feed_calendar. """
    user_id: int | None | Unset
    team_id: int | None | Unset
    app_id: None | str | Unset
    invalid: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        type_: str,
        user_id: int | None | Unset = UNSET,
        team_id: int | None | Unset = UNSET,
        app_id: None | str | Unset = UNSET,
        invalid: bool | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.user_id = user_id
        self.team_id = team_id
        self.app_id = app_id
        self.invalid = invalid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"type_={self.type_!r}, "
            f"user_id={self.user_id!r}, "
            f"team_id={self.team_id!r}, "
            f"app_id={self.app_id!r}, "
            f"invalid={self.invalid!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CalendarCredential, other)
        return (
            self.id == that.id
            and self.type_ == that.type_
            and self.user_id == that.user_id
            and self.team_id == that.team_id
            and self.app_id == that.app_id
            and self.invalid == that.invalid
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        invalid: bool | None | Unset
        if isinstance(self.invalid, Unset):
            invalid = UNSET
        else:
            invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CalendarCredential")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "type"
            type_ = d.pop("type")
            if type(type_) is not str:
                type_ = as_str(type_)

            _key = "userId"
            user_id = d.pop("userId", UNSET)
            if not (user_id is UNSET or user_id is None or type(user_id) is int):

                def _parse_user_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            user_id_type_0 = data
                            if type(user_id_type_0) is not int:
                                user_id_type_0 = as_int(user_id_type_0)

                            return user_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                user_id = _parse_user_id(user_id)

            _key = "teamId"
            team_id = d.pop("teamId", UNSET)
            if not (team_id is UNSET or team_id is None or type(team_id) is int):

                def _parse_team_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            team_id_type_0 = data
                            if type(team_id_type_0) is not int:
                                team_id_type_0 = as_int(team_id_type_0)

                            return team_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                team_id = _parse_team_id(team_id)

            _key = "appId"
            app_id = d.pop("appId", UNSET)
            if not (app_id is UNSET or app_id is None or type(app_id) is str):

                def _parse_app_id(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            app_id_type_0 = data
                            if type(app_id_type_0) is not str:
                                app_id_type_0 = as_str(app_id_type_0)

                            return app_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                app_id = _parse_app_id(app_id)

            _key = "invalid"
            invalid = d.pop("invalid", UNSET)
            if not (invalid is UNSET or invalid is None or type(invalid) is bool):

                def _parse_invalid(data: object) -> bool | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, bool):
                        try:
                            invalid_type_0 = data
                            if type(invalid_type_0) is not bool:
                                invalid_type_0 = as_bool(invalid_type_0)

                            return invalid_type_0
                        except ResponseParseError as exc:
                            attempts.append(("bool", exc))
                    raise no_variant("bool | None", data, attempts)

                invalid = _parse_invalid(invalid)

            calendar_credential = cls(
                id=id,
                type_=type_,
                user_id=user_id,
                team_id=team_id,
                app_id=app_id,
                invalid=invalid,
            )

            calendar_credential.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CalendarCredential", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CalendarCredential", _key)
            raise error from exc
        return calendar_credential

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
