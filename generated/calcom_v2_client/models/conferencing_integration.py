from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownConferencingIntegration: TypeAlias = Literal[
    "cal-video",
    "campfire-video",
    "demodesk-video",
    "discord-video",
    "eightxeight-video",
    "element-call-video",
    "facetime-video",
    "google-meet",
    "huddle",
    "jelly-conferencing",
    "jelly-video",
    "jitsi",
    "mirotalk-video",
    "office365-video",
    "ping-video",
    "riverside-video",
    "roam-video",
    "salesroom-video",
    "shimmer-video",
    "signal-video",
    "sirius-video",
    "skype-video",
    "sylaps-video",
    "tandem",
    "telegram-video",
    "webex-video",
    "whatsapp-video",
    "whereby-video",
    "zoom",
]
"""The values of ``ConferencingIntegration`` this client was generated with."""

ConferencingIntegration: TypeAlias = KnownConferencingIntegration | str
"""A known value (see ``KnownConferencingIntegration``) or one the API added since, kept as it is."""

CONFERENCING_INTEGRATION_VALUES: frozenset[KnownConferencingIntegration] = frozenset(
    {
        "cal-video",
        "campfire-video",
        "demodesk-video",
        "discord-video",
        "eightxeight-video",
        "element-call-video",
        "facetime-video",
        "google-meet",
        "huddle",
        "jelly-conferencing",
        "jelly-video",
        "jitsi",
        "mirotalk-video",
        "office365-video",
        "ping-video",
        "riverside-video",
        "roam-video",
        "salesroom-video",
        "shimmer-video",
        "signal-video",
        "sirius-video",
        "skype-video",
        "sylaps-video",
        "tandem",
        "telegram-video",
        "webex-video",
        "whatsapp-video",
        "whereby-video",
        "zoom",
    }
)


def check_conferencing_integration(value: object) -> ConferencingIntegration:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (ConferencingIntegration, e.g. 'cal-video')", value)


__all__ = [
    "CONFERENCING_INTEGRATION_VALUES",
    "KnownConferencingIntegration",
    "ConferencingIntegration",
    "check_conferencing_integration",
]
