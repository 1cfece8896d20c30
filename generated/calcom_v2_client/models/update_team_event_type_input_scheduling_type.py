from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownUpdateTeamEventTypeInputSchedulingType: TypeAlias = Literal["collective", "roundRobin"]
"""The values of ``UpdateTeamEventTypeInputSchedulingType`` this client was generated with."""

UpdateTeamEventTypeInputSchedulingType: TypeAlias = KnownUpdateTeamEventTypeInputSchedulingType | str
"""A known value (see ``KnownUpdateTeamEventTypeInputSchedulingType``) or one the API added since, kept as it is."""

UPDATE_TEAM_EVENT_TYPE_INPUT_SCHEDULING_TYPE_VALUES: frozenset[KnownUpdateTeamEventTypeInputSchedulingType] = frozenset(
    {
        "collective",
        "roundRobin",
    }
)


def check_update_team_event_type_input_scheduling_type(value: object) -> UpdateTeamEventTypeInputSchedulingType:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (UpdateTeamEventTypeInputSchedulingType, e.g. 'collective')", value)


__all__ = [
    "UPDATE_TEAM_EVENT_TYPE_INPUT_SCHEDULING_TYPE_VALUES",
    "KnownUpdateTeamEventTypeInputSchedulingType",
    "UpdateTeamEventTypeInputSchedulingType",
    "check_update_team_event_type_input_scheduling_type",
]
