from typing import Literal

EventTypeRecurrenceFrequency = Literal["monthly", "weekly", "yearly"]

EVENT_TYPE_RECURRENCE_FREQUENCY_VALUES: set[EventTypeRecurrenceFrequency] = {
    "monthly",
    "weekly",
    "yearly",
}


def check_event_type_recurrence_frequency(value: str) -> EventTypeRecurrenceFrequency:
    if value in EVENT_TYPE_RECURRENCE_FREQUENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_TYPE_RECURRENCE_FREQUENCY_VALUES!r}")
