from typing import Literal

WebhookVersion = Literal["2021-10-20"]

WEBHOOK_VERSION_VALUES: set[WebhookVersion] = {
    "2021-10-20",
}


def check_webhook_version(value: str) -> WebhookVersion:
    if value in WEBHOOK_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_VERSION_VALUES!r}")
