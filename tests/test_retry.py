"""Pure retry helpers (waits, backoff, idempotency), RetryPolicy and per-call RequestOptions."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import anyio
import httpx
import pytest

from calcom_async._errors import CalcomValueError, ConfigurationError
from calcom_async._options import RequestOptions, current_request_options, request_options
from calcom_async._retry import (
    RetryPolicy,
    backoff,
    is_idempotent,
    is_retryable_5xx,
    never_sent,
    parse_retry_after,
    rate_limit_wait,
)

NOW = datetime(2030, 5, 17, 12, 0, 0, tzinfo=timezone.utc)


# --- Retry-After -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("7", 7.0),
        (" 120 ", 120.0),
        ("1.5", 1.5),
        ("-3", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_retry_after_seconds(value: str, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_parse_retry_after_http_date() -> None:
    later = format_datetime(NOW + timedelta(seconds=42), usegmt=True)
    assert parse_retry_after(later, NOW) == 42.0
    earlier = format_datetime(NOW - timedelta(seconds=42), usegmt=True)
    assert parse_retry_after(earlier, NOW) == 0.0


def test_parse_retry_after_naive_now_is_utc() -> None:
    later = format_datetime(NOW + timedelta(seconds=5), usegmt=True)
    assert parse_retry_after(later, NOW.replace(tzinfo=None)) == 5.0


# --- rate_limit_wait -------------------------------------------------------------------------


def test_retry_after_wins_over_ratelimit_headers() -> None:
    headers = {
        "Retry-After": "3",
        "X-RateLimit-Remaining-default": "0",
        "X-RateLimit-Reset-default": "50",
    }
    assert rate_limit_wait(headers, NOW) == 3.0


def test_retry_after_http_date_via_headers() -> None:
    when = format_datetime(NOW + timedelta(seconds=9), usegmt=True)
    assert rate_limit_wait(httpx.Headers({"retry-after": when}), NOW) == 9.0


def test_largest_reset_among_exhausted_limits_only() -> None:
    headers = httpx.Headers(
        {
            "X-RateLimit-Limit-short": "10",
            "X-RateLimit-Remaining-short": "0",
            "X-RateLimit-Reset-short": "4",
            "X-RateLimit-Limit-long": "1000",
            "X-RateLimit-Remaining-long": "0",
            "X-RateLimit-Reset-long": "30",
            # Not exhausted: its (larger) reset must not count.
            "X-RateLimit-Limit-default": "120",
            "X-RateLimit-Remaining-default": "5",
            "X-RateLimit-Reset-default": "59",
        }
    )
    assert rate_limit_wait(headers, NOW) == 30.0


def test_single_default_limit_case_insensitive() -> None:
    headers = {"x-ratelimit-remaining-DEFAULT": "0", "X-RATELIMIT-RESET-default": "12"}
    assert rate_limit_wait(headers, NOW) == 12.0


def test_unsuffixed_headers_count_as_a_limit() -> None:
    assert rate_limit_wait({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "6"}, NOW) == 6.0


def test_epoch_reset_is_converted() -> None:
    reset = str(int(NOW.timestamp()) + 20)
    headers = {"X-RateLimit-Remaining-default": "0", "X-RateLimit-Reset-default": reset}
    assert rate_limit_wait(headers, NOW) == 20.0


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-RateLimit-Remaining-default": "3", "X-RateLimit-Reset-default": "40"},
        {"X-RateLimit-Remaining-default": "0"},  # no reset for it
        {"X-RateLimit-Remaining-default": "0", "X-RateLimit-Reset-default": "later"},
        {"X-RateLimit-Remaining-a": "0", "X-RateLimit-Reset-b": "40"},  # names must match
        {"Retry-After": "garbage"},
    ],
)
def test_no_usable_figure(headers: dict[str, str]) -> None:
    assert rate_limit_wait(headers, NOW) is None


def test_garbled_retry_after_falls_back_to_ratelimit_headers() -> None:
    headers = {
        "Retry-After": "garbage",
        "X-RateLimit-Remaining-default": "0",
        "X-RateLimit-Reset-default": "8",
    }
    assert rate_limit_wait(headers, NOW) == 8.0


# --- backoff ---------------------------------------------------------------------------------


def test_backoff_full_jitter_within_exponential_ceiling() -> None:
    rng = random.Random(1234)
    for retry, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (6, 8.0), (50, 8.0)]:
        samples = [backoff(retry, rng, initial=0.5, maximum=8.0) for _ in range(300)]
        assert all(0.0 <= s <= ceiling for s in samples)
        # Full jitter: the samples spread over the whole window, not just its top.
        assert min(samples) < ceiling * 0.1
        assert max(samples) > ceiling * 0.9


def test_backoff_is_reproducible_with_a_seed() -> None:
    a = [backoff(n, random.Random(7)) for n in range(1, 6)]
    b = [backoff(n, random.Random(7)) for n in range(1, 6)]
    assert a == b


def test_backoff_huge_retry_number_does_not_overflow() -> None:
    assert 0.0 <= backoff(10_000, random.Random(0)) <= 8.0


def test_backoff_rejects_retry_zero() -> None:
    with pytest.raises(ValueError):
        backoff(0)


def test_policy_backoff_uses_its_curve() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=3.0)
    rng = random.Random(0)
    assert all(0.0 <= policy.backoff(n, rng) <= 3.0 for n in range(1, 20))
    assert RetryPolicy(initial_backoff=0, max_backoff=0).backoff(3) == 0.0


# --- classification --------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "get", "HEAD", "OPTIONS", "PUT", "DELETE"])
def test_idempotent(method: str) -> None:
    assert is_idempotent(method)


@pytest.mark.parametrize("method", ["POST", "PATCH", "post", "CONNECT"])
def test_not_idempotent(method: str) -> None:
    assert not is_idempotent(method)


def test_retryable_5xx() -> None:
    assert all(is_retryable_5xx(s) for s in (500, 502, 503, 504, 520, 599))
    assert not any(is_retryable_5xx(s) for s in (200, 404, 429, 501, 505, 600))


def test_never_sent() -> None:
    assert never_sent(httpx.ConnectError("refused"))
    assert never_sent(httpx.ConnectTimeout("slow"))
    assert never_sent(httpx.PoolTimeout("busy"))
    for exc in (
        httpx.ReadTimeout("x"),
        httpx.WriteTimeout("x"),
        httpx.ReadError("x"),
        httpx.WriteError("x"),
        httpx.RemoteProtocolError("x"),
        RuntimeError("x"),
    ):
        assert not never_sent(exc)


# --- RetryPolicy -----------------------------------------------------------------------------


def test_policy_defaults() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_backoff, policy.max_backoff) == (3, 0.5, 8.0)
    assert policy.max_rate_limit_wait == 60.0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"max_retries": True},
        {"initial_backoff": -0.1},
        {"max_backoff": float("inf")},
        {"max_rate_limit_wait": -1},
        {"initial_backoff": 4.0, "max_backoff": 2.0},
    ],
)
def test_policy_validation(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_policy_is_frozen() -> None:
    with pytest.raises(AttributeError):
        RetryPolicy().max_retries = 5  # type: ignore[misc]


# --- RequestOptions / request_options --------------------------------------------------------


def test_request_options_default_is_unset() -> None:
    assert current_request_options() == RequestOptions(timeout=None, max_retries=None)


def test_request_options_sets_and_resets() -> None:
    with request_options(timeout=5, max_retries=0) as opts:
        assert current_request_options() is opts
        assert opts == RequestOptions(timeout=5, max_retries=0)
    assert current_request_options() == RequestOptions()


def test_request_options_reset_on_error() -> None:
    with pytest.raises(KeyError), request_options(max_retries=1):
        raise KeyError("boom")
    assert current_request_options() == RequestOptions()


def test_nested_blocks_override_only_what_they_set() -> None:
    with request_options(timeout=5, max_retries=1):
        with request_options(max_retries=4):
            assert current_request_options() == RequestOptions(timeout=5, max_retries=4)
        assert current_request_options() == RequestOptions(timeout=5, max_retries=1)


def test_timeout_extension() -> None:
    assert RequestOptions().timeout_extension() is None
    assert RequestOptions(timeout=2.5).timeout_extension() == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }
    custom = httpx.Timeout(10.0, connect=1.0)
    assert RequestOptions(timeout=custom).timeout_extension() == custom.as_dict()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": 0},
        {"timeout": -1},
        {"timeout": float("nan")},
        {"timeout": float("inf")},
        {"timeout": "5"},
        {"timeout": True},
        {"max_retries": -1},
        {"max_retries": 2.0},
        {"max_retries": False},
    ],
)
def test_request_options_validation(kwargs: dict[str, object]) -> None:
    with pytest.raises(CalcomValueError), request_options(**kwargs):  # type: ignore[arg-type]
        pass
    with pytest.raises(ValueError):  # CalcomValueError is a ValueError too
        RequestOptions(**kwargs)  # type: ignore[arg-type]


async def test_request_options_are_per_task() -> None:
    """Concurrent tasks with different options never see each other's values across awaits."""
    seen: dict[str, int | None] = {}

    async def worker(name: str, retries: int, delay: float) -> None:
        with request_options(max_retries=retries):
            await anyio.sleep(delay)
            seen[name] = current_request_options().max_retries

    async def bystander() -> None:
        await anyio.sleep(0.01)
        seen["bystander"] = current_request_options().max_retries

    async with anyio.create_task_group() as tg:
        tg.start_soon(worker, "a", 1, 0.02)
        tg.start_soon(worker, "b", 5, 0.0)
        tg.start_soon(bystander)
    assert seen == {"a": 1, "b": 5, "bystander": None}
