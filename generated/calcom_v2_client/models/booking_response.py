from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_status import SuccessStatus, check_success_status

if TYPE_CHECKING:
    from ..models.booking import Booking
    from ..models.recurring_booking import RecurringBooking


T = TypeVar("T", bound="BookingResponse")


@_attrs_define
class BookingResponse:
    status: SuccessStatus
    data: Booking | list[RecurringBooking] | RecurringBooking
    """ A single booking, one occurrence of a recurring booking, or (creating a recurring booking) all its
    occurrences. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.booking import Booking  # noqa: PLC0415
        from ..models.recurring_booking import RecurringBooking  # noqa: PLC0415

        status: str = self.status

        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, RecurringBooking):
            data = self.data.to_dict()
        elif isinstance(self.data, Booking):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_2_item_data in self.data:
                data_type_2_item = data_type_2_item_data.to_dict()
                data.append(data_type_2_item)

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
        from ..models.booking import Booking  # noqa: PLC0415
        from ..models.recurring_booking import RecurringBooking  # noqa: PLC0415

        d = dict(src_dict)
        status = check_success_status(d.pop("status"))

        def _parse_data(data: object) -> Booking | list[RecurringBooking] | RecurringBooking:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = RecurringBooking.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = Booking.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_2 = []
            _data_type_2 = data
            for data_type_2_item_data in _data_type_2:
                data_type_2_item = RecurringBooking.from_dict(data_type_2_item_data)

                data_type_2.append(data_type_2_item)

            return data_type_2

        data = _parse_data(d.pop("data"))

        booking_response = cls(
            status=status,
            data=data,
        )

        booking_response.additional_properties = d
        return booking_response

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
