from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.success_status import SuccessStatus, check_success_status
from ..types import (
    as_object,
    unexpected,
)

T = TypeVar("T", bound="DeletedScheduleResponse")


class DeletedScheduleResponse:
    __slots__ = ("status", "additional_properties", "__weakref__")
    __match_args__ = ("status",)

    status: SuccessStatus
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: SuccessStatus,
    ) -> None:
        self.status = status
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(status={self.status!r}, additional_properties={self.additional_properties!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(DeletedScheduleResponse, other)
        return self.status == that.status and self.additional_properties == that.additional_properties

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "DeletedScheduleResponse")
        d = dict(src_dict)
        _key: str = "status"
        try:
            status = d.pop("status")
            if type(status) is not str:
                status = check_success_status(status)

            deleted_schedule_response = cls(
                status=status,
            )

            deleted_schedule_response.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("DeletedScheduleResponse", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("DeletedScheduleResponse", _key)
            raise error from exc
        return deleted_schedule_response

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
