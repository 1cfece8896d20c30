from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownDestinationCalendarIntegration: TypeAlias = Literal["apple_calendar", "google_calendar", "office365_calendar"]
"""The values of ``DestinationCalendarIntegration`` this client was generated with."""

DestinationCalendarIntegration: TypeAlias = KnownDestinationCalendarIntegration | str
"""A known value (see ``KnownDestinationCalendarIntegration``) or one the API added since, kept as it is."""

DESTINATION_CALENDAR_INTEGRATION_VALUES: frozenset[KnownDestinationCalendarIntegration] = frozenset(
    {
        "apple_calendar",
        "google_calendar",
        "office365_calendar",
    }
)


def check_destination_calendar_integration(value: object) -> DestinationCalendarIntegration:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (DestinationCalendarIntegration, e.g. 'apple_calendar')", value)


__all__ = [
    "DESTINATION_CALENDAR_INTEGRATION_VALUES",
    "KnownDestinationCalendarIntegration",
    "DestinationCalendarIntegration",
    "check_destination_calendar_integration",
]
