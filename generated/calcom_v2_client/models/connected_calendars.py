from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_list,
    as_object,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.connected_calendar import ConnectedCalendar
    from ..models.destination_calendar import DestinationCalendar


T = TypeVar("T", bound="ConnectedCalendars")


class ConnectedCalendars:
    __slots__ = ("connected_calendars", "destination_calendar", "additional_properties", "__weakref__")
    __match_args__ = (
        "connected_calendars",
        "destination_calendar",
    )

    connected_calendars: list[ConnectedCalendar]
    destination_calendar: DestinationCalendar | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        connected_calendars: list[ConnectedCalendar],
        destination_calendar: DestinationCalendar | None | Unset = UNSET,
    ) -> None:
        self.connected_calendars = connected_calendars
        self.destination_calendar = destination_calendar
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"connected_calendars={self.connected_calendars!r}, "
            f"destination_calendar={self.destination_calendar!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ConnectedCalendars, other)
        return (
            self.connected_calendars == that.connected_calendars
            and self.destination_calendar == that.destination_calendar
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        connected_calendars = []
        for connected_calendars_item_data in self.connected_calendars:
            connected_calendars_item = connected_calendars_item_data.to_dict()
            connected_calendars.append(connected_calendars_item)

        destination_calendar: dict[str, Any] | None | Unset
        if isinstance(self.destination_calendar, Unset):
            destination_calendar = UNSET
        elif isinstance(self.destination_calendar, DestinationCalendar):
            destination_calendar = self.destination_calendar.to_dict()
        else:
            destination_calendar = self.destination_calendar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectedCalendars": connected_calendars,
            }
        )
        if destination_calendar is not UNSET:
            field_dict["destinationCalendar"] = destination_calendar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ConnectedCalendars")
        d = dict(src_dict)
        _key: str = "connectedCalendars"
        try:
            _connected_calendars = d.pop("connectedCalendars")
            if type(_connected_calendars) is not list:
                _connected_calendars = as_list(_connected_calendars)
            connected_calendars = []
            for connected_calendars_index, connected_calendars_item_data in enumerate(_connected_calendars):
                try:
                    connected_calendars_item = ConnectedCalendar.from_dict(connected_calendars_item_data)

                except ResponseParseError as exc:
                    exc.at(connected_calendars_index)
                    raise
                connected_calendars.append(connected_calendars_item)

            _key = "destinationCalendar"
            destination_calendar = d.pop("destinationCalendar", UNSET)
            if not (destination_calendar is UNSET or destination_calendar is None):

                def _parse_destination_calendar(data: object) -> DestinationCalendar | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, dict):
                        try:
                            destination_calendar_type_0 = DestinationCalendar.from_dict(data)

                            return destination_calendar_type_0
                        except ResponseParseError as exc:
                            attempts.append(("DestinationCalendar", exc))
                    raise no_variant("DestinationCalendar | None", data, attempts)

                destination_calendar = _parse_destination_calendar(destination_calendar)

            connected_calendars = cls(
                connected_calendars=connected_calendars,
                destination_calendar=destination_calendar,
            )

            connected_calendars.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ConnectedCalendars", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ConnectedCalendars", _key)
            raise error from exc
        return connected_calendars

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
    global _models_bound, ConnectedCalendar, DestinationCalendar
    from ..models.connected_calendar import ConnectedCalendar  # noqa: PLC0415
    from ..models.destination_calendar import DestinationCalendar  # noqa: PLC0415

    _models_bound = True
