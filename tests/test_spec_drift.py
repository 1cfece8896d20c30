"""Tests for scripts/spec_drift.py: each kind of difference, exemptions, exit codes, real files."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "spec_drift.py"
REAL_OURS = ROOT / "openapi" / "calcom-v2.yaml"
REAL_EXEMPTIONS = ROOT / "openapi" / "drift-exemptions.yaml"
REAL_UPSTREAM = ROOT / ".." / "shared" / "reference" / "calcom-openapi-v2.json"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_drift", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_drift"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


spec_drift = _load_script()


# --- synthetic documents -----------------------------------------------------------------------


def _param(
    name: str, where: str = "query", required: bool = False, **schema: Any
) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "schema": {"type": "string", **schema}}


def _version(value: str) -> dict[str, Any]:
    return _param("cal-api-version", "header", True, default=value)


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _ok(*codes: str) -> dict[str, Any]:
    return {code: {"description": "ok"} for code in codes}


def _base() -> dict[str, Any]:
    """A small document; ours and upstream start as copies of it, then each test edits one."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/v2/slots": {
                "get": {
                    "parameters": [
                        _version("2024-09-04"),
                        _param("start", required=True),
                        _param("end", required=True),
                        _param("timeZone"),
                    ],
                    "responses": _ok("200"),
                }
            },
            "/v2/bookings": {
                "post": {
                    "parameters": [_version("2024-08-13")],
                    "requestBody": _body({"$ref": "#/components/schemas/CreateBooking"}),
                    "responses": _ok("201"),
                }
            },
            "/v2/bookings/{bookingUid}/cancel": {
                "post": {
                    "parameters": [_param("bookingUid", "path", True)],
                    "requestBody": _body({"type": "object"}),
                    "responses": _ok("200"),
                }
            },
        },
        "components": {
            "schemas": {
                "CreateBooking": {
                    "type": "object",
                    "required": ["start", "attendee"],
                    "properties": {"start": {}, "attendee": {}, "eventTypeId": {}},
                }
            }
        },
    }


@pytest.fixture
def docs() -> tuple[dict[str, Any], dict[str, Any]]:
    return _base(), _base()


def _keys(ours: dict[str, Any], upstream: dict[str, Any]) -> list[str]:
    keys, _ = spec_drift.drift(ours, upstream)
    return list(keys)


def _params(doc: dict[str, Any], path: str, method: str) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = doc["paths"][path][method]["parameters"]
    return params


# --- kinds of difference -----------------------------------------------------------------------


