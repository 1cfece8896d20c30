"""Bad input fails with ``CalcomValueError`` (or ``ConfigurationError``) before any request.

Every test runs with a respx router that has no routes: the ``no_requests`` check proves nothing
reached the wire. List methods return their paginator synchronously, so their validation is
checked on the call itself, without iterating.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import respx

from calcom_async import (
    AsyncCalcom,
    Attendee,
    Availability,
    CalcomError,
    CalcomValueError,
    ConfigurationError,
    DateOverride,
)

AWARE = datetime(2050, 9, 5, 9, 0, tzinfo=timezone.utc)
LATER = datetime(2050, 9, 6, 9, 0, tzinfo=timezone.utc)
NAIVE = datetime(2050, 9, 5, 9, 0)
ADA = Attendee(name="Ada", email="ada@example.com", time_zone="Europe/London")


@pytest.fixture
def no_requests(mock_api: respx.MockRouter) -> Iterator[respx.MockRouter]:
    yield mock_api
    assert mock_api.calls.call_count == 0, "a request was sent despite invalid input"


Call = Callable[[AsyncCalcom], Awaitable[Any]]


async def _consume(paginator: Any) -> None:
    async for _ in paginator:
        pass  # pragma: no cover - validation must fail before


ASYNC_CASES: dict[str, Call] = {
    # naive datetimes
    "booking create naive start": lambda c: c.bookings.create(
        event_type_id=42, start=NAIVE, attendee=ADA
    ),
    "booking reschedule naive start": lambda c: c.bookings.reschedule("bk_1", start=NAIVE),
    "booking find naive start": lambda c: c.bookings.find(
        event_type_id=42, start=NAIVE, attendee_email="ada@example.com"
    ),
    "slots naive start": lambda c: c.slots.list(event_type_id=42, start=NAIVE, end=LATER),
    "slots naive end": lambda c: c.slots.list(event_type_id=42, start=AWARE, end=NAIVE),
    "busy times naive start": lambda c: c.calendars.busy_times(
        credential_id=135, external_id="me@example.com", start=NAIVE, end=date(2050, 9, 6)
    ),
    # emails
    "reschedule bad rescheduled_by": lambda c: c.bookings.reschedule(
        "bk_1", start=AWARE, rescheduled_by="not-an-email"
    ),
    "booking create attendee mapping bad email": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee={"name": "Ada", "email": "ada@"}
    ),
    # ids
    "event type get negative id": lambda c: c.event_types.get(-1),
    "event type get zero id": lambda c: c.event_types.get(0),
    "event type get bool id": lambda c: c.event_types.get(True),
    "event type update negative id": lambda c: c.event_types.update(-42, title="x"),
    "event type delete negative id": lambda c: c.event_types.delete(-42),
    "event type list negative org": lambda c: c.event_types.list(org_id=-7),
    "booking create negative event type": lambda c: c.bookings.create(
        event_type_id=-1, start=AWARE, attendee=ADA
    ),
    "booking create string event type": lambda c: c.bookings.create(
        event_type_id="42", start=AWARE, attendee=ADA
    ),
    "schedule get negative id": lambda c: c.schedules.get(-5),
    "schedule update negative id": lambda c: c.schedules.update(-5, name="x"),
    "schedule delete negative id": lambda c: c.schedules.delete(-5),
    "slots negative event type": lambda c: c.slots.list(event_type_id=-3, start=AWARE, end=LATER),
    "slots zero duration": lambda c: c.slots.list(
        event_type_id=3, start=AWARE, end=LATER, duration=0
    ),
    "team event types negative org": lambda c: c.teams.event_types.list(3, org_id=-1),
    "team event types negative team": lambda c: c.teams.event_types.list(-3, org_id=1),
    "busy times negative credential": lambda c: c.calendars.busy_times(
        credential_id=-1, external_id="me@example.com", start=date(2050, 9, 5), end=date(2050, 9, 6)
    ),
    "team create negative host": lambda c: c.teams.event_types.create(
        3,
        org_id=1,
        title="T",
        slug="t",
        length_in_minutes=30,
        scheduling_type="collective",
        hosts=[-11],
    ),
    # uids
    "booking get empty uid": lambda c: c.bookings.get(""),
    "booking get uid with slash": lambda c: c.bookings.get("../me"),
    "booking cancel blank uid": lambda c: c.bookings.cancel("  "),
    "booking confirm non-string uid": lambda c: c.bookings.confirm(123),
    "booking decline uid with slash": lambda c: c.bookings.decline("a/b"),
    "webhook get empty id": lambda c: c.webhooks.get(""),
    "webhook delete id with slash": lambda c: c.webhooks.delete("wh/1"),
    # time zones
    "slots bad time zone": lambda c: c.slots.list(
        event_type_id=3, start=AWARE, end=LATER, time_zone="Mars/Olympus_Mons"
    ),
    "schedule create bad time zone": lambda c: c.schedules.create(
        name="Hours", time_zone="Europe/Atlantis", is_default=True
    ),
    "schedule update padded time zone": lambda c: c.schedules.update(7, time_zone=" UTC"),
    "busy times bad time zone": lambda c: c.calendars.busy_times(
        credential_id=135,
        external_id="me@example.com",
        start=date(2050, 9, 5),
        end=date(2050, 9, 6),
        time_zone="Nowhere/Land",
    ),
    "booking create attendee mapping bad tz": lambda c: c.bookings.create(
        event_type_id=42,
        start=AWARE,
        attendee={"name": "Ada", "email": "ada@example.com", "time_zone": "GMT+25"},
    ),
    # slots arguments
    "slots without event type": lambda c: c.slots.list(start=AWARE, end=LATER),
    "slots slug without username": lambda c: c.slots.list(
        event_type_slug="30min", start=AWARE, end=LATER
    ),
    "slots end before start": lambda c: c.slots.list(event_type_id=3, start=LATER, end=AWARE),
    "slots bad format": lambda c: c.slots.list(
        event_type_id=3, start=AWARE, end=LATER, format="list"
    ),
    "slots start not a date": lambda c: c.slots.list(
        event_type_id=3, start="2050-09-05", end=LATER
    ),
    # webhooks
    "webhook bad trigger": lambda c: c.webhooks.create(
        subscriber_url="https://example.com/hook", triggers=["BOOKING_EXPLODED"]
    ),
    "webhook lower-case trigger": lambda c: c.webhooks.create(
        subscriber_url="https://example.com/hook", triggers=["booking_created"]
    ),
    "webhook triggers as a string": lambda c: c.webhooks.create(
        subscriber_url="https://example.com/hook", triggers="BOOKING_CREATED"
    ),
    "webhook empty triggers": lambda c: c.webhooks.create(
        subscriber_url="https://example.com/hook", triggers=[]
    ),
    "webhook ftp url": lambda c: c.webhooks.create(
        subscriber_url="ftp://example.com/hook", triggers=["BOOKING_CREATED"]
    ),
    "webhook relative url": lambda c: c.webhooks.create(
        subscriber_url="/hook", triggers=["BOOKING_CREATED"]
    ),
    "webhook no-host url": lambda c: c.webhooks.create(
        subscriber_url="https://", triggers=["BOOKING_CREATED"]
    ),
    "webhook update bad url": lambda c: c.webhooks.update("wh_1", subscriber_url="example.com"),
    "webhook update nothing": lambda c: c.webhooks.update("wh_1"),
    # team event types
    "team bad scheduling type": lambda c: c.teams.event_types.create(
        3, org_id=1, title="T", slug="t", length_in_minutes=30, scheduling_type="random", hosts=[11]
    ),
    "team scheduling type wrong case": lambda c: c.teams.event_types.create(
        3,
        org_id=1,
        title="T",
        slug="t",
        length_in_minutes=30,
        scheduling_type="round_robin",
        hosts=[11],
    ),
    "team no hosts": lambda c: c.teams.event_types.create(
        3, org_id=1, title="T", slug="t", length_in_minutes=30, scheduling_type="collective"
    ),
    # event types
    "event type empty title": lambda c: c.event_types.create(
        title=" ", slug="x", length_in_minutes=30
    ),
    "event type slug with spaces": lambda c: c.event_types.create(
        title="X", slug="thirty min", length_in_minutes=30
    ),
    "event type upper-case slug": lambda c: c.event_types.create(
        title="X", slug="30Min", length_in_minutes=30
    ),
    "event type zero length": lambda c: c.event_types.create(
        title="X", slug="x", length_in_minutes=0
    ),
    "event type negative buffer": lambda c: c.event_types.create(
        title="X", slug="x", length_in_minutes=30, before_event_buffer=-5
    ),
    "event type update nothing": lambda c: c.event_types.update(42),
    "event slug without username": lambda c: c.event_types.list(event_slug="30min"),
    # schedules
    "schedule create empty name": lambda c: c.schedules.create(
        name="", time_zone="UTC", is_default=False
    ),
    "schedule availability as dicts": lambda c: c.schedules.create(
        name="Hours",
        time_zone="UTC",
        is_default=False,
        availability=[{"days": ["Monday"], "startTime": "09:00", "endTime": "17:00"}],
    ),
    "schedule update nothing": lambda c: c.schedules.update(7),
    # bookings misc
    "booking create too much metadata": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee=ADA, metadata={f"k{i}": "v" for i in range(51)}
    ),
    "booking create non-string metadata": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee=ADA, metadata={"n": 1}
    ),
    "booking create zero length": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee=ADA, length_in_minutes=0
    ),
    # calendars
    "busy times blank external id": lambda c: c.calendars.busy_times(
        credential_id=135, external_id=" ", start=date(2050, 9, 5), end=date(2050, 9, 6)
    ),
    "busy times end before start": lambda c: c.calendars.busy_times(
        credential_id=135,
        external_id="me@example.com",
        start=date(2050, 9, 6),
        end=date(2050, 9, 5),
    ),
    # found by fuzzing (issue 8): each used to escape untyped, or to send something wrong
    "location as a plain string": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee=ADA, location="https://meet.example.com/ada"
    ),
    "location of an unknown kind": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee=ADA, location={"type": "teleport"}
    ),
    "time zone that is a tz directory": lambda c: c.slots.list(
        event_type_id=3, start=AWARE, end=LATER, time_zone="Europe"
    ),
    "very long time zone": lambda c: c.slots.list(
        event_type_id=3, start=AWARE, end=LATER, time_zone="A" * 300
    ),
    "usernames as one string": lambda c: c.slots.list(start=AWARE, end=LATER, usernames="alice"),
    "event type usernames as one string": lambda c: c.event_types.list(usernames="alice"),
    "required schedule name None": lambda c: c.schedules.create(
        name=None, time_zone="UTC", is_default=True
    ),
    "required webhook triggers None": lambda c: c.webhooks.create(
        subscriber_url="https://example.com/hook", triggers=None
    ),
    "start without a UTC equivalent": lambda c: c.bookings.create(
        event_type_id=42,
        start=datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))),
        attendee=ADA,
    ),
    "70,000-character uid": lambda c: c.bookings.get("a" * 70_000),
    "70,000-character attendee name filter": lambda c: _consume(
        c.bookings.list(attendee_name="a" * 70_000)
    ),
    "webhook id None": lambda c: c.webhooks.get(None),
    "booking uid dot-dot": lambda c: c.bookings.get(".."),
    "booking uid dot": lambda c: c.bookings.cancel("."),
    "NaN in booking field responses": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee=ADA, booking_fields_responses={"n": float("nan")}
    ),
    "bytes in booking field responses": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee=ADA, booking_fields_responses={"b": b"x"}
    ),
    "lone surrogate in a title": lambda c: c.event_types.create(
        title="\ud800", slug="x", length_in_minutes=30
    ),
    "NUL in a cancellation reason": lambda c: c.bookings.cancel("bk_1", reason="a\x00b"),
    "unknown attendee language": lambda c: c.bookings.create(
        event_type_id=42, start=AWARE, attendee={"name": "A", "email": "a@x.io", "language": "xx"}
    ),
    "extra that is not a mapping": lambda c: c.teams.event_types.create(
        3,
        org_id=1,
        title="T",
        slug="t",
        length_in_minutes=30,
        scheduling_type="collective",
        hosts=[11],
        extra=True,
    ),
    "event type id beyond 32 bits": lambda c: c.event_types.get(2**31),
    "journal given as a number": lambda c: c.bookings.create_many([], journal=123),
    # per-call options
    "negative per-call max_retries": lambda c: c.me.get(max_retries=-1),
    "zero per-call timeout": lambda c: c.me.get(timeout=0),
    "non-numeric per-call timeout": lambda c: c.schedules.list(timeout="5"),
    "bool per-call max_retries": lambda c: c.webhooks.get("wh_1", max_retries=True),
}


@pytest.mark.parametrize("case", list(ASYNC_CASES), ids=list(ASYNC_CASES))
async def test_invalid_call_raises_before_any_request(
    cal: AsyncCalcom, no_requests: respx.MockRouter, case: str
) -> None:
    with pytest.raises(CalcomValueError) as info:
        await ASYNC_CASES[case](cal)
    assert isinstance(info.value, ValueError)  # CalcomValueError is also a ValueError
    assert isinstance(info.value, CalcomError)


LIST_CASES: dict[str, Callable[[AsyncCalcom], Any]] = {
    "bookings page_size 0": lambda c: c.bookings.list(page_size=0),
    "bookings page_size 251": lambda c: c.bookings.list(page_size=251),
    "bookings page_size float": lambda c: c.bookings.list(page_size=10.0),
    "webhooks page_size 0": lambda c: c.webhooks.list(page_size=0),
    "webhooks page_size 251": lambda c: c.webhooks.list(page_size=251),
    "teams page_size 0": lambda c: c.teams.list(org_id=1, page_size=0),
    "teams page_size 251": lambda c: c.teams.list(org_id=1, page_size=251),
    "teams negative org": lambda c: c.teams.list(org_id=-1),
    "bookings negative limit": lambda c: c.bookings.list(limit=-1),
    "webhooks bool limit": lambda c: c.webhooks.list(limit=True),
    "bookings unknown status": lambda c: c.bookings.list(status="accepted"),
    "bookings one unknown status of two": lambda c: c.bookings.list(
        status=["upcoming", "finished"]
    ),
    "bookings empty status list": lambda c: c.bookings.list(status=[]),
    "bookings empty attendee email": lambda c: c.bookings.list(attendee_email=""),
    "bookings invalid attendee email": lambda c: c.bookings.list(attendee_email="ada at example"),
    "bookings naive after_start": lambda c: c.bookings.list(after_start=NAIVE),
    "bookings naive before_updated_at": lambda c: c.bookings.list(before_updated_at=NAIVE),
    "bookings negative event type": lambda c: c.bookings.list(event_type_id=-2),
    "bookings negative id in event_type_ids": lambda c: c.bookings.list(event_type_ids=[1, -2]),
    "bookings zero team id": lambda c: c.bookings.list(team_id=0),
    "bookings bad sort": lambda c: c.bookings.list(sort_start="ascending"),
}


@pytest.mark.parametrize("case", list(LIST_CASES), ids=list(LIST_CASES))
async def test_invalid_list_call_raises_at_call_time(
    cal: AsyncCalcom, no_requests: respx.MockRouter, case: str
) -> None:
    with pytest.raises(CalcomValueError):
        LIST_CASES[case](cal)  # raised by the call itself, before iterating


@pytest.mark.parametrize(
    "make",
    [
        lambda: Attendee(name="Ada", email=""),
        lambda: Attendee(name="Ada", email="ada@example"),
        lambda: Attendee(name="Ada", email="ada@@example.com"),
        lambda: Attendee(name="Ada", email="ada @example.com"),
        lambda: Attendee(name="", email="ada@example.com"),
        lambda: Attendee(name="Ada"),
        lambda: Attendee(name="Ada", phone_number="07123 456789"),
        lambda: Attendee(name="Ada", email="ada@example.com", time_zone="Mars/Olympus_Mons"),
        lambda: Attendee(name="Ada", email="ada@example.com", time_zone=""),
        lambda: Availability(days=["Monday"], start_time="9:00", end_time="17:00"),
        lambda: Availability(days=["Monday"], start_time="09:00", end_time="24:00"),
        lambda: Availability(days=["Monday"], start_time="09:60", end_time="17:00"),
        lambda: Availability(days=["Monday"], start_time="09:00:00", end_time="17:00"),
        lambda: Availability(days=["Monday"], start_time="17:00", end_time="09:00"),
        lambda: Availability(days=["Monday"], start_time="09:00", end_time="09:00"),
        lambda: Availability(days=[], start_time="09:00", end_time="17:00"),
        lambda: Availability(days=["Mon"], start_time="09:00", end_time="17:00"),
        lambda: Availability(days=[1], start_time="09:00", end_time="17:00"),
        lambda: DateOverride(date=date(2050, 9, 5), start_time="25:00", end_time="26:00"),
        lambda: DateOverride(date=date(2050, 9, 5), start_time="12:00", end_time="10:00"),
    ],
)
def test_input_types_validate_on_construction(make: Callable[[], Any]) -> None:
    with pytest.raises(CalcomValueError):
        make()


@pytest.mark.parametrize(
    ("kwargs", "env"),
    [
        ({}, None),  # no key anywhere
        ({"api_key": ""}, "cal_test_fromenv123"),  # explicit empty is not "use the env"
        ({"api_key": "sk_live_abcdef"}, None),
        ({"api_key": "cal_test_"}, None),
        ({"api_key": "cal_test_abc\n"}, None),
        ({"api_key": " cal_test_abc"}, None),
        ({"api_key": "cal_test_abc\u00e9"}, None),
        ({"api_key": 12345}, None),
        ({}, "cal_test_abc def"),  # a broken key in the environment
        ({"api_key": "cal_test_abc", "base_url": "http://api.cal.com"}, None),
        ({"api_key": "cal_test_abc", "base_url": "https://user:pw@api.cal.com"}, None),
        ({"api_key": "cal_test_abc", "base_url": "ftp://api.cal.com"}, None),
        ({"api_key": "cal_test_abc", "base_url": "api.cal.com"}, None),
        ({"api_key": "cal_test_abc", "max_retries": -1}, None),
        ({"api_key": "cal_test_abc", "max_rate_limit_wait": -1.0}, None),
        ({"api_key": "cal_test_abc", "timeout": 0}, None),
        ({"api_key": "cal_test_abc", "timeout": "30"}, None),
        ({"api_key": "cal_test_abc", "timeout": float("nan")}, None),
        ({"api_key": "cal_test_abc", "timeout": httpx.Timeout(5.0, read=-1)}, None),
        ({"api_key": "cal_test_abc", "pacing": "yes"}, None),
        ({"api_key": "cal_test_abc", "transport": "http"}, None),
        ({"api_key": "cal_test_abc", "http_client": object()}, None),
    ],
)
def test_client_configuration_errors(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], env: str | None
) -> None:
    if env is None:
        monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    else:
        monkeypatch.setenv("CALCOM_API_KEY", env)
    with pytest.raises(ConfigurationError) as info:
        AsyncCalcom(**kwargs)
    key = kwargs.get("api_key")
    if isinstance(key, str) and len(key) > len("cal_test_"):
        assert key.strip() not in str(info.value)


async def test_loopback_http_base_url_is_allowed() -> None:
    for url in ("http://127.0.0.1:8000", "http://localhost:9999", "http://[::1]:8080"):
        cal = AsyncCalcom(api_key="cal_test_abc", base_url=url)
        assert cal.base_url.startswith("http://")
        await cal.aclose()


def test_http_client_and_transport_are_exclusive() -> None:
    with pytest.raises(ConfigurationError):
        AsyncCalcom(
            api_key="cal_test_abc",
            http_client=httpx.AsyncClient(),
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        )


@pytest.mark.parametrize(
    "make",
    [
        lambda c: c.bookings.list(max_retries=-1),
        lambda c: c.webhooks.list(timeout=-2.0),
        lambda c: c.teams.list(org_id=1, timeout=float("nan")),
    ],
)
async def test_bad_per_call_options_on_lists_fail_before_any_request(
    cal: AsyncCalcom, no_requests: respx.MockRouter, make: Callable[[AsyncCalcom], Any]
) -> None:
    # Checked when the first page is requested, still before anything is sent.
    with pytest.raises(CalcomValueError):
        await make(cal).to_list()


async def test_path_segments_are_percent_encoded(
    cal: AsyncCalcom, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get(url__regex=r".*").respond(
        404, json={"status": "error", "error": {"code": "NotFoundException", "message": "no"}}
    )
    with pytest.raises(CalcomError):
        await cal.bookings.get("a?b#c%d&é")
    [call] = route.calls
    assert call.request.url.raw_path == b"/v2/bookings/a%3Fb%23c%25d%26%C3%A9"


def test_enum_backed_inputs_know_their_values() -> None:
    # Taken from the generated enums: an empty set would refuse every value.
    assert Attendee(name="A", email="a@x.io", language="pt-BR").language == "pt-BR"
    with pytest.raises(CalcomValueError, match="language"):
        Attendee(name="A", email="a@x.io", language="xx")
    from calcom_async.bulk import BookingRequest

    location = {"type": "integration", "integration": "cal-video"}
    assert BookingRequest(1, AWARE, ADA, location=location).location == location
    with pytest.raises(CalcomValueError, match="integration"):
        BookingRequest(1, AWARE, ADA, location={"type": "integration", "integration": "nope"})
