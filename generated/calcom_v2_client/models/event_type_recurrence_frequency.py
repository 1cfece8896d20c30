from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownEventTypeRecurrenceFrequency: TypeAlias = Literal["monthly", "weekly", "yearly"]
"""The values of ``EventTypeRecurrenceFrequency`` this client was generated with."""

EventTypeRecurrenceFrequency: TypeAlias = KnownEventTypeRecurrenceFrequency | str
"""A known value (see ``KnownEventTypeRecurrenceFrequency``) or one the API added since, kept as it is."""

EVENT_TYPE_RECURRENCE_FREQUENCY_VALUES: frozenset[KnownEventTypeRecurrenceFrequency] = frozenset(
    {
        "monthly",
        "weekly",
        "yearly",
    }
)


def check_event_type_recurrence_frequency(value: object) -> EventTypeRecurrenceFrequency:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (EventTypeRecurrenceFrequency, e.g. 'monthly')", value)


__all__ = [
    "EVENT_TYPE_RECURRENCE_FREQUENCY_VALUES",
    "KnownEventTypeRecurrenceFrequency",
    "EventTypeRecurrenceFrequency",
    "check_event_type_recurrence_frequency",
]
