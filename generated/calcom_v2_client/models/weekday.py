from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownWeekday: TypeAlias = Literal["Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"]
"""The values of ``Weekday`` this client was generated with."""

Weekday: TypeAlias = KnownWeekday | str
"""A known value (see ``KnownWeekday``) or one the API added since, kept as it is."""

WEEKDAY_VALUES: frozenset[KnownWeekday] = frozenset(
    {
        "Friday",
        "Monday",
        "Saturday",
        "Sunday",
        "Thursday",
        "Tuesday",
        "Wednesday",
    }
)


def check_weekday(value: object) -> Weekday:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (Weekday, e.g. 'Friday')", value)


__all__ = ["WEEKDAY_VALUES", "KnownWeekday", "Weekday", "check_weekday"]
