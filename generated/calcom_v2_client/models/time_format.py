from typing import Literal

TimeFormat = Literal[12, 24]

TIME_FORMAT_VALUES: set[TimeFormat] = {
    12,
    24,
}


def check_time_format(value: int) -> TimeFormat:
    if value in TIME_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIME_FORMAT_VALUES!r}")
