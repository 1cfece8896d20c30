"""Serving FakeCalcom: TCP_NODELAY, plain ``uvicorn`` use, the ``serve`` command, the extra."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
import uvicorn

from calcom_async.testing import FakeCalcom
from calcom_async.testing.__main__ import main as serve_main
from calcom_async.testing._serve import listening_socket

ROOT = Path(__file__).resolve().parents[1]
KEY = "cal_test_alpha"


async def _accepted_nodelay(sock: socket.socket) -> int:
    """TCP_NODELAY of the connection asyncio accepts on ``sock``."""
    seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = writer.get_extra_info("socket")
        seen.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()

    server = await asyncio.start_server(on_connect, sock=sock)
    try:
        _, writer = await asyncio.open_connection(*sock.getsockname())
        value = await asyncio.wait_for(seen, 5)
        writer.close()
    finally:
        server.close()
        await server.wait_closed()
    return value


async def test_accepted_connections_have_nagle_disabled() -> None:
    assert await _accepted_nodelay(listening_socket()) != 0
    # What serve() used to do: a socket without the TCP protocol number keeps Nagle on.
    plain = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    plain.bind(("127.0.0.1", 0))
    assert await _accepted_nodelay(plain) == 0


async def test_uvicorn_serves_fake_app_as_users_write_it() -> None:
    fake = FakeCalcom(api_keys=[KEY])
    config = uvicorn.Config(fake.app, log_config=None, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    sock = listening_socket()
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:  # noqa: ASYNC110 - uvicorn exposes only a flag
            await asyncio.sleep(0.002)
        assert config.interface == "asgi3"  # detected, not passed
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        async with httpx.AsyncClient(base_url=url, trust_env=False) as c:
            r = await c.get("/v2/me", headers={"Authorization": f"Bearer {KEY}"})
        assert r.status_code == 200 and r.json()["data"]["id"] == fake.users[0].id
    finally:
        server.should_exit = True
        await task
        sock.close()


def test_import_without_the_extra_says_what_to_install() -> None:
    probe = "import sys; sys.modules['uvicorn'] = None; import calcom_async.testing"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 1
    assert "ImportError" in result.stderr and "ModuleNotFoundError" not in result.stderr
    assert "pip install 'calcom-async[testing]'" in result.stderr
    assert "missing: uvicorn" in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["serve", "--rate-limit", "fast"],
        ["serve", "--faults", "error=2"],
        ["serve", "--faults", "boom=0.1"],
        ["serve", "--drift", "nonsense"],
        ["serve", "--key", "sk_live_x"],
    ],
)
def test_serve_rejects_bad_options(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        serve_main(argv)
    assert info.value.code == 2
    assert "error:" in capsys.readouterr().err


@pytest.fixture
def served() -> Iterator[tuple[str, str, str]]:
    """``python -m calcom_async.testing serve`` in a child; yields (url, key, banner)."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "calcom_async.testing",
            "serve",
            "--port",
            "0",
            "--seed",
            "5",
            "--rate-limit",
            "50/60",
            "--drift",
            "extra_fields",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    lines = []
    try:
        for line in child.stdout:
            lines.append(line)
            if line.startswith("Ctrl-C"):
                break
        banner = "".join(lines)
        url = re.search(r"serving on (http://127\.0\.0\.1:\d+)", banner)
        key = re.search(r"API key\s+(cal_test_\w+)", banner)
        assert url and key, banner
        yield url.group(1), key.group(1), banner
    finally:
        child.send_signal(signal.SIGINT)
        try:
            out, err = child.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            raise
    assert child.returncode == 0, err
    assert "stopped" in out


def test_serve_command_session_with_curl_and_the_cli(served: tuple[str, str, str]) -> None:
    url, key, banner = served
    assert "50 per 60 s (block 60 s)" in banner and "extra_fields" in banner
    intro = int(re.search(r"#(\d+) intro", banner).group(1))  # type: ignore[union-attr]
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}) as c:
        me = c.get("/v2/me")
        assert me.status_code == 200 and me.json()["data"]["username"] == "ada"
        assert me.json()["data"]["driftNote"]  # --drift extra_fields
        assert me.headers["x-ratelimit-limit-default"] == "50"
        teams = c.get(f"/v2/organizations/{me.json()['data']['organizationId']}/teams")
        assert [t["slug"] for t in teams.json()["data"]]
    monday = datetime.now(timezone.utc).date() + timedelta(days=7)
    monday -= timedelta(days=monday.weekday())
    env = {**os.environ, "CALCOM_API_KEY": key, "COLUMNS": "200"}
    argv = [sys.executable, "-m", "calcom_async.cli", "--base-url", url, "slots"]
    argv += ["--event-type", str(intro), "--start", monday.isoformat()]
    argv += ["--end", monday.isoformat(), "--time-zone", "Europe/London"]
    result = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "09:00" in result.stdout and "16:30" in result.stdout


async def test_a_client_leaving_mid_body_is_not_a_server_error() -> None:
    fake = FakeCalcom(api_keys=[KEY])
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v2/bookings",
        "headers": [
            (b"authorization", f"Bearer {KEY}".encode()),
            (b"cal-api-version", b"2024-08-13"),
        ],
        "query_string": b"",
        "client": ("127.0.0.1", 5000),
    }
    await fake.app(scope, receive, send)  # type: ignore[arg-type]
    assert sent == [] and fake.stats.internal_errors == [] and fake.state.bookings == {}
    assert fake.stats.routes["POST /v2/bookings"] == 1
