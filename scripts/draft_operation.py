"""Draft the YAML of upstream operations for ``openapi/calcom-v2.yaml``, for a human to curate.

    python scripts/draft_operation.py UPSTREAM.json "POST /v2/bookings/{bookingUid}/mark-absent" ...
    python scripts/draft_operation.py UPSTREAM.json --prefix /v2/slots/reservations

Prints a YAML fragment (``paths`` plus the ``components/schemas`` the operations reach) built from
the facts of Cal.com's published document only: paths, methods, parameter names / locations /
required flags / types, the ``cal-api-version`` value, body and response field names, types,
enums and ``required`` lists. Upstream's prose (descriptions, summaries, examples) is never
copied: ``summary`` is left as ``TODO`` for the curator to write in our own words.

The draft already applies the project's conventions, each one announced in a ``# note:`` line:

- the ``Authorization`` and Platform ``x-cal-*`` header parameters are dropped (ours uses the
  bearer security scheme);
- ``cal-api-version`` and path parameters become ``$ref``s to our ``components/parameters`` when
  ours has one with the same value / name;
- path placeholders upstream forgets to declare are declared (integers when named ``*Id``);
- ``type: number`` becomes ``integer`` for identifiers and ``take`` / ``skip``;
- ``nullable: true`` becomes the 3.1 spelling ours uses (``type: [string, "null"]``);
- schema names lose upstream's version suffix (``_2024_08_13``) and ``Dto``; schemas ours already
  has under the drafted name are referenced, not redrafted;
- properties upstream declares ``type: object`` while its example is a scalar are flagged (a
  known upstream error), as are self-referencing schemas.

It is a starting point: names, tags, summaries and corrections are the curator's job, and
``scripts/spec_drift.py`` checks the result.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OURS = ROOT / "openapi" / "calcom-v2.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
DROPPED_HEADERS = {"authorization", "x-cal-client-id", "x-cal-secret-key"}
# Schema keywords that are facts about the wire shape; everything else (prose) is left out.
SCHEMA_FACTS = (
    "type",
    "format",
    "enum",
    "const",
    "default",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "pattern",
    "nullable",
    "required",
)
COMBINATORS = ("oneOf", "anyOf", "allOf")

Node = Mapping[str, Any]


class DraftError(Exception):
    """A usage problem: reported on stderr, exit status 2."""


def draft_name(upstream_name: str) -> str:
    """``ReserveSlotInput_2024_09_04`` -> ``ReserveSlotInput``; ``FooDto`` -> ``Foo``."""
    name = re.sub(r"_\d{4}_\d{2}_\d{2}$", "", upstream_name)
    return re.sub(r"Dto$", "", name) or upstream_name


class Drafter:
    """Builds the fragment; collects the notes the curator must read."""

    def __init__(self, upstream: Node, ours: Node) -> None:
        self.upstream = upstream
        self.schemas: Mapping[str, Any] = upstream.get("components", {}).get("schemas", {})
        ours_components = ours.get("components", {})
        self.ours_schemas: Mapping[str, Any] = ours_components.get("schemas", {})
        self.ours_params: Mapping[str, Any] = ours_components.get("parameters", {})
        self.notes: list[str] = []
        self.drafted: dict[str, Any] = {}
        self._pending: list[str] = []

    # --- operations ----------------------------------------------------------------------------

    def operation(self, method: str, path: str) -> dict[str, Any]:
        item = self.upstream.get("paths", {}).get(path)
        op = item.get(method) if isinstance(item, Mapping) else None
        if not isinstance(op, Mapping):
            raise DraftError(f"upstream has no {method.upper()} {path}")
        label = f"{method.upper()} {path}"
        raw_params = [*item.get("parameters", []), *op.get("parameters", [])]
        params = self._parameters(label, path, raw_params)
        upstream_id = str(op.get("operationId", ""))
        drafted: dict[str, Any] = {
            "operationId": upstream_id.rsplit("_", 1)[-1] or "TODO",
            "tags": list(op.get("tags", [])) or ["TODO"],
            "summary": "TODO",
        }
        if params:
            drafted["parameters"] = params
        body = op.get("requestBody")
        if isinstance(body, Mapping):
            drafted["requestBody"] = {
                "required": bool(body.get("required", False)),
                "content": {"application/json": {"schema": self._json_schema(label, body)}},
            }
        drafted["responses"] = self._responses(label, op.get("responses", {}))
        return drafted

    def _parameters(self, label: str, path: str, raw: Sequence[Any]) -> list[Any]:
        out: list[Any] = []
        declared: set[str] = set()
        for entry in raw:
            param = self._resolve(entry)
            name, where = str(param.get("name", "")), param.get("in")
            if where == "header" and name.lower() in DROPPED_HEADERS:
                continue
            if where == "path":
                declared.add(name)
            out.append(self._parameter(label, name, str(where), param))
        for name in re.findall(r"\{([^}/]+)\}", path):
            if name not in declared:
                self.notes.append(f"{label}: path.{name} is not declared upstream; declared here")
                fallback = {"type": "integer" if name.endswith("Id") else "string"}
                out.append(self._parameter(label, name, "path", {"schema": fallback}))
        order = {"header": 0, "path": 1, "query": 2}
        return sorted(out, key=lambda p: order.get(self._location(p), 3))

    def _location(self, param: Any) -> str:
        if "$ref" in param:
            return str(self.ours_params[param["$ref"].rsplit("/", 1)[1]].get("in"))
        return str(param.get("in"))

    def _parameter(self, label: str, name: str, where: str, param: Node) -> dict[str, Any]:
        schema = self._facts(self._resolve(param.get("schema", {})), label, f"{where}.{name}")
        if schema.get("type") == "number" and (name.endswith("Id") or name in ("take", "skip")):
            schema["type"] = "integer"
            self.notes.append(f"{label}: {where}.{name} number -> integer")
        for ref_name, ours in self.ours_params.items():
            if (
                ours.get("in") == where
                and str(ours.get("name", "")).lower() == name.lower()
                and self._same_schema(where, ours.get("schema", {}), schema)
            ):
                return {"$ref": f"#/components/parameters/{ref_name}"}
        if where == "header" and name.lower() == "cal-api-version":
            value = schema.get("default")
            self.notes.append(
                f"{label}: cal-api-version {value} has no parameter in ours"
                if value is not None
                else f"{label}: cal-api-version pins no value upstream; pin the area's version"
            )
        return {
            "name": name,
            "in": where,
            "required": where == "path" or bool(param.get("required", False)),
            "schema": schema,
        }

    @staticmethod
    def _same_schema(where: str, ours: Node, drafted: Node) -> bool:
        """A header matches on its pinned value, a path parameter on its type, a query on all."""
        if where == "header":
            return ours.get("default") == drafted.get("default")
        if where == "path":
            return ours.get("type") == drafted.get("type")
        return {k: ours[k] for k in SCHEMA_FACTS if k in ours} == dict(drafted)

    def _responses(self, label: str, responses: Node) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for code, response in responses.items():
            if not str(code).startswith("2"):
                continue
            response = self._resolve(response)
            entry: dict[str, Any] = {"description": "TODO"}
            if isinstance(response.get("content"), Mapping):
                schema = self._json_schema(label, response)
                entry["content"] = {"application/json": {"schema": schema}}
            else:
                self.notes.append(f"{label}: {code} has no body upstream")
            out[str(code)] = entry
        out["4XX"] = {"$ref": "#/components/responses/Error"}
        out["5XX"] = {"$ref": "#/components/responses/Error"}
        return out

    def _json_schema(self, label: str, holder: Node) -> Any:
        content = holder.get("content", {})
        media = content.get("application/json") or next(iter(content.values()), {})
        return self._schema(media.get("schema", {}), label, "body")

    # --- schemas -------------------------------------------------------------------------------

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            target: Any = self.upstream
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    def _schema(self, node: Any, label: str, where: str) -> Any:
        """A schema: ``$ref``s become references to drafted (or existing) schemas."""
        if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            upstream_name = node["$ref"].rsplit("/", 1)[1]
            name = draft_name(upstream_name)
            if name not in self.drafted and name not in self._pending:
                if name in self.ours_schemas:
                    self.notes.append(
                        f"{where}: {upstream_name} -> ours has a schema {name}; same shape?"
                    )
                else:
                    self._pending.append(name)
                    self.drafted[name] = self._named(upstream_name, name)
                    self._pending.remove(name)
            elif name in self._pending:
                self.notes.append(f"{upstream_name} refers to itself (an upstream error)")
            return {"$ref": f"#/components/schemas/{name}"}
        if not isinstance(node, Mapping):
            return {}
        return self._facts(node, label, where)

    def _named(self, upstream_name: str, name: str) -> Any:
        if name != upstream_name:
            self.notes.append(f"schema {upstream_name} drafted as {name}")
        return self._facts(self.schemas.get(upstream_name, {}), name, name)

    def _facts(self, node: Node, label: str, where: str) -> dict[str, Any]:
        out: dict[str, Any] = {key: node[key] for key in SCHEMA_FACTS if key in node}
        example = node.get("example")
        scalar_example = example is not None and not isinstance(example, (dict, list))
        if node.get("type") == "object" and scalar_example:
            self.notes.append(
                f"{where}: declared type object but its example is a scalar "
                f"({type(example).__name__}); check the real type"
            )
        if isinstance(node.get("properties"), Mapping):
            out["properties"] = {
                prop: self._schema(value, label, f"{where}.{prop}")
                for prop, value in node["properties"].items()
            }
        if "items" in node:
            out["items"] = self._schema(node["items"], label, f"{where}[]")
        if isinstance(node.get("additionalProperties"), Mapping):
            out["additionalProperties"] = self._schema(
                node["additionalProperties"], label, f"{where}{{}}"
            )
        for combinator in COMBINATORS:
            if isinstance(node.get(combinator), list):
                out[combinator] = [self._schema(v, label, where) for v in node[combinator]]
        return _nullable_as_31(out)


def _nullable_as_31(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.0 ``nullable: true`` written the 3.1 way ours uses (``type: [x, "null"]``)."""
    if not schema.pop("nullable", False):
        return schema
    if isinstance(schema.get("type"), str):
        schema["type"] = [schema["type"], "null"]
    elif len(schema.get("allOf", [])) == 1 and set(schema) == {"allOf"}:
        schema = {"oneOf": [schema["allOf"][0], {"type": "null"}]}
    else:
        schema = {"oneOf": [schema, {"type": "null"}]}
    return schema


