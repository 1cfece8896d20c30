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
        "listTeamEventTypes",
        "Teams",
        None,
        "200",
    ),
    (
        "post",
        "/v2/organizations/{orgId}/teams/{teamId}/event-types",
        "createTeamEventType",
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
