from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.webhook_trigger import WebhookTrigger, check_webhook_trigger
from ..models.webhook_version import WebhookVersion, check_webhook_version
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_list,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="CreateWebhookInput")


class CreateWebhookInput:
    __slots__ = (
        "subscriber_url",
        "triggers",
        "active",
        "secret",
        "payload_template",
        "version",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "subscriber_url",
        "triggers",
        "active",
        "secret",
        "payload_template",
        "version",
    )

    subscriber_url: str
    triggers: list[WebhookTrigger]
    active: bool
    secret: str | Unset
    """ Key for the X-Cal-Signature-256 HMAC of deliveries. """
    payload_template: str | Unset
    """ Custom body template for deliveries. """
    version: WebhookVersion | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        subscriber_url: str,
        triggers: list[WebhookTrigger],
        active: bool,
        secret: str | Unset = UNSET,
        payload_template: str | Unset = UNSET,
        version: WebhookVersion | Unset = UNSET,
    ) -> None:
        self.subscriber_url = subscriber_url
        self.triggers = triggers
        self.active = active
        self.secret = secret
        self.payload_template = payload_template
        self.version = version
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"subscriber_url={self.subscriber_url!r}, "
            f"triggers={self.triggers!r}, "
            f"active={self.active!r}, "
            f"secret={self.secret!r}, "
            f"payload_template={self.payload_template!r}, "
            f"version={self.version!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CreateWebhookInput, other)
        return (
            self.subscriber_url == that.subscriber_url
            and self.triggers == that.triggers
            and self.active == that.active
            and self.secret == that.secret
            and self.payload_template == that.payload_template
            and self.version == that.version
            and self.additional_properties == that.additional_properties
        )

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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CreateWebhookInput")
        d = dict(src_dict)
        _key: str = "subscriberUrl"
        try:
            subscriber_url = d.pop("subscriberUrl")
            if type(subscriber_url) is not str:
                subscriber_url = as_str(subscriber_url)

            _key = "triggers"
            _triggers = d.pop("triggers")
            if type(_triggers) is not list:
                _triggers = as_list(_triggers)
            triggers = []
            for triggers_index, triggers_item_data in enumerate(_triggers):
                try:
                    triggers_item = triggers_item_data
                    if type(triggers_item) is not str:
                        triggers_item = check_webhook_trigger(triggers_item)

                except ResponseParseError as exc:
                    exc.at(triggers_index)
                    raise
                triggers.append(triggers_item)

            _key = "active"
            active = d.pop("active")
            if type(active) is not bool:
                active = as_bool(active)

            _key = "secret"
            secret = d.pop("secret", UNSET)
            if type(secret) is not str and secret is not UNSET:
                secret = UNSET if secret is None else as_str(secret)

            _key = "payloadTemplate"
            payload_template = d.pop("payloadTemplate", UNSET)
            if type(payload_template) is not str and payload_template is not UNSET:
                payload_template = UNSET if payload_template is None else as_str(payload_template)

            _key = "version"
            version = d.pop("version", UNSET)
            if type(version) is not str and version is not UNSET:
                version = UNSET if version is None else check_webhook_version(version)

            create_webhook_input = cls(
                subscriber_url=subscriber_url,
                triggers=triggers,
                active=active,
                secret=secret,
                payload_template=payload_template,
                version=version,
            )

            create_webhook_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CreateWebhookInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CreateWebhookInput", _key)
            raise error from exc
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
