from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_trigger import WebhookTrigger, check_webhook_trigger
from ..models.webhook_version import WebhookVersion, check_webhook_version
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookInput")


@_attrs_define
class CreateWebhookInput:
    subscriber_url: str
    triggers: list[WebhookTrigger]
    active: bool
    secret: str | Unset = UNSET
    """ Key for the X-Cal-Signature-256 HMAC of deliveries. """
    payload_template: str | Unset = UNSET
    """ Custom body template for deliveries. """
    version: WebhookVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_url = self.subscriber_url

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item: str = triggers_item_data
            triggers.append(triggers_item)

        active = self.active

        secret = self.secret

        payload_template = self.payload_template

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriberUrl": subscriber_url,
                "triggers": triggers,
                "active": active,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if payload_template is not UNSET:
            field_dict["payloadTemplate"] = payload_template
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_url = d.pop("subscriberUrl")

        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:
            triggers_item = check_webhook_trigger(triggers_item_data)

            triggers.append(triggers_item)

        active = d.pop("active")

        secret = d.pop("secret", UNSET)

        payload_template = d.pop("payloadTemplate", UNSET)

        _version = d.pop("version", UNSET)
        version: WebhookVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_webhook_version(_version)

        create_webhook_input = cls(
            subscriber_url=subscriber_url,
            triggers=triggers,
            active=active,
            secret=secret,
            payload_template=payload_template,
            version=version,
        )

        create_webhook_input.additional_properties = d
        return create_webhook_input

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
