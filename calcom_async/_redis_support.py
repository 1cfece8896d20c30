"""What the Redis-backed parts (the shared rate budget, the shared bulk journal) have in common.

``redis`` (redis-py, its asyncio API) is the optional extra ``calcom-async[redis]``: it is only
imported when a Redis URL or client is actually given. redis-py's asyncio client runs on asyncio
only; under trio the shared budget falls back to local pacing (with a warning) and the shared
journal refuses to open (``ConfigurationError``), see :func:`running_on_asyncio`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from typing import TYPE_CHECKING, Any

from ._errors import ConfigurationError
from ._redact import redact_secrets

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = [
    "REDIS_SCHEMES",
    "budget_id",
    "redis_errors",
    "connect",
    "describe_url",
    "is_redis_url",
    "running_on_asyncio",
    "store_of_journal",
]

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")

#: Timeouts of a client made from a URL: a store that does not answer must not hold requests.
_SOCKET_TIMEOUT = 1.0


def is_redis_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(REDIS_SCHEMES)


def store_of_journal(journal: object) -> str | None:
    """The Redis of a shared journal URL (``redis://h:6379/0#NAME`` -> ``redis://h:6379/0``):
    workers sharing an import share the key's rate budget there too, or they would trip
    Cal.com's block for each other. ``None`` for a journal file."""
    if isinstance(journal, str) and is_redis_url(journal):
        return journal.partition("#")[0]
    return None


def describe_url(url: str) -> str:
    """The URL without a password, for messages and logs."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        rest = "***@" + rest.rsplit("@", 1)[1]
    return redact_secrets(f"{scheme}{sep}{rest}")


def _import_redis() -> Any:
    try:
        import redis.asyncio
    except ImportError:
        raise ConfigurationError(
            "a Redis store needs the redis package: pip install 'calcom-async[redis]'"
        ) from None
    return redis.asyncio


def connect(target: object, what: str) -> tuple[Redis, bool]:
    """A ``redis.asyncio.Redis`` for *target* (a ``redis://`` URL or a client) and whether we
    own it (made it from a URL, so we close it). Nothing is sent yet."""
    redis_asyncio = _import_redis()
    if isinstance(target, redis_asyncio.Redis):
        return target, False
    if not is_redis_url(target):
        raise ConfigurationError(
            f"{what} must be a redis:// (rediss://, unix://) URL or a redis.asyncio.Redis "
            f"client, not {type(target).__name__}"
        )
    assert isinstance(target, str)
    try:
        client = redis_asyncio.Redis.from_url(
            target,
            socket_timeout=_SOCKET_TIMEOUT,
            socket_connect_timeout=_SOCKET_TIMEOUT,
        )
    except ValueError as exc:
        raise ConfigurationError(f"{what} {describe_url(target)} is not valid: {exc}") from None
    return client, True


def running_on_asyncio() -> bool:
    """Whether the running event loop is asyncio's (redis-py's asyncio client needs it)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def budget_id(secret: str) -> str:
    """The name under which a credential's budget is shared: a keyed hash, never the key."""
    return hmac.new(b"calcom-async rate budget", secret.encode(), hashlib.sha256).hexdigest()[:32]


def redis_errors() -> tuple[type[BaseException], ...]:
    """What a Redis call raises when the server is unreachable or misbehaves.

    A function, called by the modules that talk to Redis: importing redis costs ~70 ms, and
    this module is imported by everything that merely checks whether a string is a Redis URL.
    """
    try:
        from redis.exceptions import RedisError
    except ImportError:  # pragma: no cover - only used once redis was imported
        return (OSError,)
    return (RedisError, OSError, asyncio.TimeoutError)
