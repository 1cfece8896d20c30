from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_list,
    as_object,
    as_str,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.schedule_availability import ScheduleAvailability
    from ..models.schedule_override import ScheduleOverride


T = TypeVar("T", bound="UpdateScheduleInput")


class UpdateScheduleInput:
    """Only the fields sent are changed."""

    __slots__ = ("name", "time_zone", "availability", "is_default", "overrides", "additional_properties", "__weakref__")
    __match_args__ = (
        "name",
        "time_zone",
        "availability",
        "is_default",
        "overrides",
    )

    name: str | Unset
    time_zone: str | Unset
    availability: list[ScheduleAvailability] | Unset
    is_default: bool | Unset
    overrides: list[ScheduleOverride] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        availability: list[ScheduleAvailability] | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        overrides: list[ScheduleOverride] | Unset = UNSET,
    ) -> None:
        self.name = name
        self.time_zone = time_zone
        self.availability = availability
        self.is_default = is_default
        self.overrides = overrides
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"time_zone={self.time_zone!r}, "
            f"availability={self.availability!r}, "
            f"is_default={self.is_default!r}, "
            f"overrides={self.overrides!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(UpdateScheduleInput, other)
        return (
            self.name == that.name
            and self.time_zone == that.time_zone
            and self.availability == that.availability
            and self.is_default == that.is_default
            and self.overrides == that.overrides
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        name = self.name

        time_zone = self.time_zone

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        is_default = self.is_default

        overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = []
            for overrides_item_data in self.overrides:
                overrides_item = overrides_item_data.to_dict()
                overrides.append(overrides_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if availability is not UNSET:
            field_dict["availability"] = availability
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "UpdateScheduleInput")
        d = dict(src_dict)
        _key: str = "name"
        try:
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                name = UNSET if name is None else as_str(name)

            _key = "timeZone"
            time_zone = d.pop("timeZone", UNSET)
            if type(time_zone) is not str and time_zone is not UNSET:
                time_zone = UNSET if time_zone is None else as_str(time_zone)

            _key = "availability"
            _availability = d.pop("availability", UNSET)
            availability: list[ScheduleAvailability] | Unset = UNSET
            if _availability is not UNSET and _availability is not None:
                if type(_availability) is not list:
                    _availability = as_list(_availability)
                availability = []
                for availability_index, availability_item_data in enumerate(_availability):
                    try:
                        availability_item = ScheduleAvailability.from_dict(availability_item_data)

                    except ResponseParseError as exc:
                        exc.at(availability_index)
                        raise
                    availability.append(availability_item)

            _key = "isDefault"
            is_default = d.pop("isDefault", UNSET)
            if type(is_default) is not bool and is_default is not UNSET:
                is_default = UNSET if is_default is None else as_bool(is_default)

            _key = "overrides"
            _overrides = d.pop("overrides", UNSET)
            overrides: list[ScheduleOverride] | Unset = UNSET
            if _overrides is not UNSET and _overrides is not None:
                if type(_overrides) is not list:
                    _overrides = as_list(_overrides)
                overrides = []
                for overrides_index, overrides_item_data in enumerate(_overrides):
                    try:
                        overrides_item = ScheduleOverride.from_dict(overrides_item_data)

                    except ResponseParseError as exc:
                        exc.at(overrides_index)
                        raise
                    overrides.append(overrides_item)

            update_schedule_input = cls(
                name=name,
                time_zone=time_zone,
                availability=availability,
                is_default=is_default,
                overrides=overrides,
            )

            update_schedule_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("UpdateScheduleInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("UpdateScheduleInput", _key)
            raise error from exc
        return update_schedule_input

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
    global _models_bound, ScheduleAvailability, ScheduleOverride
    from ..models.schedule_availability import ScheduleAvailability  # noqa: PLC0415
    from ..models.schedule_override import ScheduleOverride  # noqa: PLC0415

    _models_bound = True