def parse_operation(text: str) -> tuple[str, str]:
    """``"POST /v2/x"`` -> ``("post", "/v2/x")``."""
    parts = text.split()
    if len(parts) != 2 or parts[0].lower() not in HTTP_METHODS or not parts[1].startswith("/"):
        raise DraftError(f"expected 'METHOD /path', got {text!r}")
    return parts[0].lower(), parts[1]


def select(upstream: Node, operations: Sequence[str], prefix: str | None) -> list[tuple[str, str]]:
    chosen = [parse_operation(text) for text in operations]
    if prefix:
        for path, item in upstream.get("paths", {}).items():
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                chosen += [(m, path) for m in HTTP_METHODS if m in item]
    if not chosen:
        raise DraftError("name at least one operation ('METHOD /path') or --prefix")
    return chosen


class _Dumper(yaml.SafeDumper):
    """Writes small leaf mappings and scalar lists in flow style, as ``openapi/`` does."""


def _is_leaf(value: Any) -> bool:
    if isinstance(value, Mapping):
        return all(not isinstance(v, (Mapping, list)) for v in value.values())
    if isinstance(value, list):
        return all(not isinstance(v, (Mapping, list)) for v in value)
    return True


def _represent_dict(dumper: yaml.SafeDumper, data: Mapping[str, Any]) -> yaml.Node:
    flow = all(_is_leaf(v) for v in data.values()) and len(str(data)) <= 90
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = _is_leaf(data) and len(str(data)) <= 90
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(list, _represent_list)


