from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownTimeFormat: TypeAlias = Literal[12, 24]
"""The values of ``TimeFormat`` this client was generated with."""

TimeFormat: TypeAlias = KnownTimeFormat | int
"""A known value (see ``KnownTimeFormat``) or one the API added since, kept as it is."""

TIME_FORMAT_VALUES: frozenset[KnownTimeFormat] = frozenset(
    {
        12,
        24,
    }
)


def check_time_format(value: object) -> TimeFormat:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ResponseParseError("expected an integer (TimeFormat, e.g. 12)", value)


__all__ = ["TIME_FORMAT_VALUES", "KnownTimeFormat", "TimeFormat", "check_time_format"]
