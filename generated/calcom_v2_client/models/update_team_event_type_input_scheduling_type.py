from typing import Literal

UpdateTeamEventTypeInputSchedulingType = Literal["collective", "roundRobin"]

UPDATE_TEAM_EVENT_TYPE_INPUT_SCHEDULING_TYPE_VALUES: set[UpdateTeamEventTypeInputSchedulingType] = {
    "collective",
    "roundRobin",
}


def check_update_team_event_type_input_scheduling_type(value: str) -> UpdateTeamEventTypeInputSchedulingType:
    if value in UPDATE_TEAM_EVENT_TYPE_INPUT_SCHEDULING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_TEAM_EVENT_TYPE_INPUT_SCHEDULING_TYPE_VALUES!r}"
    )
