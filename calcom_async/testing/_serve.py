"""Serving an ASGI app with uvicorn on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.types import ASGIApp

__all__ = ["listening_socket", "serving"]


def listening_socket(port: int = 0) -> socket.socket:
    """A TCP socket bound to ``127.0.0.1:port`` (0: ephemeral).

    Created with ``IPPROTO_TCP`` on purpose: asyncio disables Nagle's algorithm
    (``TCP_NODELAY``) only on sockets whose protocol says TCP, and accepted connections inherit
    the listening socket's protocol. Without it every small response waits for the client's
    delayed ACK (~40 ms on Linux), which capped one connection at ~23 requests/s.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", port))
    except BaseException:
        sock.close()
        raise
    return sock


@asynccontextmanager
async def serving(app: ASGIApp, port: int = 0) -> AsyncIterator[tuple[str, asyncio.Task[None]]]:
    """Run ``app`` with uvicorn on 127.0.0.1; yield ``(base_url, server_task)``.

    asyncio only. Lifespan off, warnings only, ``log_config=None`` (the application's logging
    setup is left alone), no access log. The server stops when the block exits (or when the task
    ends, e.g. on Ctrl-C).
    """
    import uvicorn

    sock = listening_socket(port)
    config = uvicorn.Config(
        app,
        lifespan="off",
        proxy_headers=False,
        log_level="warning",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("uvicorn stopped during startup")
            await asyncio.sleep(0.002)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", task
    finally:
        server.should_exit = True
        try:
            await task
        finally:
            sock.close()
