from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventTypeWebhook")


@_attrs_define
class EventTypeWebhook:
    """A webhook that fires for the bookings of one event type."""

    id: int
    event_type_id: int
    subscriber_url: str
    triggers: list[str]
    """ Trigger names; kept as plain strings so new triggers do not break parsing. """
    active: bool
    payload_template: None | str | Unset = UNSET
    secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_type_id = self.event_type_id

        subscriber_url = self.subscriber_url

        triggers = self.triggers

        active = self.active

        payload_template: None | str | Unset
        if isinstance(self.payload_template, Unset):
            payload_template = UNSET
        else:
            payload_template = self.payload_template

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eventTypeId": event_type_id,
                "subscriberUrl": subscriber_url,
                "triggers": triggers,
                "active": active,
            }
        )
        if payload_template is not UNSET:
            field_dict["payloadTemplate"] = payload_template
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        event_type_id = d.pop("eventTypeId")

        subscriber_url = d.pop("subscriberUrl")

        triggers = cast(list[str], d.pop("triggers"))

        active = d.pop("active")

        def _parse_payload_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload_template = _parse_payload_template(d.pop("payloadTemplate", UNSET))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        event_type_webhook = cls(
            id=id,
            event_type_id=event_type_id,
            subscriber_url=subscriber_url,
            triggers=triggers,
            active=active,
            payload_template=payload_template,
            secret=secret,
        )

        event_type_webhook.additional_properties = d
        return event_type_webhook

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
