"""``AsyncCalcom(max_in_flight=...)``: requests beyond the cap wait outside the pool."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import httpx
import pytest

from calcom_async import AsyncCalcom, NotFoundError

KEY = "cal_test_inflight_0123456789"
ME = {
    "status": "success",
    "data": {
        "id": 1,
        "email": "a@example.com",
        "username": "a",
        "timeZone": "UTC",
        "weekStart": "Monday",
        "timeFormat": 24,
        "defaultScheduleId": None,
        "organizationId": None,
    },
}


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize(("cap", "expected"), [(3, 3), (32, 20)])
def test_no_more_than_the_cap_are_in_flight(backend: str, cap: int, expected: int) -> None:
    """20 concurrent calls; the transport sees at most ``cap`` at once, counting each until its
    body has been read; every call completes."""
    now = peak = 0

    class Slow(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal now, peak
            now += 1
            peak = max(peak, now)
            await anyio.sleep(0.01)

            async def body() -> object:
                nonlocal now
                await anyio.sleep(0.01)  # still in flight while the body streams
                yield httpx.Response(200, json=ME).content
                now -= 1

            return httpx.Response(200, stream=_Stream(body()))

    class _Stream(httpx.AsyncByteStream):
        def __init__(self, gen: object) -> None:
            self._gen = gen

        async def __aiter__(self):  # type: ignore[no-untyped-def]
            async for chunk in self._gen:  # type: ignore[attr-defined]
                yield chunk

    async def main() -> int:
        async with AsyncCalcom(KEY, transport=Slow(), pacing=False, max_in_flight=cap) as cal:
            done = 0

            async def one() -> None:
                nonlocal done
                await cal.me.get()
                done += 1

            async with anyio.create_task_group() as tg:
                for _ in range(20):
                    tg.start_soon(one)
            return done

    assert anyio.run(main, backend=backend) == 20
    assert peak == expected


def test_responses_built_with_their_content_free_their_slot() -> None:
    """Mock transports answer with a response already read: its slot is free at once."""
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"status": "error"}))

    async def main() -> int:
        async with AsyncCalcom(KEY, transport=transport, pacing=False, max_in_flight=2) as cal:
            failures = 0
            for _ in range(5):
                with anyio.fail_after(5):
                    try:
                        await cal.me.get()
                    except NotFoundError:  # a leaked slot would hang instead (fail_after)
                        failures += 1
            return failures

    assert anyio.run(main) == 5


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_freed_slot_goes_to_the_first_waiter_not_a_newcomer(backend: str) -> None:
    """A free slot is taken without awaiting, but never ahead of a request already waiting:
    the slot a response frees goes to the waiter, and a request arriving just then queues."""
    from calcom_async._inflight import InFlightLimit

    order: list[str] = []
    gates: dict[str, anyio.Event] = {}

    class Gated(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            name = request.url.path.strip("/")
            order.append(name)
            await gates[name].wait()
            return httpx.Response(200, content=b"{}")

    async def main() -> None:
        limit = InFlightLimit(Gated(), 1)
        for name in "abc":
            gates[name] = anyio.Event()

        async def send(name: str) -> None:
            await limit.handle_async_request(httpx.Request("GET", f"http://x/{name}"))

        async with anyio.create_task_group() as tg:
            tg.start_soon(send, "a")
            for _ in range(5):
                await anyio.lowlevel.checkpoint()
            tg.start_soon(send, "b")  # waits for a's slot
            for _ in range(5):
                await anyio.lowlevel.checkpoint()
            gates["a"].set()
            await anyio.lowlevel.checkpoint()
            tg.start_soon(send, "c")  # arrives while the freed slot is on its way to b
            for name in "bc":
                gates[name].set()
        assert order == ["a", "b", "c"]

    anyio.run(main, backend=backend)
