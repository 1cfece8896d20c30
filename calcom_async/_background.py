"""One coroutine running beside its caller: how a paginator fetches the next page early.

Structured concurrency (a task group) cannot be used for that: the paginator is an async
generator, and a task group or cancel scope must not stay open across a ``yield`` (the
consumer's code would run inside it, and trio forbids it outright). So the work runs as an
*unstructured* task that this module keeps on a short leash instead:

* it starts at once (``asyncio`` task, or a trio system task with a copy of the caller's
  context variables, as an asyncio task gets), inside its own cancel scope;
* :meth:`Background.result` waits for it and returns its value or raises its exception, in
  the waiter's task -- so an error surfaces where the result was wanted; if the waiter is
  cancelled meanwhile, the work is cancelled too (and has ended when the cancellation
  propagates);
* :meth:`Background.aclose` cancels it and waits until it has really ended (shielded, so it
  works from a cancelled scope, e.g. while an ``async for`` unwinds).

The task never lets an exception escape (it is kept for :meth:`~Background.result`), so an
abandoned one cannot produce "Task exception was never retrieved" nor crash a trio run.
"""

from __future__ import annotations

import contextvars
import sys
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import anyio

__all__ = ["Background", "start_background"]

T = TypeVar("T")


def _library() -> str | None:
    """``"trio"`` or ``"asyncio"``: the event loop running the current task, if either."""
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            trio.lowlevel.current_task()
        except RuntimeError:
            pass
        else:
            return "trio"
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            return "asyncio"
    return None


class Background(Generic[T]):
    """A running ``fn(*args)``; see the module docstring. Create with :func:`start_background`."""

    def __init__(self) -> None:
        self._scope = anyio.CancelScope()
        self._done = anyio.Event()
        self._value: T | None = None
        self._error: Exception | None = None
        self._finished = False  # the work returned or raised (was not cancelled)
        self._task: Any = None  # asyncio keeps only a weak reference to its tasks

    async def _run(self, fn: Callable[..., Awaitable[T]], args: tuple[Any, ...]) -> None:
        try:
            with self._scope:
                try:
                    self._value = await fn(*args)
                except Exception as exc:  # kept for result(), raised in the waiter's task
                    self._error = exc
                self._finished = True
        finally:
            self._done.set()

    async def result(self) -> T:
        """Wait for the work; its value, or its exception raised here.

        Raises:
            RuntimeError: the work was cancelled by :meth:`aclose` before it finished.
        """
        try:
            await self._done.wait()
        except BaseException:
            await self.aclose()  # nobody will want the result: stop the work
            raise
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        if not self._finished:
            raise RuntimeError("the background work was cancelled before it finished")
        return self._value  # type: ignore[return-value]

    async def aclose(self) -> None:
        """Cancel the work (if still running) and wait until it has ended."""
        self._scope.cancel()
        with anyio.CancelScope(shield=True):
            await self._done.wait()


def start_background(fn: Callable[..., Awaitable[T]], *args: Any) -> Background[T] | None:
    """Start ``fn(*args)`` beside the current task; ``None`` outside asyncio and trio (the
    caller then simply awaits ``fn(*args)`` itself when it needs the value)."""
    library = _library()
    if library is None:
        return None
    work: Background[T] = Background()
    if library == "asyncio":
        import asyncio

        work._task = asyncio.get_running_loop().create_task(work._run(fn, args))
    else:
        import trio

        trio.lowlevel.spawn_system_task(
            work._run, fn, args, name="calcom_async prefetch", context=contextvars.copy_context()
        )
    return work
