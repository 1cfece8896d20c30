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
    from ..models.slot import Slot


T = TypeVar("T", bound="SlotsByDate")


class SlotsByDate:
    """Local date (YYYY-MM-DD) to that day's slots; empty when nothing is free."""

    __slots__ = ("additional_properties", "__weakref__")
    __match_args__ = ()

    additional_properties: dict[str, list[Slot]]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(additional_properties={self.additional_properties!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(SlotsByDate, other)
        return self.additional_properties == that.additional_properties

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "SlotsByDate")
        d = dict(src_dict)
        _key: str = ""
        try:
            slots_by_date = cls()

            additional_properties = {}
            for prop_name, prop_dict in d.items():
                _key = prop_name
                _additional_property = prop_dict
                if type(_additional_property) is not list:
                    _additional_property = as_list(_additional_property)
                additional_property = []
                for additional_property_index, additional_property_item_data in enumerate(_additional_property):
                    try:
                        additional_property_item = Slot.from_dict(additional_property_item_data)

                    except ResponseParseError as exc:
                        exc.at(additional_property_index)
                        raise
                    additional_property.append(additional_property_item)

                additional_properties[prop_name] = additional_property

            slots_by_date.additional_properties = additional_properties
        except ResponseParseError as exc:
            exc.enter("SlotsByDate", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("SlotsByDate", _key)
            raise error from exc
        return slots_by_date

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Slot]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Slot]) -> None:
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
    global _models_bound, Slot
    from ..models.slot import Slot  # noqa: PLC0415

    _models_bound = True
