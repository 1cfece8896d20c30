from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import (
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="CalendarLink")


@_attrs_define
class CalendarLink:
    label: str
    """ The calendar application, e.g. Google or ICS. """
    link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "link": link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CalendarLink")
        d = dict(src_dict)
        _key: str = "label"
        try:
            label = d.pop("label")
            if type(label) is not str:
                label = as_str(label)

            _key = "link"
            link = d.pop("link")
            if type(link) is not str:
                link = as_str(link)

            calendar_link = cls(
                label=label,
                link=link,
            )

            calendar_link.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CalendarLink", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CalendarLink", _key)
            raise error from exc
        return calendar_link

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
