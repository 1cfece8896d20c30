"""The bulk engine's journal: the :class:`BulkJournal` protocol, and its JSONL file.

One record per state change of a request (by its idempotency key): ``in_flight`` before a
create is sent, then ``done`` (with the uid) or ``failed``. The last record of a key wins. See
:mod:`calcom_async.bulk` for how the engine uses it, and the decisions below.

:class:`BulkJournal` is what the engine needs: ``claim`` an item (its last record, and whether
this worker may work on it), ``record`` a state, ``release`` a claim, ``keep_alive`` (renew
claims while the run lasts) and ``aclose``. :class:`FileJournal` is the single-worker
implementation (the file is locked: one run at a time, so every claim is granted);
:class:`~calcom_async._journal_redis.RedisJournal` lets several workers share one import.
:func:`open_journal` opens either from a path or a ``redis://`` URL.

The JSONL file:

* **Durability**: one record per state change, written whole with a single ``os.write`` and
  ``os.fsync``-ed before the call returns (so the ``in_flight`` record is on disk before the
  create leaves). Measured ~0.2 ms per record on ext4 -- negligible next to an API round trip
  and far above Cal.com's rate limits -- so fsync is not optional. Writes run in a worker thread
  (``anyio.to_thread``) under a lock, so they never interleave and never block the event loop.
  An advisory lock (``flock``, where available) stops two runs sharing one journal at once.
* **Torn lines**: a record cut short by a kill mid-write is the last line and carries no newline;
  it is dropped (truncated) on load. A corrupt line anywhere else is refused with
  :class:`CalcomValueError` rather than guessed at.
* **Fields**: ``key``, ``index`` (input position), ``state``, ``ts`` (UTC, ms), and when known
  ``uid``, ``reason``, ``fp`` (the request's :attr:`~BookingRequest.fingerprint`, so a re-run
  can tell a changed request from the one that was booked) and ``worker`` (who wrote it).
  Unknown fields are ignored.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import secrets
import socket
from datetime import datetime, timezone
from typing import Any, Literal, Protocol

import anyio
import attrs

from . import _validate as v
from ._errors import CalcomValueError
from ._validate import shown

try:  # POSIX only; elsewhere the journal simply is not locked against a second process.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "BulkJournal",
    "Claim",
    "ClaimLost",
    "FileJournal",
    "JournalEntry",
    "JournalState",
    "default_worker_id",
    "open_journal",
]

logger = logging.getLogger("calcom_async.bulk")

JournalState = Literal["in_flight", "done", "failed"]
_STATES: frozenset[str] = frozenset({"in_flight", "done", "failed"})


@attrs.frozen
class JournalEntry:
    """The last recorded state of one key. ``ts`` is when it was written (``None`` in records
    written without one); ``fp`` the fingerprint of the request it was written for; ``worker``
    the worker that wrote it and ``reason`` a failure's reason, when recorded."""

    state: JournalState
    uid: str | None = None
    fp: str | None = None
    ts: datetime | None = None
    reason: str | None = None
    worker: str | None = None


@attrs.frozen
class Claim:
    """The answer to :meth:`BulkJournal.claim`.

    ``entry`` is the key's last record (``None``: never attempted). ``holder`` names another
    worker whose claim on the key is still valid: the item is not ours for now, and
    ``retry_in`` says when that claim expires at the latest (it is renewed while its worker
    lives). Without a holder the claim is ours, until :meth:`BulkJournal.record` of a final
    state or :meth:`BulkJournal.release`.
    """

    entry: JournalEntry | None
    holder: str | None = None
    retry_in: float = 0.0

    @property
    def ours(self) -> bool:
        return self.holder is None


class ClaimLost(Exception):
    """Our claim on a key expired and another worker took it; nothing was sent for it."""


