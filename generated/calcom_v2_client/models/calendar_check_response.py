from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.success_status import SuccessStatus, check_success_status
from ..types import (
    UNSET,
    Unset,
    as_object,
    unexpected,
)

T = TypeVar("T", bound="CalendarCheckResponse")


class CalendarCheckResponse:
    """A working connection; whatever `data` the server adds is passed through."""

    __slots__ = ("status", "data", "additional_properties", "__weakref__")
    __match_args__ = (
        "status",
        "data",
    )

    status: SuccessStatus
    data: Any | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: SuccessStatus,
        data: Any | Unset = UNSET,
    ) -> None:
        self.status = status
        self.data = data
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"status={self.status!r}, "
            f"data={self.data!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CalendarCheckResponse, other)
        return (
            self.status == that.status
            and self.data == that.data
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CalendarCheckResponse")
        d = dict(src_dict)
        _key: str = "status"
        try:
            status = d.pop("status")
            if type(status) is not str:
                status = check_success_status(status)

            _key = "data"
            data = d.pop("data", UNSET)

            calendar_check_response = cls(
                status=status,
                data=data,
            )

            calendar_check_response.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CalendarCheckResponse", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CalendarCheckResponse", _key)
            raise error from exc
        return calendar_check_response

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
