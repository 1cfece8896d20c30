"""What every resource shares: a reference to the client and small argument helpers.

Argument checks themselves live in :mod:`calcom_async._validate`, shared with the rest of the
SDK; this module adds what only resources need.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._errors import CalcomValueError

if TYPE_CHECKING:
    from .._client import AsyncCalcom

__all__ = ["Resource", "build", "compact", "lazy_names", "optional"]

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


def lazy_names(
    module: str, names: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__`` (PEP 562) for names it imports only when used.

    A resource module keeps such names (classes of its signatures that are costly to build)
    under ``TYPE_CHECKING``; these make ``module.Name`` work at run time as well, loading the
    defining module then and storing the name in the module's dict. ``typing.get_type_hints``
    reads only that dict, so it resolves a signature once each of its names has been looked up
    (``for name in dir(module): getattr(module, name)``).
    """

    def __getattr__(name: str) -> Any:
        home = names.get(name)
        if home is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(import_module(home), name)
        vars(import_module(module))[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(import_module(module))) | set(names))

    return __getattr__, __dir__


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
