"""Response mutations against every operation's parser, derived from the spec (not a hand list).

For every operation of ``openapi/calcom-v2.yaml`` with a JSON 2xx answer, a valid body is built
from its schema (once per union variant), then each value in it is mutated in the ways the schema
says matter: unknown enum values, nulls, missing fields, extra fields, odd numbers and timestamps,
wrong shapes. Each mutated body is answered to a real ``AsyncCalcom`` through the facade's one
request path, and the outcome must be what the schema predicts:

* **kept**: the call succeeds, the model is typed all the way down (no raw dict where a model
  belongs, ints are ints, datetimes aware) and ``to_dict()`` gives the mutated body back (an
  unknown enum value as its string, 5001.0 as 5001, a null optional field as absent);
* **refused**: :class:`ResponseValidationError` whose ``path`` is the mutated value's place and
  whose message names it and the value.

Inside a union a refused value may instead make another variant fit (a recurring booking whose
``recurringBookingUid`` is null is a plain booking); that is accepted only if the result is still
typed and round-trips. A bounded Hypothesis test then combines several mutations at once.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml
from calcom_v2_client.errors import MISSING
from calcom_v2_client.types import Unset
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import ClassName, PythonIdentifier

from calcom_async import AsyncCalcom, ResponseValidationError

SPEC = yaml.safe_load((Path(__file__).parents[1] / "openapi" / "calcom-v2.yaml").read_text())
KEY = "cal_test_mutations_0123456789abcdef"
Path_ = tuple[str | int, ...]


# ------------------------------------------------------------------ the spec, resolved


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with ``$ref`` followed and ``allOf`` merged (``not`` is irrelevant to parsing)."""
    while "$ref" in node:
        node = SPEC["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]] | {
            "x-name": node["$ref"].rsplit("/", 1)[1]
        }
    if "allOf" in node:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in node["allOf"]:
            part = resolve(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return {**node, **merged}
    return node


def variants(node: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    """The non-null alternatives of a node and whether null is allowed."""
    options = node.get("oneOf") or node.get("anyOf")
    if options:
        resolved = [resolve(o) for o in options]
        return [o for o in resolved if o.get("type") != "null"], len(resolved) > len(
            [o for o in resolved if o.get("type") != "null"]
        )
    types = node.get("type")
    if isinstance(types, list):
        rest = [t for t in types if t != "null"]
        return [{**node, "type": t} for t in rest], "null" in types
    return [node], False


def kind(node: dict[str, Any]) -> str:
    if "const" in node:
        return "const"
    if "enum" in node:
        return "enum"
    t = node.get("type")
    if t == "object" or "properties" in node:
        if node.get("properties"):
            return "model"
        extra = node.get("additionalProperties")
        return "map" if isinstance(extra, dict) else "free"
    if t == "string":
        return {"date-time": "datetime", "date": "date"}.get(node.get("format", ""), "string")
    return t or "any"


def build(node: dict[str, Any], choice: int) -> Any:
    """A valid instance of ``node`` with every optional field present; union variant ``choice``."""
    options, _ = variants(resolve(node))
    node = options[min(choice, len(options) - 1)]
    k = kind(node)
    if k == "model":
        return {name: build(sub, choice) for name, sub in node["properties"].items()}
    if k == "map":
        return {"2050-01-03": build(node["additionalProperties"], choice)}
    if k == "array":
        return [build(node.get("items", {}), choice)]
    return {
        "const": node.get("const"),
        "enum": (node.get("enum") or [None])[0],
        "free": {"anyKey": "anyValue"},
        "string": "09:00" if "pattern" in node else "text",
        "datetime": "2050-01-03T09:00:00.000Z",
        "date": "2050-01-03",
        "integer": 7,
        "number": 1.5,
        "boolean": True,
        "any": {"free": ["form"]},
    }[k]


JSON_TYPE = {
    **dict.fromkeys(("model", "free", "map"), "object"),
    **dict.fromkeys(("string", "datetime", "date", "enum", "const"), "string"),
    **{k: k for k in ("array", "integer", "number", "boolean", "any")},
}


@attrs.frozen
class Site:
    """One value of a built body: where it is, its schema and how the parent holds it."""

    path: Path_
    node: dict[str, Any]  # the schema of the value as built (a union's chosen variant)
    nullable: bool
    required: bool  # False for optional fields; list items and map entries count as required
    in_object: bool  # a field (can be missing), not a list item or map entry
    in_union: bool  # below a union with several variants
    json_types: frozenset[str]  # the JSON types the place admits (all variants)


def sites(node: dict[str, Any], choice: int, path: Path_ = (), **ctx: Any) -> Iterator[Site]:
    options, nullable = variants(resolve(node))
    chosen = options[min(choice, len(options) - 1)]
    in_union = ctx.get("in_union", False) or len(options) > 1
    if path:
        yield Site(
            path,
            chosen,
            nullable,
            ctx.get("required", True),
            ctx.get("in_object", False),
            ctx.get("in_union", False),
            frozenset(JSON_TYPE[kind(o)] for o in options),
        )
    k = kind(chosen)
    if k == "model":
        for name, sub in chosen["properties"].items():
            required = name in chosen.get("required", ())
            yield from sites(
                sub, choice, (*path, name), required=required, in_object=True, in_union=in_union
            )
    elif k == "map":
        yield from sites(
            chosen["additionalProperties"], choice, (*path, "2050-01-03"), in_union=in_union
        )
    elif k == "array":
        yield from sites(chosen.get("items", {}), choice, (*path, 0), in_union=in_union)


# ------------------------------------------------------------------ mutations and their outcome

UNKNOWN = "zz_value_added_after_this_sdk"
EXTRA = "zzFieldAddedLater"
DELETE = object()


def mutations(site: Site) -> Iterator[tuple[str, Any, str]]:
    """``(name, new value or DELETE, expected)``: kept / absent / refused / either."""
    k = kind(site.node)
    null = "kept" if site.nullable else ("absent" if not site.required else "refused")
    if k != "any":
        yield "null", None, null
    if site.in_object:
        yield "missing", DELETE, "refused" if site.required else "absent"
    others = site.json_types - {JSON_TYPE[k]}
    odd: dict[str, list[tuple[str, Any, str]]] = {
        "enum": [("unknown enum value", UNKNOWN, "kept"), ("number", 3, "refused")],
        "const": [("other constant", UNKNOWN, "refused")],
        "string": [("number", 42, "refused"), ("object", {"a": 1}, "refused")],
        "integer": [
            ("integral float", 5001.0, "kept"),
            ("fraction", 5001.5, "refused"),
            ("numeric string", "5001", "refused"),
            ("boolean", True, "refused"),
        ],
        "number": [("integer", 3, "kept"), ("numeric string", "1.5", "refused")],
        "boolean": [("string", "true", "refused"), ("one", 1, "refused")],
        "datetime": [
            ("naive timestamp", "2050-01-03T09:00:00", "refused"),
            ("date only", "2050-01-03", "refused"),
            ("other offset", "2050-01-03T11:00:00+02:00", "kept"),
            ("epoch seconds", 2524813200, "refused"),
            ("garbage", "next tuesday", "refused"),
        ],
        "date": [("bad date", "2050-13-40", "refused"), ("number", 20500103, "refused")],
        "model": [
            ("extra field", EXTRA, "kept"),
            ("string", "text", "refused"),
            ("array", [], "refused"),
        ],
        "free": [("extra field", EXTRA, "kept"), ("string", "text", "refused")],
        "map": [("string", "text", "refused")],
        "array": [("object", {}, "refused"), ("string", "text", "refused")],
        "any": [("anything", [1, {"a": None}], "kept")],
    }
    for name, value, expected in odd[k]:
        # A JSON type another variant admits is valid if that variant is a scalar ([integer,
        # string]); for an object or array variant it depends on the contents ({} lacks fields).
        if expected == "refused" and (_json_type(value) in others or "any" in others):
            expected = "either" if _json_type(value) in ("object", "array") else "kept"
        yield name, value, expected


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    return {int: "integer", float: "number", str: "string", list: "array", dict: "object"}.get(
        type(value), "null"
    )


def get_at(body: Any, path: Path_) -> Any:
    for part in path:
        body = body[part]
    return body


def apply(body: Any, path: Path_, value: Any, expected: str) -> tuple[Any, Any]:
    """``(mutated copy, what its to_dict should be)`` for a kept or absent outcome."""
    mutated = copy.deepcopy(body)
    parent = get_at(mutated, path[:-1])
    if value is DELETE:
        del parent[path[-1]]
    elif value == EXTRA:
        parent[path[-1]][EXTRA] = {"nested": [1, None]}
    else:
        parent[path[-1]] = value
    want = copy.deepcopy(mutated)
    if expected == "absent" and value is not DELETE:
        del get_at(want, path[:-1])[path[-1]]  # a null optional field reads as absent
    return mutated, want


def normalise(value: Any) -> Any:
    """Timestamps as instants, integral floats as ints: equal values compare equal."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and value[10] == "T":
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def assert_typed(obj: Any, node: dict[str, Any], where: str) -> None:
    """The parsed value has the Python type its schema promises, all the way down."""
    options, nullable = variants(resolve(node))
    if (obj is None and nullable) or isinstance(obj, Unset):
        return
    errors = []
    for option in options:
        try:
            _assert_one(obj, option, where)
            return
        except AssertionError as exc:
            errors.append(exc)
    raise errors[0]


def _assert_one(obj: Any, node: dict[str, Any], where: str) -> None:
    k = kind(node)
    if k in ("model", "free", "map"):
        is_model = type(obj).__module__.startswith("calcom_v2_client.models.")
        assert is_model, f"{where}: {obj!r} is not a model"
        if k == "model":
            if "x-name" in node:
                assert type(obj).__name__ == ClassName(node["x-name"], "field_"), where
            for name, sub in node["properties"].items():
                value = getattr(obj, PythonIdentifier(name, "field_"))
                assert_typed(value, sub, f"{where}.{name}")
        elif k == "map":
            for key, value in obj.additional_properties.items():
                assert_typed(value, node["additionalProperties"], f"{where}.{key}")
        return
    if k == "array":
        assert isinstance(obj, list), f"{where}: {obj!r} is not a list"
        for i, item in enumerate(obj):
            assert_typed(item, node.get("items", {}), f"{where}[{i}]")
        return
    expected = {
        "string": str,
        "enum": str,
        "integer": int,
        "number": float,
        "boolean": bool,
        "datetime": dt.datetime,
        "date": dt.date,
    }.get(k)
    if expected is not None:
        assert type(obj) is expected, f"{where}: {obj!r} is not {expected.__name__}"
    if k == "datetime":
        assert obj.utcoffset() is not None, f"{where}: naive datetime {obj!r}"


# ------------------------------------------------------------------ every operation


@attrs.frozen
class Operation:
    name: str
    module: Any
    status: int
    schema: dict[str, Any]


def operations() -> list[Operation]:
    found = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            for code, response in op["responses"].items():
                if not str(code).startswith("2"):
                    continue
                while "$ref" in response:
                    response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema is None:
                    continue
                tag = PythonIdentifier(op["tags"][0], "field_")
                module = importlib.import_module(
                    f"calcom_v2_client.api.{tag}.{PythonIdentifier(op['operationId'], 'field_')}"
                )
                found.append(Operation(f"{method.upper()} {path}", module, int(code), schema))
    return found


OPERATIONS = operations()


class Prober:
    """One real client whose every request is answered with the body under test."""

    def __init__(self) -> None:
        self.status, self.body = 200, None
        transport = httpx.MockTransport(lambda _: httpx.Response(self.status, json=self.body))
        self.cal = AsyncCalcom(KEY, transport=transport, pacing=False, max_retries=0)

    async def parse(self, op: Operation, body: Any) -> Any:
        """Parse ``body`` as ``op``'s answer through the facade's request path."""
        self.status, self.body = op.status, body

        async def endpoint(*, client: Any) -> Any:
            response = await client.get_async_httpx_client().get("/v2/probe")
            return op.module._build_response(client=client, response=response)

        return await self.cal._request(endpoint, object)


def location(path: Path_) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


async def check(
    probe: Prober, op: Operation, choice: int, site: Site, value: Any, expected: str
) -> str | None:
    """Run one mutation; return a description of what went wrong, or None."""
    mutated, want = apply(build(op.schema, choice), site.path, value, expected)
    try:
        parsed = await probe.parse(op, mutated)
    except ResponseValidationError as err:
        if expected == "either" and err.path.startswith(location(site.path)):
            return None
        if expected != "refused":
            return f"refused although it should be {expected}: {err}"
        if err.path != location(site.path):
            return f"error names {err.path!r}, not {location(site.path)!r}: {err}"
        got = MISSING if value is DELETE else value
        if (err.value is not got and err.value != got) or not err.model or not err.reason:
            return f"error lacks model/value/reason: {err!r} {err.model} {err.value!r}"
        if f".{err.path}" not in str(err) or (
            got is not MISSING and repr(got)[:40] not in str(err)
        ):
            return f"message does not name the place and value: {err}"
        return None
    if expected == "refused" and not site.in_union:
        return f"accepted although it should be refused: {mutated!r}"
    try:
        assert_typed(parsed, op.schema, "body")
    except AssertionError as exc:
        return f"not typed: {exc}"
    if normalise(parsed.to_dict()) != normalise(want):
        return f"to_dict differs: {parsed.to_dict()!r} != {want!r}"
    return None


def cases(op: Operation) -> Iterator[tuple[int, Site, str, Any, str]]:
    for choice in range(_max_choices(op.schema)):
        for site in sites(op.schema, choice):
            for name, value, expected in mutations(site):
                yield choice, site, name, value, expected


def _max_choices(node: dict[str, Any], depth: int = 0) -> int:
    options, _ = variants(resolve(node))
    best = len(options)
    if depth < 4:
        for option in options:
            for sub in option.get("properties", {}).values():
                best = max(best, _max_choices(sub, depth + 1))
            if "items" in option:
                best = max(best, _max_choices(option["items"], depth + 1))
    return best


def test_every_operation_is_covered() -> None:
    methods = sum(
        1 for item in SPEC["paths"].values() for op in item.values() if isinstance(op, dict)
    )
    assert len({op.name for op in OPERATIONS}) == methods
    assert sum(1 for op in OPERATIONS for _ in cases(op)) > 1000


async def test_valid_bodies_parse_typed() -> None:
    probe = Prober()
    for op in OPERATIONS:
        for choice in range(_max_choices(op.schema)):
            body = build(op.schema, choice)
            parsed = await probe.parse(op, body)
            assert_typed(parsed, op.schema, op.name)
            assert normalise(parsed.to_dict()) == normalise(body), op.name


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
async def test_mutations(op: Operation) -> None:
    probe = Prober()
    failures, count = [], 0
    for choice, site, name, value, expected in cases(op):
        count += 1
        problem = await check(probe, op, choice, site, value, expected)
        if problem:
            failures.append(f"variant {choice} {location(site.path)} {name}: {problem}")
    assert not failures, f"{len(failures)} of {count} mutations:\n" + "\n".join(failures[:20])


# ------------------------------------------------------------------ several at once

ALL_CASES = [(op, *case) for op in OPERATIONS for case in cases(op)]


@settings(
    max_examples=300, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.data())
def test_combined_mutations(data: st.DataObject) -> None:
    """Two to four mutations in one body: refused if any refused one is reached, else kept."""
    op = data.draw(st.sampled_from(OPERATIONS))
    mine = [c for c in ALL_CASES if c[0] is op]
    choice = data.draw(st.sampled_from(sorted({c[1] for c in mine})))
    picked = data.draw(
        st.lists(st.sampled_from([c for c in mine if c[1] == choice]), min_size=2, max_size=4)
    )
    # Mutate disjoint places only: none inside another's (replaced or removed) value.
    chosen: list[tuple[Site, Any, str]] = []
    for _, _, site, _, value, expected in picked:
        if all(not _nested(site.path, other.path) for other, _, _ in chosen):
            chosen.append((site, value, expected))
    body: Any = build(op.schema, choice)
    want: Any = copy.deepcopy(body)
    for site, value, expected in chosen:
        body = apply(body, site.path, value, expected)[0]
        want = apply(want, site.path, value, expected)[1]
    refused = {location(s.path) for s, _, e in chosen if e == "refused"}
    either = [location(s.path) for s, _, e in chosen if e == "either"]

    async def run() -> None:
        probe = Prober()
        try:
            parsed = await probe.parse(op, body)
        except ResponseValidationError as err:
            assert err.path in refused or any(map(err.path.startswith, either)), str(err)
            return
        finally:
            await probe.cal.aclose()
        assert not refused or any(s.in_union for s, _, e in chosen if e == "refused"), refused
        assert_typed(parsed, op.schema, "body")
        assert normalise(parsed.to_dict()) == normalise(want)

    asyncio.run(run())


def _nested(a: Path_, b: Path_) -> bool:
    return a[: len(b)] == b or b[: len(a)] == a
