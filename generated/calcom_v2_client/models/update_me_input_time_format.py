from typing import Literal

UpdateMeInputTimeFormat = Literal[12, 24]

UPDATE_ME_INPUT_TIME_FORMAT_VALUES: set[UpdateMeInputTimeFormat] = {
    12,
    24,
}


def check_update_me_input_time_format(value: int) -> UpdateMeInputTimeFormat:
    if value in UPDATE_ME_INPUT_TIME_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_ME_INPUT_TIME_FORMAT_VALUES!r}")
