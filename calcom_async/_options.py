"""Per-call request options, carried from a facade method to the retrying transport.

Facade methods accept ``timeout=`` and ``max_retries=``, but they call the generated client, which
knows nothing of either. Rather than thread the values through every generated function, the
facade sets them for the duration of the call::

    with request_options(timeout=5, max_retries=0):
        await generated_endpoint.asyncio_detailed(client=..., ...)

and :class:`~calcom_async._transport.RetryingTransport` reads them when the request reaches it.
The carrier is a :class:`contextvars.ContextVar`: each asyncio task / trio task has its own copy,
so concurrent calls with different options cannot see each other's values, and the value survives
``await`` points within the call. Child tasks started inside the block inherit the options (they
copy the context when created), which is what a caller who wrapped them would expect.

``None`` means "the client's default" for every field; nested blocks override only the fields
they set.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass

import httpx

from ._errors import CalcomValueError

__all__ = [
    "RequestOptions",
    "current_request_options",
    "request_options",
    "reset_request_options",
    "set_request_options",
]


def _check_timeout(value: object) -> None:
    if value is None or isinstance(value, httpx.Timeout):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CalcomValueError(
            f"timeout must be a number of seconds or an httpx.Timeout, not {type(value).__name__}"
        )
    if not math.isfinite(value) or value <= 0:
        raise CalcomValueError(f"timeout must be a positive number of seconds, got {value!r}")


def _check_max_retries(value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise CalcomValueError(f"max_retries must be an int, not {type(value).__name__}")
    if value < 0:
        raise CalcomValueError(f"max_retries must be >= 0, got {value}")


# A dataclass, not attrs: this module is imported by ``import calcom_async``, and attrs alone
# costs that import ~10 ms (it is loaded with the generated models, on first use).
@dataclass(frozen=True)
class RequestOptions:
    """Options for the requests made inside one :func:`request_options` block.

    Attributes:
        timeout: seconds (applied to connect, read, write and pool) or an :class:`httpx.Timeout`;
            ``None`` keeps the client's timeout. It also bounds every wait of the call for the
            rate limit (the pacer's, a 429's), like its pool part bounds waiting for a
            connection: a longer wait raises ``RateLimitError`` at once.
        max_retries: retries after the first attempt (``0`` = one attempt only, and no waiting
            out an exhausted rate limit); ``None`` keeps the client's retry policy.

    Raises:
        CalcomValueError: a value is out of range (non-positive timeout, negative retries).
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None

    def __post_init__(self) -> None:
        _check_timeout(self.timeout)
        _check_max_retries(self.max_retries)

    @property
    def is_default(self) -> bool:
        """Whether every field is ``None`` (nothing overridden)."""
        return self.timeout is None and self.max_retries is None

    def merged_over(self, outer: RequestOptions) -> RequestOptions:
        """These options, with unset fields taken from *outer*."""
        return RequestOptions(
            timeout=self.timeout if self.timeout is not None else outer.timeout,
            max_retries=self.max_retries if self.max_retries is not None else outer.max_retries,
        )

    def timeout_extension(self) -> dict[str, float | None] | None:
        """The ``request.extensions["timeout"]`` value httpx transports read, or ``None``."""
        if self.timeout is None:
            return None
        timeout = (
            self.timeout if isinstance(self.timeout, httpx.Timeout) else httpx.Timeout(self.timeout)
        )
        return timeout.as_dict()


_DEFAULT = RequestOptions()
_current: ContextVar[RequestOptions] = ContextVar("calcom_async_request_options", default=_DEFAULT)


def current_request_options() -> RequestOptions:
    """The options in effect for the current task (all ``None`` outside any block)."""
    return _current.get()


def set_request_options(options: RequestOptions) -> Token[RequestOptions]:
    """Make *options* (already merged) current; undo with :func:`reset_request_options`.

    The facade's request path uses this pair rather than the context manager: it is the hot
    path of every call, and it skips both when a call overrides nothing.
    """
    return _current.set(options)


def reset_request_options(token: Token[RequestOptions]) -> None:
    _current.reset(token)


@contextmanager
def request_options(
    *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
) -> Iterator[RequestOptions]:
    """Apply per-call options to every request made inside the ``with`` block.

    Values are validated on entry (``CalcomValueError``), before any request is sent. Fields left
    ``None`` inherit from an enclosing block, then from the client's defaults. Usable from sync and
    async code alike (it only sets a context variable); the previous value is restored on exit,
    even on error or cancellation.
    """
    options = RequestOptions(timeout=timeout, max_retries=max_retries).merged_over(_current.get())
    token = _current.set(options)
    try:
        yield options
    finally:
        _current.reset(token)
