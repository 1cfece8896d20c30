"""``WebhookReceiver``: a small ASGI app that verifies, parses and hands events to your code."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .._errors import CalcomValueError, ConfigurationError, WebhookVerificationError
from ._events import WebhookEvent, verify_and_parse

__all__ = ["WebhookHandler", "WebhookReceiver"]

# The ASGI callables, spelled as Starlette spells them, so a receiver type-checks as a Starlette
# ``Mount(app=...)`` / FastAPI ``app.mount(...)`` target.
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
WebhookHandler = Callable[[WebhookEvent], Awaitable[None]]

logger = logging.getLogger("calcom_async.webhooks")


class _TooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


class WebhookReceiver:
    """An ASGI app receiving Cal.com webhook deliveries.

    Each ``POST`` is checked against ``secret`` and parsed (:func:`verify_and_parse`); then
    ``await handler(event)`` runs and the delivery is answered ``200``. Answers:

    * ``401`` -- missing or wrong ``X-Cal-Signature-256``; the handler is not called;
    * ``400`` -- signed, but a known trigger's payload is malformed (the message names the field);
    * ``405`` for any method but POST, ``413`` for a body over ``max_body_size`` bytes.

    An exception raised by the handler propagates, so the server (or Starlette's error middleware)
    answers 500 and logs it. Every path is served the same way, so it works as a plain ASGI app
    (``uvicorn module:receiver``) and mounted at any path::

        receiver = WebhookReceiver(handle, secret=os.environ["CAL_WEBHOOK_SECRET"])
        app = Starlette(routes=[Mount("/hooks/cal", app=receiver)])   # or FastAPI's app.mount
    """

    def __init__(
        self, handler: WebhookHandler, *, secret: str, max_body_size: int = 1_048_576
    ) -> None:
        if not callable(handler):
            raise ConfigurationError("handler must be an async function taking the event")
        if not isinstance(secret, str) or not secret:
            raise ConfigurationError("secret must be the webhook's secret, a non-empty string")
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int):
            raise ConfigurationError("max_body_size must be a number of bytes (int)")
        if max_body_size <= 0:
            raise ConfigurationError("max_body_size must be positive")
        self._handler = handler
        self._secret = secret
        self._max = max_body_size

    def __repr__(self) -> str:  # never the secret
        return f"WebhookReceiver(handler={getattr(self._handler, '__qualname__', self._handler)})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "lifespan":
            await _lifespan(receive, send)
            return
        if kind != "http":  # a websocket: refuse it
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["method"] != "POST":
            await _respond(send, 405, {"error": "method not allowed"}, allow="POST")
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            body = await self._read(receive, headers.get("content-length"))
        except _TooLarge:
            await _respond(send, 413, {"error": f"body over {self._max} bytes"})
            return
        except _Disconnected:
            return
        try:
            event = verify_and_parse(
                body,
                headers.get("x-cal-signature-256"),
                self._secret,
                content_type=headers.get("content-type"),
            )
        except WebhookVerificationError as exc:
            logger.warning("webhook delivery refused: %s", exc)
            await _respond(send, 401, {"error": "invalid signature"})
            return
        except CalcomValueError as exc:
            logger.warning("webhook delivery rejected: %s", exc)
            await _respond(send, 400, {"error": str(exc)})
            return
        await self._handler(event)
        await _respond(send, 200, {"ok": True})

    async def _read(self, receive: Receive, length: str | None) -> bytes:
        if length is not None and length.isdigit() and int(length) > self._max:
            raise _TooLarge
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self._max:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


async def _respond(send: Send, status: int, body: dict[str, Any], *, allow: str = "") -> None:
    content = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(content))]
    if allow:
        headers.append((b"allow", allow.encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


async def _lifespan(receive: Receive, send: Send) -> None:
    # Nothing to set up; answering lets servers that run lifespan by default start cleanly.
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
