from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownBookingStatusFilter: TypeAlias = Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
"""The values of ``BookingStatusFilter`` this client was generated with."""

BookingStatusFilter: TypeAlias = KnownBookingStatusFilter | str
"""A known value (see ``KnownBookingStatusFilter``) or one the API added since, kept as it is."""

BOOKING_STATUS_FILTER_VALUES: frozenset[KnownBookingStatusFilter] = frozenset(
    {
        "cancelled",
        "past",
        "recurring",
        "unconfirmed",
        "upcoming",
    }
)


def check_booking_status_filter(value: object) -> BookingStatusFilter:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (BookingStatusFilter, e.g. 'cancelled')", value)


__all__ = [
    "BOOKING_STATUS_FILTER_VALUES",
    "KnownBookingStatusFilter",
    "BookingStatusFilter",
    "check_booking_status_filter",
]
