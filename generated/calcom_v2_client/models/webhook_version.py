from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownWebhookVersion: TypeAlias = Literal["2021-10-20"]
"""The values of ``WebhookVersion`` this client was generated with."""

WebhookVersion: TypeAlias = KnownWebhookVersion | str
"""A known value (see ``KnownWebhookVersion``) or one the API added since, kept as it is."""

WEBHOOK_VERSION_VALUES: frozenset[KnownWebhookVersion] = frozenset(
    {
        "2021-10-20",
    }
)


def check_webhook_version(value: object) -> WebhookVersion:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (WebhookVersion, e.g. '2021-10-20')", value)


__all__ = ["WEBHOOK_VERSION_VALUES", "KnownWebhookVersion", "WebhookVersion", "check_webhook_version"]
