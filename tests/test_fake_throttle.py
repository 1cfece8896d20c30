"""FakeCalcom's throttler: Cal.com's windows, blocks, named limits and endpoint throttles.

Everything runs on a virtual clock (:class:`FakeClock`, moved by hand). The pacer against this
throttler: ``tests/test_pacing_ceiling.py``.
"""

from __future__ import annotations

from datetime import datetime, timezone

import httpx
import pytest

from calcom_async.testing import FakeCalcom, FakeClock, RateLimit
from calcom_async.testing._routing import Area, Ctx, Reply, ok
from calcom_async.testing._throttle import GUESTS_ADD_LIMIT as GUESTS

UTC = timezone.utc
KEY = "cal_test_alpha"
KEY2 = "cal_test_beta"
T0 = datetime(2050, 9, 1, 12, 0, tzinfo=UTC)


def limits(r: httpx.Response) -> dict[str, tuple[int, int, int]]:
    """``{Name: (limit, remaining, reset)}`` from the raw (case-preserved) header names."""
    out: dict[str, list[int]] = {}
    for raw_name, raw_value in r.headers.raw:
        name = raw_name.decode()
        for i, field in enumerate(("Limit", "Remaining", "Reset")):
            prefix = f"X-RateLimit-{field}-"
            if name.startswith(prefix):
                out.setdefault(name[len(prefix) :], [0, 0, 0])[i] = int(raw_value)
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


async def test_window_headers_and_a_block_that_outlasts_the_window(clock: FakeClock) -> None:
    fake = FakeCalcom(
        api_keys=[KEY, KEY2], rate_limit=RateLimit(3, ttl=10, block_duration=60), clock=clock
    )
    async with fake.client(KEY) as c, fake.client(KEY2) as c2:
        seen = [limits(await c.get("/v2/me")) for _ in range(3)]
        assert seen == [{"Default": (3, 2, 10)}, {"Default": (3, 1, 10)}, {"Default": (3, 0, 10)}]
        r = await c.get("/v2/me")
        assert r.status_code == 429
        assert r.json()["error"]["code"] == "ThrottlerException"
        assert limits(r) == {"Default": (3, 0, 60)}  # Reset counts down to the end of the block
        assert "retry-after" not in r.headers
        assert (await c2.get("/v2/me")).status_code == 200  # callers are counted separately
        clock.advance(30)  # the window is long gone, the block is not
        r = await c.get("/v2/me")
        assert r.status_code == 429 and limits(r) == {"Default": (3, 0, 30)}
        clock.advance(29.5)
        r = await c.get("/v2/me")
        assert r.status_code == 429 and limits(r) == {"Default": (3, 0, 1)}  # rounded up
        clock.advance(0.5)
        r = await c.get("/v2/me")
        # The refused hit at t=30 opened a window (until t=40); the one at t=59.5 another one.
        assert r.status_code == 200 and limits(r) == {"Default": (3, 1, 10)}
    assert fake.stats.rate_limited == 3
    assert fake.stats.blocks == 1


