from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_datetime,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="BusyTime")


class BusyTime:
    __slots__ = ("start", "end", "source", "additional_properties", "__weakref__")
    __match_args__ = (
        "start",
        "end",
        "source",
    )

    start: datetime.datetime
    """ ISO 8601 instant. """
    end: datetime.datetime
    """ ISO 8601 instant. """
    source: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        source: None | str | Unset = UNSET,
    ) -> None:
        self.start = start
        self.end = end
        self.source = source
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"start={self.start!r}, "
            f"end={self.end!r}, "
            f"source={self.source!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BusyTime, other)
        return (
            self.start == that.start
            and self.end == that.end
            and self.source == that.source
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        end = self.end.isoformat()

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BusyTime")
        d = dict(src_dict)
        _key: str = "start"
        try:
            start = as_datetime(d.pop("start"))

            _key = "end"
            end = as_datetime(d.pop("end"))

            _key = "source"
            source = d.pop("source", UNSET)
            if not (source is UNSET or source is None or type(source) is str):

                def _parse_source(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            source_type_0 = data
                            if type(source_type_0) is not str:
                                source_type_0 = as_str(source_type_0)

                            return source_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                source = _parse_source(source)

            busy_time = cls(
                start=start,
                end=end,
                source=source,
            )

            busy_time.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BusyTime", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BusyTime", _key)
            raise error from exc
        return busy_time

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
