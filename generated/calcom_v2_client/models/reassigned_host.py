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

T = TypeVar("T", bound="ReassignedHost")


class ReassignedHost:
    """The host a booking was reassigned to."""

    __slots__ = ("id", "name", "email", "display_email", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "name",
        "email",
        "display_email",
    )

    id: int
    name: None | str
    email: str
    display_email: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        name: None | str,
        email: str,
        display_email: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.email = email
        self.display_email = display_email
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"email={self.email!r}, "
            f"display_email={self.display_email!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ReassignedHost, other)
        return (
            self.id == that.id
            and self.name == that.name
            and self.email == that.email
            and self.display_email == that.display_email
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        email = self.email

        display_email = self.display_email

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ReassignedHost")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

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

            reassigned_host = cls(
                id=id,
                name=name,
                email=email,
                display_email=display_email,
            )

            reassigned_host.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ReassignedHost", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ReassignedHost", _key)
            raise error from exc
        return reassigned_host

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
