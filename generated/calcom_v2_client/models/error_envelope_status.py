from typing import Literal

ErrorEnvelopeStatus = Literal["error"]

ERROR_ENVELOPE_STATUS_VALUES: set[ErrorEnvelopeStatus] = {
    "error",
}


def check_error_envelope_status(value: str) -> ErrorEnvelopeStatus:
    if value in ERROR_ENVELOPE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_ENVELOPE_STATUS_VALUES!r}")
