from typing import Literal

TeamInputFieldsTimeFormat = Literal[12, 24]

TEAM_INPUT_FIELDS_TIME_FORMAT_VALUES: set[TeamInputFieldsTimeFormat] = {
    12,
    24,
}


def check_team_input_fields_time_format(value: int) -> TeamInputFieldsTimeFormat:
    if value in TEAM_INPUT_FIELDS_TIME_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEAM_INPUT_FIELDS_TIME_FORMAT_VALUES!r}")
