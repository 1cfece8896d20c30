from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownBookingStatus: TypeAlias = Literal["accepted", "cancelled", "pending", "rejected"]
"""The values of ``BookingStatus`` this client was generated with."""

BookingStatus: TypeAlias = KnownBookingStatus | str
"""A known value (see ``KnownBookingStatus``) or one the API added since, kept as it is."""

BOOKING_STATUS_VALUES: frozenset[KnownBookingStatus] = frozenset(
    {
        "accepted",
        "cancelled",
        "pending",
        "rejected",
    }
)


def check_booking_status(value: object) -> BookingStatus:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (BookingStatus, e.g. 'accepted')", value)


__all__ = ["BOOKING_STATUS_VALUES", "KnownBookingStatus", "BookingStatus", "check_booking_status"]
