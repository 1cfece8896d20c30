from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_datetime,
    as_int,
    as_object,
    unexpected,
)

T = TypeVar("T", bound="CreatePrivateLinkInput")


class CreatePrivateLinkInput:
    """Give `expiresAt` for a link that expires at a time, or `maxUsageCount` for one that expires after that many bookings
    (a single use when both are omitted).

    """

    __slots__ = ("expires_at", "max_usage_count", "additional_properties", "__weakref__")
    __match_args__ = (
        "expires_at",
        "max_usage_count",
    )

    expires_at: datetime.datetime | Unset
    max_usage_count: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        expires_at: datetime.datetime | Unset = UNSET,
        max_usage_count: int | Unset = UNSET,
    ) -> None:
        self.expires_at = expires_at
        self.max_usage_count = max_usage_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"expires_at={self.expires_at!r}, "
            f"max_usage_count={self.max_usage_count!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CreatePrivateLinkInput, other)
        return (
            self.expires_at == that.expires_at
            and self.max_usage_count == that.max_usage_count
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        max_usage_count = self.max_usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if max_usage_count is not UNSET:
            field_dict["maxUsageCount"] = max_usage_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CreatePrivateLinkInput")
        d = dict(src_dict)
        _key: str = "expiresAt"
        try:
            _expires_at = d.pop("expiresAt", UNSET)
            expires_at: datetime.datetime | Unset
            if _expires_at is UNSET or _expires_at is None:
                expires_at = UNSET
            else:
                expires_at = as_datetime(_expires_at)

            _key = "maxUsageCount"
            max_usage_count = d.pop("maxUsageCount", UNSET)
            if type(max_usage_count) is not int and max_usage_count is not UNSET:
                max_usage_count = UNSET if max_usage_count is None else as_int(max_usage_count)

            create_private_link_input = cls(
                expires_at=expires_at,
                max_usage_count=max_usage_count,
            )

            create_private_link_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CreatePrivateLinkInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CreatePrivateLinkInput", _key)
            raise error from exc
        return create_private_link_input

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
