from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.weekday import Weekday, check_weekday
from ..types import (
    as_list,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="ScheduleAvailability")


class ScheduleAvailability:
    __slots__ = ("days", "start_time", "end_time", "additional_properties", "__weakref__")
    __match_args__ = (
        "days",
        "start_time",
        "end_time",
    )

    days: list[Weekday]
    start_time: str
    """ HH:MM """
    end_time: str
    """ HH:MM """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        days: list[Weekday],
        start_time: str,
        end_time: str,
    ) -> None:
        self.days = days
        self.start_time = start_time
        self.end_time = end_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"days={self.days!r}, "
            f"start_time={self.start_time!r}, "
            f"end_time={self.end_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ScheduleAvailability, other)
        return (
            self.days == that.days
            and self.start_time == that.start_time
            and self.end_time == that.end_time
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item: str = days_item_data
            days.append(days_item)

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "startTime": start_time,
                "endTime": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ScheduleAvailability")
        d = dict(src_dict)
        _key: str = "days"
        try:
            _days = d.pop("days")
            if type(_days) is not list:
                _days = as_list(_days)
            days = []
            for days_index, days_item_data in enumerate(_days):
                try:
                    days_item = days_item_data
                    if type(days_item) is not str:
                        days_item = check_weekday(days_item)

                except ResponseParseError as exc:
                    exc.at(days_index)
                    raise
                days.append(days_item)

            _key = "startTime"
            start_time = d.pop("startTime")
            if type(start_time) is not str:
                start_time = as_str(start_time)

            _key = "endTime"
            end_time = d.pop("endTime")
            if type(end_time) is not str:
                end_time = as_str(end_time)

            schedule_availability = cls(
                days=days,
                start_time=start_time,
                end_time=end_time,
            )

            schedule_availability.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ScheduleAvailability", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ScheduleAvailability", _key)
            raise error from exc
        return schedule_availability

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
