from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_list,
    as_object,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.mark_absent_attendee import MarkAbsentAttendee


T = TypeVar("T", bound="MarkAbsentInput")


class MarkAbsentInput:
    """Whom to mark; attendees left out keep their current flag."""

    __slots__ = ("host", "attendees", "additional_properties", "__weakref__")
    __match_args__ = (
        "host",
        "attendees",
    )

    host: bool | Unset
    """ The host did not show up. """
    attendees: list[MarkAbsentAttendee] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        host: bool | Unset = UNSET,
        attendees: list[MarkAbsentAttendee] | Unset = UNSET,
    ) -> None:
        self.host = host
        self.attendees = attendees
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"host={self.host!r}, "
            f"attendees={self.attendees!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(MarkAbsentInput, other)
        return (
            self.host == that.host
            and self.attendees == that.attendees
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        host = self.host

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
        if attendees is not UNSET:
            field_dict["attendees"] = attendees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "MarkAbsentInput")
        d = dict(src_dict)
        _key: str = "host"
        try:
            host = d.pop("host", UNSET)
            if type(host) is not bool and host is not UNSET:
                host = UNSET if host is None else as_bool(host)

            _key = "attendees"
            _attendees = d.pop("attendees", UNSET)
            attendees: list[MarkAbsentAttendee] | Unset = UNSET
            if _attendees is not UNSET and _attendees is not None:
                if type(_attendees) is not list:
                    _attendees = as_list(_attendees)
                attendees = []
                for attendees_index, attendees_item_data in enumerate(_attendees):
                    try:
                        attendees_item = MarkAbsentAttendee.from_dict(attendees_item_data)

                    except ResponseParseError as exc:
                        exc.at(attendees_index)
                        raise
                    attendees.append(attendees_item)

            mark_absent_input = cls(
                host=host,
                attendees=attendees,
            )

            mark_absent_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("MarkAbsentInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("MarkAbsentInput", _key)
            raise error from exc
        return mark_absent_input

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
    global _models_bound, MarkAbsentAttendee
    from ..models.mark_absent_attendee import MarkAbsentAttendee  # noqa: PLC0415

    _models_bound = True
