from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownSchedulingType: TypeAlias = Literal["collective", "managed", "roundRobin"]
"""The values of ``SchedulingType`` this client was generated with."""

SchedulingType: TypeAlias = KnownSchedulingType | str
"""A known value (see ``KnownSchedulingType``) or one the API added since, kept as it is."""

SCHEDULING_TYPE_VALUES: frozenset[KnownSchedulingType] = frozenset(
    {
        "collective",
        "managed",
        "roundRobin",
    }
)


def check_scheduling_type(value: object) -> SchedulingType:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (SchedulingType, e.g. 'collective')", value)


__all__ = ["SCHEDULING_TYPE_VALUES", "KnownSchedulingType", "SchedulingType", "check_scheduling_type"]