class BulkJournal(Protocol):
    """What the bulk engine needs from a journal (see the module docstring)."""

    #: For messages: a path, or a URL without its password.
    name: str
    #: This worker's name in records and claims.
    worker_id: str
    #: When this worker opened the journal: a ``failed`` record from another worker written
    #: after it belongs to this same run and is not attempted again.
    opened_at: datetime

    async def claim(self, key: str) -> Claim:
        """The key's last record, and whether this worker may work on it (it then holds it)."""
        ...

    async def record(
        self,
        key: str,
        index: int,
        state: JournalState,
        uid: str | None = None,
        reason: str | None = None,
        fp: str | None = None,
    ) -> str | None:
        """Write a state, durably, before returning. ``in_flight`` needs our claim
        (:class:`ClaimLost` otherwise). A ``done`` that finds another uid already done returns
        that uid (two workers booked it: ours is the duplicate); otherwise ``None``."""
        ...

    async def release(self, key: str) -> None:
        """Give up our claim on *key* without writing anything."""
        ...

    async def lookup(self, keys: list[str]) -> dict[str, JournalEntry]:
        """The last records of *keys* (those that have one), without claiming anything."""
        ...

    async def keep_alive(self) -> None:
        """Renew this worker's claims until cancelled (returns at once if claims never expire)."""
        ...

    async def aclose(self) -> None: ...


