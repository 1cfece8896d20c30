"""SIGKILL mid-run, then re-run: every booking exists exactly once.

The "server" is a SQLite file, so its state survives the kill like a real Cal.com would. The
child process is this module run as a script. The server allows double bookings (no unique slot
constraint), so only the engine's journal and reconciliation prevent duplicates.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

N = 150
BASE = datetime(2031, 3, 3, 8, 0, tzinfo=timezone.utc)


def _requests() -> list[dict[str, object]]:
    return [
        {
            "event_type_id": 11,
            "start": BASE + timedelta(minutes=20 * i),
            "attendee": {"name": f"P{i}", "email": f"p{i}@example.com"},
        }
        for i in range(N)
    ]


class SqliteBackend:
    """Creates commit to SQLite; some responses are "lost" after the commit."""

    def __init__(self, db: str, delay: float) -> None:
        self.conn = sqlite3.connect(db, isolation_level=None)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS bookings"
            " (uid TEXT PRIMARY KEY, k TEXT NOT NULL, marker TEXT, cancelled INTEGER DEFAULT 0)"
        )
        self.delay = delay

    async def create(self, request: object) -> str:
        import anyio

        from calcom_async._errors import AmbiguousRequestError
        from calcom_async.bulk import BULK_MARKER_KEY, BookingRequest

        assert isinstance(request, BookingRequest)
        await anyio.sleep(self.delay / 10)  # request on the wire
        uid = os.urandom(8).hex()
        marker = (request.metadata or {}).get(BULK_MARKER_KEY)
        self.conn.execute(
            "INSERT INTO bookings (uid, k, marker) VALUES (?, ?, ?)", (uid, request.key, marker)
        )
        await anyio.sleep(self.delay)  # response on the wire (longer): a kill here loses it
        if int(uid, 16) % 7 == 0:
            raise AmbiguousRequestError("POST /v2/bookings: response lost")
        return uid

    async def find(self, request: object) -> list[object]:
        from calcom_async.bulk import BookingRequest, FoundBooking

        assert isinstance(request, BookingRequest)
        rows = self.conn.execute(
            "SELECT uid, marker FROM bookings WHERE k = ? AND NOT cancelled ORDER BY rowid",
            (request.key,),
        ).fetchall()
        return [FoundBooking(str(uid), marker) for uid, marker in rows]

    async def cancel(self, uid: str, reason: str) -> None:
        self.conn.execute("UPDATE bookings SET cancelled = 1 WHERE uid = ?", (uid,))


def child(db: str, journal: str, delay: float) -> None:
    import anyio

    from calcom_async.bulk import run_bulk, summarize

    async def main() -> None:
        outcomes = await run_bulk(
            SqliteBackend(db, delay),
            _requests(),
            concurrency=8,
            journal=journal,
            reconcile_backoff=0.001,
        )
        summary = summarize(outcomes)
        print(json.dumps({"booked": summary.booked, "already_done": summary.already_done,
                          "failed": summary.failed}))  # fmt: skip

    anyio.run(main)


def _spawn(db: Path, journal: Path, delay: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, str(db), str(journal), str(delay)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_run_then_rerun_books_each_exactly_once(tmp_path: Path) -> None:
    db, journal = tmp_path / "server.sqlite", tmp_path / "run.jsonl"
    proc = _spawn(db, journal, delay=0.01)
    deadline = time.monotonic() + 15
    # Kill once the run is well under way (some records written, far from finished).
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 60:
            break
        time.sleep(0.005)
    assert proc.poll() is None, f"child ended early: {proc.communicate()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    lines = journal.read_bytes().split(b"\n")
    states: dict[str, str] = {}
    for line in lines[:-1]:
        record = json.loads(line)
        states[record["key"]] = record["state"]
    assert "in_flight" in states.values()  # killed with requests in flight
    assert len(states) < N
    with sqlite3.connect(db) as conn:
        committed = {k for (k,) in conn.execute("SELECT k FROM bookings")}
    # The interesting case happened: bookings committed whose "done" never reached the journal.
    assert any(states[k] == "in_flight" for k in committed if k in states)

    rerun = _spawn(db, journal, delay=0.0)
    out, err = rerun.communicate(timeout=30)
    assert rerun.returncode == 0, err
    summary = json.loads(out)
    assert summary["failed"] == 0
    assert summary["booked"] + summary["already_done"] == N
    assert summary["already_done"] >= sum(s == "done" for s in states.values())

    with sqlite3.connect(db) as conn:
        counts = dict(
            conn.execute(
                "SELECT k, COUNT(*) FROM bookings WHERE NOT cancelled GROUP BY k"
            ).fetchall()
        )
    assert len(counts) == N and set(counts.values()) == {1}


if __name__ == "__main__":
    child(sys.argv[1], sys.argv[2], float(sys.argv[3]))
