from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="PrivateLink")


class PrivateLink:
    """A private booking link. A time-based link has `expiresAt`; a usage-based one has `maxUsageCount` and `usageCount`."""

    __slots__ = (
        "link_id",
        "event_type_id",
        "is_expired",
        "booking_url",
        "expires_at",
        "max_usage_count",
        "usage_count",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "link_id",
        "event_type_id",
        "is_expired",
        "booking_url",
        "expires_at",
        "max_usage_count",
        "usage_count",
    )

    link_id: str
    event_type_id: int
    is_expired: bool
    booking_url: str
    expires_at: datetime.datetime | None | Unset
    max_usage_count: int | None | Unset
    usage_count: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        link_id: str,
        event_type_id: int,
        is_expired: bool,
        booking_url: str,
        expires_at: datetime.datetime | None | Unset = UNSET,
        max_usage_count: int | None | Unset = UNSET,
        usage_count: int | None | Unset = UNSET,
    ) -> None:
        self.link_id = link_id
        self.event_type_id = event_type_id
        self.is_expired = is_expired
        self.booking_url = booking_url
        self.expires_at = expires_at
        self.max_usage_count = max_usage_count
        self.usage_count = usage_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"link_id={self.link_id!r}, "
            f"event_type_id={self.event_type_id!r}, "
            f"is_expired={self.is_expired!r}, "
            f"booking_url={self.booking_url!r}, "
            f"expires_at={self.expires_at!r}, "
            f"max_usage_count={self.max_usage_count!r}, "
            f"usage_count={self.usage_count!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(PrivateLink, other)
        return (
            self.link_id == that.link_id
            and self.event_type_id == that.event_type_id
            and self.is_expired == that.is_expired
            and self.booking_url == that.booking_url
            and self.expires_at == that.expires_at
            and self.max_usage_count == that.max_usage_count
            and self.usage_count == that.usage_count
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        event_type_id = self.event_type_id

        is_expired = self.is_expired

        booking_url = self.booking_url

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        max_usage_count: int | None | Unset
        if isinstance(self.max_usage_count, Unset):
            max_usage_count = UNSET
        else:
            max_usage_count = self.max_usage_count

        usage_count: int | None | Unset
        if isinstance(self.usage_count, Unset):
            usage_count = UNSET
        else:
            usage_count = self.usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "linkId": link_id,
                "eventTypeId": event_type_id,
                "isExpired": is_expired,
                "bookingUrl": booking_url,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if max_usage_count is not UNSET:
            field_dict["maxUsageCount"] = max_usage_count
        if usage_count is not UNSET:
            field_dict["usageCount"] = usage_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "PrivateLink")
        d = dict(src_dict)
        _key: str = "linkId"
        try:
            link_id = d.pop("linkId")
            if type(link_id) is not str:
                link_id = as_str(link_id)

            _key = "eventTypeId"
            event_type_id = d.pop("eventTypeId")
            if type(event_type_id) is not int:
                event_type_id = as_int(event_type_id)

            _key = "isExpired"
            is_expired = d.pop("isExpired")
            if type(is_expired) is not bool:
                is_expired = as_bool(is_expired)

            _key = "bookingUrl"
            booking_url = d.pop("bookingUrl")
            if type(booking_url) is not str:
                booking_url = as_str(booking_url)

            _key = "expiresAt"
            expires_at = d.pop("expiresAt", UNSET)
            if not (expires_at is UNSET or expires_at is None):

                def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            expires_at_type_0 = as_datetime(data)

                            return expires_at_type_0
                        except ResponseParseError as exc:
                            attempts.append(("datetime.datetime", exc))
                    raise no_variant("datetime.datetime | None", data, attempts)

                expires_at = _parse_expires_at(expires_at)

            _key = "maxUsageCount"
            max_usage_count = d.pop("maxUsageCount", UNSET)
            if not (max_usage_count is UNSET or max_usage_count is None or type(max_usage_count) is int):

                def _parse_max_usage_count(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            max_usage_count_type_0 = data
                            if type(max_usage_count_type_0) is not int:
                                max_usage_count_type_0 = as_int(max_usage_count_type_0)

                            return max_usage_count_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                max_usage_count = _parse_max_usage_count(max_usage_count)

            _key = "usageCount"
            usage_count = d.pop("usageCount", UNSET)
            if not (usage_count is UNSET or usage_count is None or type(usage_count) is int):

                def _parse_usage_count(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            usage_count_type_0 = data
                            if type(usage_count_type_0) is not int:
                                usage_count_type_0 = as_int(usage_count_type_0)

                            return usage_count_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                usage_count = _parse_usage_count(usage_count)

            private_link = cls(
                link_id=link_id,
                event_type_id=event_type_id,
                is_expired=is_expired,
                booking_url=booking_url,
                expires_at=expires_at,
                max_usage_count=max_usage_count,
                usage_count=usage_count,
            )

            private_link.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("PrivateLink", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("PrivateLink", _key)
            raise error from exc
        return private_link

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
