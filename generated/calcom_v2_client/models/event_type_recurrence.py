from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.event_type_recurrence_frequency import EventTypeRecurrenceFrequency, check_event_type_recurrence_frequency
from ..types import (
    as_int,
    as_object,
    unexpected,
)

T = TypeVar("T", bound="EventTypeRecurrence")


class EventTypeRecurrence:
    __slots__ = ("interval", "occurrences", "frequency", "additional_properties", "__weakref__")
    __match_args__ = (
        "interval",
        "occurrences",
        "frequency",
    )

    interval: int
    occurrences: int
    frequency: EventTypeRecurrenceFrequency
    additional_properties: dict[str, Any]

    def __init__(
        self,
        interval: int,
        occurrences: int,
        frequency: EventTypeRecurrenceFrequency,
    ) -> None:
        self.interval = interval
        self.occurrences = occurrences
        self.frequency = frequency
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"interval={self.interval!r}, "
            f"occurrences={self.occurrences!r}, "
            f"frequency={self.frequency!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(EventTypeRecurrence, other)
        return (
            self.interval == that.interval
            and self.occurrences == that.occurrences
            and self.frequency == that.frequency
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        occurrences = self.occurrences

        frequency: str = self.frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "occurrences": occurrences,
                "frequency": frequency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "EventTypeRecurrence")
        d = dict(src_dict)
        _key: str = "interval"
        try:
            interval = d.pop("interval")
            if type(interval) is not int:
                interval = as_int(interval)

            _key = "occurrences"
            occurrences = d.pop("occurrences")
            if type(occurrences) is not int:
                occurrences = as_int(occurrences)

            _key = "frequency"
            frequency = d.pop("frequency")
            if type(frequency) is not str:
                frequency = check_event_type_recurrence_frequency(frequency)

            event_type_recurrence = cls(
                interval=interval,
                occurrences=occurrences,
                frequency=frequency,
            )

            event_type_recurrence.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("EventTypeRecurrence", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("EventTypeRecurrence", _key)
            raise error from exc
        return event_type_recurrence

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
