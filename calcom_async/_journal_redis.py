"""A bulk journal several workers share: one import, N processes or machines, each booking once.

``create_many(..., journal="redis://host:6379/0#NAME")`` (or ``calcom-async bookings import
--journal redis://...#NAME --worker-id w1``) in every worker of one import, with the same input.
Each worker goes through the input; an item is worked on by whoever **claims** it first:

* **Claims are leases.** ``claim`` sets ``...:lease:<key>`` to the worker's id with an expiry
  (``lease_seconds``, 30 s), renewed every third of that by ``keep_alive`` while the worker
  lives. A worker killed mid-item stops renewing; its lease expires and another worker claims
  the item. All of it in Lua scripts, so two workers never both hold one item.
* **Records are shared** in one hash (``...:entries``, key -> the last record, as in the JSONL
  file), stamped with Redis's clock. ``done`` is final: a later ``failed`` does not overwrite it,
  and a second ``done`` with another uid is reported back (both workers booked: the engine
  cancels its own as the duplicate it is).
* **An item another worker holds is deferred**, not waited for: the engine finishes what it can
  claim, then comes back to the deferred items, and either finds them done (``already_done``),
  failed in this run (reported as that failure, not tried again), or -- once the holder's lease
  has expired -- claims them and **reconciles** an ``in_flight`` record exactly like a re-run
  after a crash: ``settle_delay`` counted from that record, then a lookup by marker before any
  new create.
* **An ``in_flight`` record needs the claim**: written only while the lease is ours (else
  :class:`~calcom_async._journal.ClaimLost`, and nothing is sent), so a worker that stalled past
  its lease cannot send behind the back of the worker that took over.

Durability is Redis's: with ``appendonly yes`` and ``appendfsync always`` a record survives a
Redis crash as the JSONL file's fsync does; with snapshots only, a Redis crash can forget the
last records (a re-run then reconciles them by lookup, as for any ``in_flight``). Redis errors
mid-run stop the run with ``OSError`` (after three tries), as a failing disk does for the file.
redis-py's asyncio client needs asyncio: under trio the journal refuses to open
(``ConfigurationError``).
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

import anyio

from ._errors import ConfigurationError
from ._journal import (
    Claim,
    ClaimLost,
    JournalEntry,
    JournalState,
    default_worker_id,
    entry_from,
    record_dict,
)
from ._redis_support import connect, describe_url, redis_errors, running_on_asyncio

REDIS_ERRORS = redis_errors()

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisJournal"]

_STAMP_RESOLUTION = timedelta(milliseconds=2)

logger = logging.getLogger("calcom_async.bulk")

_NAME_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,100}$")
_TRIES = 3

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: entries, lease. ARGV: key, worker, lease ms.
_CLAIM = (
    _NOW
    + """
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if entry and cjson.decode(entry).state == 'done' then
  return {'done', entry, tostring(now)}
end
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[2] then
  return {'held', entry or '', tostring(now), holder, tostring(redis.call('PTTL', KEYS[2]))}
end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return {'ours', entry or '', tostring(now)}
"""
)

# KEYS: entries, lease. ARGV: key, worker, lease ms, record (JSON).
_RECORD = (
    _NOW
    + """
local rec = cjson.decode(ARGV[4])
rec.tsms = now
local holder = redis.call('GET', KEYS[2])
local mine = holder == ARGV[2]
if rec.state == 'in_flight' then
  if not mine then return {'lost', holder or ''} end
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
  redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(rec))
  return {'ok'}
end
if mine then redis.call('DEL', KEYS[2]) end
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur then
  local c = cjson.decode(cur)
  if c.state == 'done' then
    if rec.state == 'done' and c.uid ~= rec.uid then return {'conflict', c.uid} end
    return {'ok'}
  end
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(rec))
return {'ok'}
"""
)

# KEYS: leases. ARGV: worker, lease ms (0: release instead of renewing).
_RENEW = """
local n = 0
for _, lease in ipairs(KEYS) do
  if redis.call('GET', lease) == ARGV[1] then
    if ARGV[2] == '0' then redis.call('DEL', lease) else redis.call('PEXPIRE', lease, ARGV[2]) end
    n = n + 1
  end
