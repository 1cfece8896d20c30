"""The README's Python snippets run, in order, against the fake server on loopback.

The quickstart is a whole program (``asyncio.run(main())``), so it runs in a worker thread with
its own event loop, configured only through ``CALCOM_API_KEY`` and ``CALCOM_BASE_URL`` exactly as
a user would. The later snippets are fragments sharing one namespace, where ``cal`` is an open
client, ``soon`` an aware datetime and ``colleague_id`` another user of the organization, as the
README says; they run with top-level ``await``.
"""

from __future__ import annotations

import ast
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import anyio
import pytest

from calcom_async import AsyncCalcom
from calcom_async.testing import FakeCalcom

README = Path(__file__).resolve().parent.parent / "README.md"
KEY = "cal_test_readme_000000000000"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)


def test_readme_has_snippets_for_every_resource() -> None:
    text = "\n".join(_python_blocks())
    for resource in (
        "cal.me",
        "cal.event_types",
        "cal.slots",
        "cal.bookings",
        "cal.schedules",
        "cal.teams",
        "cal.teams.event_types",
        "cal.teams.memberships",
        "cal.event_types.webhooks",
        "cal.event_types.private_links",
        "cal.webhooks",
        "cal.calendars",
    ):
        assert resource in text, resource


@pytest.mark.redis
async def test_readme_snippets_run_against_the_fake(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    redis_url: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # the bulk snippet writes its journal to the working directory
    monkeypatch.setenv("REDIS_URL", redis_url)  # the shared budget and journal snippet
    quickstart, *fragments = _python_blocks()
    fake = FakeCalcom(api_keys=[KEY])
    user_id = fake.user_for_key(KEY).id
    fake.state.add_schedule(user_id, name="Week", time_zone="UTC")
    fake.state.add_event_type(user_id, title="Quick", slug="quick", length_in_minutes=15)
    # The README's round robin hands a booking from the user to this colleague: same working
    # hours as the user's schedule in the README (Europe/Berlin).
    colleague = fake.state.add_user(username="alan", organization_id=fake.organization.id)
    fake.state.add_schedule(colleague.id, time_zone="Europe/Berlin")

    async with fake.serve() as base_url:
        monkeypatch.setenv("CALCOM_API_KEY", KEY)
        monkeypatch.setenv("CALCOM_BASE_URL", base_url)
        await anyio.to_thread.run_sync(exec, compile(quickstart, "README quickstart", "exec"), {})
        assert len(fake.state.bookings) == 1

        async with AsyncCalcom() as cal:
            namespace: dict[str, Any] = {
                "cal": cal,
                "soon": datetime.now(timezone.utc) + timedelta(days=1),
                "timedelta": timedelta,
                "colleague_id": colleague.id,
            }
            exec("from calcom_async import Attendee", namespace)
            for number, fragment in enumerate(fragments, start=1):
                code = compile(
                    fragment,
                    f"README snippet {number}",
                    "exec",
                    flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                )
                result = eval(code, namespace)
                if result is not None:
                    await result
    # The bookings snippet books and moves one, the bulk snippets four, one and one more.
    active = [b for b in fake.state.bookings.values() if b.status != "cancelled"]
    assert len(active) >= 7
    assert fake.state.reservations == {}  # used up by a booking, or deleted
    out = capsys.readouterr().out
    assert "4 booked, 0 already done, 0 failed" in out
    # The round-robin booking changed hands: "<first host> -> <the other host>".
    [(before, after)] = re.findall(r"^(Fake User \d+) -> (Fake User \d+)$", out, re.MULTILINE)
    assert before != after