def default_worker_id() -> str:
    """``<host>:<pid>:<random>``: unique per process, readable in records."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def _timestamp(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return ts if ts.tzinfo is not None else None


def _parse_record(line: bytes) -> tuple[str, JournalEntry] | None:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(record, dict):
        return None
    key, state, uid = (record.get(k) for k in ("key", "state", "uid"))
    if (
        not isinstance(key, str)
        or state not in _STATES
        or not (uid is None or isinstance(uid, str))
    ):
        return None
    return key, entry_from(record)


def entry_from(record: dict[str, Any]) -> JournalEntry:
    """A :class:`JournalEntry` from a checked record (a JSONL line, or a Redis hash value)."""
    fp, reason, worker = (record.get(k) for k in ("fp", "reason", "worker"))
    return JournalEntry(
        record["state"],
        record.get("uid"),
        fp if isinstance(fp, str) else None,
        _timestamp(record.get("ts")),
        reason if isinstance(reason, str) else None,
        worker if isinstance(worker, str) else None,
    )


def record_dict(
    key: str,
    index: int,
    state: JournalState,
    uid: str | None,
    reason: str | None,
    fp: str | None,
    worker: str,
) -> dict[str, Any]:
    """One record as written (``ts`` is added by the writer)."""
    record: dict[str, Any] = {"key": key, "index": index, "state": state}
    if uid is not None:
        record["uid"] = uid
    if reason is not None:
        record["reason"] = reason
    if fp is not None:
        record["fp"] = fp
    record["worker"] = worker
    return record


def _load_journal(fd: int, name: str) -> dict[str, JournalEntry]:
    """Read every record (last state per key wins); drop a torn final line in place."""
    size = os.fstat(fd).st_size
    chunks = []
    offset = 0
    while offset < size:
        chunk = os.pread(fd, min(1 << 20, size - offset), offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    data = b"".join(chunks)
    entries: dict[str, JournalEntry] = {}
    lines = data.split(b"\n")
    tail = lines.pop()  # bytes after the last newline: b"" unless the last write was torn
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parsed = _parse_record(line)
        if parsed is None:
            raise CalcomValueError(
                f"journal {name} line {lineno} is corrupt; refusing to guess which bookings "
                "exist (inspect or move the file)"
            )
        entries[parsed[0]] = parsed[1]
    if tail:
        # A kill mid-write leaves a partial last line. Nothing was sent after it was begun (the
        # create waits for the write), so it is safe to forget; a complete record is kept.
        parsed = _parse_record(tail)
        if parsed is not None:
            entries[parsed[0]] = parsed[1]
            os.write(fd, b"\n")
        else:
            logger.warning("journal %s: dropping a torn last line (%d bytes)", name, len(tail))
            os.ftruncate(fd, len(data) - len(tail))
        os.fsync(fd)
    return entries


class FileJournal:
    """Append-only JSONL journal: single writer (lock), whole-line writes, fsync per record.

    Every claim is granted: the file lock already keeps other runs out.
    """

    def __init__(
        self, path: str, fd: int, entries: dict[str, JournalEntry], worker_id: str | None = None
    ) -> None:
        self.path = self.name = path
        self.worker_id = worker_id or default_worker_id()
        self.opened_at = datetime.now(timezone.utc)
        self._fd = fd
        self.entries = entries
        self._lock = anyio.Lock()

    @classmethod
    def open_sync(cls, path: str, worker_id: str | None = None) -> FileJournal:
        existed = os.path.exists(path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:  # a missing directory, a name too long, no permission...
            raise CalcomValueError(
                f"journal {shown(path)} cannot be opened: {exc.strerror or exc}"
            ) from None
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError as exc:
                    if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                        raise CalcomValueError(
                            f"journal {path} is in use by another running bulk job"
                        ) from None
                    raise
            entries = _load_journal(fd, path)
            if not existed:  # make the new file's directory entry durable too
                with contextlib.suppress(OSError):
                    dir_fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
                    try:
                        os.fsync(dir_fd)
                    finally:
                        os.close(dir_fd)
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd, entries, worker_id)

    def _write_sync(self, data: bytes) -> None:
        view = memoryview(data)
        while view:  # os.write may write less than asked; O_APPEND keeps each chunk at the end
            view = view[os.write(self._fd, view) :]
        os.fsync(self._fd)

    async def claim(self, key: str) -> Claim:
        return Claim(self.entries.get(key))

    async def record(
        self,
        key: str,
        index: int,
        state: JournalState,
        uid: str | None = None,
        reason: str | None = None,
        fp: str | None = None,
    ) -> str | None:
        """Append one record and return once it is on disk."""
        record = record_dict(key, index, state, uid, reason, fp, self.worker_id)
        now = datetime.now(timezone.utc)
        record["ts"] = now.isoformat(timespec="milliseconds")
        data = (json.dumps(record, separators=(",", ":")) + "\n").encode()
        async with self._lock:
            # Not abandoned on cancel: a started write always completes as a whole line.
            await anyio.to_thread.run_sync(self._write_sync, data)
        self.entries[key] = JournalEntry(state, uid, fp, now, reason, self.worker_id)
        return None

    async def release(self, key: str) -> None:
        return None

    async def lookup(self, keys: list[str]) -> dict[str, JournalEntry]:
        return {key: self.entries[key] for key in keys if key in self.entries}

    async def keep_alive(self) -> None:
        return None

    async def aclose(self) -> None:
        self.close()

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # also releases the flock
            self._fd = -1


async def open_journal(
    spec: str | os.PathLike[str],
    *,
    worker_id: str | None = None,
    lease_seconds: float | None = None,
) -> BulkJournal:
    """Open the journal *spec* names: a JSONL file path, or a shared Redis journal
    ``redis://host:6379/0#NAME`` (``NAME`` identifies the import; every worker of one import
    uses the same URL). *worker_id* names this worker in records and claims (default
    ``host:pid:random``); *lease_seconds* is how long a Redis claim outlives a silent worker
    (default 30 s).

    Raises:
        CalcomValueError: a file that cannot be opened, is corrupt or is in use.
        ConfigurationError: a bad URL, a Redis that cannot be reached, ``redis`` not installed,
            or trio (redis-py's asyncio client needs asyncio).
    """
    from ._redis_support import is_redis_url

    if worker_id is not None:
        v.text(worker_id, "worker_id")
    if is_redis_url(spec):
        from ._journal_redis import RedisJournal

        assert isinstance(spec, str)
        return await RedisJournal.open(spec, worker_id=worker_id, lease_seconds=lease_seconds)
    path = v.file_path(spec, "journal")
    return await anyio.to_thread.run_sync(FileJournal.open_sync, path, worker_id)
