from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError
from ..types import (
    as_date,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="ScheduleOverride")


@_attrs_define
class ScheduleOverride:
    date: datetime.date
    """ YYYY-MM-DD """
    start_time: str
    end_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
