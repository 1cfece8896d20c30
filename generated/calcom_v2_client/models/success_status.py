from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownSuccessStatus: TypeAlias = Literal["success"]
"""The values of ``SuccessStatus`` this client was generated with."""

SuccessStatus: TypeAlias = KnownSuccessStatus | str
"""A known value (see ``KnownSuccessStatus``) or one the API added since, kept as it is."""

SUCCESS_STATUS_VALUES: frozenset[KnownSuccessStatus] = frozenset(
    {
        "success",
    }
)


def check_success_status(value: object) -> SuccessStatus:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (SuccessStatus, e.g. 'success')", value)


__all__ = ["SUCCESS_STATUS_VALUES", "KnownSuccessStatus", "SuccessStatus", "check_success_status"]
