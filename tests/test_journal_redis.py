"""The shared bulk journal on a real Redis (``_journal_redis.py``).

Claims are atomic and expire; workers sharing one journal book every item exactly once, with
lost responses in the mix; a dead worker's ``in_flight`` items are reconciled by the others; a
failure another worker met in this run is not tried again. Several worker *processes*, two of
them killed with SIGKILL mid-run: ``tests/test_journal_redis_processes.py``.
"""

from __future__ import annotations

import secrets
from collections import Counter

import anyio
import pytest
import redis.asyncio as aioredis
from test_bulk import FakeBackend, make_request

from calcom_async import ConfigurationError
from calcom_async._journal import ClaimLost, open_journal
from calcom_async._journal_redis import RedisJournal
from calcom_async.bulk import run_bulk

pytestmark = pytest.mark.redis


def journal_url(redis_url: str) -> str:
    return f"{redis_url}#test-{secrets.token_hex(6)}"


async def open_redis(url: str, worker: str, lease: float = 30.0) -> RedisJournal:
    journal = await open_journal(url, worker_id=worker, lease_seconds=lease)
    assert isinstance(journal, RedisJournal)
    return journal


async def test_one_claim_wins_among_many(redis_url: str) -> None:
    """60 concurrent claims of one key from six workers (each its own connection): one wins."""
    url = journal_url(redis_url)
    workers = [await open_redis(url, f"w{i}") for i in range(6)]
    wins: list[str] = []

    async def claim(journal: RedisJournal) -> None:
        if (await journal.claim("k")).ours:
            wins.append(journal.worker_id)

    try:
        async with anyio.create_task_group() as tg:
            for i in range(60):
                tg.start_soon(claim, workers[i % 6])
    finally:
        for journal in workers:
            await journal.aclose()
    # The winner may claim again (a claim is re-entrant); nobody else gets it.
    assert len(set(wins)) == 1 and wins


async def test_a_claim_expires_and_a_lapsed_holder_cannot_send(redis_url: str) -> None:
    url = journal_url(redis_url)
    a = await open_redis(url, "a", lease=0.3)
    b = await open_redis(url, "b", lease=0.3)
    try:
        assert (await a.claim("k")).ours
        held = await b.claim("k")
        assert held.holder == "a" and 0 < held.retry_in <= 0.3
        await anyio.sleep(0.35)  # a stalls (no keep_alive): its lease runs out
        assert (await b.claim("k")).ours
        with pytest.raises(ClaimLost):
            await a.record("k", 0, "in_flight")  # nothing may be sent by the lapsed holder
        await b.record("k", 0, "in_flight", fp="f")
        await b.record("k", 0, "done", uid="u1", fp="f")
        assert await a.record("k", 0, "done", uid="u2") == "u1"  # a's booking is the duplicate
        done = await a.claim("k")
        assert done.ours and done.entry is not None and done.entry.uid == "u1"
        assert done.entry.worker == "b" and done.entry.state == "done"
    finally:
        await a.aclose()
        await b.aclose()


async def test_keep_alive_renews_what_a_worker_holds(redis_url: str) -> None:
    url = journal_url(redis_url)
    a = await open_redis(url, "a", lease=0.3)
    b = await open_redis(url, "b", lease=0.3)
    try:
        assert (await a.claim("k")).ours
        async with anyio.create_task_group() as tg:
            tg.start_soon(a.keep_alive)
            await anyio.sleep(0.7)  # more than two leases
            assert (await b.claim("k")).holder == "a"
            tg.cancel_scope.cancel()
    finally:
        await a.aclose()  # releases the claim
        assert (await b.claim("k")).ours
        await b.aclose()


async def test_workers_sharing_a_journal_book_each_item_once(redis_url: str) -> None:
    """Four workers, the same 120 items, lost responses and 500s in the mix, a backend that
    would accept a second booking of a slot: each item is booked exactly once, and between
    them the workers report every item done."""
    url = journal_url(redis_url)
    requests = [make_request(i) for i in range(120)]
    backend = FakeBackend(
        seed=5, lost_response=0.08, error_500_after=0.04, allow_double=True, latency=0.002
    )
    results: dict[str, list[str]] = {}

    async def worker(name: str) -> None:
        outcomes = await run_bulk(
            backend, requests, journal=url, worker_id=name, concurrency=8, settle_delay=0.01
        )
        results[name] = [o.status for o in outcomes]

    async with anyio.create_task_group() as tg:
        for i in range(4):
            tg.start_soon(worker, f"w{i}")
    assert all(backend.applied(r.key) == 1 for r in requests)
    assert not backend.cancelled  # no duplicate was ever made
    for statuses in results.values():
        assert len(statuses) == 120 and "failed" not in statuses
    booked = Counter(s for statuses in results.values() for s in statuses)["booked"]
    assert booked == 120  # each item booked by one worker; the others found it done
    assert sum(1 for statuses in results.values() if "booked" in statuses) >= 2  # shared work