async def test_hammering_through_a_block_blocks_again(clock: FakeClock) -> None:
    fake = FakeCalcom(
        api_keys=[KEY], rate_limit=RateLimit(2, ttl=60, block_duration=30), clock=clock
    )
    async with fake.client(KEY) as c:
        statuses = [(await c.get("/v2/me")).status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        clock.advance(20)
        for _ in range(5):  # refused, but counted in the window (which lasts until t=60)
            assert (await c.get("/v2/me")).status_code == 429
        clock.advance(10)  # the block is over, the window holds 9 hits > 2: blocked again
        r = await c.get("/v2/me")
        assert r.status_code == 429 and limits(r) == {"Default": (2, 0, 30)}
        clock.advance(30)
        assert (await c.get("/v2/me")).status_code == 200
    assert fake.stats.blocks == 2
    assert fake.stats.rate_limited == 7


async def test_a_key_is_refused_only_when_every_named_limit_is_blocked(clock: FakeClock) -> None:
    short = RateLimit(2, ttl=10, block_duration=10, name="short")
    long = RateLimit(5, ttl=100, block_duration=100, name="long")
    fake = FakeCalcom(api_keys=[KEY, KEY2], rate_limit=(50, 60), clock=clock)
    fake.throttler.set_key_limits(KEY, [short, long])
    async with fake.client(KEY) as c, fake.client(KEY2) as c2:
        rows = []
        for _ in range(6):
            r = await c.get("/v2/me")
            rows.append((r.status_code, limits(r)))
        assert [status for status, _ in rows] == [200, 200, 200, 200, 200, 429]
        assert rows[1][1] == {"Short": (2, 0, 10), "Long": (5, 3, 100)}
        # Short is blocked from the third request on, but long still admits it.
        assert rows[2][1] == {"Short": (2, 0, 10), "Long": (5, 2, 100)}
        assert rows[5][1] == {"Short": (2, 0, 10), "Long": (5, 0, 100)}
        clock.advance(10)  # short's block ends; long stays blocked: admitted again
        r = await c.get("/v2/me")
        assert r.status_code == 200
        assert limits(r) == {"Short": (2, 1, 10), "Long": (5, 0, 90)}
        assert limits(await c2.get("/v2/me")) == {"Default": (50, 49, 60)}  # others: the default
    assert fake.stats.blocks == 2
    fake.throttler.set_key_limits(KEY, None)
    async with fake.client(KEY) as c:
        assert set(limits(await c.get("/v2/me"))) == {"Default"}


def _guests_area() -> Area:
    area = Area("test-guests", version=None)

    @area.route("POST", "/v2/test/{bookingUid}/guests", throttle=GUESTS)
    def add_guests(ctx: Ctx) -> Reply:
        return ok({"uid": ctx.params["bookingUid"]})

    return area


async def test_an_endpoint_throttle_replaces_the_key_limits_on_its_route(clock: FakeClock) -> None:
    fake = FakeCalcom(api_keys=[KEY], rate_limit=RateLimit(100), clock=clock)
    fake.add_area(_guests_area())
    async with fake.client(KEY) as c:
        assert limits(await c.get("/v2/me")) == {"Default": (100, 99, 60)}
        for remaining in (4, 3, 2, 1, 0):
            r = await c.post("/v2/test/abc/guests")
            assert r.status_code == 200 and r.json()["data"] == {"uid": "abc"}
            assert limits(r) == {"Booking_guests_add": (5, remaining, 60)}
        r = await c.post("/v2/test/abc/guests")
        assert r.status_code == 429 and limits(r) == {"Booking_guests_add": (5, 0, 60)}
        # The key's own budget was not touched by the endpoint's requests, nor blocked by them.
        assert limits(await c.get("/v2/me")) == {"Default": (100, 98, 60)}
        clock.advance(60)
        assert (await c.post("/v2/test/xyz/guests")).status_code == 200
    with pytest.raises(ValueError, match="registered twice"):
        fake.add_area(_guests_area())


async def test_callers_are_tracked_like_calcom(clock: FakeClock) -> None:
    fake = FakeCalcom(api_keys=[KEY], rate_limit=RateLimit(10), clock=clock)
    async with fake.client() as c:
        r = await c.get("/v2/me", headers={"Authorization": "Bearer some-access-token"})
        assert r.status_code == 401 and limits(r) == {"Default": (500, 499, 60)}
        r = await c.get("/v2/me", headers={"x-cal-client-id": "client-1"})
        assert r.status_code == 401 and limits(r) == {"Default": (500, 499, 60)}
        r = await c.get("/v2/me")  # no credentials: counted by client address
        assert r.status_code == 401 and limits(r) == {"Default": (120, 119, 60)}
        r = await c.get("/v2/me", headers={"Authorization": "Bearer cal_test_unknown"})
        assert r.status_code == 401 and limits(r) == {}  # unknown key: refused before counting
        r = await c.get("/v2/nothing-here", headers={"Authorization": f"Bearer {KEY}"})
        assert r.status_code == 404 and limits(r) == {}  # no route, no guard
    assert fake.stats.blocks == 0


async def test_shorthand_configuration_and_switching_off(clock: FakeClock) -> None:
    fake = FakeCalcom(api_keys=[KEY], rate_limit=(2, 5.0), clock=clock)
    async with fake.client(KEY) as c:
        codes = [(await c.get("/v2/me")).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        clock.advance(4)  # shorthand: the block is as long as the window
        assert limits(await c.get("/v2/me")) == {"Default": (2, 0, 1)}
        clock.advance(1)
        assert (await c.get("/v2/me")).status_code == 200
        fake.rate_limit = None
        r = await c.get("/v2/me")
        assert r.status_code == 200 and limits(r) == {}


def test_rate_limit_validation() -> None:
    assert RateLimit() == RateLimit(120, ttl=60, block_duration=60, name="default")
    assert RateLimit(name="perMinute").header_name == "PerMinute"
    for bad in (
        {"limit": 0},
        {"ttl": 0},
        {"block_duration": -1},
        {"name": "has space"},
        {"name": ""},
    ):
        with pytest.raises(ValueError):
            RateLimit(**bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        FakeCalcom(rate_limit=(0, 60))
    with pytest.raises(ValueError, match="distinct"):
        FakeCalcom(rate_limit=[RateLimit(1), RateLimit(2)])
    with pytest.raises(TypeError):
        FakeCalcom(rate_limit=["120/60"])  # type: ignore[list-item]
