from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownSortOrder: TypeAlias = Literal["asc", "desc"]
"""The values of ``SortOrder`` this client was generated with."""

SortOrder: TypeAlias = KnownSortOrder | str
"""A known value (see ``KnownSortOrder``) or one the API added since, kept as it is."""

SORT_ORDER_VALUES: frozenset[KnownSortOrder] = frozenset(
    {
        "asc",
        "desc",
    }
)


def check_sort_order(value: object) -> SortOrder:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (SortOrder, e.g. 'asc')", value)


__all__ = ["SORT_ORDER_VALUES", "KnownSortOrder", "SortOrder", "check_sort_order"]
