"""Exactly-once bulk booking on a round-robin team event type with two hosts, in FakeCalcom.

On such an event type Cal.com accepts a second booking of the same attendee and slot -- it gives
it to the other host -- so nothing but the SDK stands between an uncertain create and a
duplicate. Two ways of booking twice are reproduced here, each run and then re-run from the
journal, and the fake's state must always hold exactly one active booking per request:

* **late commit**: the client gives up on a create (timeout 0.5 s) that the server still commits
  (1.5-2 s after it was sent). The fake's latency fault delays the create; a wrapping transport
  plays the client that stops waiting (``httpx.ReadTimeout``) while the request runs on, because
  over real sockets the fake would drop a request whose client disconnected instead of
  committing it;
* **applied but unparsed**: the create is committed and answered 2xx, but the answer is one the
  SDK cannot use (200 instead of 201, an unknown status, a missing field, a body that is not
  JSON).
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import anyio
import anyio.abc
import anyio.lowlevel
import httpx
import pytest

from calcom_async import AsyncCalcom, Attendee
from calcom_async.bulk import BULK_MARKER_KEY, BookingOutcome, BookingRequest
from calcom_async.testing import FakeCalcom, Faults

KEY = "cal_test_exactlyonce_0123456789abcdef"
KEY2 = "cal_test_exactlyonce_second_host_012"
BASE = datetime(2031, 3, 3, 9, 0, tzinfo=timezone.utc)  # a Monday
CREATE = "POST /v2/bookings"


def round_robin(fake: FakeCalcom) -> int:
    """Both users free around the clock; a round-robin team event type over both."""
    for user in fake.users:
        fake.state.add_schedule(
            user.id,
            time_zone="UTC",
            availability=[
                {
                    "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
                    "startTime": "00:00",
                    "endTime": "23:59",
                }
            ],
        )
    et = fake.state.add_team_event_type(
        fake.team.id, title="Support", length_in_minutes=20, scheduling_type="roundRobin"
    )
    assert len(et.hosts) == 2
    return et.id


def requests_for(event_type_id: int, n: int = 3) -> list[BookingRequest]:
    return [
        BookingRequest(
            event_type_id=event_type_id,
            start=BASE + timedelta(minutes=20 * i),
            attendee=Attendee(name=f"Guest {i}", email=f"guest{i}@example.com"),
            metadata={"row": str(i)},
        )
        for i in range(n)
    ]


def active_per_request(fake: FakeCalcom, requests: list[BookingRequest]) -> list[list[str]]:
    """For each request, the uids of the active bookings of its attendee at its start."""
    found: list[list[str]] = [[] for _ in requests]
    for booking in fake.state.bookings.values():
        if booking.status in ("cancelled", "rejected"):
            continue
        for i, request in enumerate(requests):
            emails = {a.email.lower() for a in booking.attendees}
            if booking.start == request.start and request.attendee.email in emails:
                found[i].append(booking.uid)
    return found


def assert_exactly_once(
    fake: FakeCalcom, requests: list[BookingRequest], outcomes: list[BookingOutcome]
) -> None:
    per_request = active_per_request(fake, requests)
    assert [len(uids) for uids in per_request] == [1] * len(requests), per_request
    assert [o.uid for o in outcomes] == [uids[0] for uids in per_request]
    for uids, request in zip(per_request, requests, strict=True):
        booking = fake.state.get_booking(uids[0])
        assert booking is not None and booking.metadata[BULK_MARKER_KEY] == request.key
    assert fake.stats.internal_errors == []


# Pacing off: a first request that never gets its answer would otherwise make the pacer hold
# the others for its first-response wait, which is the pacer's business, not this file's.
CLIENT: dict[str, Any] = {"timeout": 0.5, "pacing": False}


def is_create(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path == "/v2/bookings"


@contextlib.asynccontextmanager
async def server_side() -> AsyncIterator[anyio.abc.TaskGroup]:
    """Where requests the client gave up on keep running (cancelled at the end)."""
    async with anyio.create_task_group() as tg:
        yield tg
        tg.cancel_scope.cancel()


# --------------------------------------------------------------------------------------------
# The premise: a blind re-send really books twice here
# --------------------------------------------------------------------------------------------


async def test_round_robin_accepts_the_same_booking_twice_with_another_host() -> None:
    fake = FakeCalcom(api_keys=[KEY, KEY2])
    [request] = requests_for(round_robin(fake), 1)
    async with AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=fake.transport()) as cal:
        first = await cal.bookings.create(**request.create_kwargs())
        second = await cal.bookings.create(**request.create_kwargs())
    assert first.uid != second.uid
    hosts = [fake.state.get_booking(b.uid).host_ids for b in (first, second)]  # type: ignore[union-attr]
    assert hosts[0] != hosts[1]
    assert [len(uids) for uids in active_per_request(fake, [request])] == [2]


# --------------------------------------------------------------------------------------------
# Late commit
# --------------------------------------------------------------------------------------------


class ClientGivesUp(httpx.AsyncBaseTransport):
    """The first booking create is delayed ``commit_after`` seconds by the fake's latency fault;
    the client stops waiting after ``timeout`` seconds (``httpx.ReadTimeout``) while the request
    carries on in ``background`` and commits."""

    def __init__(
        self,
        fake: FakeCalcom,
        background: anyio.abc.TaskGroup,
        *,
        timeout: float,
        commit_after: float,
    ) -> None:
        self.fake = fake
        self.inner = fake.transport()
        self.background = background
        self.timeout = timeout
        self.commit_after = commit_after
        self.used = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.used or not is_create(request):
            return await self.inner.handle_async_request(request)
        self.used = True
        drawn = self.fake.stats.faults["latency"]
        self.fake.faults = Faults(latency=(self.commit_after, self.commit_after))

        async def carry_on() -> None:
            response = await self.inner.handle_async_request(request)
            await response.aread()

        self.background.start_soon(carry_on)
        with anyio.fail_after(5):
            # The fake draws its faults first thing: then it is safe to disarm them.
            while self.fake.stats.faults["latency"] == drawn:
                await anyio.lowlevel.checkpoint()
        self.fake.faults = None  # later requests (lookups, retries) are not delayed
        await anyio.sleep(self.timeout)
        raise httpx.ReadTimeout("timed out waiting for the response (emulated)", request=request)


async def test_late_commit_is_waited_out_then_adopted(tmp_path: Path) -> None:
    fake = FakeCalcom(api_keys=[KEY, KEY2])
    requests = requests_for(round_robin(fake))
    journal = tmp_path / "run.jsonl"
    transport = functools.partial(ClientGivesUp, fake, timeout=0.5, commit_after=1.5)
    async with (
        server_side() as background,
        AsyncCalcom(
            KEY, base_url="http://127.0.0.1", transport=transport(background), **CLIENT
        ) as cal,
    ):
        # Default settle delay: 2 x 0.5 s + 1 s, so the lookup runs after the late commit.
        outcomes = await cal.bookings.create_many(requests, journal=journal)
        assert cal.stats.ambiguous == 1
        assert [o.status for o in outcomes] == ["booked"] * 3, outcomes
        assert [o.attempts for o in outcomes] == [1, 1, 1]  # nothing was sent twice
        assert fake.stats.routes[CREATE] == 3
        assert_exactly_once(fake, requests, outcomes)

        rerun = await cal.bookings.create_many(requests, journal=journal)
    assert [o.status for o in rerun] == ["already_done"] * 3
    assert [o.uid for o in rerun] == [o.uid for o in outcomes]
    assert fake.stats.routes[CREATE] == 3
    assert_exactly_once(fake, requests, rerun)


async def test_late_commit_after_the_lookup_is_swept_and_cancelled(tmp_path: Path) -> None:
    # settle_delay too short for this server: the lookup (1.5 s) misses the commit (2 s), the
    # re-sent create is given to the other host, and the sweep one settle delay later finds two
    # bookings with our marker and cancels the late one.
    fake = FakeCalcom(api_keys=[KEY, KEY2])
    requests = requests_for(round_robin(fake), 1)
    journal = tmp_path / "run.jsonl"
    transport = functools.partial(ClientGivesUp, fake, timeout=0.5, commit_after=2.0)
    async with (
        server_side() as background,
        AsyncCalcom(
            KEY, base_url="http://127.0.0.1", transport=transport(background), **CLIENT
        ) as cal,
    ):
        [outcome] = await cal.bookings.create_many(requests, journal=journal, settle_delay=1.0)
        assert outcome.status == "booked" and outcome.attempts == 2
        assert len(outcome.cancelled_duplicates) == 1
        late = fake.state.get_booking(outcome.cancelled_duplicates[0])
        kept = fake.state.get_booking(outcome.uid or "")
        assert late is not None and late.status == "cancelled"
        assert kept is not None and kept.host_ids != late.host_ids  # it was a real duplicate
        assert fake.stats.routes[CREATE] == 2
        assert_exactly_once(fake, requests, [outcome])

        [again] = await cal.bookings.create_many(requests, journal=journal, settle_delay=1.0)
    assert again.status == "already_done" and again.uid == outcome.uid
    assert fake.stats.routes[CREATE] == 2
    assert_exactly_once(fake, requests, [again])


async def test_rerun_of_an_interrupted_run_waits_out_a_late_commit(tmp_path: Path) -> None:
    # The run is cancelled while its create is still running on the server; the re-run starts
    # at once, finds the journal's fresh in_flight record and waits out the settle delay before
    # looking, instead of finding nothing yet and booking again.
    fake = FakeCalcom(api_keys=[KEY, KEY2])
    requests = requests_for(round_robin(fake), 1)
    journal = tmp_path / "run.jsonl"
    transport = functools.partial(ClientGivesUp, fake, timeout=0.5, commit_after=1.5)
    async with (
        server_side() as background,
        AsyncCalcom(
            KEY, base_url="http://127.0.0.1", transport=transport(background), **CLIENT
        ) as cal,
    ):
        with anyio.move_on_after(0.2):  # Ctrl-C while the create is outstanding
            await cal.bookings.create_many(requests, journal=journal)
        states = [json.loads(line)["state"] for line in journal.read_text().splitlines()]
        assert states == ["in_flight"]
        [outcome] = await cal.bookings.create_many(requests, journal=journal)
    assert outcome.status == "already_done" and outcome.attempts == 0
    assert fake.stats.routes[CREATE] == 1
    assert_exactly_once(fake, requests, [outcome])


# --------------------------------------------------------------------------------------------
# Applied, answered 2xx, but unusable
# --------------------------------------------------------------------------------------------


def _drop_uid(body: dict[str, Any]) -> bytes:
    del body["data"]["uid"]
    return json.dumps(body).encode()


MANGLERS: dict[str, tuple[int, Any]] = {
    "200 instead of 201": (200, lambda body: json.dumps(body).encode()),
    "unknown status 299": (299, lambda body: json.dumps(body).encode()),
    "data without uid": (201, _drop_uid),
    "body not JSON": (201, lambda body: b"<html>Booked!</html>"),
    "data is null": (201, lambda body: json.dumps({**body, "data": None}).encode()),
}


class UnusableAnswer(httpx.AsyncBaseTransport):
    """Lets the first booking create reach the fake (so it is committed), then answers it with
    a mangled 2xx response instead of the real one."""

    def __init__(self, fake: FakeCalcom, status: int, mangle: Any) -> None:
        self.inner = fake.transport()
        self.status = status
        self.mangle = mangle
        self.used = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self.used or not is_create(request):
            return response
        self.used = True
        body = json.loads(await response.aread())
        assert response.status_code == 201, body  # really committed
        return httpx.Response(
            self.status,
            headers={"content-type": "application/json"},
            content=self.mangle(body),
            request=request,
        )


@pytest.mark.parametrize("case", list(MANGLERS))
async def test_applied_but_unparsed_create_is_reconciled_not_failed(
    tmp_path: Path, case: str
) -> None:
    fake = FakeCalcom(api_keys=[KEY, KEY2])
    requests = requests_for(round_robin(fake))
    journal = tmp_path / "run.jsonl"
    transport = UnusableAnswer(fake, *MANGLERS[case])
    async with AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=transport) as cal:
        outcomes = await cal.bookings.create_many(requests, journal=journal)
        # A 2xx answer means the request is over: the lookup need not wait out a settle delay
        # (the default here would be 61 s), so this test finishing at all shows it did not.
        assert [o.status for o in outcomes] == ["booked"] * 3, outcomes
        assert [o.attempts for o in outcomes] == [1, 1, 1]
        assert fake.stats.routes[CREATE] == 3
        assert_exactly_once(fake, requests, outcomes)

        rerun = await cal.bookings.create_many(requests, journal=journal)
    assert [o.status for o in rerun] == ["already_done"] * 3
    assert fake.stats.routes[CREATE] == 3
    assert_exactly_once(fake, requests, rerun)
