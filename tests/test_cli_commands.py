"""The everyday ``calcom-async`` commands against a FakeCalcom on 127.0.0.1, each with and without
``--json``; ``CALCOM_BASE_URL``; usage errors (exit status 2, nothing sent, the key never shown)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cli_support import CREATE, KEY, Served, served_fake, summary_rows, write_csv

from calcom_async.cli import main


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    yield from served_fake(monkeypatch)


def cli(served: Served, *argv: str) -> int:
    return main(["--base-url", served.url, *argv])


def as_json(capsys: pytest.CaptureFixture[str]) -> object:
    captured = capsys.readouterr()
    assert captured.err == ""
    return json.loads(captured.out)


# --------------------------------------------------------------------------------------------
# me, event-types list, webhooks list
# --------------------------------------------------------------------------------------------


def test_me(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    user = served.fake.users[0]

    assert cli(served, "me") == 0

    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"{user.username} at {served.url}"
    rows = summary_rows(out)
    assert rows["id"] == str(user.id) and rows["email"] == user.email
    assert KEY not in out

    assert cli(served, "me", "--json") == 0

    data = as_json(capsys)
    assert isinstance(data, dict)
    assert data["id"] == user.id and data["username"] == user.username
    assert "timeZone" in data  # the API's field names


def test_calcom_base_url_is_honoured(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALCOM_BASE_URL", served.url)

    assert main(["me"]) == 0  # no --base-url: the environment's origin, not api.cal.com

    assert f" at {served.url}" in capsys.readouterr().out
    assert served.fake.stats.routes["GET /v2/me"] == 1

    monkeypatch.setenv("CALCOM_BASE_URL", "http://127.0.0.1:9")
    assert main(["--base-url", served.url, "me", "--json"]) == 0  # the option wins
    assert served.fake.stats.routes["GET /v2/me"] == 2


def test_event_types_list(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    second = served.fake.state.add_event_type(
        served.fake.users[0].id, title="Long talk", slug="long", length_in_minutes=60
    )

    assert cli(served, "event-types", "list") == 0

    out = capsys.readouterr().out
    assert out.splitlines()[0] == "2 event types"
    row = next(line for line in out.splitlines() if line.split()[:1] == [str(second.id)])
    assert row.split()[:5] == [str(second.id), "long", "Long", "talk", "60"]

    assert cli(served, "event-types", "list", "--json") == 0

    data = as_json(capsys)
    assert isinstance(data, list)
    assert [(e["id"], e["slug"], e["lengthInMinutes"]) for e in data] == [
        (served.event_type_id, "quick-call", 15),
        (second.id, "long", 60),
    ]


def test_event_types_list_singular(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(served, "event-types", "list") == 0
    assert capsys.readouterr().out.splitlines()[0] == "1 event type"


def test_webhooks_list_never_shows_secrets(
    served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    user = served.fake.users[0].id
    hook = served.fake.state.add_webhook(
        user, "http://127.0.0.1:9/hook", triggers=["BOOKING_CREATED"], secret="whsec_topsecret"
    )
    served.fake.state.add_webhook(user, "http://127.0.0.1:9/other", active=False)

    assert cli(served, "webhooks", "list") == 0

    out = capsys.readouterr().out
    assert out.splitlines()[0] == "2 webhooks"
    row = next(line for line in out.splitlines() if "/hook" in line)
    assert row.split() == [str(hook.id), "http://127.0.0.1:9/hook", "yes", "BOOKING_CREATED", "yes"]
    assert "whsec_topsecret" not in out

    assert cli(served, "webhooks", "list", "--json") == 0

    data = as_json(capsys)
    assert isinstance(data, list)
    assert [(h["subscriberUrl"], h["active"]) for h in data] == [
        ("http://127.0.0.1:9/hook", True),
        ("http://127.0.0.1:9/other", False),
    ]
    assert data[0]["secret"] == "[redacted]" and data[0]["triggers"] == ["BOOKING_CREATED"]
    assert "whsec_topsecret" not in json.dumps(data)


def test_no_webhooks(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(served, "webhooks", "list") == 0
    assert capsys.readouterr().out == "No webhooks.\n"
    assert cli(served, "webhooks", "list", "--json") == 0
    assert as_json(capsys) == []


# --------------------------------------------------------------------------------------------
# slots
# --------------------------------------------------------------------------------------------


def _slots_rows(out: str) -> dict[str, list[str]]:
    """``{date: [free, time, time, ...]}`` from the table (long cells wrap onto more lines)."""
    rows: dict[str, list[str]] = {}
    for words in (line.split() for line in out.splitlines()):
        if words and words[0].startswith("2031-"):
            current = rows[words[0]] = words[1:]
        elif words and ":" in words[0] and rows:
            current.extend(words)
    return rows


def test_slots_prints_a_table_grouped_by_date(
    served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["slots", "--event-type", str(served.event_type_id)]

    assert cli(served, *argv, "--start", "2031-03-03", "--end", "2031-03-04") == 0

    out = capsys.readouterr().out
    rows = _slots_rows(out)
    assert list(rows) == ["2031-03-03", "2031-03-04"]
    count = sum(int(free) for free, *_ in rows.values())
    assert out.splitlines()[0] == f"{count} free slots of event type {served.event_type_id} (UTC)"
    for free, *times in rows.values():
        assert int(free) == len(times) > 90
        assert times[:3] == ["00:00", "00:15", "00:30"]
    assert all(line == line.rstrip() for line in out.splitlines())  # no padding in pipes


def test_slots_in_a_time_zone(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["slots", "--event-type", str(served.event_type_id)]
    window = ["--start", "2031-03-03T10:00:00Z", "--end", "2031-03-03T11:00:00Z"]

    assert cli(served, *argv, *window, "--time-zone", "Europe/Berlin") == 0

    out = capsys.readouterr().out
    assert "(Europe/Berlin)" in out
    assert _slots_rows(out)["2031-03-03"] == ["5", "11:00", "11:15", "11:30", "11:45", "12:00"]

    assert cli(served, *argv, *window, "--time-zone", "Europe/Berlin", "--json") == 0

    assert as_json(capsys) == {
        "2031-03-03": [
            f"2031-03-03T{t}:00+01:00" for t in ("11:00", "11:15", "11:30", "11:45", "12:00")
        ]
    }


def test_one_free_slot_is_singular(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    window = ["--start", "2031-03-03T10:00:00Z", "--end", "2031-03-03T10:00:00Z"]
    assert cli(served, "slots", "--event-type", str(served.event_type_id), *window) == 0
    assert capsys.readouterr().out.startswith("1 free slot of event type")


# --------------------------------------------------------------------------------------------
# bookings list, get, cancel, reschedule
# --------------------------------------------------------------------------------------------

START = datetime(2031, 3, 3, 9, 0, tzinfo=timezone.utc)


def test_bookings_list(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    state = served.fake.state
    ada = state.add_booking(
        served.event_type_id, START, attendee_name="Ada [b]L[/b]", attendee_email="ada@example.com"
    )
    state.add_booking(
        served.event_type_id,
        START + timedelta(hours=1),
        attendee_name="Bob",
        attendee_email="bob@example.com",
    )

    assert cli(served, "bookings", "list", "--attendee-email", "ada@example.com") == 0

    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1 booking"
    row = next(line for line in out.splitlines() if ada.uid in line)
    assert "2031-03-03T09:00+00:00" in row and "accepted" in row
    assert "Ada [b]L[/b] <ada@example.com>" in row  # user data is not rich markup
    assert "bob@example.com" not in out

    assert cli(served, "bookings", "list", "--limit", "1") == 0
    assert "1 booking (limit reached; use --limit for more)" in capsys.readouterr().out

    assert cli(served, "bookings", "list", "--json") == 0

    data = as_json(capsys)
    assert isinstance(data, list)
    assert sorted(b["attendees"][0]["email"] for b in data) == [
        "ada@example.com",
        "bob@example.com",
    ]
    assert {b["start"] for b in data} == {"2031-03-03T09:00:00+00:00", "2031-03-03T10:00:00+00:00"}


def test_no_bookings(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(served, "bookings", "list", "--status", "cancelled") == 0
    assert capsys.readouterr().out == "No bookings found.\n"
    assert cli(served, "bookings", "list", "--json") == 0
    assert as_json(capsys) == []


def test_bookings_get(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    booking = served.fake.state.add_booking(
        served.event_type_id, START, attendee_name="Ada", attendee_email="ada@example.com"
    )

    assert cli(served, "bookings", "get", booking.uid) == 0

    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"Booking {booking.uid}"
    rows = summary_rows(out)
    assert rows["status"] == "accepted" and rows["attendees"] == "Ada <ada@example.com>"
    assert rows["start"] == "2031-03-03T09:00+00:00" and rows["minutes"] == "15"
    assert rows["event type"] == str(served.event_type_id)

    assert cli(served, "bookings", "get", booking.uid, "--json") == 0

    data = as_json(capsys)
    assert isinstance(data, dict)
    assert data["uid"] == booking.uid and data["status"] == "accepted"
    assert data["eventTypeId"] == served.event_type_id


def test_bookings_get_unknown_uid_exits_1(
    served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(served, "bookings", "get", "no-such-uid") == 1
    assert "404" in capsys.readouterr().err


@pytest.mark.parametrize("as_json_output", [False, True])
def test_bookings_cancel(
    served: Served, capsys: pytest.CaptureFixture[str], as_json_output: bool
) -> None:
    booking = served.fake.state.add_booking(served.event_type_id, START)
    extra = ["--json"] if as_json_output else []

    assert cli(served, "bookings", "cancel", booking.uid, "--reason", "Ill", *extra) == 0

    out = capsys.readouterr().out
    if as_json_output:
        data = json.loads(out)
        assert data["status"] == "cancelled" and data["cancellationReason"] == "Ill"
    else:
        assert out.splitlines()[0] == f"Cancelled booking {booking.uid}"
        assert summary_rows(out)["cancellation reason"] == "Ill"
    stored = served.fake.state.get_booking(booking.uid)
    assert stored is not None and stored.status == "cancelled"


@pytest.mark.parametrize("as_json_output", [False, True])
def test_bookings_reschedule(
    served: Served, capsys: pytest.CaptureFixture[str], as_json_output: bool
) -> None:
    booking = served.fake.state.add_booking(served.event_type_id, START)
    argv = ["bookings", "reschedule", booking.uid, "--start", "2031-03-04T11:00:00+01:00"]
    extra = ["--json"] if as_json_output else []

    assert cli(served, *argv, "--reason", "Moved", *extra) == 0

    out = capsys.readouterr().out
    moved = [b for b in served.fake.state.bookings.values() if b.uid != booking.uid]
    assert len(moved) == 1 and moved[0].start == datetime(2031, 3, 4, 10, 0, tzinfo=timezone.utc)
    if as_json_output:
        data = json.loads(out)
        assert data["uid"] == moved[0].uid and data["rescheduledFromUid"] == booking.uid
    else:
        assert f"rescheduled: the new booking is {moved[0].uid}" in out.splitlines()[0]
        assert summary_rows(out)["rescheduled from"] == booking.uid


def test_reschedule_refuses_a_start_without_offset(
    served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    booking = served.fake.state.add_booking(served.event_type_id, START)
    argv = ["bookings", "reschedule", booking.uid, "--start", "2031-03-04T11:00:00"]

    assert cli(served, *argv) == 2
    assert "has no UTC offset" in capsys.readouterr().err
    assert served.fake.stats.api_requests == 0

    assert cli(served, *argv, "--time-zone", "Europe/Berlin") == 0  # 10:00 UTC
    moved = [b for b in served.fake.state.bookings.values() if b.uid != booking.uid]
    assert moved[0].start == datetime(2031, 3, 4, 10, 0, tzinfo=timezone.utc)


# --------------------------------------------------------------------------------------------
# usage errors: exit status 2, nothing sent, the key never shown
# --------------------------------------------------------------------------------------------


def _import_argv(served: Served, tmp_path: Path, *extra: str) -> list[str]:
    source = write_csv(tmp_path / "one.csv", [["2031-03-03T09:00:00Z", "A", "a@example.com"]])
    return [
        "--base-url",
        served.url,
        "bookings",
        "import",
        str(source),
        "--event-type",
        str(served.event_type_id),
        *extra,
    ]


def test_missing_key_exits_2(
    served: Served,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("CALCOM_API_KEY")
    assert main(_import_argv(served, tmp_path)) == 2
    err = capsys.readouterr().err
    assert "no API key" in err and "CALCOM_API_KEY" in err
    assert served.fake.stats.api_requests == 0


@pytest.mark.parametrize(
    ("secret", "expected"),
    [("sk_live_abcdef123456", "MY_KEY"), ("cal_live_unknown_to_the_server", "401")],
)
def test_bad_or_rejected_key_exits_2_without_showing_it(
    served: Served,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    secret: str,
    expected: str,
) -> None:
    monkeypatch.setenv("MY_KEY", secret)
    assert main(_import_argv(served, tmp_path, "--api-key-env", "MY_KEY")) == 2
    captured = capsys.readouterr()
    assert expected in captured.err
    assert secret not in captured.err + captured.out
    assert served.fake.stats.routes[CREATE] == 0


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (["start", "name", "emial"], "unknown column 'emial'"),
        (["start", "name"], "missing required column(s): email"),
        (["start", "name", "email", "start"], "column 'start' appears twice"),
        ([], "empty file"),
    ],
)
def test_bad_header_exits_2_before_any_request(
    served: Served,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    header: list[str],
    message: str,
) -> None:
    source = tmp_path / "bad.csv"
    if header:
        write_csv(source, [], header=header)
    else:
        source.write_text("")
    assert cli(served, "bookings", "import", str(source), "--event-type", "1") == 2
    assert message in capsys.readouterr().err
    assert served.fake.stats.api_requests == 0


def test_other_usage_errors_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    missing = ["bookings", "import", str(tmp_path / "nope.csv"), "--event-type", "1"]
    assert main(missing) == 2
    assert "no such file" in capsys.readouterr().err

    source = write_csv(tmp_path / "p.csv", [], header=["start", "name", "email"])
    no_event_type = ["bookings", "import", str(source)]
    assert main(no_event_type) == 2
    assert "pass --event-type ID or add an event_type_id column" in capsys.readouterr().err

    assert main([*no_event_type, "--event-type", "1", "--concurrency", "0"]) == 2
    assert "must be a positive integer" in capsys.readouterr().err
    assert main([*no_event_type, "--event-type", "1", "--max-identical-failures", "-1"]) == 2
    assert "must be an integer >= 0" in capsys.readouterr().err

    assert main(["slots", "--event-type", "1", "--start", "tomorrow", "--end", "x"]) == 2
    assert "--start: expected a date" in capsys.readouterr().err
    assert main(["bookings", "reschedule", "uid1", "--start", "soon"]) == 2
    assert "--start: expected a date-time" in capsys.readouterr().err
    assert main(["bookings", "get"]) == 2  # no uid


def test_a_journal_that_cannot_be_opened_exits_2_before_any_create(
    served: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = _import_argv(served, tmp_path, "--journal", str(tmp_path / "no" / "such" / "j.jsonl"))
    assert main(argv) == 2
    assert "cannot be opened" in capsys.readouterr().err
    assert served.fake.stats.routes[CREATE] == 0


def test_http_base_url_to_a_remote_host_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", KEY)
    assert main(["--base-url", "http://api.example.com", "bookings", "list"]) == 2
    assert KEY not in capsys.readouterr().err
    monkeypatch.setenv("CALCOM_BASE_URL", "http://api.example.com")
    assert main(["me"]) == 2
    assert "http" in capsys.readouterr().err


def test_missing_rich_explains_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)
    assert main(["bookings", "list"]) == 2
    assert "pip install 'calcom-async[cli]'" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from calcom_async import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"calcom-async {__version__}"
