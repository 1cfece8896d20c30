"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseParseError(ValueError):
    """A response value does not fit its schema, so the model it belongs to cannot be built.

    Raised by every generated ``from_dict``; the models it passes through on the way out add where
    the value was found. Attributes:

    * ``reason``: what was expected, e.g. ``"expected an integer"``.
    * ``value``: the offending JSON value (``MISSING`` when a required field is absent).
    * ``model`` / ``field``: the schema the value belongs to and its field there (wire name), e.g.
      ``"BookingHost"`` / ``"id"``; ``None`` when the whole body is unusable.
    * ``root``: the outermost schema being parsed, e.g. ``"BookingListResponse"``.
    * ``path``: wire keys and list indices from ``root`` down to the value, e.g.
      ``("data", 3, "hosts", 0, "id")``.
    """

    def __init__(self, reason: str, value: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.value = value
        self.model: str | None = None
        self.field: str | None = None
        self.root: str | None = None
        self.path: tuple[str | int, ...] = ()

    def enter(self, model: str, key: str | int | None) -> None:
        """Record that the value sits under ``key`` of ``model`` (called from the inside out)."""
        if key is not None:
            self.path = (key, *self.path)
        if self.model is None:
            self.model = model
            self.field = key if isinstance(key, str) else None
        self.root = model

    def at(self, index: str | int) -> None:
        """Record a list index or mapping key below the current field."""
        self.path = (index, *self.path)

    @property
    def location(self) -> str:
        """``BookingListResponse.data[3].hosts[0].id``: where the value was found."""
        out = self.root or ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else f".{part}"
        return out

    def __str__(self) -> str:
        where = self.location
        got = "" if self.value is MISSING else f", got {_short_repr(self.value)}"
        owner = f" ({self.model}.{self.field})" if self.model and self.field else ""
        return f"{where + ': ' if where else ''}{self.reason}{got}{owner}"

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (self.reason, self.value, self.model, self.field, self.root, self.path)


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()
"""Stands for a required field that is absent from the response."""


def _short_repr(value: object, limit: int = 200) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _rebuild(
    reason: str,
    value: object,
    model: str | None,
    field: str | None,
    root: str | None,
    path: tuple[str | int, ...],
) -> ResponseParseError:
    error = ResponseParseError(reason, value)
    error.model, error.field, error.root, error.path = model, field, root, path
    return error


__all__ = ["MISSING", "ResponseParseError", "UnexpectedStatus"]
