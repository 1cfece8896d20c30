from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownBookingReferenceType: TypeAlias = Literal[
    "daily_video", "google_calendar", "google_video", "office365_calendar", "office365_video", "zoom_video"
]
"""The values of ``BookingReferenceType`` this client was generated with."""

BookingReferenceType: TypeAlias = KnownBookingReferenceType | str
"""A known value (see ``KnownBookingReferenceType``) or one the API added since, kept as it is."""

BOOKING_REFERENCE_TYPE_VALUES: frozenset[KnownBookingReferenceType] = frozenset(
    {
        "daily_video",
        "google_calendar",
        "google_video",
        "office365_calendar",
        "office365_video",
        "zoom_video",
    }
)


def check_booking_reference_type(value: object) -> BookingReferenceType:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (BookingReferenceType, e.g. 'daily_video')", value)


__all__ = [
    "BOOKING_REFERENCE_TYPE_VALUES",
    "KnownBookingReferenceType",
    "BookingReferenceType",
    "check_booking_reference_type",
]
