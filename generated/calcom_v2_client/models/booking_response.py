from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.success_status import SuccessStatus, check_success_status
from ..types import (
    as_list,
    as_object,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.booking import Booking
    from ..models.recurring_booking import RecurringBooking


T = TypeVar("T", bound="BookingResponse")


class BookingResponse:
    __slots__ = ("status", "data", "additional_properties", "__weakref__")
    __match_args__ = (
        "status",
        "data",
    )

    status: SuccessStatus
    data: Booking | list[RecurringBooking] | RecurringBooking
    """ A single booking, one occurrence of a recurring booking, or (creating a recurring booking) all its
    occurrences. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: SuccessStatus,
        data: Booking | list[RecurringBooking] | RecurringBooking,
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
        that = cast(BookingResponse, other)
        return (
            self.status == that.status
            and self.data == that.data
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingResponse")
        d = dict(src_dict)
        _key: str = "status"
        try:
            status = d.pop("status")
            if type(status) is not str:
                status = check_success_status(status)

            _key = "data"
            data = d.pop("data")

            def _parse_data(data: object) -> Booking | list[RecurringBooking] | RecurringBooking:
                attempts: list[tuple[str, ResponseParseError]] = []
                if isinstance(data, dict) and "recurringBookingUid" in data:
                    try:
                        data_type_0 = RecurringBooking.from_dict(data)

                        return data_type_0
                    except ResponseParseError as exc:
                        attempts.append(("RecurringBooking", exc))
                if isinstance(data, dict):
                    try:
                        data_type_1 = Booking.from_dict(data)

                        return data_type_1
                    except ResponseParseError as exc:
                        attempts.append(("Booking", exc))
                if isinstance(data, list):
                    try:
                        _data_type_2 = data
                        if type(_data_type_2) is not list:
                            _data_type_2 = as_list(_data_type_2)
                        data_type_2 = []
                        for data_type_2_index, data_type_2_item_data in enumerate(_data_type_2):
                            try:
                                data_type_2_item = RecurringBooking.from_dict(data_type_2_item_data)

                            except ResponseParseError as exc:
                                exc.at(data_type_2_index)
                                raise
                            data_type_2.append(data_type_2_item)

                        return data_type_2
                    except ResponseParseError as exc:
                        attempts.append(("list[RecurringBooking]", exc))
                if not attempts and isinstance(data, dict):
                    best = max(
                        ("recurringBookingUid" in data),
                    )
                    if ("recurringBookingUid" in data) == best:
                        try:
                            data_type_0 = RecurringBooking.from_dict(data)

                            return data_type_0
                        except ResponseParseError as exc:
                            attempts.append(("RecurringBooking", exc))
                raise no_variant("RecurringBooking | Booking | list[RecurringBooking]", data, attempts)

            data = _parse_data(data)

            booking_response = cls(
                status=status,
                data=data,
            )

            booking_response.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingResponse", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingResponse", _key)
            raise error from exc
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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, Booking, RecurringBooking
    from ..models.booking import Booking  # noqa: PLC0415
    from ..models.recurring_booking import RecurringBooking  # noqa: PLC0415

    _models_bound = True
