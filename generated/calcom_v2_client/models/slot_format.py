from typing import Literal

SlotFormat = Literal["range", "time"]

SLOT_FORMAT_VALUES: set[SlotFormat] = {
    "range",
    "time",
}


def check_slot_format(value: str) -> SlotFormat:
    if value in SLOT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SLOT_FORMAT_VALUES!r}")
