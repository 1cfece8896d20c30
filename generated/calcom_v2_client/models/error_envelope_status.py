from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownErrorEnvelopeStatus: TypeAlias = Literal["error"]
"""The values of ``ErrorEnvelopeStatus`` this client was generated with."""

ErrorEnvelopeStatus: TypeAlias = KnownErrorEnvelopeStatus | str
"""A known value (see ``KnownErrorEnvelopeStatus``) or one the API added since, kept as it is."""

ERROR_ENVELOPE_STATUS_VALUES: frozenset[KnownErrorEnvelopeStatus] = frozenset(
    {
        "error",
    }
)


def check_error_envelope_status(value: object) -> ErrorEnvelopeStatus:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (ErrorEnvelopeStatus, e.g. 'error')", value)


__all__ = [
    "ERROR_ENVELOPE_STATUS_VALUES",
    "KnownErrorEnvelopeStatus",
    "ErrorEnvelopeStatus",
    "check_error_envelope_status",
]
