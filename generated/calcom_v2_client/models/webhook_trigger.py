from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownWebhookTrigger: TypeAlias = Literal[
    "AFTER_GUESTS_CAL_VIDEO_NO_SHOW",
    "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
    "BOOKING_CANCELLED",
    "BOOKING_CREATED",
    "BOOKING_NO_SHOW_UPDATED",
    "BOOKING_PAID",
    "BOOKING_PAYMENT_INITIATED",
    "BOOKING_REJECTED",
    "BOOKING_REQUESTED",
    "BOOKING_RESCHEDULED",
    "DELEGATION_CREDENTIAL_ERROR",
    "FORM_SUBMITTED",
    "FORM_SUBMITTED_NO_EVENT",
    "INSTANT_MEETING",
    "MEETING_ENDED",
    "MEETING_STARTED",
    "OOO_CREATED",
    "RECORDING_READY",
    "RECORDING_TRANSCRIPTION_GENERATED",
    "WRONG_ASSIGNMENT_REPORT",
]
"""The values of ``WebhookTrigger`` this client was generated with."""

WebhookTrigger: TypeAlias = KnownWebhookTrigger | str
"""A known value (see ``KnownWebhookTrigger``) or one the API added since, kept as it is."""

WEBHOOK_TRIGGER_VALUES: frozenset[KnownWebhookTrigger] = frozenset(
    {
        "AFTER_GUESTS_CAL_VIDEO_NO_SHOW",
        "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
        "BOOKING_CANCELLED",
        "BOOKING_CREATED",
        "BOOKING_NO_SHOW_UPDATED",
        "BOOKING_PAID",
        "BOOKING_PAYMENT_INITIATED",
        "BOOKING_REJECTED",
        "BOOKING_REQUESTED",
        "BOOKING_RESCHEDULED",
        "DELEGATION_CREDENTIAL_ERROR",
        "FORM_SUBMITTED",
        "FORM_SUBMITTED_NO_EVENT",
        "INSTANT_MEETING",
        "MEETING_ENDED",
        "MEETING_STARTED",
        "OOO_CREATED",
        "RECORDING_READY",
        "RECORDING_TRANSCRIPTION_GENERATED",
        "WRONG_ASSIGNMENT_REPORT",
    }
)


def check_webhook_trigger(value: object) -> WebhookTrigger:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (WebhookTrigger, e.g. 'AFTER_GUESTS_CAL_VIDEO_NO_SHOW')", value)


__all__ = ["WEBHOOK_TRIGGER_VALUES", "KnownWebhookTrigger", "WebhookTrigger", "check_webhook_trigger"]
