"""Bulk booking under injected faults, through the real SDK and the fake Cal.com server.

``cal.bookings.create_many`` runs against ``FakeCalcom`` with 5xx errors, dropped connections and
*lost responses* (the booking is created, the response never arrives), over real loopback HTTP
and in-process. The fake's state is the ground truth: every request must end up booked exactly
once, never twice, however many runs it takes.

Where duplicates would be possible at all, the event type is a round-robin team event type with
two hosts: a blind re-send of a create whose response was lost would then *succeed* (the other
host is free) and leave a second booking, which the checks below would see. With a personal event
type the fake itself refuses the second booking of a slot, so only the outcome checks bite.

The kill/resume test runs the SDK in a child process (SIGKILLed mid-run, then run again with the
same journal) while the fake keeps serving from this process, so its state survives the kill.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import anyio
import pytest

from calcom_async import AsyncCalcom
from calcom_async.bulk import BookingOutcome, BookingRequest, summarize
from calcom_async.testing import FakeCalcom, Faults

KEY = "cal_test_bulkfaults_0123456789abcdef"
KEY2 = "cal_test_bulkfaults_second_host_0123"
BASE = datetime(2031, 3, 3, 0, 0, tzinfo=timezone.utc)  # a Monday, far in the future
LENGTH = 10  # minutes: 144 slots a day, 1008 a week
EVERY_DAY = [
    {
        "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "startTime": "00:00",
        "endTime": "23:59",
    }
]
MAX_RUNS = 3
# The fake commits a "lost response" request before it drops the connection, so no request is
# still running when the SDK gives up: a short settle delay is enough (the default, derived from
# the 30 s timeout, is 61 s).
SETTLE = 0.05
REPO = Path(__file__).resolve().parents[1]


def seed(fake: FakeCalcom, *, team: bool) -> int:
    """Hosts available around the clock; a 10-minute event type. Returns its id.

    ``team``: a round-robin team event type over both users (a re-sent create could land on
    the other host, so a duplicate would really be stored); else a personal event type.
    """
    for user in fake.users:
        fake.state.add_schedule(user.id, time_zone="UTC", availability=EVERY_DAY)
    if team:
        event_type = fake.state.add_team_event_type(
            fake.team.id, title="Bulk RR", length_in_minutes=LENGTH, scheduling_type="roundRobin"
        )
    else:
        event_type = fake.state.add_event_type(
            fake.users[0].id, title="Bulk", length_in_minutes=LENGTH
        )
    return event_type.id


def slots(n: int) -> list[datetime]:
    return [BASE + timedelta(minutes=LENGTH * i) for i in range(n)]


def build_requests(event_type_id: int, starts: Sequence[datetime]) -> list[dict[str, Any]]:
    """One request per slot, each with its own attendee (same code as the child script)."""
    return [
        {
            "event_type_id": event_type_id,
            "start": start,
            "attendee": {"name": f"Person {i}", "email": f"person{i}@example.com"},
        }
        for i, start in enumerate(starts)
    ]


def booking_counts(
    fake: FakeCalcom, event_type_id: int, requests: Sequence[dict[str, Any]]
) -> tuple[list[int], int]:
    """Per request, how many non-cancelled bookings match it (email, event type, start); and
    how many non-cancelled bookings of the event type match no request at all."""
    index = {
        (r["attendee"]["email"].lower(), r["start"].astimezone(timezone.utc)): i
        for i, r in enumerate(requests)
    }
    counts = [0] * len(requests)
    extra = 0
    for booking in fake.state.bookings.values():
        if booking.event_type_id != event_type_id or booking.status in ("cancelled", "rejected"):
            continue
        emails = [a.email.lower() for a in booking.attendees if a.email]
        hits = [index[(e, booking.start)] for e in emails if (e, booking.start) in index]
        if len(hits) == 1:
            counts[hits[0]] += 1
        else:
            extra += 1
    return counts, extra


def assert_no_duplicates(
    fake: FakeCalcom, event_type_id: int, requests: Sequence[dict[str, Any]]
) -> int:
    """Never more than one booking per request, never a stray booking; returns how many exist."""
    counts, extra = booking_counts(fake, event_type_id, requests)
    duplicated = [i for i, c in enumerate(counts) if c > 1]
    assert not duplicated, f"requests booked more than once: {duplicated[:20]}"
    assert extra == 0, f"{extra} bookings match no request"
    return sum(counts)


def assert_outcomes_match_state(
    fake: FakeCalcom, outcomes: Sequence[BookingOutcome], requests: Sequence[dict[str, Any]]
) -> None:
    """Each ok outcome names a live booking of exactly that request."""
    assert len(outcomes) == len(requests)
    for i, outcome in enumerate(outcomes):
        assert outcome.index == i
        if not outcome.ok:
            assert outcome.uid is None
            continue
        assert outcome.uid is not None
        booking = fake.state.get_booking(outcome.uid)
        assert booking is not None, f"outcome {i} names unknown uid {outcome.uid}"
        assert booking.status not in ("cancelled", "rejected")
        assert booking.start == requests[i]["start"]
        assert requests[i]["attendee"]["email"] in [a.email for a in booking.attendees]


async def book_until_done(
    cal: AsyncCalcom,
    fake: FakeCalcom,
    event_type_id: int,
    requests: list[dict[str, Any]],
    journal: Path,
    concurrency: int = 16,
) -> list[list[BookingOutcome]]:
    """Run create_many with one journal until every outcome is ok (at most MAX_RUNS runs),
    checking after every run that nothing was booked twice. Returns each run's outcomes."""
    runs: list[list[BookingOutcome]] = []
    for _ in range(MAX_RUNS):
        outcomes = await cal.bookings.create_many(
            requests, concurrency=concurrency, journal=journal, settle_delay=SETTLE
        )
        runs.append(outcomes)
        assert_no_duplicates(fake, event_type_id, requests)
        assert_outcomes_match_state(fake, outcomes, requests)
        failed = [o for o in outcomes if not o.ok]
        # Only failures that a re-run can resolve are acceptable: faults hit the lookups too.
        reasons = Counter(o.reason for o in failed)
        assert set(reasons) <= {"ambiguous_unresolved", "server_error", "connection"}, reasons
        if not failed:
            break
    summaries = [str(summarize(r)) for r in runs]
    assert all(o.ok for o in runs[-1]), f"not done after {MAX_RUNS} runs: {summaries}"
    # Journal at work: a re-run skips or adopts the first run's bookings instead of re-creating.
    for later in runs[1:]:
        assert summarize(later).already_done >= summarize(runs[0]).booked
    return runs