def draft(upstream: Node, ours: Node, operations: Sequence[tuple[str, str]]) -> str:
    """The YAML fragment, its notes as leading comments."""
    drafter = Drafter(upstream, ours)
    paths: dict[str, dict[str, Any]] = {}
    for method, path in operations:
        paths.setdefault(path, {})[method] = drafter.operation(method, path)
    fragment: dict[str, Any] = {"paths": paths}
    if drafter.drafted:
        fragment["components"] = {"schemas": drafter.drafted}
    notes = [f"# note: {note}" for note in dict.fromkeys(drafter.notes)]
    body = yaml.dump(fragment, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return "\n".join([*notes, body])


def _load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DraftError(f"cannot read {path}: {exc.strerror or exc}") from exc
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(data, dict):
        raise DraftError(f"{path}: top level is not a mapping")
    return data


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", type=Path, help="Cal.com's OpenAPI document (JSON)")
    parser.add_argument("operations", nargs="*", help="'METHOD /path' of each operation")
    parser.add_argument("--prefix", help="every operation whose path is or starts with this")
    parser.add_argument("--ours", type=Path, default=DEFAULT_OURS, help="our spec (%(default)s)")
    args = parser.parse_args(argv)
    try:
        upstream, ours = _load(args.upstream), _load(args.ours)
        print(draft(upstream, ours, select(upstream, args.operations, args.prefix)))
    except DraftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
