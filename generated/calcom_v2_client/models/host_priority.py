from typing import Literal

HostPriority = Literal["high", "highest", "low", "lowest", "medium"]

HOST_PRIORITY_VALUES: set[HostPriority] = {
    "high",
    "highest",
    "low",
    "lowest",
    "medium",
}


def check_host_priority(value: str) -> HostPriority:
    if value in HOST_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HOST_PRIORITY_VALUES!r}")
