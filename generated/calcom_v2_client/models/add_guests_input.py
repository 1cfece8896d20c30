from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_list,
    as_object,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.guest_input import GuestInput


T = TypeVar("T", bound="AddGuestsInput")


class AddGuestsInput:
    __slots__ = ("guests", "additional_properties", "__weakref__")
    __match_args__ = ("guests",)

    guests: list[GuestInput]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        guests: list[GuestInput],
    ) -> None:
        self.guests = guests
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(guests={self.guests!r}, additional_properties={self.additional_properties!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(AddGuestsInput, other)
        return self.guests == that.guests and self.additional_properties == that.additional_properties

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        guests = []
        for guests_item_data in self.guests:
            guests_item = guests_item_data.to_dict()
            guests.append(guests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guests": guests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "AddGuestsInput")
        d = dict(src_dict)
        _key: str = "guests"
        try:
            _guests = d.pop("guests")
            if type(_guests) is not list:
                _guests = as_list(_guests)
            guests = []
            for guests_index, guests_item_data in enumerate(_guests):
                try:
                    guests_item = GuestInput.from_dict(guests_item_data)

                except ResponseParseError as exc:
                    exc.at(guests_index)
                    raise
                guests.append(guests_item)

            add_guests_input = cls(
                guests=guests,
            )

            add_guests_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("AddGuestsInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("AddGuestsInput", _key)
            raise error from exc
        return add_guests_input

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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, GuestInput
    from ..models.guest_input import GuestInput  # noqa: PLC0415

    _models_bound = True
