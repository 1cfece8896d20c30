from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownHostPriority: TypeAlias = Literal["high", "highest", "low", "lowest", "medium"]
"""The values of ``HostPriority`` this client was generated with."""

HostPriority: TypeAlias = KnownHostPriority | str
"""A known value (see ``KnownHostPriority``) or one the API added since, kept as it is."""

HOST_PRIORITY_VALUES: frozenset[KnownHostPriority] = frozenset(
    {
        "high",
        "highest",
        "low",
        "lowest",
        "medium",
    }
)


def check_host_priority(value: object) -> HostPriority:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (HostPriority, e.g. 'high')", value)


__all__ = ["HOST_PRIORITY_VALUES", "KnownHostPriority", "HostPriority", "check_host_priority"]
