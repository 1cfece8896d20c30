from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownCalendarProvider: TypeAlias = Literal["apple", "google", "office365"]
"""The values of ``CalendarProvider`` this client was generated with."""

CalendarProvider: TypeAlias = KnownCalendarProvider | str
"""A known value (see ``KnownCalendarProvider``) or one the API added since, kept as it is."""

CALENDAR_PROVIDER_VALUES: frozenset[KnownCalendarProvider] = frozenset(
    {
        "apple",
        "google",
        "office365",
    }
)


def check_calendar_provider(value: object) -> CalendarProvider:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (CalendarProvider, e.g. 'apple')", value)


__all__ = ["CALENDAR_PROVIDER_VALUES", "KnownCalendarProvider", "CalendarProvider", "check_calendar_provider"]
