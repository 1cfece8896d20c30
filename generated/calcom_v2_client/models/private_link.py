from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateLink")


@_attrs_define
class PrivateLink:
    """A private booking link. A time-based link has `expiresAt`; a usage-based one has `maxUsageCount` and `usageCount`."""

    link_id: str
    event_type_id: int
    is_expired: bool
    booking_url: str
    expires_at: datetime.datetime | None | Unset = UNSET
    max_usage_count: int | None | Unset = UNSET
    usage_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        link_id = d.pop("linkId")

        event_type_id = d.pop("eventTypeId")

        is_expired = d.pop("isExpired")

        booking_url = d.pop("bookingUrl")

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat((data).replace("Z", "+00:00"))

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        def _parse_max_usage_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_usage_count = _parse_max_usage_count(d.pop("maxUsageCount", UNSET))

        def _parse_usage_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage_count = _parse_usage_count(d.pop("usageCount", UNSET))

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