end
return n
"""


class RedisJournal:
    """A :class:`~calcom_async._journal.BulkJournal` on Redis (see the module docstring).

    Open it with :meth:`open` (or :func:`~calcom_async._journal.open_journal`).
    """

    def __init__(
        self,
        client: Redis,
        *,
        owns_client: bool,
        name: str,
        journal: str,
        worker_id: str | None = None,
        lease_seconds: float = 30.0,
    ) -> None:
        self.name = name
        self.worker_id = worker_id or default_worker_id()
        # Records come back stamped in Redis's whole milliseconds (see _entry), up to ~2 ms
        # early on this clock: a failure a peer writes just after we open is of this run too.
        self.opened_at = datetime.now(timezone.utc) - _STAMP_RESOLUTION
        self.lease_seconds = lease_seconds
        self._client = client
        self._owns = owns_client
        self._prefix = f"calcom_async:journal:{{{journal}}}"
        self._entries = f"{self._prefix}:entries"
        self._claim = client.register_script(_CLAIM)
        self._record = client.register_script(_RECORD)
        self._renew = client.register_script(_RENEW)
        self._held: set[str] = set()

    @classmethod
    async def open(
        cls, url: str, *, worker_id: str | None = None, lease_seconds: float | None = None
    ) -> RedisJournal:
        """Connect to ``redis://...#NAME`` and check that Redis answers."""
        shown = describe_url(url)
        if not running_on_asyncio():
            raise ConfigurationError(
                f"journal {shown}: the Redis journal needs asyncio (redis-py's client); under "
                "trio use a journal file"
            )
        base, _, journal = url.partition("#")
        journal = journal or "default"
        if not _NAME_RE.match(journal):
            raise ConfigurationError(
                f"journal {shown}: the name after '#' must be 1-100 letters, digits or _.:-"
            )
        lease = 30.0 if lease_seconds is None else float(lease_seconds)
        if not 0.1 <= lease <= 3600:
            raise ConfigurationError("lease_seconds must be between 0.1 and 3600")
        client, owned = connect(base, "journal")
        try:
            await client.ping()
        except REDIS_ERRORS as exc:
            if owned:
                await client.aclose()
            raise ConfigurationError(f"journal {shown}: Redis cannot be reached ({exc})") from None
        return cls(
            client,
            owns_client=owned,
            name=shown,
            journal=journal,
            worker_id=worker_id,
            lease_seconds=lease,
        )

    def _lease(self, key: str) -> str:
        return f"{self._prefix}:lease:{key}"

    async def _run(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        """One script call; transient Redis errors are tried again, then become ``OSError``."""
        for attempt in range(1, _TRIES + 1):
            try:
                return await script(keys=keys, args=args)
            except REDIS_ERRORS as exc:
                if attempt == _TRIES:
                    raise OSError(f"journal {self.name}: Redis failed: {exc}") from exc
                logger.warning("journal %s: Redis failed (%s); trying again", self.name, exc)
                await anyio.sleep(0.2 * attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    async def claim(self, key: str) -> Claim:
        reply = [
            _text(x)
            for x in await self._run(
                self._claim, [self._entries, self._lease(key)], [key, self.worker_id, self._ms()]
            )
        ]
        verdict, raw, server_now = reply[0], reply[1], int(reply[2])
        entry = _entry(raw, server_now)
        if verdict == "held":
            return Claim(entry, holder=reply[3], retry_in=max(0.0, int(reply[4]) / 1000))
        if verdict == "ours":
            self._held.add(key)
        return Claim(entry)

    async def record(
        self,
        key: str,
        index: int,
        state: JournalState,
        uid: str | None = None,
        reason: str | None = None,
        fp: str | None = None,
    ) -> str | None:
        record = record_dict(key, index, state, uid, reason, fp, self.worker_id)
        reply = [
            _text(x)
            for x in await self._run(
                self._record,
                [self._entries, self._lease(key)],
                [key, self.worker_id, self._ms(), json.dumps(record, separators=(",", ":"))],
            )
        ]
        if state != "in_flight":
            self._held.discard(key)
        if reply[0] == "lost":
            self._held.discard(key)
            raise ClaimLost(f"{key} is now held by {reply[1] or 'nobody'}")
        return reply[1] if reply[0] == "conflict" else None

    async def release(self, key: str) -> None:
        self._held.discard(key)
        await self._run(self._renew, [self._lease(key)], [self.worker_id, "0"])

    async def lookup(self, keys: list[str]) -> dict[str, JournalEntry]:
        """One ``HMGET`` per 500 keys (the second pass asks about everything it deferred)."""
        found: dict[str, JournalEntry] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            try:
                values = await self._client.hmget(self._entries, chunk)
                server_now = await self._client.time()
            except REDIS_ERRORS as exc:
                raise OSError(f"journal {self.name}: Redis failed: {exc}") from exc
            now_ms = int(server_now[0]) * 1000 + int(server_now[1]) // 1000
            for key, raw in zip(chunk, values, strict=True):
                entry = _entry(_text(raw), now_ms) if raw else None
                if entry is not None:
                    found[key] = entry
        return found

    async def keep_alive(self) -> None:
        while True:
            await anyio.sleep(self.lease_seconds / 3)
            held = sorted(self._held)
            if not held:
                continue
            try:
                await self._renew(
                    keys=[self._lease(k) for k in held], args=[self.worker_id, self._ms()]
                )
            except REDIS_ERRORS as exc:  # the next round tries again; leases last 3 rounds
                logger.warning("journal %s: could not renew claims: %s", self.name, exc)

    async def aclose(self) -> None:
        """Release what is still claimed (best effort) and close a client made from a URL."""
        try:
            if self._held:
                with anyio.move_on_after(2, shield=True):
                    await self._renew(
                        keys=[self._lease(k) for k in sorted(self._held)],
                        args=[self.worker_id, "0"],
                    )
        except REDIS_ERRORS as exc:
            logger.debug("journal %s: could not release claims: %s", self.name, exc)
        finally:
            self._held.clear()
            if self._owns:
                await self._client.aclose()

    def _ms(self) -> str:
        return str(max(100, int(self.lease_seconds * 1000)))


def _entry(raw: str, server_now_ms: int) -> JournalEntry | None:
    """The record in *raw* (JSON), its Redis timestamp moved onto this machine's clock."""
    if not raw:
        return None
    record = json.loads(raw)
    tsms = record.pop("tsms", None)
    if isinstance(tsms, int | float):
        age = timedelta(milliseconds=server_now_ms - tsms)
        record["ts"] = (datetime.now(timezone.utc) - age).isoformat()
    return entry_from(record)


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
