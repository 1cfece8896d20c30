"""The client's pacer, as ``AsyncCalcom(pacing=..., rate_limit_store=...)`` asks for it."""

from __future__ import annotations

from ._errors import ConfigurationError
from ._pacing import AdaptivePacer
from ._waits import WaitHook

__all__ = ["make_pacer"]


def make_pacer(
    pacing: bool, store: object, secret: str, on_wait: WaitHook | None
) -> AdaptivePacer | None:
    """An in-process pacer, one on a shared Redis budget for *secret*'s key, or ``None``.

    Nothing is sent here: a URL only builds a client (connections open on first use).
    """
    if store is None:
        return AdaptivePacer(on_wait=on_wait) if pacing else None
    if not pacing:
        raise ConfigurationError("rate_limit_store needs pacing=True")
    from ._pacing_redis import RedisPacerStorage
    from ._redis_support import budget_id, connect

    client, owned = connect(store, "rate_limit_store")
    storage = RedisPacerStorage(client, budget_id(secret), owns_client=owned)
    return AdaptivePacer(storage, on_wait=on_wait)
