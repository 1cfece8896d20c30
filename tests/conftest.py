"""Shared fixtures for the facade's unit tests (respx-mocked, no network)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import respx

from calcom_async import AsyncCalcom

FACADE_API_KEY = "cal_test_facadeS3cretKey0123456789"
FACADE_BASE_URL = "https://api.cal.com"


@pytest.fixture
def sleeps() -> list[float]:
    """The delays the client's retrying transport asked to sleep (recorded, not slept)."""
    return []


@pytest.fixture
async def cal(sleeps: list[float]) -> AsyncIterator[AsyncCalcom]:
    """A real ``AsyncCalcom`` with pacing off and a recording, non-blocking sleep."""

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client = AsyncCalcom(api_key=FACADE_API_KEY, pacing=False)
    client._transport._sleep = fake_sleep
    try:
        yield client
    finally:
        await client.aclose()


@pytest.fixture
def mock_api() -> Iterator[respx.MockRouter]:
    """A respx router for ``https://api.cal.com``; unmatched requests fail the test."""
    with respx.mock(base_url=FACADE_BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """URL of a real redis-server on 127.0.0.1 (one per test session; see ``tests/_redis.py``)."""
    from _redis import redis_server

    with redis_server() as url:
        yield url
