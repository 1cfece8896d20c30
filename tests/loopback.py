"""Misbehaving HTTP/1.1 servers on real loopback sockets, for the robustness suite.

:class:`ScriptedServer` listens on 127.0.0.1 (ephemeral port) in a background thread -- so it
serves tests running under asyncio *and* trio -- and answers the n-th request with the n-th
:class:`Action` of its script (the last one repeats). Every request is recorded. One request per
connection: each answer says ``Connection: close``, and the misbehaviours close or stall the
connection anyway.

Actions write raw bytes, so they can do what no well-behaved framework would: close in the middle
of a body, send a corrupt gzip body, stall after the headers, drop the request without an answer,
or forward it to a real upstream (a ``FakeCalcom``) and mangle the answer on the way back -- the
"applied, but the response was lost" case.
"""

from __future__ import annotations

import gzip
import json
import socket
import socketserver
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

ME = {
    "id": 101,
    "username": "ada",
    "email": "ada@example.com",
    "timeFormat": 24,
    "defaultScheduleId": None,
    "weekStart": "Monday",
    "timeZone": "Europe/London",
}


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    """A complete response: status line, headers (lower-case names) and body."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def head(self, *, content_length: int | None = None) -> bytes:
        lines = [f"HTTP/1.1 {self.status} {_REASONS.get(self.status, 'Status')}"]
        length = len(self.body) if content_length is None else content_length
        for name, value in self.headers:
            if name not in ("content-length", "connection", "transfer-encoding"):
                lines.append(f"{name}: {value}")
        lines += [f"content-length: {length}", "connection: close"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


_REASONS = {
    200: "OK",
    201: "Created",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    307: "Temporary Redirect",
    400: "Bad Request",
    429: "Too Many Requests",
    502: "Bad Gateway",
}


def answer(
    status: int = 200, data: Any = ME, headers: dict[str, str] | None = None, raw: Any = None
) -> Answer:
    """A JSON answer: ``{"status": "success", "data": data}`` unless *raw* gives the whole body."""
    body = raw if raw is not None else {"status": "success", "data": data}
    pairs = [("content-type", "application/json")]
    pairs += [(k.lower(), v) for k, v in (headers or {}).items()]
    return Answer(status, pairs, json.dumps(body).encode())


class Action:
    """What the server does with one request."""

    def run(self, conn: socket.socket, request: Request, server: ScriptedServer) -> None:
        raise NotImplementedError


@dataclass
class Reply(Action):
    """Answer properly (the answer may depend on the request)."""

    make: Answer | Callable[[Request], Answer] = field(default_factory=answer)

    def run(self, conn: socket.socket, request: Request, server: ScriptedServer) -> None:
        ans = self.make(request) if callable(self.make) else self.make
        conn.sendall(ans.head() + ans.body)


@dataclass
class CloseMidBody(Action):
    """Announce the whole body, send half of it, close: ``httpx.RemoteProtocolError``."""

    make: Answer = field(default_factory=answer)

    def run(self, conn: socket.socket, request: Request, server: ScriptedServer) -> None:
        ans = self.make
        conn.sendall(ans.head() + ans.body[: len(ans.body) // 2])


@dataclass
class CorruptGzip(Action):
    """A ``content-encoding: gzip`` body that is not gzip past its magic: ``DecodingError``."""

    make: Answer = field(default_factory=answer)

    def run(self, conn: socket.socket, request: Request, server: ScriptedServer) -> None:
        ans = self.make
        broken = gzip.compress(ans.body)[:10] + b"\xff" * 32
        head = Answer(ans.status, [*ans.headers, ("content-encoding", "gzip")], broken)
        conn.sendall(head.head() + broken)


@dataclass
class StallBody(Action):
    """Send the headers and a few bytes, then nothing until the server stops: ``ReadTimeout``."""

    make: Answer = field(default_factory=answer)

    def run(self, conn: socket.socket, request: Request, server: ScriptedServer) -> None:
        ans = self.make
        conn.sendall(ans.head() + ans.body[:5])
        server.stopped.wait()


@dataclass
class NoAnswer(Action):
    """Read the request, then close without a byte of answer (optionally after a signal)."""

    after: threading.Event | None = None

    def run(self, conn: socket.socket, request: Request, server: ScriptedServer) -> None:
        if self.after is not None:
            self.after.wait(timeout=30)


@dataclass
class Hang(Action):
    """Read the request and never answer (until the server stops)."""

    def run(self, conn: socket.socket, request: Request, server: ScriptedServer) -> None:
        server.stopped.wait()


@dataclass
class Forward(Action):
    """Forward to *upstream* (``host:port``), then deliver its answer through *mangle*.

    *mangle* makes the action that delivers the upstream's answer (``Reply``, ``CloseMidBody``,
    ``lambda answer: NoAnswer()``...). The upstream has applied the request by then, so this is
    how a booking that was made but whose answer was lost is reproduced.
    """

    upstream: tuple[str, int]
    mangle: Callable[[Answer], Action] = Reply

    def run(self, conn: socket.socket, request: Request, server: ScriptedServer) -> None:
        self.mangle(_fetch(self.upstream, request)).run(conn, request, server)


def _fetch(upstream: tuple[str, int], request: Request) -> Answer:
    headers = {k: v for k, v in request.headers.items() if k not in ("connection", "host")}
    headers.update({"host": f"{upstream[0]}:{upstream[1]}", "connection": "close"})
    head = f"{request.method} {request.path} HTTP/1.1\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    with socket.create_connection(upstream, timeout=30) as up:
        up.sendall(head.encode("latin-1") + request.body)
        raw = b""
        while chunk := up.recv(65536):
            raw += chunk
    status_line, _, rest = raw.partition(b"\r\n")
    header_block, _, body = rest.partition(b"\r\n\r\n")
    pairs = []
    chunked = False
    for line in header_block.decode("latin-1").split("\r\n"):
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip()
        chunked = chunked or (name == "transfer-encoding" and "chunked" in value)
        pairs.append((name, value))
    if chunked:
        body = _unchunk(body)
    return Answer(int(status_line.split()[1]), pairs, body)


def _unchunk(data: bytes) -> bytes:
    out = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        out, data = out + data[:size], data[size + 2 :]
    return out


class ScriptedServer:
    """A loopback server answering request *n* with ``script[n]`` (the last action repeats)."""

    def __init__(self, script: Sequence[Action] | Callable[[Request], Action]) -> None:
        self.script = script
        self.requests: list[Request] = []
        self.stopped = threading.Event()
        self._lock = threading.Lock()
        self._recorded = threading.Condition(self._lock)
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._serve(self.request)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def _serve(self, conn: socket.socket) -> None:
        request = _read_request(conn)
        if request is None:
            return
        with self._lock:
            index = len(self.requests)
            self.requests.append(request)
            self._recorded.notify_all()
        if callable(self.script):
            action = self.script(request)
        else:
            action = self.script[min(index, len(self.script) - 1)]
        with suppress(OSError):  # the client went away first: some tests do that on purpose
            action.run(conn, request, self)

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> None:
        """Block until *count* requests have been read (the script is indexed by that order,
        and each connection has its own thread, so a client's send order alone does not fix
        it). A blocking call: from async code run it in a thread."""
        with self._recorded:
            if not self._recorded.wait_for(lambda: len(self.requests) >= count, timeout):
                raise TimeoutError(f"{len(self.requests)} of {count} requests after {timeout} s")

    def paths(self) -> list[str]:
        return [f"{r.method} {r.path.split('?')[0]}" for r in self.requests]

    @contextmanager
    def running(self) -> Iterator[ScriptedServer]:
        thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.stopped.set()
            self._server.shutdown()
            self._server.server_close()
            thread.join(timeout=10)


def _read_request(conn: socket.socket) -> Request | None:
    conn.settimeout(30)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Request(method, path, headers, body)


@contextmanager
def scripted(*actions: Action) -> Iterator[ScriptedServer]:
    """``with scripted(CloseMidBody(), Reply()) as server:`` -- start, yield, stop."""
    with ScriptedServer(list(actions)).running() as server:
        yield server
