from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connected_calendar import ConnectedCalendar
    from ..models.destination_calendar import DestinationCalendar


T = TypeVar("T", bound="ConnectedCalendars")


@_attrs_define
class ConnectedCalendars:
    connected_calendars: list[ConnectedCalendar]
    destination_calendar: DestinationCalendar | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.destination_calendar import DestinationCalendar  # noqa: PLC0415

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
        from ..models.connected_calendar import ConnectedCalendar  # noqa: PLC0415
        from ..models.destination_calendar import DestinationCalendar  # noqa: PLC0415

        d = dict(src_dict)
        connected_calendars = []
        _connected_calendars = d.pop("connectedCalendars")
        for connected_calendars_item_data in _connected_calendars:
            connected_calendars_item = ConnectedCalendar.from_dict(connected_calendars_item_data)

            connected_calendars.append(connected_calendars_item)

        def _parse_destination_calendar(data: object) -> DestinationCalendar | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_calendar_type_0 = DestinationCalendar.from_dict(data)

                return destination_calendar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DestinationCalendar | None | Unset, data)

        destination_calendar = _parse_destination_calendar(d.pop("destinationCalendar", UNSET))

        connected_calendars = cls(
            connected_calendars=connected_calendars,
            destination_calendar=destination_calendar,
        )

        connected_calendars.additional_properties = d
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
