from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_bool,
    as_int,
    as_object,
    unexpected,
)

T = TypeVar("T", bound="MeOrganization")


class MeOrganization:
    __slots__ = ("id", "is_platform", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "is_platform",
    )

    id: int
    is_platform: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        is_platform: bool,
    ) -> None:
        self.id = id
        self.is_platform = is_platform
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"is_platform={self.is_platform!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(MeOrganization, other)
        return (
            self.id == that.id
            and self.is_platform == that.is_platform
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_platform = self.is_platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isPlatform": is_platform,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "MeOrganization")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "isPlatform"
            is_platform = d.pop("isPlatform")
            if type(is_platform) is not bool:
                is_platform = as_bool(is_platform)

            me_organization = cls(
                id=id,
                is_platform=is_platform,
            )

            me_organization.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("MeOrganization", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("MeOrganization", _key)
            raise error from exc
        return me_organization

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
