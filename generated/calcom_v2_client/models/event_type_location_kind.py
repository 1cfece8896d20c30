from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownEventTypeLocationKind: TypeAlias = Literal[
    "address",
    "attendeeAddress",
    "attendeeDefined",
    "attendeePhone",
    "integration",
    "link",
    "organizersDefaultApp",
    "phone",
    "unknown",
]
"""The values of ``EventTypeLocationKind`` this client was generated with."""

EventTypeLocationKind: TypeAlias = KnownEventTypeLocationKind | str
"""A known value (see ``KnownEventTypeLocationKind``) or one the API added since, kept as it is."""

EVENT_TYPE_LOCATION_KIND_VALUES: frozenset[KnownEventTypeLocationKind] = frozenset(
    {
        "address",
        "attendeeAddress",
        "attendeeDefined",
        "attendeePhone",
        "integration",
        "link",
        "organizersDefaultApp",
        "phone",
        "unknown",
    }
)


def check_event_type_location_kind(value: object) -> EventTypeLocationKind:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (EventTypeLocationKind, e.g. 'address')", value)


__all__ = [
    "EVENT_TYPE_LOCATION_KIND_VALUES",
    "KnownEventTypeLocationKind",
    "EventTypeLocationKind",
    "check_event_type_location_kind",
]
