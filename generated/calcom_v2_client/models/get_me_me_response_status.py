from typing import Literal

GetMeMeResponseStatus = Literal["success"]

GET_ME_ME_RESPONSE_STATUS_VALUES: set[GetMeMeResponseStatus] = {
    "success",
}


def check_get_me_me_response_status(value: str) -> GetMeMeResponseStatus:
    if value in GET_ME_ME_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ME_ME_RESPONSE_STATUS_VALUES!r}")
