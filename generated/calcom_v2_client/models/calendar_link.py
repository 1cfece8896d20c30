from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="CalendarLink")


class CalendarLink:
    __slots__ = ("label", "link", "additional_properties", "__weakref__")
    __match_args__ = (
        "label",
        "link",
    )

    label: str
    """ The calendar application, e.g. Google or ICS. """
    link: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        label: str,
        link: str,
    ) -> None:
        self.label = label
        self.link = link
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"label={self.label!r}, "
            f"link={self.link!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CalendarLink, other)
        return (
            self.label == that.label
            and self.link == that.link
            and self.additional_properties == that.additional_properties
        )

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
