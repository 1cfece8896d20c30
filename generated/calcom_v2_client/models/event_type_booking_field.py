from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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


class EventTypeBookingField:
    """A question on the booking form: `type` plus kind-specific fields (slug, label, required, hidden, isDefault, options,
    ...).

    """

    __slots__ = ("type_", "slug", "label", "required", "hidden", "is_default", "additional_properties", "__weakref__")
    __match_args__ = (
        "type_",
        "slug",
        "label",
        "required",
        "hidden",
        "is_default",
    )

    type_: str
    slug: str | Unset
    label: str | Unset
    required: bool | Unset
    hidden: bool | Unset
    is_default: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: str,
        slug: str | Unset = UNSET,
        label: str | Unset = UNSET,
        required: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        is_default: bool | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.slug = slug
        self.label = label
        self.required = required
        self.hidden = hidden
        self.is_default = is_default
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type_={self.type_!r}, "
            f"slug={self.slug!r}, "
            f"label={self.label!r}, "
            f"required={self.required!r}, "
            f"hidden={self.hidden!r}, "
            f"is_default={self.is_default!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(EventTypeBookingField, other)
        return (
            self.type_ == that.type_
            and self.slug == that.slug
            and self.label == that.label
            and self.required == that.required
            and self.hidden == that.hidden
            and self.is_default == that.is_default
            and self.additional_properties == that.additional_properties
        )

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
