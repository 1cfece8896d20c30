from typing import Literal

CalendarProvider = Literal["apple", "google", "office365"]

CALENDAR_PROVIDER_VALUES: set[CalendarProvider] = {
    "apple",
    "google",
    "office365",
}


def check_calendar_provider(value: str) -> CalendarProvider:
    if value in CALENDAR_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_PROVIDER_VALUES!r}")
