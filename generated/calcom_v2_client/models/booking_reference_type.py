from typing import Literal

BookingReferenceType = Literal[
    "daily_video", "google_calendar", "google_video", "office365_calendar", "office365_video", "zoom_video"
]

BOOKING_REFERENCE_TYPE_VALUES: set[BookingReferenceType] = {
    "daily_video",
    "google_calendar",
    "google_video",
    "office365_calendar",
    "office365_video",
    "zoom_video",
}


def check_booking_reference_type(value: str) -> BookingReferenceType:
    if value in BOOKING_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKING_REFERENCE_TYPE_VALUES!r}")
