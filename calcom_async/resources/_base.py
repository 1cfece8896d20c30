"""What every resource shares: a reference to the client and small argument helpers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._errors import CalcomValueError
from .._types import to_wire_datetime

if TYPE_CHECKING:
    from .._client import AsyncCalcom

__all__ = ["Resource", "compact", "positive_int", "wire_datetime"]


class Resource:
    def __init__(self, client: AsyncCalcom) -> None:
        self._client = client


def compact(body: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Drop unset (None) fields, then add ``extra`` wire fields verbatim (they win)."""
    out = {k: v for k, v in body.items() if v is not None}
    if extra:
        out.update(extra)
    return out


def positive_int(value: int, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CalcomValueError(f"{field} must be a positive integer, got {value!r}")
    return value


def wire_datetime(value: datetime | None, field: str) -> str | None:
    return None if value is None else to_wire_datetime(value, field=field)
