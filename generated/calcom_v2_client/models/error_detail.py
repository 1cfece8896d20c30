from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="ErrorDetail")


class ErrorDetail:
    __slots__ = ("code", "message", "details", "additional_properties", "__weakref__")
    __match_args__ = (
        "code",
        "message",
        "details",
    )

    code: str
    """ Exception name, e.g. NotFoundException. """
    message: str
    details: Any | Unset
    """ Extra information (validation errors and the like); free form. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        code: str,
        message: str,
        details: Any | Unset = UNSET,
    ) -> None:
        self.code = code
        self.message = message
        self.details = details
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"code={self.code!r}, "
            f"message={self.message!r}, "
            f"details={self.details!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ErrorDetail, other)
        return (
            self.code == that.code
            and self.message == that.message
            and self.details == that.details
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ErrorDetail")
        d = dict(src_dict)
        _key: str = "code"
        try:
            code = d.pop("code")
            if type(code) is not str:
                code = as_str(code)

            _key = "message"
            message = d.pop("message")
            if type(message) is not str:
                message = as_str(message)

            _key = "details"
            details = d.pop("details", UNSET)

            error_detail = cls(
                code=code,
                message=message,
                details=details,
            )

            error_detail.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ErrorDetail", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ErrorDetail", _key)
            raise error from exc
        return error_detail

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
