from typing import Literal

DestinationCalendarIntegration = Literal["apple_calendar", "google_calendar", "office365_calendar"]

DESTINATION_CALENDAR_INTEGRATION_VALUES: set[DestinationCalendarIntegration] = {
    "apple_calendar",
    "google_calendar",
    "office365_calendar",
}


def check_destination_calendar_integration(value: str) -> DestinationCalendarIntegration:
    if value in DESTINATION_CALENDAR_INTEGRATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESTINATION_CALENDAR_INTEGRATION_VALUES!r}")
