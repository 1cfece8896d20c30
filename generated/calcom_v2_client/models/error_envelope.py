from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.error_envelope_status import ErrorEnvelopeStatus, check_error_envelope_status
from ..types import (
    UNSET,
    Unset,
    as_datetime,
    as_object,
    as_str,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorEnvelope")


class ErrorEnvelope:
    """Body of every 4xx/5xx answer."""

    __slots__ = ("status", "error", "timestamp", "path", "additional_properties", "__weakref__")
    __match_args__ = (
        "status",
        "error",
        "timestamp",
        "path",
    )

    status: ErrorEnvelopeStatus
    error: ErrorDetail
    timestamp: datetime.datetime | Unset
    """ When the error happened (ISO 8601). """
    path: str | Unset
    """ Request path that failed. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: ErrorEnvelopeStatus,
        error: ErrorDetail,
        timestamp: datetime.datetime | Unset = UNSET,
        path: str | Unset = UNSET,
    ) -> None:
        self.status = status
        self.error = error
        self.timestamp = timestamp
        self.path = path
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"status={self.status!r}, "
            f"error={self.error!r}, "
            f"timestamp={self.timestamp!r}, "
            f"path={self.path!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ErrorEnvelope, other)
        return (
            self.status == that.status
            and self.error == that.error
            and self.timestamp == that.timestamp
            and self.path == that.path
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        status: str = self.status

        error = self.error.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "error": error,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ErrorEnvelope")
        d = dict(src_dict)
        _key: str = "status"
        try:
            status = d.pop("status")
            if type(status) is not str:
                status = check_error_envelope_status(status)

            _key = "error"
            error = ErrorDetail.from_dict(d.pop("error"))

            _key = "timestamp"
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if _timestamp is UNSET or _timestamp is None:
                timestamp = UNSET
            else:
                timestamp = as_datetime(_timestamp)

            _key = "path"
            path = d.pop("path", UNSET)
            if type(path) is not str and path is not UNSET:
                path = UNSET if path is None else as_str(path)

            error_envelope = cls(
                status=status,
                error=error,
                timestamp=timestamp,
                path=path,
            )

            error_envelope.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ErrorEnvelope", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ErrorEnvelope", _key)
            raise error from exc
        return error_envelope

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
    global _models_bound, ErrorDetail
    from ..models.error_detail import ErrorDetail  # noqa: PLC0415

    _models_bound = True