def assert_exactly_once(
    fake: FakeCalcom, event_type_id: int, requests: Sequence[dict[str, Any]]
) -> None:
    counts, extra = booking_counts(fake, event_type_id, requests)
    assert extra == 0
    assert Counter(counts) == Counter({1: len(requests)}), Counter(counts)
    assert fake.stats.internal_errors == []


def assert_faults_happened(fake: FakeCalcom) -> None:
    faults = fake.stats.faults
    assert faults["error"] > 0, faults
    assert faults["drop"] > 0, faults
    assert faults["lost_response"] > 0, faults


# --------------------------------------------------------------------------------------------
# create_many under faults: loopback HTTP and in-process
# --------------------------------------------------------------------------------------------

FAULTS = Faults(error_rate=0.1, drop_rate=0.05, lost_response_rate=0.05)


@pytest.mark.slow
async def test_create_many_500_over_http_with_faults_books_each_exactly_once(
    tmp_path: Path,
) -> None:
    fake = FakeCalcom(api_keys=[KEY, KEY2], rate_limit=(200, 1.0), faults=FAULTS, seed=20310303)
    event_type_id = seed(fake, team=True)
    requests = build_requests(event_type_id, slots(500))
    async with fake.serve() as base_url, AsyncCalcom(api_key=KEY, base_url=base_url) as cal:
        runs = await book_until_done(cal, fake, event_type_id, requests, tmp_path / "journal.jsonl")
        client_stats = cal.stats
    assert_exactly_once(fake, event_type_id, requests)
    assert_faults_happened(fake)
    # Lost responses surfaced as ambiguity in the SDK, and the engine resolved each by lookup.
    assert client_stats.ambiguous > 0
    assert fake.stats.routes["GET /v2/bookings"] > 0
    first = summarize(runs[0])
    assert first.booked + first.already_done + first.failed == 500


async def test_create_many_150_in_process_with_faults_books_each_exactly_once(
    tmp_path: Path,
) -> None:
    fake = FakeCalcom(api_keys=[KEY], rate_limit=(300, 1.0), faults=FAULTS, seed=7)
    event_type_id = seed(fake, team=False)
    requests = build_requests(event_type_id, slots(150))
    async with AsyncCalcom(
        api_key=KEY, base_url="http://127.0.0.1", transport=fake.transport()
    ) as cal:
        await book_until_done(cal, fake, event_type_id, requests, tmp_path / "journal.jsonl")
        assert cal.stats.ambiguous > 0
    assert_exactly_once(fake, event_type_id, requests)
    assert_faults_happened(fake)


