from typing import Literal

Weekday = Literal["Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"]

WEEKDAY_VALUES: set[Weekday] = {
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
}


def check_weekday(value: str) -> Weekday:
    if value in WEEKDAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEEKDAY_VALUES!r}")
