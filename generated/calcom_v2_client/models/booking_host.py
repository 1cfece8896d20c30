from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="BookingHost")


class BookingHost:
    """A host of a booking. For a host whose user no longer exists Cal.com sends only id ("unknown"), name, email and
    username, so timeZone is optional here.

    """

    __slots__ = (
        "id",
        "name",
        "email",
        "display_email",
        "username",
        "time_zone",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "name",
        "email",
        "display_email",
        "username",
        "time_zone",
    )

    id: int | str
    """ The host's user id; the string "unknown" when Cal.com cannot name the user. """
    name: None | str
    email: str
    display_email: str | Unset
    username: None | str | Unset
    time_zone: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int | str,
        name: None | str,
        email: str,
        display_email: str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.email = email
        self.display_email = display_email
        self.username = username
        self.time_zone = time_zone
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"email={self.email!r}, "
            f"display_email={self.display_email!r}, "
            f"username={self.username!r}, "
            f"time_zone={self.time_zone!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingHost, other)
        return (
            self.id == that.id
            and self.name == that.name
            and self.email == that.email
            and self.display_email == that.display_email
            and self.username == that.username
            and self.time_zone == that.time_zone
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name: None | str
        name = self.name

        email = self.email

        display_email = self.display_email

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
            }
        )
        if display_email is not UNSET:
            field_dict["displayEmail"] = display_email
        if username is not UNSET:
            field_dict["username"] = username
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingHost")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if not (type(id) is int or type(id) is str):

                def _parse_id(data: object) -> int | str:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            id_type_0 = data
                            if type(id_type_0) is not int:
                                id_type_0 = as_int(id_type_0)

                            return id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    if isinstance(data, str):
                        try:
                            id_type_1 = data
                            if type(id_type_1) is not str:
                                id_type_1 = as_str(id_type_1)

                            return id_type_1
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("int | str", data, attempts)

                id = _parse_id(id)

            _key = "name"
            name = d.pop("name")
            if not (name is None or type(name) is str):

                def _parse_name(data: object) -> None | str:
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

            _key = "email"
            email = d.pop("email")
            if type(email) is not str:
                email = as_str(email)

            _key = "displayEmail"
            display_email = d.pop("displayEmail", UNSET)
            if type(display_email) is not str and display_email is not UNSET:
                display_email = UNSET if display_email is None else as_str(display_email)

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

            _key = "timeZone"
            time_zone = d.pop("timeZone", UNSET)
            if type(time_zone) is not str and time_zone is not UNSET:
                time_zone = UNSET if time_zone is None else as_str(time_zone)

            booking_host = cls(
                id=id,
                name=name,
                email=email,
                display_email=display_email,
                username=username,
                time_zone=time_zone,
            )

            booking_host.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingHost", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingHost", _key)
            raise error from exc
        return booking_host

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
