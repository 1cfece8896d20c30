"""Models of the operations added for issue 10 parse realistic answers and write them back.

Where the spec corrects upstream's document (reassignment answer, membership list, team event
type update, private links, location kinds), these pin the corrected shape.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from typing import Any

import pytest
from calcom_v2_client import models as m
from calcom_v2_client.types import UNSET
from dateutil.parser import isoparse

TIMESTAMP_KEYS = frozenset({"slotStart", "slotEnd", "reservationUntil", "expiresAt"})

RESERVATION = {
    "reservationUid": "e84be5a3-4696-49e3-acc7-b2f3999c3b94",
    "eventTypeId": 42,
    "slotStart": "2050-09-05T09:00:00.000Z",
    "slotEnd": "2050-09-05T09:30:00.000Z",
    "slotDuration": 30,
    "reservationDuration": 5,
    "reservationUntil": "2050-09-01T10:05:00.000Z",
}
TEAM = {"id": 3, "parentId": None, "name": "Eng", "slug": "eng", "isOrganization": False}
MEMBERSHIP = {
    "id": 8,
    "userId": 11,
    "teamId": 3,
    "accepted": False,
    "role": "MEMBER",
    "disableImpersonation": False,
    "user": {"email": "ada@example.com", "username": "ada", "name": "Ada", "avatarUrl": None},
}
TEAM_EVENT_TYPE = {
    "id": 90,
    "lengthInMinutes": 30,
    "title": "Support",
    "slug": "support",
    "teamId": 3,
    "schedulingType": "managed",
    "hosts": [{"userId": 11, "mandatory": False, "priority": "medium"}],
}
USAGE_LINK = {
    "linkId": "abc123",
    "eventTypeId": 42,
    "isExpired": False,
    "bookingUrl": "https://cal.com/d/abc123/30min",
    "maxUsageCount": 10,
    "usageCount": 3,
}
TIME_LINK = {
    "linkId": "def456",
    "eventTypeId": 42,
    "isExpired": True,
    "bookingUrl": "https://cal.com/d/def456/30min",
    "expiresAt": "2050-12-31T23:59:59.000Z",
}


def ok(data: Any, **extra: Any) -> dict[str, Any]:
    return {"status": "success", "data": data, **extra}


def normalise(value: Any) -> Any:
    """``value`` with every timestamp string replaced by the aware datetime it names."""
    if isinstance(value, dict):
        return {
            k: isoparse(v) if k in TIMESTAMP_KEYS and isinstance(v, str) else normalise(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


ROUND_TRIPS: list[tuple[type[Any], dict[str, Any]]] = [
    (m.SlotReservationResponse, ok(RESERVATION)),
    (m.SlotReservationLookupResponse, ok(None)),
    (
        m.BookingReassignmentResponse,
        ok(
            {
                "bookingUid": "bk_1",
                "reassignedTo": {
                    "id": 12,
                    "name": "Bo",
                    "email": "bo@example.com",
                    "displayEmail": "bo@example.com",
                },
            }
        ),
    ),
    (
        m.BookingReferencesResponse,
        ok([{"id": 1, "type": "daily_video", "eventUid": "room", "destinationCalendarId": None}]),
    ),
    (
        m.ConferencingSessionsResponse,
        ok(
            [
                {
                    "id": "s1",
                    "room": "r",
                    "startTime": 2546000000,
                    "duration": 60,
                    "ongoing": True,
                    "maxParticipants": 1,
                    "participants": [
                        {"userId": "u1", "userName": None, "joinTime": 2546000001, "duration": 59}
                    ],
                }
            ]
        ),
    ),
    (m.PrivateLinkListResponse, ok([USAGE_LINK, TIME_LINK])),
    (
        m.EventTypeWebhookListResponse,
        ok(
            [
                {
                    "id": 5,
                    "eventTypeId": 42,
                    "subscriberUrl": "https://example.com/hook",
                    "triggers": ["BOOKING_CREATED", "SOME_FUTURE_TRIGGER"],
                    "active": True,
                    "payloadTemplate": None,
                    "secret": None,
                }
            ]
        ),
    ),
    (m.TeamMembershipListResponse, ok([MEMBERSHIP])),
    (m.TeamCreatedResponse, ok(TEAM)),
    (
        m.TeamCreatedResponse,
        ok({"message": "pay", "paymentLink": "https://p", "pendingTeam": TEAM}),
    ),
    (m.TeamEventTypeUpdatedResponse, ok([TEAM_EVENT_TYPE, {**TEAM_EVENT_TYPE, "id": 91}])),
    (m.DeletedTeamEventTypeResponse, ok({"id": 90, "title": "Support"})),
    (m.CalendarCheckResponse, {"status": "success"}),
    (m.CalendarCheckResponse, ok({"connected": True})),
    (
        m.CalendarCredentialResponse,
        ok(
            {
                "id": 7,
                "type": "ics-feed_calendar",
                "userId": 1,
                "teamId": None,
                "appId": "ics-feed",
                "invalid": False,
            }
        ),
    ),
    (m.TeamInviteResponse, ok({"token": "t", "inviteLink": "https://cal.com/teams?token=t"})),
]


@pytest.mark.parametrize(
    ("model", "payload"),
    ROUND_TRIPS,
    ids=[f"{model.__name__}-{i}" for i, (model, _) in enumerate(ROUND_TRIPS)],
)
def test_round_trip(model: type[Any], payload: dict[str, Any]) -> None:
    original = copy.deepcopy(payload)
    parsed = model.from_dict(payload)
    written = parsed.to_dict()
    assert normalise(written) == normalise(original)
    assert model.from_dict(written) == parsed
    assert payload == original, "from_dict must not mutate its input"


def test_reservation_times_are_aware_datetimes() -> None:
    reservation = m.SlotReservationResponse.from_dict(ok(RESERVATION)).data
    for value in (reservation.slot_start, reservation.slot_end, reservation.reservation_until):
        assert isinstance(value, datetime)
        assert value.utcoffset() == timedelta(0)
    assert reservation.slot_end - reservation.slot_start == timedelta(minutes=30)
    lookup = {k: v for k, v in RESERVATION.items() if k != "reservationDuration"}
    found = m.SlotReservationLookupResponse.from_dict(ok(lookup)).data
    assert isinstance(found, m.SlotReservation)
    assert found.reservation_duration is UNSET


def test_private_links_of_both_kinds_share_one_model() -> None:
    usage, timed = m.PrivateLinkListResponse.from_dict(ok([USAGE_LINK, TIME_LINK])).data
    assert (usage.max_usage_count, usage.usage_count, usage.expires_at) == (10, 3, UNSET)
    assert timed.expires_at == isoparse("2050-12-31T23:59:59Z")
    assert timed.max_usage_count is UNSET
    assert timed.is_expired is True


def test_membership_fields() -> None:
    (membership,) = m.TeamMembershipListResponse.from_dict(ok([MEMBERSHIP])).data
    assert (membership.user_id, membership.team_id, membership.role) == (11, 3, "MEMBER")
    assert membership.accepted is False
    assert membership.user.email == "ada@example.com"


def test_created_team_or_pending_team() -> None:
    team = m.TeamCreatedResponse.from_dict(ok(TEAM)).data
    pending = m.TeamCreatedResponse.from_dict(
        ok({"message": "pay", "paymentLink": "https://p", "pendingTeam": TEAM})
    ).data
    assert type(team) is m.Team
    assert type(pending) is m.PendingTeam
    assert pending.pending_team.name == "Eng"


def test_team_event_type_update_is_one_or_a_list() -> None:
    one = m.TeamEventTypeUpdatedResponse.from_dict(ok(TEAM_EVENT_TYPE)).data
    several = m.TeamEventTypeUpdatedResponse.from_dict(ok([TEAM_EVENT_TYPE])).data
    assert type(one) is m.TeamEventType
    assert isinstance(several, list)
    assert type(several[0]) is m.TeamEventType


@pytest.mark.parametrize(
    ("location", "kind"),
    [
        ({"type": "address", "address": "1 Main St"}, m.BookingLocationAddressUpdate),
        ({"type": "attendeeAddress", "address": "2 Side St"}, m.BookingLocationAttendeeAddress),
        ({"type": "attendeeDefined", "location": "Cafe"}, m.BookingLocationAttendeeDefined),
        ({"type": "attendeePhone", "phone": "+15550100"}, m.BookingLocationAttendeePhone),
        ({"type": "link", "link": "https://meet.example/x"}, m.BookingLocationLinkUpdate),
        ({"type": "phone", "phone": "+15550100"}, m.BookingLocationPhoneUpdate),
    ],
)
def test_location_update_parses_into_its_kind(location: dict[str, str], kind: type[Any]) -> None:
    parsed = m.UpdateBookingLocationInput.from_dict({"location": location})
    assert type(parsed.location) is kind
    assert parsed.to_dict() == {"location": location}
