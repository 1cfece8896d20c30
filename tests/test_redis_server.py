"""The test session's Redis is real: it stores and returns data over its socket on 127.0.0.1."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.redis


def _command(port: int, *args: str) -> bytes:
    parts = [f"*{len(args)}\r\n".encode()]
    for arg in args:
        parts.append(f"${len(arg.encode())}\r\n{arg}\r\n".encode())
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.sendall(b"".join(parts))
        return s.recv(256)


def test_redis_fixture_serves_a_real_server(redis_url: str) -> None:
    url = urlsplit(redis_url)
    assert url.hostname == "127.0.0.1"
    assert url.port is not None
    assert _command(url.port, "SET", "calcom:probe", "42") == b"+OK\r\n"
    assert _command(url.port, "GET", "calcom:probe") == b"$2\r\n42\r\n"
