"""Client conventions: with_options, default_headers, closed clients, CALCOM_LOG, access tokens."""

from __future__ import annotations

import asyncio
import os
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from test_generated_models import ME, ok

from calcom_async import (
    AsyncCalcom,
    AuthenticationError,
    CalcomError,
    CalcomValueError,
    ConfigurationError,
    InternalServerError,
    TokenExpiredError,
)

KEY = "cal_test_clientOptions0123456789"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.managedUserToken.s1gnature"
FRESH = "eyJhbGciOiJIUzI1NiJ9.refreshedToken.s1gnature"


class Recorder:
    """A MockTransport handler answering from ``reply(request)``; records every request."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.auth: list[str] = []  # the header as sent (a resent request is the same object)
        self._reply = reply or (lambda _: httpx.Response(200, json=ok(ME)))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.auth.append(request.headers.get("authorization", ""))
        return self._reply(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def client(recorder: Recorder, **kw: Any) -> AsyncCalcom:
    kw.setdefault("api_key", KEY)
    cal = AsyncCalcom(pacing=False, transport=recorder.transport(), **kw)

    async def no_sleep(_: float) -> None:
        return None

    cal._transport._sleep = no_sleep
    return cal


# ---------------------------------------------------------------------------- with_options


async def test_with_options_shares_the_pool_and_changes_only_the_defaults() -> None:
    calls = Recorder(lambda _: httpx.Response(503))
    async with client(calls, max_retries=2) as cal:
        quick = cal.with_options(timeout=3, max_retries=0)
        assert quick._http is cal._http and quick.stats is cal.stats and quick.pacer is cal.pacer
        with pytest.raises(InternalServerError):
            await quick.me.get()
        assert len(calls.requests) == 1  # no retry on the copy
        assert calls.requests[0].extensions["timeout"] == httpx.Timeout(3).as_dict()
        with pytest.raises(InternalServerError):
            await cal.me.get()
        assert len(calls.requests) == 4  # the original still retries twice
        assert calls.requests[-1].extensions["timeout"] == httpx.Timeout(30).as_dict()
        with pytest.raises(InternalServerError):
            await quick.me.get(max_retries=1, timeout=7)  # the call's own options win
        assert len(calls.requests) == 6
        assert calls.requests[-1].extensions["timeout"] == httpx.Timeout(7).as_dict()


async def test_with_options_copies_stack_and_get_their_own_resources() -> None:
    calls = Recorder(lambda _: httpx.Response(503))
    async with client(calls) as cal:
        cal.me  # noqa: B018 - cache the original's resource first
        a = cal.with_options(max_retries=0)
        b = a.with_options(timeout=2)
        assert b.me._client is b and a.me._client is a and cal.me._client is cal
        with pytest.raises(InternalServerError):
            await b.me.get()
    assert len(calls.requests) == 1  # max_retries=0 inherited from ``a``
    assert calls.requests[0].extensions["timeout"] == httpx.Timeout(2).as_dict()


@pytest.mark.parametrize(
    ("kw", "field"), [({"timeout": 0}, "timeout"), ({"max_retries": -1}, "max_retries")]
)
def test_with_options_validates(kw: dict[str, Any], field: str) -> None:
    cal = AsyncCalcom(KEY, pacing=False)
    with pytest.raises(CalcomValueError, match=field):
        cal.with_options(**kw)


async def test_closing_a_copy_leaves_the_pool_open_closing_the_original_closes_all() -> None:
    calls = Recorder()
    cal = client(calls)
    async with cal.with_options(timeout=5) as copy:
        await copy.me.get()
    assert copy.is_closed and not cal.is_closed
    await cal.me.get()  # the pool still works
    other = cal.with_options(max_retries=0)
    await cal.aclose()
    with pytest.raises(CalcomError, match="closed"):
        await other.me.get()
    assert len(calls.requests) == 2


# ---------------------------------------------------------------------------- headers, closed


async def test_default_headers_are_sent_with_every_request() -> None:
    calls = Recorder()
    async with client(calls, default_headers={"X-Trace": "abc", "User-Agent": "my-app/2"}) as cal:
        await cal.me.get()
        await cal.with_options(timeout=5).me.get()
    for request in calls.requests:
        assert request.headers["x-trace"] == "abc" and request.headers["user-agent"] == "my-app/2"
        assert request.headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize(
    "headers", [{"Authorization": "Bearer x"}, {"authorization": "x"}, {"X-A": 1}, ["X-A"]]
)
def test_default_headers_are_checked(headers: Any) -> None:
    with pytest.raises(ConfigurationError, match="default_headers"):
        AsyncCalcom(KEY, default_headers=headers)


async def test_a_closed_client_raises_calcom_error_not_runtime_error() -> None:
    calls = Recorder()
    async with client(calls) as cal:
        await cal.me.get()
    with pytest.raises(CalcomError, match="client is closed") as info:
        await cal.me.get()
    assert not isinstance(info.value, RuntimeError)
    with pytest.raises(CalcomError, match="client is closed"):
        await cal.bookings.list().to_list()
    assert len(calls.requests) == 1


async def test_a_closed_injected_http_client_raises_calcom_error() -> None:
    calls = Recorder()
    user_client = httpx.AsyncClient(transport=calls.transport())
    cal = AsyncCalcom(KEY, pacing=False, http_client=user_client)
    await user_client.aclose()
    with pytest.raises(CalcomError, match="http_client given to AsyncCalcom is closed"):
        await cal.me.get()
    assert calls.requests == []


# ---------------------------------------------------------------------------- CALCOM_LOG

LOG_PROBE = textwrap.dedent(
    """
    import asyncio, httpx, json
    from calcom_async import AsyncCalcom

    ME = {"status": "success", "data": json.loads(%r)}

    async def main():
        transport = httpx.MockTransport(lambda r: httpx.Response(200, json=ME))
        async with AsyncCalcom(%r, pacing=False, transport=transport) as cal:
            await cal.me.get()

    asyncio.run(main())
    """
)


def _run_probe(credential: str, **env: str) -> subprocess.CompletedProcess[str]:
    import json

    base = {k: v for k, v in os.environ.items() if not k.startswith("CALCOM_")}
    return subprocess.run(
        [sys.executable, "-c", LOG_PROBE % (json.dumps(ME), credential)],
        capture_output=True,
        text=True,
        check=True,
        env={**base, **env},
    )


def test_calcom_log_debug_prints_one_line_per_attempt_without_the_key() -> None:
    out = _run_probe(KEY, CALCOM_LOG="debug")
    assert "calcom_async.transport DEBUG GET /v2/me (attempt 1/" in out.stderr
    assert "-> 200" in out.stderr
    assert KEY not in out.stderr and KEY not in out.stdout


def test_without_calcom_log_the_sdk_is_silent() -> None:
    assert _run_probe(KEY).stderr == ""
    assert _run_probe(KEY, CALCOM_LOG="verbose-please").stderr == ""


# ---------------------------------------------------------------------------- access tokens


async def test_access_token_is_sent_as_bearer_and_never_shown() -> None:
    calls = Recorder()
    async with client(calls, api_key=None, access_token=TOKEN) as cal:
        await cal.me.get()
        assert calls.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
        assert TOKEN not in repr(cal) and "access_token=AccessToken('****')" in repr(cal)
        assert not cal.is_test_key


def test_access_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    monkeypatch.setenv("CALCOM_ACCESS_TOKEN", TOKEN)
    assert "access_token=" in repr(AsyncCalcom())
    monkeypatch.setenv("CALCOM_API_KEY", KEY)  # a key, when set, wins
    assert "api_key=" in repr(AsyncCalcom())
    assert "access_token=" in repr(AsyncCalcom(access_token=TOKEN))  # explicit wins


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"api_key": KEY, "access_token": TOKEN}, "not both"),
        ({"access_token": KEY}, "starts with 'cal_', so it is an API key"),
        ({"access_token": ""}, "is empty"),
        ({"access_token": TOKEN + "\n"}, "whitespace"),
        ({"api_key": KEY, "refresh_access_token": object()}, "needs an access token"),
    ],
)
def test_bad_access_token_set_ups_are_configuration_errors(
    kw: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        AsyncCalcom(**kw)
    assert TOKEN not in str(info.value) and KEY not in str(info.value)


def test_access_token_pickles_and_compares_without_showing_itself() -> None:
    from calcom_async._keys import AccessToken

    token = AccessToken(TOKEN)
    assert pickle.loads(pickle.dumps(token)) == token and str(token) == "****"
    assert AccessToken(FRESH) != token


def _expired_unless(valid: str) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.headers["authorization"] == f"Bearer {valid}":
            return httpx.Response(200, json=ok(ME))
        return httpx.Response(
            498,
            json={
                "status": "error",
                "error": {"code": "TokenExpiredException", "message": "expired"},
            },
        )

    return reply


async def test_498_without_a_refresh_callback_is_token_expired_error() -> None:
    calls = Recorder(_expired_unless(FRESH))
    async with client(calls, api_key=None, access_token=TOKEN) as cal:
        with pytest.raises(TokenExpiredError) as info:
            await cal.me.get()
    assert isinstance(info.value, AuthenticationError) and info.value.status_code == 498
    assert info.value.code == "TokenExpiredException" and TOKEN not in str(info.value)
    assert len(calls.requests) == 1  # 498 is not retried blindly


async def test_498_calls_the_refresh_callback_once_then_resends_with_the_new_token() -> None:
    calls = Recorder(_expired_unless(FRESH))
    refreshed: list[int] = []

    async def refresh() -> str:
        refreshed.append(1)
        await asyncio.sleep(0.01)  # concurrent requests pile up behind the lock
        return FRESH

    async with client(calls, api_key=None, access_token=TOKEN, refresh_access_token=refresh) as cal:
        mes = await asyncio.gather(*(cal.me.get() for _ in range(5)))
        assert [me.username for me in mes] == ["grace"] * 5
        await cal.with_options(timeout=5).me.get()  # copies share the refreshed token
    assert refreshed == [1]
    sent = calls.auth
    assert sent.count(f"Bearer {TOKEN}") == 5 and sent.count(f"Bearer {FRESH}") == 6


async def test_still_498_after_refresh_is_token_expired_error_and_refreshes_once() -> None:
    calls = Recorder(_expired_unless("never"))
    refreshed: list[int] = []

    async def refresh() -> str:
        refreshed.append(1)
        return FRESH

    async with client(calls, api_key=None, access_token=TOKEN, refresh_access_token=refresh) as cal:
        with pytest.raises(TokenExpiredError):
            await cal.me.get()
    assert refreshed == [1] and calls.auth == [f"Bearer {TOKEN}", f"Bearer {FRESH}"]


async def test_a_failing_or_bad_refresh_is_a_calcom_error() -> None:
    async def broken() -> str:
        raise ValueError(f"identity provider down for {TOKEN}")

    async def bad() -> str:
        return "cal_live_thisIsAKeyNotAToken"

    calls = Recorder(_expired_unless(FRESH))
    async with client(calls, api_key=None, access_token=TOKEN, refresh_access_token=broken) as cal:
        with pytest.raises(CalcomError, match="refresh_access_token failed") as info:
            await cal.me.get()
    assert isinstance(info.value.__cause__, ValueError)
    async with client(calls, api_key=None, access_token=TOKEN, refresh_access_token=bad) as cal:
        with pytest.raises(ConfigurationError, match="refresh_access_token"):
            await cal.me.get()
