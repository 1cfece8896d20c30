"""The project's OpenAPI description: valid, complete, and pinned to the right API versions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "calcom-v2.yaml"

BOOKINGS, EVENT_TYPES, SCHEDULES, SLOTS = "2024-08-13", "2024-06-14", "2024-06-11", "2024-09-04"

# (method, path, operationId, tag, cal-api-version or None, success code)
OPERATIONS: list[tuple[str, str, str, str, str | None, str]] = [
    ("get", "/v2/me", "getMe", "Me", None, "200"),
    ("get", "/v2/event-types", "listEventTypes", "Event Types", EVENT_TYPES, "200"),
    ("post", "/v2/event-types", "createEventType", "Event Types", EVENT_TYPES, "201"),
    ("get", "/v2/event-types/{eventTypeId}", "getEventType", "Event Types", EVENT_TYPES, "200"),
    (
        "patch",
        "/v2/event-types/{eventTypeId}",
        "updateEventType",
        "Event Types",
        EVENT_TYPES,
        "200",
    ),
    (
        "delete",
        "/v2/event-types/{eventTypeId}",
        "deleteEventType",
        "Event Types",
        EVENT_TYPES,
        "200",
    ),
    ("get", "/v2/slots", "listSlots", "Slots", SLOTS, "200"),
    ("get", "/v2/bookings", "listBookings", "Bookings", BOOKINGS, "200"),
    ("post", "/v2/bookings", "createBooking", "Bookings", BOOKINGS, "201"),
    ("get", "/v2/bookings/{bookingUid}", "getBooking", "Bookings", BOOKINGS, "200"),
    ("post", "/v2/bookings/{bookingUid}/cancel", "cancelBooking", "Bookings", BOOKINGS, "200"),
    (
        "post",
        "/v2/bookings/{bookingUid}/reschedule",
        "rescheduleBooking",
        "Bookings",
        BOOKINGS,
        "201",
    ),
    ("post", "/v2/bookings/{bookingUid}/confirm", "confirmBooking", "Bookings", BOOKINGS, "200"),
    ("post", "/v2/bookings/{bookingUid}/decline", "declineBooking", "Bookings", BOOKINGS, "200"),
    ("get", "/v2/schedules", "listSchedules", "Schedules", SCHEDULES, "200"),
    ("post", "/v2/schedules", "createSchedule", "Schedules", SCHEDULES, "201"),
    ("get", "/v2/schedules/default", "getDefaultSchedule", "Schedules", SCHEDULES, "200"),
    ("get", "/v2/schedules/{scheduleId}", "getSchedule", "Schedules", SCHEDULES, "200"),
    ("patch", "/v2/schedules/{scheduleId}", "updateSchedule", "Schedules", SCHEDULES, "200"),
    ("delete", "/v2/schedules/{scheduleId}", "deleteSchedule", "Schedules", SCHEDULES, "200"),
    ("get", "/v2/organizations/{orgId}/teams", "listOrganizationTeams", "Teams", None, "200"),
    (
        "get",
        "/v2/organizations/{orgId}/teams/{teamId}/event-types",
        "listOrganizationTeamEventTypes",
        "Teams",
        None,
        "200",
    ),
    (
        "post",
        "/v2/organizations/{orgId}/teams/{teamId}/event-types",
        "createOrganizationTeamEventType",
        "Teams",
        None,
        "201",
    ),
    ("get", "/v2/webhooks", "listWebhooks", "Webhooks", None, "200"),
    ("post", "/v2/webhooks", "createWebhook", "Webhooks", None, "201"),
    ("get", "/v2/webhooks/{webhookId}", "getWebhook", "Webhooks", None, "200"),
    ("patch", "/v2/webhooks/{webhookId}", "updateWebhook", "Webhooks", None, "200"),
    ("delete", "/v2/webhooks/{webhookId}", "deleteWebhook", "Webhooks", None, "200"),
    ("get", "/v2/calendars", "listCalendars", "Calendars", None, "200"),
    ("get", "/v2/calendars/busy-times", "getBusyTimes", "Calendars", None, "200"),
]
# The operations added for issue 10, one per line: METHOD path operationId success-code, under a
# "## Tag | cal-api-version" header ("-" for none). "~" abbreviates /v2/organizations/{orgId}/teams.
_MORE = """
## Bookings | 2024-08-13
POST /v2/bookings/{bookingUid}/mark-absent markBookingAbsent 200
POST /v2/bookings/{bookingUid}/reassign reassignBooking 200
POST /v2/bookings/{bookingUid}/reassign/{userId} reassignBookingToUser 200
POST /v2/bookings/{bookingUid}/guests addBookingGuests 200
PATCH /v2/bookings/{bookingUid}/location updateBookingLocation 200
GET /v2/bookings/{bookingUid}/calendar-links getBookingCalendarLinks 200
GET /v2/bookings/{bookingUid}/references listBookingReferences 200
GET /v2/bookings/{bookingUid}/recordings listBookingRecordings 200
GET /v2/bookings/{bookingUid}/transcripts listBookingTranscripts 200
GET /v2/bookings/{bookingUid}/conferencing-sessions listBookingConferencingSessions 200
## Slots | 2024-09-04
POST /v2/slots/reservations reserveSlot 201
GET /v2/slots/reservations/{uid} getSlotReservation 200
PATCH /v2/slots/reservations/{uid} updateSlotReservation 200
DELETE /v2/slots/reservations/{uid} deleteSlotReservation 200
## Me | -
PATCH /v2/me updateMe 200
## Event Types | -
GET /v2/event-types/{eventTypeId}/webhooks listEventTypeWebhooks 200
POST /v2/event-types/{eventTypeId}/webhooks createEventTypeWebhook 201
DELETE /v2/event-types/{eventTypeId}/webhooks deleteAllEventTypeWebhooks 200
GET /v2/event-types/{eventTypeId}/webhooks/{webhookId} getEventTypeWebhook 200
PATCH /v2/event-types/{eventTypeId}/webhooks/{webhookId} updateEventTypeWebhook 200
DELETE /v2/event-types/{eventTypeId}/webhooks/{webhookId} deleteEventTypeWebhook 200
GET /v2/event-types/{eventTypeId}/private-links listPrivateLinks 200
POST /v2/event-types/{eventTypeId}/private-links createPrivateLink 201
PATCH /v2/event-types/{eventTypeId}/private-links/{linkId} updatePrivateLink 200
DELETE /v2/event-types/{eventTypeId}/private-links/{linkId} deletePrivateLink 200
## Calendars | -
GET /v2/calendars/{calendar}/check checkCalendarConnection 200
POST /v2/calendars/{calendar}/disconnect disconnectCalendar 200
GET /v2/calendars/ics-feed/check checkIcsFeed 200
POST /v2/calendars/ics-feed/save saveIcsFeed 201
POST /v2/selected-calendars addSelectedCalendar 201
DELETE /v2/selected-calendars removeSelectedCalendar 200
PUT /v2/destination-calendars updateDestinationCalendar 200
## Teams | -
GET /v2/teams listTeams 200
POST /v2/teams createTeam 201
GET /v2/teams/{teamId} getTeam 200
PATCH /v2/teams/{teamId} updateTeam 200
DELETE /v2/teams/{teamId} deleteTeam 200
POST /v2/teams/{teamId}/invite createTeamInvite 200
GET /v2/teams/{teamId}/event-types listPlainTeamEventTypes 200
POST /v2/teams/{teamId}/event-types createPlainTeamEventType 201
GET /v2/teams/{teamId}/event-types/{eventTypeId} getPlainTeamEventType 200
PATCH /v2/teams/{teamId}/event-types/{eventTypeId} updatePlainTeamEventType 200
DELETE /v2/teams/{teamId}/event-types/{eventTypeId} deletePlainTeamEventType 200
GET /v2/teams/{teamId}/memberships listTeamMemberships 200
POST /v2/teams/{teamId}/memberships createTeamMembership 201
GET /v2/teams/{teamId}/memberships/{membershipId} getTeamMembership 200
PATCH /v2/teams/{teamId}/memberships/{membershipId} updateTeamMembership 200
DELETE /v2/teams/{teamId}/memberships/{membershipId} deleteTeamMembership 200
GET /v2/teams/{teamId}/bookings listTeamBookings 200
GET /v2/teams/{teamId}/schedules listTeamSchedules 200
POST ~ createOrganizationTeam 201
GET ~/me listMyOrganizationTeams 200
GET ~/{teamId} getOrganizationTeam 200
PATCH ~/{teamId} updateOrganizationTeam 200
DELETE ~/{teamId} deleteOrganizationTeam 200
POST ~/{teamId}/invite createOrganizationTeamInvite 200
GET ~/event-types listAllOrganizationTeamEventTypes 200
GET ~/{teamId}/event-types/{eventTypeId} getOrganizationTeamEventType 200
PATCH ~/{teamId}/event-types/{eventTypeId} updateOrganizationTeamEventType 200
DELETE ~/{teamId}/event-types/{eventTypeId} deleteOrganizationTeamEventType 200
GET ~/{teamId}/memberships listOrganizationTeamMemberships 200
POST ~/{teamId}/memberships createOrganizationTeamMembership 201
GET ~/{teamId}/memberships/{membershipId} getOrganizationTeamMembership 200
PATCH ~/{teamId}/memberships/{membershipId} updateOrganizationTeamMembership 200
DELETE ~/{teamId}/memberships/{membershipId} deleteOrganizationTeamMembership 200
GET ~/{teamId}/bookings listOrganizationTeamBookings 200
GET ~/{teamId}/bookings/{bookingUid}/references listOrganizationTeamBookingReferences 200
GET ~/{teamId}/schedules listOrganizationTeamSchedules 200
GET ~/{teamId}/users/{userId}/schedules listOrganizationTeamUserSchedules 200
"""


def _parse_table(table: str) -> list[tuple[str, str, str, str, str | None, str]]:
    rows: list[tuple[str, str, str, str, str | None, str]] = []
    tag, version = "", None
    for line in filter(None, (raw.strip() for raw in table.splitlines())):
        if line.startswith("## "):
            tag, raw_version = (part.strip() for part in line[3:].split("|"))
            version = None if raw_version == "-" else raw_version
            continue
        method, path, op_id, code = line.split()
        path = path.replace("~", "/v2/organizations/{orgId}/teams", 1)
        rows.append((method.lower(), path, op_id, tag, version, code))
    return rows


OPERATIONS += _parse_table(_MORE)
OP_IDS = [op[2] for op in OPERATIONS]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _params(spec: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    return [_resolve(spec, p) for p in op.get("parameters", [])]


def _registry(spec: dict[str, Any]) -> Registry:
    return Registry().with_resource("urn:spec", DRAFT202012.create_resource(spec))


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_exactly_the_supported_operations(spec: dict[str, Any]) -> None:
    found = {
        (method, path)
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    }
    assert found == {(m, p) for m, p, *_ in OPERATIONS}


@pytest.mark.parametrize(
    ("method", "path", "op_id", "tag", "version", "code"), OPERATIONS, ids=OP_IDS
)
def test_operation(
    spec: dict[str, Any],
    method: str,
    path: str,
    op_id: str,
    tag: str,
    version: str | None,
    code: str,
) -> None:
    op = spec["paths"][path][method]
    assert op["operationId"] == op_id
    assert op["tags"] == [tag]
    successes = [c for c in op["responses"] if str(c).startswith("2")]
    assert successes == [code]
    success = _resolve(spec, op["responses"][code])
    envelope = _resolve(spec, success["content"]["application/json"]["schema"])
    assert "status" in envelope["required"]
    for error_code in ("4XX", "5XX"):
        error = _resolve(spec, op["responses"][error_code])
        schema = error["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorEnvelope"}

    params = _params(spec, op)
    headers = {p["name"].lower(): p for p in params if p["in"] == "header"}
    assert "authorization" not in headers, "auth is the bearer security scheme, not a parameter"
    if version is None:
        assert "cal-api-version" not in headers
    else:
        header = headers["cal-api-version"]
        assert header["required"] is True
        assert header["schema"]["default"] == version

    declared = {p["name"] for p in params if p["in"] == "path"}
    in_template = {part[1:-1] for part in path.split("/") if part.startswith("{")}
    assert declared == in_template
    for p in params:
        if p["in"] == "path":
            assert p["required"] is True


def test_bearer_security_scheme(spec: dict[str, Any]) -> None:
    assert spec["components"]["securitySchemes"]["bearer"] == {
        **spec["components"]["securitySchemes"]["bearer"],
        "type": "http",
        "scheme": "bearer",
    }
    assert spec["security"] == [{"bearer": []}]


def test_slots_parameters_follow_the_2024_09_04_version(spec: dict[str, Any]) -> None:
    params = {p["name"]: p for p in _params(spec, spec["paths"]["/v2/slots"]["get"])}
    assert set(params) == {
        "cal-api-version",
        "start",
        "end",
        "eventTypeId",
        "eventTypeSlug",
        "username",
        "teamSlug",
        "organizationSlug",
        "usernames",
        "timeZone",
        "duration",
        "format",
        "bookingUidToReschedule",
    }
    assert params["start"]["required"] and params["end"]["required"]
    assert params["eventTypeId"]["schema"]["type"] == "integer"


def test_busy_times_requires_credential_and_calendar(spec: dict[str, Any]) -> None:
    params = {p["name"]: p for p in _params(spec, spec["paths"]["/v2/calendars/busy-times"]["get"])}
    assert params["credentialId"]["required"] and params["externalId"]["required"]


def test_event_type_id_is_an_integer_everywhere(spec: dict[str, Any]) -> None:
    schema = spec["components"]["parameters"]["EventTypeIdPath"]["schema"]
    assert schema["type"] == "integer"


def test_webhook_triggers_are_an_array_of_enum_strings(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ("CreateWebhookInput", "UpdateWebhookInput"):
        triggers = schemas[name]["properties"]["triggers"]
        assert triggers["type"] == "array"
        assert _resolve(spec, triggers["items"])["enum"][0] == "BOOKING_CREATED"
    assert schemas["CreateWebhookInput"]["required"] == ["active", "subscriberUrl", "triggers"]


def test_schedule_days_enum_is_on_the_items(spec: dict[str, Any]) -> None:
    days = spec["components"]["schemas"]["ScheduleAvailability"]["properties"]["days"]
    assert "enum" not in days
    assert _resolve(spec, days["items"])["enum"][0] == "Monday"


def test_booking_create_variants_are_mutually_exclusive(spec: dict[str, Any]) -> None:
    registry = _registry(spec)
    body = spec["paths"]["/v2/bookings"]["post"]["requestBody"]["content"]["application/json"]

    def matching(instance: dict[str, Any]) -> list[str]:
        names = []
        for variant in body["schema"]["oneOf"]:
            schema = {"$ref": "urn:spec" + variant["$ref"]}
            if Draft202012Validator(schema, registry=registry).is_valid(instance):
                names.append(variant["$ref"].rsplit("/", 1)[1])
        return names

    base = {
        "start": "2050-09-05T09:00:00Z",
        "eventTypeId": 1,
        "attendee": {"name": "Ada", "timeZone": "Europe/London", "email": "ada@example.com"},
    }
    assert matching(base) == ["CreateBookingInput"]
    assert matching({**base, "instant": True}) == ["CreateInstantBookingInput"]
    assert matching({**base, "recurrenceCount": 3}) == ["CreateRecurringBookingInput"]
    assert matching({**base, "instant": True, "recurrenceCount": 3}) == []


def test_location_kinds_are_mutually_exclusive(spec: dict[str, Any]) -> None:
    registry = _registry(spec)
    kinds = spec["components"]["schemas"]["BookingLocationInput"]["oneOf"]
    examples = [
        {"type": "address"},
        {"type": "attendeeAddress", "address": "1 Main St"},
        {"type": "attendeeDefined", "location": "Cafe"},
        {"type": "attendeePhone", "phone": "+37120993151"},
        {"type": "integration", "integration": "cal-video"},
        {"type": "link"},
        {"type": "phone"},
        {"type": "organizersDefaultApp"},
    ]
    for example in examples:
        hits = [
            k
            for k in kinds
            if Draft202012Validator({"$ref": "urn:spec" + k["$ref"]}, registry=registry).is_valid(
                example
            )
        ]
        assert len(hits) == 1, example


def test_ninety_nine_operations_with_unique_ids() -> None:
    assert len(OPERATIONS) == 99
    assert len(set(OP_IDS)) == 99


def test_path_identifiers_are_integers_except_string_ids(spec: dict[str, Any]) -> None:
    string_ids = {"webhookId", "linkId"}  # a webhook id travels as text; link ids are hashes
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for p in _params(spec, op):
                if p["in"] == "path" and p["name"].endswith("Id"):
                    expected = "string" if p["name"] in string_ids else "integer"
                    assert p["schema"]["type"] == expected, (method, path, p["name"])


def _valid(spec: dict[str, Any], name: str, instance: Any) -> bool:
    schema = {"$ref": f"urn:spec#/components/schemas/{name}"}
    return Draft202012Validator(schema, registry=_registry(spec)).is_valid(instance)


def test_location_update_kinds_are_mutually_exclusive(spec: dict[str, Any]) -> None:
    kinds = [
        k["$ref"].rsplit("/", 1)[1]
        for k in spec["components"]["schemas"]["BookingLocationUpdate"]["oneOf"]
    ]
    examples = [
        {"type": "address", "address": "1 Main St"},
        {"type": "attendeeAddress", "address": "2 Side St"},
        {"type": "attendeeDefined", "location": "Cafe"},
        {"type": "attendeePhone", "phone": "+37120993151"},
        {"type": "link", "link": "https://meet.example/x"},
        {"type": "phone", "phone": "+37120993151"},
    ]
    for example in examples:
        assert len([k for k in kinds if _valid(spec, k, example)]) == 1, example
    assert not _valid(spec, "BookingLocationUpdate", {"type": "link"})  # the value is required


def test_reassignment_answer_is_the_booking_and_its_new_host(spec: dict[str, Any]) -> None:
    # Upstream's document makes this `data` refer to its own envelope (a name clash).
    answer = {
        "status": "success",
        "data": {"bookingUid": "bk_1", "reassignedTo": {"id": 2, "name": "Bo", "email": "b@x"}},
    }
    assert _valid(spec, "BookingReassignmentResponse", answer)
    assert not _valid(spec, "BookingReassignmentResponse", {"status": "success", "data": answer})


def test_team_answers_follow_the_api_not_the_document(spec: dict[str, Any]) -> None:
    membership = {"id": 1, "userId": 2, "teamId": 3, "accepted": True, "role": "MEMBER"}
    assert _valid(spec, "TeamMembershipListResponse", {"status": "success", "data": [membership]})
    assert not _valid(spec, "TeamMembershipListResponse", {"status": "success", "data": membership})
    event_type = {"id": 4, "lengthInMinutes": 30, "title": "t", "slug": "t", "teamId": 3}
    for data in (event_type, [event_type, {**event_type, "id": 5}]):
        assert _valid(spec, "TeamEventTypeUpdatedResponse", {"status": "success", "data": data})
    team = {"id": 3, "name": "Eng", "isOrganization": False}
    pending = {"message": "pay", "paymentLink": "https://pay", "pendingTeam": team}
    for data in (team, pending):
        assert _valid(spec, "TeamCreatedResponse", {"status": "success", "data": data})


def test_reservation_lookup_may_be_null(spec: dict[str, Any]) -> None:
    assert _valid(spec, "SlotReservationLookupResponse", {"status": "success", "data": None})
    assert not _valid(spec, "SlotReservationResponse", {"status": "success", "data": None})
