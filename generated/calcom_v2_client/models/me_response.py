from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.success_status import SuccessStatus, check_success_status
from ..types import (
    as_object,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.me import Me


T = TypeVar("T", bound="MeResponse")


class MeResponse:
    __slots__ = ("status", "data", "additional_properties", "__weakref__")
    __match_args__ = (
        "status",
        "data",
    )

    status: SuccessStatus
    data: Me
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: SuccessStatus,
        data: Me,
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
        that = cast(MeResponse, other)
        return (
            self.status == that.status
            and self.data == that.data
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        status: str = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "MeResponse")
        d = dict(src_dict)
        _key: str = "status"
        try:
            status = d.pop("status")
            if type(status) is not str:
                status = check_success_status(status)

            _key = "data"
            data = Me.from_dict(d.pop("data"))

            me_response = cls(
                status=status,
                data=data,
            )

            me_response.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("MeResponse", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("MeResponse", _key)
            raise error from exc
        return me_response

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
    global _models_bound, Me
    from ..models.me import Me  # noqa: PLC0415

    _models_bound = True
