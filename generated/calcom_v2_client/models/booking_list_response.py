from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_status import SuccessStatus, check_success_status

if TYPE_CHECKING:
    from ..models.booking import Booking
    from ..models.pagination import Pagination
    from ..models.recurring_booking import RecurringBooking


T = TypeVar("T", bound="BookingListResponse")


@_attrs_define
class BookingListResponse:
    status: SuccessStatus
    data: list[Booking | RecurringBooking]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recurring_booking import RecurringBooking  # noqa: PLC0415

        status: str = self.status

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, RecurringBooking):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booking import Booking  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.recurring_booking import RecurringBooking  # noqa: PLC0415

        d = dict(src_dict)
        status = check_success_status(d.pop("status"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(data: object) -> Booking | RecurringBooking:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = RecurringBooking.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_1 = Booking.from_dict(data)

                return data_item_type_1

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        booking_list_response = cls(
            status=status,
            data=data,
            pagination=pagination,
        )

        booking_list_response.additional_properties = d
        return booking_list_response

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