def test_identical_documents_have_no_drift(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    assert _keys(ours, upstream) == []


def test_operation_missing(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    del upstream["paths"]["/v2/slots"]
    assert _keys(ours, upstream) == ["GET /v2/slots: operation-missing: not in upstream"]


def test_upstream_only_operations_are_ignored(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    upstream["paths"]["/v2/me"] = {"get": {"responses": _ok("200")}}
    assert _keys(ours, upstream) == []


def test_param_added_and_removed(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    _params(ours, "/v2/slots", "get").append(_param("duration"))
    _params(upstream, "/v2/slots", "get").append(_param("startTime"))
    assert _keys(ours, upstream) == [
        "GET /v2/slots: param-added: query.duration",
        "GET /v2/slots: param-removed: query.startTime",
    ]


def test_same_name_in_another_location_differs(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    _params(ours, "/v2/slots", "get").append(_param("token", "header"))
    _params(upstream, "/v2/slots", "get").append(_param("token", "query"))
    assert _keys(ours, upstream) == [
        "GET /v2/slots: param-added: header.token",
        "GET /v2/slots: param-removed: query.token",
    ]


def test_header_names_are_case_insensitive(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    _params(ours, "/v2/slots", "get")[0]["name"] = "Cal-API-Version"
    _params(upstream, "/v2/slots", "get").append(_param("Authorization", "header"))
    assert _keys(ours, upstream) == ["GET /v2/slots: param-removed: header.authorization"]


def test_param_required(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    _params(upstream, "/v2/slots", "get")[3]["required"] = True
    _params(upstream, "/v2/slots", "get")[1]["required"] = False
    assert _keys(ours, upstream) == [
        "GET /v2/slots: param-required: query.start ours=required upstream=optional",
        "GET /v2/slots: param-required: query.timeZone ours=optional upstream=required",
    ]


def test_ref_parameters_and_path_level_parameters(
    docs: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    ours, upstream = docs
    # ours: the same parameters through components/parameters and a path-level list
    slots = ours["paths"]["/v2/slots"]
    ours["components"]["parameters"] = {
        f"P{i}": param for i, param in enumerate(slots["get"].pop("parameters"))
    }
    slots["parameters"] = [{"$ref": "#/components/parameters/P0"}]
    slots["get"]["parameters"] = [{"$ref": f"#/components/parameters/P{i}"} for i in (1, 2, 3)]
    assert _keys(ours, upstream) == []
    # upstream: a $ref'd parameter ours lacks
    upstream["components"]["parameters"] = {"Sort": _param("sortStart")}
    _params(upstream, "/v2/slots", "get").append({"$ref": "#/components/parameters/Sort"})
    assert _keys(ours, upstream) == ["GET /v2/slots: param-removed: query.sortStart"]


def test_operation_overrides_path_level_parameter(
    docs: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    ours, upstream = docs
    ours["paths"]["/v2/slots"]["parameters"] = [_param("timeZone", required=True)]
    assert _keys(ours, upstream) == []


def test_api_version_changes(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    _params(upstream, "/v2/bookings", "post")[0]["schema"] = {
        "type": "string",
        "enum": ["2024-04-15"],
    }
    assert _keys(ours, upstream) == [
        "POST /v2/bookings: api-version: ours=2024-08-13 upstream=2024-04-15"
    ]


@pytest.mark.parametrize(
    "schema",
    [{"type": "string", "const": "2024-08-13"}, {"type": "string", "example": "2024-08-13"}],
)
def test_api_version_read_from_const_or_example(
    docs: tuple[dict[str, Any], dict[str, Any]], schema: dict[str, Any]
) -> None:
    ours, upstream = docs
    _params(upstream, "/v2/bookings", "post")[0]["schema"] = schema
    assert _keys(ours, upstream) == []


def test_api_version_none_to_value(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    _params(upstream, "/v2/bookings/{bookingUid}/cancel", "post").append(_version("2024-08-13"))
    assert _keys(ours, upstream) == [
        "POST /v2/bookings/{bookingUid}/cancel: param-removed: header.cal-api-version",
        "POST /v2/bookings/{bookingUid}/cancel: api-version: ours=none upstream=2024-08-13",
    ]


def test_body_required_added_and_removed(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    ours["components"]["schemas"]["CreateBooking"]["required"] = ["start", "eventTypeId"]
    assert _keys(ours, upstream) == [
        "POST /v2/bookings: body-required-added: eventTypeId",
        "POST /v2/bookings: body-required-removed: attendee",
    ]


def test_body_added_where_upstream_has_none(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    del upstream["paths"]["/v2/bookings/{bookingUid}/cancel"]["post"]["requestBody"]
    ours["paths"]["/v2/bookings/{bookingUid}/cancel"]["post"]["requestBody"] = _body(
        {"type": "object", "required": ["reason"]}
    )
    assert _keys(ours, upstream) == [
        "POST /v2/bookings/{bookingUid}/cancel: body-required-added: reason"
    ]


def test_one_of_body_compares_fields_every_variant_requires(
    docs: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    ours, upstream = docs
    schemas = upstream["components"]["schemas"]
    schemas["Instant"] = {"required": ["start", "attendee", "instant"]}
    schemas["Recurring"] = {"required": ["start", "attendee", "recurrenceCount"]}
    upstream["paths"]["/v2/bookings"]["post"]["requestBody"] = _body(
        {
            "oneOf": [
                {"$ref": f"#/components/schemas/{n}"}
                for n in ("CreateBooking", "Instant", "Recurring")
            ]
        }
    )
    # ours as a single schema requiring start + attendee: no drift
    assert _keys(ours, upstream) == []
    # a field every upstream variant now requires is reported
    for name in ("CreateBooking", "Instant", "Recurring"):
        schemas[name]["required"].append("eventTypeId")
    assert _keys(ours, upstream) == ["POST /v2/bookings: body-required-removed: eventTypeId"]


def test_any_of_and_all_of_bodies(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    upstream["paths"]["/v2/bookings"]["post"]["requestBody"] = _body(
        {
            "allOf": [
                {"required": ["start"]},
                {"anyOf": [{"required": ["attendee", "a"]}, {"required": ["attendee", "b"]}]},
            ]
        }
    )
    assert _keys(ours, upstream) == []


def test_recursive_body_schema_terminates(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    node = upstream["components"]["schemas"]["CreateBooking"]
    node["allOf"] = [{"$ref": "#/components/schemas/CreateBooking"}]
    assert _keys(ours, upstream) == []


def test_success_codes(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    upstream["paths"]["/v2/bookings"]["post"]["responses"] = _ok("200", "201", "400")
    del upstream["paths"]["/v2/slots"]["get"]["responses"]["200"]
    assert _keys(ours, upstream) == [
        "GET /v2/slots: success-code: ours=200 upstream=none",
        "POST /v2/bookings: success-code: ours=201 upstream=200,201",
    ]


def test_renamed_path_placeholder_is_matched(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    item = ours["paths"].pop("/v2/bookings/{bookingUid}/cancel")
    item["post"]["parameters"][0]["name"] = "uid"
    ours["paths"]["/v2/bookings/{uid}/cancel"] = item
    assert _keys(ours, upstream) == [
        "POST /v2/bookings/{uid}/cancel: param-added: path.uid",
        "POST /v2/bookings/{uid}/cancel: param-removed: path.bookingUid",
    ]


def test_undeclared_upstream_path_parameter(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, upstream = docs
    del upstream["paths"]["/v2/bookings/{bookingUid}/cancel"]["post"]["parameters"]
    assert _keys(ours, upstream) == [
        "POST /v2/bookings/{bookingUid}/cancel: param-added: path.bookingUid"
    ]


# --- command line: exemptions, report, exit codes ----------------------------------------------


def _write(tmp_path: Path, ours: dict[str, Any], upstream: dict[str, Any]) -> list[str]:
    (tmp_path / "ours.yaml").write_text(yaml.safe_dump(ours), encoding="utf-8")
    (tmp_path / "upstream.json").write_text(json.dumps(upstream), encoding="utf-8")
    return [str(tmp_path / "upstream.json"), "--ours", str(tmp_path / "ours.yaml")]


def _exemptions(tmp_path: Path, *entries: dict[str, Any]) -> list[str]:
    path = tmp_path / "exemptions.yaml"
    path.write_text(yaml.safe_dump({"exemptions": list(entries)}), encoding="utf-8")
    return ["--exemptions", str(path)]


def _drifting(tmp_path: Path) -> list[str]:
    """Files with two differences: a removed query param and a changed api-version."""
    ours, upstream = _base(), _base()
    _params(upstream, "/v2/slots", "get").append(_param("startTime"))
    _params(upstream, "/v2/bookings", "post")[0]["schema"]["default"] = "2024-04-15"
    return _write(tmp_path, ours, upstream)


REMOVED = "GET /v2/slots: param-removed: query.startTime"
VERSION = "POST /v2/bookings: api-version: ours=2024-08-13 upstream=2024-04-15"


def test_clean_run_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = _write(tmp_path, _base(), _base()) + _exemptions(tmp_path)
    assert spec_drift.main(argv) == 0
    assert "drift: 0 unexempted, 0 exempted, 3 operations compared" in capsys.readouterr().out


def test_unexempted_differences_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = _drifting(tmp_path) + _exemptions(tmp_path)
    assert spec_drift.main(argv) == 1
    out = capsys.readouterr().out
    assert "UNEXEMPTED" in out
    assert REMOVED in out and VERSION in out
    assert "drift: 2 unexempted, 0 exempted, 3 operations compared" in out


def test_exemptions_silence_matching_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = _drifting(tmp_path) + _exemptions(
        tmp_path,
        {"match": "GET /v2/slots: param-removed: query.*", "reason": "outdated slots params"},
        {"match": VERSION, "reason": "upstream still documents the old version"},
    )
    assert spec_drift.main(argv) == 0
    out = capsys.readouterr().out
    assert "UNEXEMPTED" not in out
    assert "Exempted differences: 2" in out
    assert "outdated slots params" not in out  # reasons only with --verbose
    assert "drift: 0 unexempted, 2 exempted, 3 operations compared" in out


def test_verbose_lists_exempted_with_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = _drifting(tmp_path) + _exemptions(
        tmp_path, {"match": "*: param-removed: *", "reason": "outdated slots params"}
    )
    assert spec_drift.main([*argv, "--verbose"]) == 1
    out = capsys.readouterr().out
    assert out.index("UNEXEMPTED") < out.index("Exempted differences (1)")
    assert REMOVED in out and "reason: outdated slots params" in out
    assert "drift: 1 unexempted, 1 exempted, 3 operations compared" in out


def test_exemption_without_reason_is_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = _drifting(tmp_path) + _exemptions(tmp_path, {"match": REMOVED, "reason": "  "})
    assert spec_drift.main(argv) == 2
    err = capsys.readouterr().err
    assert "no reason" in err and REMOVED in err


@pytest.mark.parametrize(
    "content",
    [
        "exemptions: {match: x}",
        "exemptions:\n  - reason: why\n",
        "exemptions:\n  - just-a-string\n",
    ],
)
def test_malformed_exemptions_are_rejected(tmp_path: Path, content: str) -> None:
    path = tmp_path / "exemptions.yaml"
    path.write_text(content, encoding="utf-8")
    argv = [*_write(tmp_path, _base(), _base()), "--exemptions", str(path)]
    assert spec_drift.main(argv) == 2


def test_stale_exemption_warns_and_strict_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = _write(tmp_path, _base(), _base()) + _exemptions(
        tmp_path, {"match": "GET /v2/gone: *", "reason": "old"}
    )
    assert spec_drift.main(argv) == 0
    assert "stale exemption matches nothing: 'GET /v2/gone: *'" in capsys.readouterr().err
    assert spec_drift.main([*argv, "--strict-exemptions"]) == 1


def test_missing_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = _write(tmp_path, _base(), _base())
    assert spec_drift.main([str(tmp_path / "nope.json"), *argv[1:], *_exemptions(tmp_path)]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert spec_drift.main([*argv, "--exemptions", str(tmp_path / "nope.yaml")]) == 2


def test_unparsable_document_exits_2(tmp_path: Path) -> None:
    argv = _write(tmp_path, _base(), _base()) + _exemptions(tmp_path)
    (tmp_path / "upstream.json").write_text("{not json", encoding="utf-8")
    assert spec_drift.main(argv) == 2


def test_subprocess_exit_codes(tmp_path: Path) -> None:
    argv = _drifting(tmp_path) + _exemptions(tmp_path)
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *argv], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert REMOVED in result.stdout
    usage = subprocess.run(
        [sys.executable, str(SCRIPT), "--bogus"], capture_output=True, text=True, check=False
    )
    assert usage.returncode == 2


# --- the real files ----------------------------------------------------------------------------


def _first_query_param(doc: dict[str, Any]) -> tuple[str, int, dict[str, Any]] | None:
    """(path, index, resolved parameter) of the first query param of GET bookings or slots."""
    for path in ("/v2/bookings", "/v2/slots"):
        params = doc.get("paths", {}).get(path, {}).get("get", {}).get("parameters", [])
        for index, entry in enumerate(params):
            param = entry
            if "$ref" in entry:
                name = entry["$ref"].rsplit("/", 1)[-1]
                param = doc["components"]["parameters"][name]
            if param.get("in") == "query":
                return path, index, param
    return None


@pytest.mark.skipif(not REAL_UPSTREAM.exists(), reason="upstream reference document absent")
def test_renamed_query_param_in_real_spec_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = yaml.safe_load(REAL_OURS.read_text(encoding="utf-8"))
    found = _first_query_param(ours)
    if found is None:
        pytest.skip("our spec has no query parameter on GET /v2/bookings or GET /v2/slots yet")
    path, index, param = found
    original = param["name"]
    renamed = {**copy.deepcopy(param), "name": f"{original}DriftProbe"}
    ours["paths"][path]["get"]["parameters"][index] = renamed
    copy_path = tmp_path / "calcom-v2.yaml"
    copy_path.write_text(yaml.safe_dump(ours, sort_keys=False), encoding="utf-8")

    argv = [str(REAL_UPSTREAM), "--ours", str(copy_path)]
    if REAL_EXEMPTIONS.exists():
        argv += ["--exemptions", str(REAL_EXEMPTIONS)]
    assert spec_drift.main(argv) == 1
    out = capsys.readouterr().out
    unexempted = out.split("Exempted differences")[0]
    # the renamed copy is an added parameter; the original, if upstream has it, a removed one
    assert f"GET {path}: param-added: query.{original}DriftProbe" in unexempted or (
        f"GET {path}: param-removed: query.{original}" in unexempted
    )