# --------------------------------------------------------------------------------------------
# SIGKILL a child process mid-run, then resume from its journal
# --------------------------------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import json, sys
    from datetime import datetime

    import anyio

    from calcom_async import AsyncCalcom
    from calcom_async.bulk import summarize


    async def main() -> None:
        event_type_id = int(sys.argv[1])
        with open(sys.argv[2], encoding="utf-8") as f:
            starts = [datetime.fromisoformat(s) for s in json.load(f)]
        journal = sys.argv[3]
        requests = [
            {
                "event_type_id": event_type_id,
                "start": start,
                "attendee": {"name": f"Person {i}", "email": f"person{i}@example.com"},
            }
            for i, start in enumerate(starts)
        ]
        async with AsyncCalcom() as cal:  # CALCOM_API_KEY, CALCOM_BASE_URL
            outcomes = await cal.bookings.create_many(
                requests, concurrency=8, journal=journal, settle_delay=0.05
            )
        s = summarize(outcomes)
        print(json.dumps({
            "booked": s.booked,
            "already_done": s.already_done,
            "failed": s.failed,
            "reasons": dict(s.failed_by_reason),
        }), flush=True)


    anyio.run(main)
    """
)


@pytest.fixture
def child_script(tmp_path: Path) -> Path:
    path = tmp_path / "bulk_child.py"
    path.write_text(CHILD, encoding="utf-8")
    return path


class Child:
    """A child run of the script, output captured to files; always killed on exit."""

    def __init__(self, tmp_path: Path, script: Path, args: Sequence[str], env: dict[str, str]):
        self.n = len(list(tmp_path.glob("child-*.out")))
        self.out_path = tmp_path / f"child-{self.n}.out"
        self.err_path = tmp_path / f"child-{self.n}.err"
        self._out = self.out_path.open("wb")
        self._err = self.err_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(script), *args],
            stdout=self._out,
            stderr=self._err,
            env=env,
            cwd=REPO,
        )

    def output(self) -> str:
        return (
            f"child {self.n} rc={self.proc.returncode}\n"
            f"stdout:\n{self.out_path.read_text(errors='replace')}\n"
            f"stderr:\n{self.err_path.read_text(errors='replace')[-4000:]}"
        )

    async def wait(self) -> int:
        """Poll until the child exits (Popen offers no awaitable); the fake keeps serving."""
        while self.proc.poll() is None:  # noqa: ASYNC110 - nothing to await but the poll
            await anyio.sleep(0.02)
        return self.proc.returncode

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self._out.close()
        self._err.close()


@pytest.fixture
def children() -> Iterator[list[Child]]:
    started: list[Child] = []
    try:
        yield started
    finally:
        for child in started:
            child.kill()


def journal_states(journal: Path) -> dict[str, str]:
    states: dict[str, str] = {}
    for line in journal.read_bytes().split(b"\n")[:-1]:  # a torn last line is ignored
        if line.strip():
            record = json.loads(line)
            states[record["key"]] = record["state"]
    return states


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
async def test_sigkill_child_mid_run_then_resume_books_each_exactly_once(
    tmp_path: Path, child_script: Path, children: list[Child]
) -> None:
    n = 300
    fake = FakeCalcom(
        api_keys=[KEY, KEY2],
        rate_limit=(100, 1.0),
        faults=Faults(lost_response_rate=0.05, error_rate=0.02, latency=(0.0, 0.01)),
        seed=4242,
    )
    event_type_id = seed(fake, team=True)
    starts = slots(n)
    requests = build_requests(event_type_id, starts)
    slots_file = tmp_path / "slots.json"
    slots_file.write_text(json.dumps([s.isoformat() for s in starts]), encoding="utf-8")
    journal = tmp_path / "journal.jsonl"

    async with fake.serve() as base_url:
        env = {
            **os.environ,
            "CALCOM_API_KEY": KEY,
            "CALCOM_BASE_URL": base_url,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        }
        args = [str(event_type_id), str(slots_file), str(journal)]

        def spawn() -> Child:
            child = Child(tmp_path, child_script, args, env)
            children.append(child)
            return child

        first = spawn()
        # Kill once the run is well under way and at least one response was lost (the booking
        # made, the child none the wiser): the kill lands amid ambiguity.
        with anyio.fail_after(30):
            while not (
                journal.exists()
                and journal.read_bytes().count(b"\n") >= 60
                and fake.stats.faults["lost_response"] > 0
            ):
                assert first.proc.poll() is None, f"child ended early:\n{first.output()}"
                await anyio.sleep(0.01)
        first.kill()
        assert first.proc.returncode == -signal.SIGKILL, first.output()

        states = journal_states(journal)
        assert 0 < len(states) < n
        assert "in_flight" in states.values()  # killed with requests in flight
        done_before = sum(s == "done" for s in states.values())
        assert_no_duplicates(fake, event_type_id, requests)
        # Bookings the killed child made without learning it (journal still says in_flight).
        counts, _ = booking_counts(fake, event_type_id, requests)
        keys = [BookingRequest.from_mapping(r).key for r in requests]
        made_unknowingly = sum(
            1
            for key, c in zip(keys, counts, strict=True)
            if c == 1 and states.get(key) == "in_flight"
        )

        summaries = []
        for _ in range(MAX_RUNS):
            child = spawn()
            with anyio.fail_after(60):
                rc = await child.wait()
            assert rc == 0, child.output()
            summary = json.loads(child.out_path.read_text().strip().splitlines()[-1])
            summaries.append(summary)
            assert_no_duplicates(fake, event_type_id, requests)
            assert set(summary["reasons"]) <= {"ambiguous_unresolved", "server_error", "connection"}
            if summary["failed"] == 0:
                break

    assert summaries[-1]["failed"] == 0, summaries
    assert summaries[-1]["booked"] + summaries[-1]["already_done"] == n
    # The journal was used: the resumed run skipped (or adopted) what the killed run did.
    assert summaries[0]["already_done"] >= done_before > 0, (summaries, done_before)
    # Those made unknowingly were adopted by a lookup, never created again.
    assert summaries[-1]["already_done"] >= done_before + made_unknowingly, summaries
    assert_exactly_once(fake, event_type_id, requests)
