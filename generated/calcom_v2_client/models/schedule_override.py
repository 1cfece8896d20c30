from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_date,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="ScheduleOverride")


class ScheduleOverride:
    __slots__ = ("date", "start_time", "end_time", "additional_properties", "__weakref__")
    __match_args__ = (
        "date",
        "start_time",
        "end_time",
    )

    date: datetime.date
    """ YYYY-MM-DD """
    start_time: str
    end_time: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        date: datetime.date,
        start_time: str,
        end_time: str,
    ) -> None:
        self.date = date
        self.start_time = start_time
        self.end_time = end_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"date={self.date!r}, "
            f"start_time={self.start_time!r}, "
            f"end_time={self.end_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ScheduleOverride, other)
        return (
            self.date == that.date
            and self.start_time == that.start_time
            and self.end_time == that.end_time
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "startTime": start_time,
                "endTime": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ScheduleOverride")
        d = dict(src_dict)
        _key: str = "date"
        try:
            date = as_date(d.pop("date"))

            _key = "startTime"
            start_time = d.pop("startTime")
            if type(start_time) is not str:
                start_time = as_str(start_time)

            _key = "endTime"
            end_time = d.pop("endTime")
            if type(end_time) is not str:
                end_time = as_str(end_time)

            schedule_override = cls(
                date=date,
                start_time=start_time,
                end_time=end_time,
            )

            schedule_override.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ScheduleOverride", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ScheduleOverride", _key)
            raise error from exc
        return schedule_override

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
