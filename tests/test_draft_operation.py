"""Tests for scripts/draft_operation.py: facts kept, prose dropped, conventions applied."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "draft_operation.py"
REAL_UPSTREAM = ROOT / ".." / "shared" / "reference" / "calcom-openapi-v2.json"
PROSE = "Upstream prose that must never be copied"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draft_operation", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["draft_operation"] = module
    spec.loader.exec_module(module)
    return module


draft_operation = _load_script()

OURS: dict[str, Any] = {
    "components": {
        "parameters": {
            "SlotsApiVersion": {
                "name": "cal-api-version",
                "in": "header",
                "required": True,
                "schema": {"type": "string", "default": "2024-09-04"},
            },
            "EventTypeIdPath": {
                "name": "eventTypeId",
                "in": "path",
                "required": True,
                "schema": {"type": "integer"},
            },
        },
        "schemas": {"Webhook": {"type": "object"}},
    }
}


def _upstream() -> dict[str, Any]:
    header = {
        "name": "Authorization",
        "in": "header",
        "required": True,
        "schema": {"type": "string"},
    }
    return {
        "paths": {
            "/v2/slots/reservations": {
                "post": {
                    "operationId": "SlotsController_2024_09_04_reserveSlot",
                    "summary": PROSE,
                    "description": PROSE,
                    "tags": ["Slots"],
                    "parameters": [
                        {
                            "name": "cal-api-version",
                            "in": "header",
                            "required": True,
                            "description": PROSE,
                            "schema": {"type": "string", "default": "2024-09-04"},
                        },
                        header,
                        {"name": "x-cal-client-id", "in": "header", "schema": {"type": "string"}},
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ReserveInput_2024_09_04"}
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": PROSE,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/ReserveOutputDto"}
                                }
                            },
                        },
                        "400": {"description": "bad"},
                    },
                }
            },
            "/v2/event-types/{eventTypeId}/webhooks/{webhookId}": {
                "get": {
                    "operationId": "EventTypeWebhooksController_getEventTypeWebhook",
                    "tags": ["Event Types / Webhooks"],
                    "parameters": [header],
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Webhook"}
                                }
                            },
                        }
                    },
                },
                "delete": {
                    "operationId": "X_deleteEventTypeWebhook",
                    "parameters": [
                        {"name": "eventTypeId", "in": "path", "schema": {"type": "number"}},
                        {"name": "take", "in": "query", "schema": {"type": "number"}},
                    ],
                    "responses": {"200": {"description": ""}},
                },
            },
        },
        "components": {
            "schemas": {
                "ReserveInput_2024_09_04": {
                    "type": "object",
                    "required": ["eventTypeId", "slotStart"],
                    "properties": {
                        "eventTypeId": {"type": "number", "example": 1, "description": PROSE},
                        "slotStart": {"type": "string", "example": "2050-01-01T09:00:00Z"},
                        "interval": {"type": "object", "example": 15},
                        "days": {"type": "array", "items": {"type": "string", "enum": ["Mo"]}},
                        "note": {"type": "string", "nullable": True},
                        "owner": {
                            "nullable": True,
                            "allOf": [{"$ref": "#/components/schemas/Webhook"}],
                        },
                    },
                },
                "ReserveOutputDto": {
                    "type": "object",
                    "required": ["status", "data"],
                    "properties": {
                        "status": {"type": "string", "enum": ["success", "error"]},
                        "data": {"$ref": "#/components/schemas/ReserveOutputDto"},
                    },
                },
            }
        },
    }


def _draft(*operations: tuple[str, str]) -> tuple[str, dict[str, Any]]:
    text = draft_operation.draft(_upstream(), OURS, list(operations))
    return text, yaml.safe_load(text)


def test_keeps_facts_and_drops_prose() -> None:
    text, fragment = _draft(("post", "/v2/slots/reservations"))
    assert PROSE not in text
    assert "2050-01-01" not in text  # examples are upstream content too
    op = fragment["paths"]["/v2/slots/reservations"]["post"]
    assert op["operationId"] == "reserveSlot"
    assert op["summary"] == "TODO"
    assert op["tags"] == ["Slots"]
    assert op["parameters"] == [{"$ref": "#/components/parameters/SlotsApiVersion"}]
    assert op["requestBody"]["required"] is True
    assert list(op["responses"]) == ["201", "4XX", "5XX"]
    body = fragment["components"]["schemas"]["ReserveInput"]
    assert body["required"] == ["eventTypeId", "slotStart"]
    assert body["properties"]["eventTypeId"] == {"type": "number"}
    assert body["properties"]["days"] == {
        "type": "array",
        "items": {"type": "string", "enum": ["Mo"]},
    }
    assert body["properties"]["note"] == {"type": ["string", "null"]}
    assert body["properties"]["owner"] == {
        "oneOf": [{"$ref": "#/components/schemas/Webhook"}, {"type": "null"}]
    }


def test_notes_upstream_errors_and_renames() -> None:
    text, fragment = _draft(("post", "/v2/slots/reservations"))
    notes = [line for line in text.splitlines() if line.startswith("# note: ")]
    assert "# note: schema ReserveInput_2024_09_04 drafted as ReserveInput" in notes
    assert any("ReserveInput.interval: declared type object" in n and "(int)" in n for n in notes)
    assert "# note: ReserveOutputDto refers to itself (an upstream error)" in notes
    output = fragment["components"]["schemas"]["ReserveOutput"]
    assert output["properties"]["data"] == {"$ref": "#/components/schemas/ReserveOutput"}


def test_declares_forgotten_path_parameters_and_reuses_ours() -> None:
    text, fragment = _draft(
        ("get", "/v2/event-types/{eventTypeId}/webhooks/{webhookId}"),
        ("delete", "/v2/event-types/{eventTypeId}/webhooks/{webhookId}"),
    )
    item = fragment["paths"]["/v2/event-types/{eventTypeId}/webhooks/{webhookId}"]
    assert item["get"]["parameters"] == [
        {"$ref": "#/components/parameters/EventTypeIdPath"},
        {"name": "webhookId", "in": "path", "required": True, "schema": {"type": "integer"}},
    ]
    assert "path.eventTypeId is not declared upstream; declared here" in text
    schema = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Webhook"}
    assert "components" not in fragment  # Webhook is ours already: referenced, not redrafted
    assert "ours has a schema Webhook; same shape?" in text
    # number -> integer for identifiers (then ours' parameter matches) and for take.
    assert item["delete"]["parameters"][0] == {"$ref": "#/components/parameters/EventTypeIdPath"}
    assert item["delete"]["parameters"][-1]["schema"] == {"type": "integer"}
    assert "content" not in item["delete"]["responses"]["200"]


def test_draft_name() -> None:
    assert (
        draft_operation.draft_name("MarkAbsentBookingInput_2024_08_13") == "MarkAbsentBookingInput"
    )
    assert draft_operation.draft_name("CreateWebhookInputDto") == "CreateWebhookInput"
    assert draft_operation.draft_name("Dto") == "Dto"


def test_command_line_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    upstream = tmp_path / "up.json"
    upstream.write_text('{"paths": {}}', encoding="utf-8")
    assert draft_operation.main([str(upstream), "GET /v2/nowhere"]) == 2
    assert "upstream has no GET /v2/nowhere" in capsys.readouterr().err
    assert draft_operation.main([str(upstream), "FETCH /v2/x"]) == 2
    assert draft_operation.main([str(upstream)]) == 2


@pytest.mark.skipif(not REAL_UPSTREAM.exists(), reason="upstream reference not available")
def test_real_reference_drafts_slot_reservations(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ours = tmp_path / "ours.yaml"
    ours.write_text("openapi: 3.1.0\n", encoding="utf-8")
    argv = [str(REAL_UPSTREAM), "--prefix", "/v2/slots/reservations", "--ours", str(ours)]
    assert draft_operation.main(argv) == 0
    text = capsys.readouterr().out
    fragment = yaml.safe_load(text)
    assert set(fragment["paths"]) == {"/v2/slots/reservations", "/v2/slots/reservations/{uid}"}
    assert set(fragment["paths"]["/v2/slots/reservations/{uid}"]) == {"get", "patch", "delete"}
    reserve = fragment["components"]["schemas"]["ReserveSlotInput"]
    assert reserve["required"] == ["eventTypeId", "slotStart"]
    assert "GetReservedSlotOutput_2024_09_04 refers to itself" in text


def test_a_version_header_without_a_value_is_flagged() -> None:
    upstream = _upstream()
    header = upstream["paths"]["/v2/slots/reservations"]["post"]["parameters"][0]
    del header["schema"]["default"]
    text = draft_operation.draft(upstream, OURS, [("post", "/v2/slots/reservations")])
    fragment = yaml.safe_load(text)
    params = fragment["paths"]["/v2/slots/reservations"]["post"]["parameters"]
    assert params == [
        {"name": "cal-api-version", "in": "header", "required": True, "schema": {"type": "string"}}
    ]
    assert "cal-api-version pins no value upstream; pin the area's version" in text
