"""The servers the call benchmarks talk to, each in a child process.

    python scripts/bench_server.py fake BOOKINGS [LATENCY]   # a seeded FakeCalcom under uvicorn
    python scripts/bench_server.py replay           # one recorded answer, replayed

Each prints ``{"base_url": ..., "uid": ...}`` on one line and serves until its stdin is closed.
Used by ``bench_calls.py`` and ``bench_import.py``. A child process, so that its CPU is not
counted as the client's and it can run on the other core, as a remote server would.

* **fake**: ``FakeCalcom`` with ``BOOKINGS`` bookings of one user (each with an attendee, a host,
  the event type and metadata, as Cal.com sends them) and Cal.com's rate-limit headers; with
  ``LATENCY`` (seconds) every request first waits that long, as a remote API's would.
* **replay**: a bare asyncio HTTP/1.1 server answering every request with the fake's recorded
  answer to ``GET /v2/bookings/{uid}`` (same headers, same body): next to no server work, so
  a loopback ``get`` measures the client and the sockets only.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from calcom_async.testing import FakeCalcom, Faults, RateLimit

KEY = "cal_test_bench_calls_00000000000000"
VERSION = "2024-08-13"  # bookings' cal-api-version
# Headers like Cal.com's, and a budget no run comes near: the pacer works, never waits.
NEVER_EXHAUSTED = RateLimit(10**9, ttl=60.0, block_duration=60.0)


def seeded_fake(bookings: int, latency: float = 0.0) -> tuple[FakeCalcom, str]:
    """A fake with ``bookings`` bookings of one user; returns it and one booking's uid."""
    faults = Faults(latency=(latency, latency)) if latency else None
    fake = FakeCalcom(api_keys=[KEY], rate_limit=NEVER_EXHAUSTED, faults=faults, seed=7)
    user = fake.user_for_key(KEY)
    fake.state.add_schedule(user.id, time_zone="UTC")
    et = fake.state.add_event_type(user.id, title="Bench", length_in_minutes=15)
    start = datetime(2050, 1, 3, 9, tzinfo=timezone.utc)
    uid = ""
    for i in range(max(1, bookings)):
        booking = fake.state.add_booking(
            et.id,
            start + timedelta(minutes=15 * i),
            attendee_name=f"Guest {i}",
            attendee_email=f"guest{i}@example.com",
            metadata={"row": str(i)},
        )
        uid = uid or booking.uid
    return fake, uid


async def recorded_get(fake: FakeCalcom, uid: str) -> tuple[int, list[tuple[str, str]], bytes]:
    """The fake's answer to ``GET /v2/bookings/{uid}``: status, headers, body."""
    async with fake.client(api_key=KEY, headers={"cal-api-version": VERSION}) as client:
        response = await client.get(f"/v2/bookings/{uid}")
    headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
    return response.status_code, headers, response.content


async def _until_stdin_closes() -> None:
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


def _ready(base_url: str, uid: str) -> None:
    print(json.dumps({"base_url": base_url, "uid": uid}), flush=True)


async def _serve_fake(bookings: int, latency: float) -> None:
    import uvicorn

    from calcom_async.testing._serve import listening_socket

    fake, uid = seeded_fake(bookings, latency)
    sock = listening_socket()
    # Keep idle connections open for the whole run, as Cal.com's edge does for minutes:
    # uvicorn's 5 s default would close the pool of whichever contender waits for the others,
    # and httpcore then spends seconds of CPU finding out (1,000 queued requests each scan
    # the dead connections): the figure would depend on the order of the contenders.
    config = uvicorn.Config(
        fake.app, lifespan="off", log_level="warning", log_config=None, access_log=False,
        timeout_keep_alive=600,
    )  # fmt: skip
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()  # uvicorn failed to start: show why
            raise SystemExit("uvicorn stopped during startup")
        await asyncio.sleep(0.01)
    _ready(f"http://127.0.0.1:{sock.getsockname()[1]}", uid)
    await _until_stdin_closes()
    server.should_exit = True
    await task


class _Replay(asyncio.Protocol):
    """Answers each request (a GET: headers only) on a keep-alive connection with ``answer``."""

    def __init__(self, answer: bytes) -> None:
        self._answer = answer
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        assert self._transport is not None
        self._buffer += data
        while b"\r\n\r\n" in self._buffer:
            _, self._buffer = self._buffer.split(b"\r\n\r\n", 1)
            self._transport.write(self._answer)


async def _serve_replay() -> None:
    from calcom_async.testing._serve import listening_socket

    fake, uid = seeded_fake(1)
    status, headers, body = await recorded_get(fake, uid)
    head = [f"HTTP/1.1 {status} OK", *(f"{k}: {v}" for k, v in headers)]
    head.append(f"content-length: {len(body)}")
    answer = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body
    sock = listening_socket()
    server = await asyncio.get_running_loop().create_server(lambda: _Replay(answer), sock=sock)
    _ready(f"http://127.0.0.1:{sock.getsockname()[1]}", uid)
    await _until_stdin_closes()
    server.close()


class Server:
    """A benchmark server in a child process: ``Server("fake", 20_000)`` or ``Server("replay")``."""

    def __init__(self, kind: str, bookings: int = 1, latency: float = 0.0) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, __file__, kind, str(bookings), str(latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        ready = json.loads(self._proc.stdout.readline())
        self.base_url: str = ready["base_url"]
        self.uid: str = ready["uid"]

    def close(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


if __name__ == "__main__":
    if sys.argv[1] == "replay":
        asyncio.run(_serve_replay())
    else:
        asyncio.run(_serve_fake(int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 0))
