from typing import Literal

SchedulingType = Literal["collective", "managed", "roundRobin"]

SCHEDULING_TYPE_VALUES: set[SchedulingType] = {
    "collective",
    "managed",
    "roundRobin",
}


def check_scheduling_type(value: str) -> SchedulingType:
    if value in SCHEDULING_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULING_TYPE_VALUES!r}")
