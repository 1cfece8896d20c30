from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownSlotFormat: TypeAlias = Literal["range", "time"]
"""The values of ``SlotFormat`` this client was generated with."""

SlotFormat: TypeAlias = KnownSlotFormat | str
"""A known value (see ``KnownSlotFormat``) or one the API added since, kept as it is."""

SLOT_FORMAT_VALUES: frozenset[KnownSlotFormat] = frozenset(
    {
        "range",
        "time",
    }
)


def check_slot_format(value: object) -> SlotFormat:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (SlotFormat, e.g. 'range')", value)


__all__ = ["SLOT_FORMAT_VALUES", "KnownSlotFormat", "SlotFormat", "check_slot_format"]
