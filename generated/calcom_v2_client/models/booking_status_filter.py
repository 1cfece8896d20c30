from typing import Literal

BookingStatusFilter = Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]

BOOKING_STATUS_FILTER_VALUES: set[BookingStatusFilter] = {
    "cancelled",
    "past",
    "recurring",
    "unconfirmed",
    "upcoming",
}


def check_booking_status_filter(value: str) -> BookingStatusFilter:
    if value in BOOKING_STATUS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKING_STATUS_FILTER_VALUES!r}")
