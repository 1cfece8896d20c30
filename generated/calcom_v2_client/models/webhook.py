from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.webhook_trigger import WebhookTrigger, check_webhook_trigger
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_int,
    as_list,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="Webhook")


class Webhook:
    __slots__ = (
        "id",
        "user_id",
        "subscriber_url",
        "triggers",
        "active",
        "payload_template",
        "secret",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "user_id",
        "subscriber_url",
        "triggers",
        "active",
        "payload_template",
        "secret",
    )

    id: int
    """ Webhook id (a number; paths carry it as a string). """
    user_id: int
    subscriber_url: str
    triggers: list[WebhookTrigger]
    """ Trigger names (an unknown, newer trigger is kept as its string). """
    active: bool
    payload_template: None | str | Unset
    secret: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        user_id: int,
        subscriber_url: str,
        triggers: list[WebhookTrigger],
        active: bool,
        payload_template: None | str | Unset = UNSET,
        secret: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.user_id = user_id
        self.subscriber_url = subscriber_url
        self.triggers = triggers
        self.active = active
        self.payload_template = payload_template
        self.secret = secret
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"user_id={self.user_id!r}, "
            f"subscriber_url={self.subscriber_url!r}, "
            f"triggers={self.triggers!r}, "
            f"active={self.active!r}, "
            f"payload_template={self.payload_template!r}, "
            f"secret={self.secret!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(Webhook, other)
        return (
            self.id == that.id
            and self.user_id == that.user_id
            and self.subscriber_url == that.subscriber_url
            and self.triggers == that.triggers
            and self.active == that.active
            and self.payload_template == that.payload_template
            and self.secret == that.secret
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        subscriber_url = self.subscriber_url

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item: str = triggers_item_data
            triggers.append(triggers_item)

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
                "userId": user_id,
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "Webhook")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "userId"
            user_id = d.pop("userId")
            if type(user_id) is not int:
                user_id = as_int(user_id)

            _key = "subscriberUrl"
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

            _key = "payloadTemplate"
            payload_template = d.pop("payloadTemplate", UNSET)
            if not (payload_template is UNSET or payload_template is None or type(payload_template) is str):

                def _parse_payload_template(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            payload_template_type_0 = data
                            if type(payload_template_type_0) is not str:
                                payload_template_type_0 = as_str(payload_template_type_0)

                            return payload_template_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                payload_template = _parse_payload_template(payload_template)

            _key = "secret"
            secret = d.pop("secret", UNSET)
            if not (secret is UNSET or secret is None or type(secret) is str):

                def _parse_secret(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            secret_type_0 = data
                            if type(secret_type_0) is not str:
                                secret_type_0 = as_str(secret_type_0)

                            return secret_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                secret = _parse_secret(secret)

            webhook = cls(
                id=id,
                user_id=user_id,
                subscriber_url=subscriber_url,
                triggers=triggers,
                active=active,
                payload_template=payload_template,
                secret=secret,
            )

            webhook.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("Webhook", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("Webhook", _key)
            raise error from exc
        return webhook

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
