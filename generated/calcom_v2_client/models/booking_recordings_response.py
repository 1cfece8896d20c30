from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_status import SuccessStatus, check_success_status

if TYPE_CHECKING:
    from ..models.booking_recording import BookingRecording


T = TypeVar("T", bound="BookingRecordingsResponse")


@_attrs_define
class BookingRecordingsResponse:
    status: SuccessStatus
    data: list[BookingRecording]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.booking_recording import BookingRecording  # noqa: PLC0415

        d = dict(src_dict)
        status = check_success_status(d.pop("status"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = BookingRecording.from_dict(data_item_data)

            data.append(data_item)

        booking_recordings_response = cls(
            status=status,
            data=data,
        )

        booking_recordings_response.additional_properties = d
        return booking_recordings_response

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
