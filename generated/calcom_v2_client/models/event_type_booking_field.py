from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="EventTypeBookingField")


@_attrs_define
class EventTypeBookingField:
    """A question on the booking form: `type` plus kind-specific fields (slug, label, required, hidden, isDefault, options,
    ...).

    """

    type_: str
    slug: str | Unset = UNSET
    label: str | Unset = UNSET
    required: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        slug = self.slug

        label = self.label

        required = self.required

        hidden = self.hidden

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if label is not UNSET:
            field_dict["label"] = label
        if required is not UNSET:
            field_dict["required"] = required
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "EventTypeBookingField")
        d = dict(src_dict)
        _key: str = "type"
        try:
            type_ = d.pop("type")
            if type(type_) is not str:
                type_ = as_str(type_)

            _key = "slug"
            slug = d.pop("slug", UNSET)
            if type(slug) is not str and slug is not UNSET:
                slug = UNSET if slug is None else as_str(slug)

            _key = "label"
            label = d.pop("label", UNSET)
            if type(label) is not str and label is not UNSET:
                label = UNSET if label is None else as_str(label)

            _key = "required"
            required = d.pop("required", UNSET)
            if type(required) is not bool and required is not UNSET:
                required = UNSET if required is None else as_bool(required)

            _key = "hidden"
            hidden = d.pop("hidden", UNSET)
            if type(hidden) is not bool and hidden is not UNSET:
                hidden = UNSET if hidden is None else as_bool(hidden)

            _key = "isDefault"
            is_default = d.pop("isDefault", UNSET)
            if type(is_default) is not bool and is_default is not UNSET:
                is_default = UNSET if is_default is None else as_bool(is_default)

            event_type_booking_field = cls(
                type_=type_,
                slug=slug,
                label=label,
                required=required,
                hidden=hidden,
                is_default=is_default,
            )

            event_type_booking_field.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("EventTypeBookingField", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("EventTypeBookingField", _key)
            raise error from exc
        return event_type_booking_field

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
