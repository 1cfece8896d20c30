"""What every resource shares: a reference to the client and small argument helpers.

Argument checks themselves live in :mod:`calcom_async._validate`, shared with the rest of the
SDK; this module adds what only resources need.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._errors import CalcomValueError

if TYPE_CHECKING:
    from .._client import AsyncCalcom

__all__ = ["Resource", "build", "compact", "optional"]

T = TypeVar("T")
M = TypeVar("M", covariant=True)


class Resource:
    def __init__(self, client: AsyncCalcom) -> None:
        self._client = client


def compact(body: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Drop unset (None) fields, then add ``extra`` wire fields verbatim (they win)."""
    out = {k: v for k, v in body.items() if v is not None}
    if extra:
        out.update(extra)
    return out


def optional(check: Any, value: T | None, field: str, **kwargs: Any) -> Any:
    """``check(value, field)`` unless ``value`` is None (an unset optional argument)."""
    return None if value is None else check(value, field, **kwargs)


class _FromDict(Protocol[M]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> M: ...


def build(model: _FromDict[M], body: Mapping[str, Any]) -> M:
    """The generated request model for ``body``.

    The facade validates every argument first, so this should not fail; if a shape still slips
    through, the generated parser's bare ``TypeError``/``KeyError`` becomes a
    :class:`CalcomValueError` here -- still before anything is sent.
    """
    try:
        return model.from_dict(body)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        name = getattr(model, "__name__", "request body")
        raise CalcomValueError(f"invalid {name}: {type(exc).__name__} {exc}") from None
