from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_object,
    as_str,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.reassigned_host import ReassignedHost


T = TypeVar("T", bound="BookingReassignment")


class BookingReassignment:
    __slots__ = ("booking_uid", "reassigned_to", "additional_properties", "__weakref__")
    __match_args__ = (
        "booking_uid",
        "reassigned_to",
    )

    booking_uid: str
    reassigned_to: ReassignedHost
    """ The host a booking was reassigned to. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        booking_uid: str,
        reassigned_to: ReassignedHost,
    ) -> None:
        self.booking_uid = booking_uid
        self.reassigned_to = reassigned_to
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"booking_uid={self.booking_uid!r}, "
            f"reassigned_to={self.reassigned_to!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingReassignment, other)
        return (
            self.booking_uid == that.booking_uid
            and self.reassigned_to == that.reassigned_to
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        booking_uid = self.booking_uid

        reassigned_to = self.reassigned_to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookingUid": booking_uid,
                "reassignedTo": reassigned_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingReassignment")
        d = dict(src_dict)
        _key: str = "bookingUid"
        try:
            booking_uid = d.pop("bookingUid")
            if type(booking_uid) is not str:
                booking_uid = as_str(booking_uid)

            _key = "reassignedTo"
            reassigned_to = ReassignedHost.from_dict(d.pop("reassignedTo"))

            booking_reassignment = cls(
                booking_uid=booking_uid,
                reassigned_to=reassigned_to,
            )

            booking_reassignment.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingReassignment", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingReassignment", _key)
            raise error from exc
        return booking_reassignment

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
    global _models_bound, ReassignedHost
    from ..models.reassigned_host import ReassignedHost  # noqa: PLC0415

    _models_bound = True
