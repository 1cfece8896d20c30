"""SlotUnavailableError: a time that cannot be booked, told apart without matching text."""

from __future__ import annotations

from datetime import datetime, timezone

import httpx
import pytest

from calcom_async import (
    AsyncCalcom,
    Attendee,
    BadRequestError,
    ConflictError,
    SlotUnavailableError,
)
from calcom_async._errors import error_from_response
from calcom_async.testing import CONFLICT_MESSAGE, TEAM_CONFLICT_MESSAGE, FakeCalcom


def answer(status: int, message: str) -> Exception:
    body = {"status": "error", "error": {"code": "BadRequestException", "message": message}}
    request = httpx.Request("POST", "https://api.cal.com/v2/bookings")
    return error_from_response(httpx.Response(status, json=body, request=request))


@pytest.mark.parametrize(
    "message",
    [
        "User either already has booking at this time or is not available",
        "One of the hosts either already has booking at this time or is not available",
        'The event type can\'t be booked at the "start" time provided. This could be because',
        "no_available_users_found_error",
        "booking_seats_full_error",
        "round_robin_host_unavailable_for_booking",
    ],
)
def test_cal_com_slot_messages_raise_slot_unavailable(message: str) -> None:
    error = answer(400, message)
    assert isinstance(error, SlotUnavailableError) and isinstance(error, BadRequestError)
    assert error.status_code == 400


@pytest.mark.parametrize(
    "message",
    [
        "Missing required booking field 'notes'",
        "attendee.timeZone must be a valid IANA time zone",
        "Attempting to book a meeting in the past.",
        "Attendee with this email can't book because the maximum number of active bookings "
        "has been reached.",
    ],
)
def test_other_bad_requests_are_not_slot_errors(message: str) -> None:
    error = answer(400, message)
    assert type(error) is BadRequestError


def test_a_409_slot_conflict_is_both_classes() -> None:
    error = answer(409, "booking_conflict_error")
    assert isinstance(error, SlotUnavailableError) and isinstance(error, ConflictError)
    assert error.status_code == 409
    assert type(answer(409, "webhook url already exists")) is ConflictError


@pytest.mark.parametrize("team", [False, True])
async def test_taken_slot_from_the_fake_raises_slot_unavailable(team: bool) -> None:
    fake = FakeCalcom(api_keys=["cal_test_slotunavailable0123"])
    user = fake.users[0]
    fake.state.add_schedule(user.id, time_zone="UTC")
    if team:
        event_type = fake.state.add_team_event_type(fake.team.id, scheduling_type="collective")
    else:
        event_type = fake.state.add_event_type(user.id, title="Intro", length_in_minutes=30)
    start = datetime(2031, 3, 3, 10, 0, tzinfo=timezone.utc)  # a Monday, within 09-17
    async with AsyncCalcom(
        "cal_test_slotunavailable0123", base_url="http://127.0.0.1", transport=fake.transport()
    ) as cal:
        await cal.bookings.create(
            event_type_id=event_type.id, start=start, attendee=Attendee(name="A", email="a@x.io")
        )
        with pytest.raises(SlotUnavailableError) as info:
            await cal.bookings.create(
                event_type_id=event_type.id,
                start=start,
                attendee=Attendee(name="B", email="b@x.io"),
            )
    assert info.value.message == (TEAM_CONFLICT_MESSAGE if team else CONFLICT_MESSAGE)
