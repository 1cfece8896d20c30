"""The ``Authorization`` header, and refreshing an expired access token once on HTTP 498.

An :class:`httpx.Auth` flow rather than a static client header, because a refreshed token must
reach requests already in flight: the flow sets the header per request, and when Cal.com answers
498 (expired access token) it awaits the user's ``refresh_access_token()`` and sends the request
once more with the new token. It sits outside the retrying transport, so the resend gets the
same retries and pacing as any request, and a second 498 is returned to the facade, which raises
:class:`~calcom_async.TokenExpiredError`.

Concurrent requests that all meet the 498 refresh once: the first one to take the lock calls the
callback; the others see the token has changed since they sent theirs and just resend.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import anyio
import httpx

from ._errors import CalcomError
from ._keys import AccessToken, Credential, redact_secrets

__all__ = ["TOKEN_EXPIRED", "BearerAuth", "TokenRefresher"]

TOKEN_EXPIRED = 498
TokenRefresher = Callable[[], Awaitable[str]]


class BearerAuth(httpx.Auth):
    """Sends the current credential as ``Bearer``; refreshes an access token on 498."""

    def __init__(self, credential: Credential, refresh: TokenRefresher | None = None) -> None:
        self.credential = credential
        self._refresh = refresh
        self._lock: anyio.Lock | None = None  # made on first refresh (anyio.Lock costs ~10 ms)

    def __repr__(self) -> str:
        return f"BearerAuth({self.credential!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.credential.authorization_header()
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        sent = self.credential
        request.headers["Authorization"] = sent.authorization_header()
        response = yield request
        if response.status_code != TOKEN_EXPIRED or self._refresh is None:
            return
        await self._refreshed(sent)
        request.headers["Authorization"] = self.credential.authorization_header()
        yield request

    async def _refreshed(self, stale: Credential) -> None:
        assert self._refresh is not None
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:
            if self.credential is not stale:  # another request refreshed it meanwhile
                return
            try:
                token = await self._refresh()
            except Exception as exc:
                raise CalcomError(
                    "refresh_access_token failed after HTTP 498 (access token expired): "
                    f"{type(exc).__name__}: {redact_secrets(str(exc))}"
                ) from exc
            self.credential = AccessToken(token, source="refresh_access_token")