async def test_items_other_workers_finished_are_reported_with_their_uids(redis_url: str) -> None:
    """The second pass finishes what the others did (and repeats of it) without sending: every
    worker reports each item's one uid, repeats in the input as already done with that uid."""
    url = journal_url(redis_url)
    distinct = [make_request(i) for i in range(60)]
    requests = [r for r in distinct for _ in range(2)]  # every item twice in a row
    backend = FakeBackend(seed=9, latency=0.003)
    results: dict[str, list[tuple[str, str | None]]] = {}

    async def worker(name: str) -> None:
        outcomes = await run_bulk(backend, requests, journal=url, worker_id=name, concurrency=4)
        results[name] = [(o.status, o.uid) for o in outcomes]

    async with anyio.create_task_group() as tg:
        for i in range(3):
            tg.start_soon(worker, f"w{i}")
    assert all(backend.applied(r.key) == 1 for r in distinct)
    uids = [backend.by_key[r.key][0] for r in distinct]
    for outcomes in results.values():
        assert [uid for _, uid in outcomes] == [uid for uid in uids for _ in range(2)]
        assert all(status == "already_done" for status, _ in outcomes[1::2])  # the repeats
    firsts = Counter(status for outcomes in results.values() for status, _ in outcomes[::2])
    assert firsts == {"booked": 60, "already_done": 120}


async def test_a_dead_workers_items_are_reconciled_by_the_others(redis_url: str) -> None:
    """A worker died with 10 items ``in_flight``: 5 of its creates had reached the server. The
    survivor waits for the dead worker's claims to lapse, then looks each one up before
    sending: the 5 are adopted, the other 5 booked, nothing twice."""
    url = journal_url(redis_url)
    requests = [make_request(i) for i in range(30)]
    backend = FakeBackend(allow_double=True)
    dead = await open_redis(url, "dead", lease=0.4)
    for i in range(10):
        assert (await dead.claim(requests[i].key)).ours
        await dead.record(requests[i].key, i, "in_flight", fp=requests[i].fingerprint)
        if i < 5:
            backend._apply(requests[i].marked())
    # The process is killed: no keep_alive, no aclose. Its connection just stays idle.
    outcomes = await run_bulk(
        backend, requests, journal=url, worker_id="survivor", settle_delay=0.05
    )
    assert [o.status for o in outcomes[:5]] == ["already_done"] * 5
    assert [o.status for o in outcomes[5:]] == ["booked"] * 25
    assert all(backend.find_calls[r.key] == 1 for r in requests[:10])
    assert all(backend.applied(r.key) == 1 for r in requests)
    await dead._client.aclose()


async def test_a_failure_met_by_another_worker_in_this_run_is_not_retried(
    redis_url: str,
) -> None:
    url = journal_url(redis_url)
    request = make_request(0)
    late = await open_redis(url, "late")  # opened first: what follows is "this run" to it
    early = await open_redis(url, "early")
    backend = FakeBackend(taken={request.start})
    [failed] = await run_bulk(backend, [request], journal=early)
    assert failed.reason == "slot_unavailable"
    calls = backend.create_calls[request.key]
    [again] = await run_bulk(backend, [request], journal=late)
    assert again.status == "failed" and again.reason == "slot_unavailable"
    assert "worker early" in (again.error or "")
    assert backend.create_calls[request.key] == calls  # not sent again
    # A later run (opened after the failure) tries it again, as with a journal file.
    rerun = await open_redis(url, "rerun")
    backend.taken.clear()
    [booked] = await run_bulk(backend, [request], journal=rerun)
    assert booked.status == "booked"
    for journal in (late, early, rerun):
        await journal.aclose()


async def test_the_redis_journal_refuses_trio_and_an_unreachable_server(redis_url: str) -> None:
    with pytest.raises(ConfigurationError, match="cannot be reached"):
        await open_journal("redis://127.0.0.1:1/0#x")
    with pytest.raises(ConfigurationError, match="name after '#'"):
        await open_journal(f"{redis_url}#bad name!")

    async def under_trio() -> None:
        await open_journal(f"{redis_url}#x")

    with pytest.raises(ConfigurationError, match="needs asyncio"):
        await anyio.to_thread.run_sync(lambda: anyio.run(under_trio, backend="trio"))


async def test_records_are_stamped_and_stored_by_key(redis_url: str) -> None:
    url = journal_url(redis_url)
    name = url.rsplit("#", 1)[1]
    journal = await open_redis(url, "w1")
    try:
        assert (await journal.claim("abc")).ours
        await journal.record("abc", 3, "in_flight", fp="f1")
        client = aioredis.Redis.from_url(redis_url)
        raw = await client.hget(f"calcom_async:journal:{{{name}}}:entries", "abc")
        await client.aclose()
        assert raw is not None and b'"worker":"w1"' in raw and b'"tsms":' in raw
        claim = await journal.claim("abc")
        assert claim.entry is not None and claim.entry.state == "in_flight"
        assert claim.entry.ts is not None and claim.entry.ts >= journal.opened_at
    finally:
        await journal.aclose()


def test_a_redis_url_is_shown_without_its_password() -> None:
    from calcom_async._redis_support import describe_url, store_of_journal

    shown = describe_url("redis://user:s3cret-pass@10.0.0.5:6379/0#import-42")
    assert "s3cret" not in shown and shown == "redis://***@10.0.0.5:6379/0#import-42"
    assert store_of_journal("redis://h:6379/1#x") == "redis://h:6379/1"
    assert store_of_journal("run.jsonl") is None
