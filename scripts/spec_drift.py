"""Report how Cal.com's published OpenAPI document drifts from the project's own spec.

    python scripts/spec_drift.py UPSTREAM.json
    python scripts/spec_drift.py UPSTREAM.json --ours openapi/calcom-v2.yaml \\
        --exemptions openapi/drift-exemptions.yaml [--verbose] [--strict-exemptions]

Run it when Cal.com publishes a new spec. Every operation of OUR spec is looked up upstream
(same method and path; failing that, the same path with placeholder names ignored) and each
difference becomes a stable key ``<METHOD> <path>: <kind>: <detail>`` (the path is ours):

    operation-missing      ``not in upstream``: the method+path is gone upstream
    param-added            ``query.take``: ours declares a parameter upstream lacks
    param-removed          ``header.authorization``: upstream declares one ours lacks
    param-required         ``query.start ours=required upstream=optional``
    api-version            ``ours=2024-08-13 upstream=none`` (the ``cal-api-version`` header value)
    body-required-added    ``attendee``: ours requires a top-level JSON body field upstream does not
    body-required-removed  ``eventTypeId``: upstream requires one ours does not
    success-code           ``ours=201 upstream=200,201`` (the sets of 2xx response codes)

Parameters are compared by ``(location, name)`` for locations path, query and header, after
resolving ``$ref`` and merging path-level parameters; header names are written in lower case
(HTTP header names are case-insensitive). The ``cal-api-version`` value is taken from the header
parameter's schema ``const``, ``enum``, ``default`` or ``example`` (then the parameter's own
``example``), whichever comes first; an absent header or value is ``none``.

Required body fields: ``$ref`` is resolved and ``allOf`` parts are merged (union of their
``required``). For ``oneOf``/``anyOf`` a field counts as required when EVERY variant requires it,
i.e. the fields any valid body must carry. Variants are not compared by position: the two
documents need not order or split variants the same way (upstream's overlapping booking variants
may be one schema in ours), and a field only one variant requires (``instant``) tells variants
apart rather than constraining the body.

The exemptions file (``openapi/drift-exemptions.yaml``) lists fnmatch globs over keys, each with
a non-empty reason::

    exemptions:
      - match: "GET /v2/slots: param-added: header.cal-api-version"
        reason: "..."

Output: unexempted differences grouped by operation, then the exempted ones (a count, or each
with its reason under ``--verbose``), then ``drift: N unexempted, M exempted, K operations
compared``. Exemptions that matched nothing are reported as stale (a warning; an error with
``--strict-exemptions``). A missing default exemptions file is a warning; a missing file given
explicitly is an error.

Exit status: 0 when every difference is exempted, 1 when any is not (or stale exemptions under
``--strict-exemptions``), 2 on usage or file errors.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OURS = ROOT / "openapi" / "calcom-v2.yaml"
DEFAULT_EXEMPTIONS = ROOT / "openapi" / "drift-exemptions.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAM_LOCATIONS = ("path", "query", "header")
API_VERSION_HEADER = "cal-api-version"
NONE = "none"

Node = Mapping[str, Any]


class DriftError(Exception):
    """A usage or file problem: reported on stderr, exit status 2."""


@dataclass(frozen=True)
class Operation:
    """The facts about one operation that drift is checked on."""

    method: str
    path: str
    params: Mapping[str, bool]  # "query.start" -> required
    api_version: str
    body_required: frozenset[str]
    success_codes: frozenset[str]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass(frozen=True)
class Exemption:
    match: str
    reason: str


@dataclass(frozen=True)
class Outcome:
    """Differences split by exemption status."""

    unexempted: list[str]
    exempted: dict[str, Exemption]
    stale: list[Exemption]
    operations: int


# --- loading -----------------------------------------------------------------------------------


def load_document(path: Path) -> dict[str, Any]:
    """Load a JSON or YAML file whose top level is a mapping."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DriftError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise DriftError(f"cannot parse {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise DriftError(f"{path}: top level is not a mapping")
    return data


def load_exemptions(path: Path) -> list[Exemption]:
    """Parse and validate the exemptions file."""
    data = load_document(path)
    entries = data.get("exemptions")
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise DriftError(f"{path}: 'exemptions' must be a list")
    return [_parse_exemption(path, index, entry) for index, entry in enumerate(entries, 1)]


def _parse_exemption(path: Path, index: int, entry: object) -> Exemption:
    where = f"{path}: exemption #{index}"
    if not isinstance(entry, dict):
        raise DriftError(f"{where} must be a mapping with 'match' and 'reason'")
    match, reason = entry.get("match"), entry.get("reason")
    if not isinstance(match, str) or not match.strip():
        raise DriftError(f"{where} has no 'match' pattern")
    if not isinstance(reason, str) or not reason.strip():
        raise DriftError(f"{where} ({match!r}) has no reason; every exemption needs one")
    unknown = sorted(str(key) for key in entry if key not in ("match", "reason"))
    if unknown:
        warn(f"{where} ({match!r}) has unknown keys: {', '.join(unknown)}")
    return Exemption(match=match.strip(), reason=" ".join(reason.split()))


# --- reading a document ------------------------------------------------------------------------


class Resolver:
    """Follows local ``$ref`` pointers (``#/components/...``) within one document."""

    def __init__(self, document: Node, name: str) -> None:
        self.document = document
        self.name = name

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen:
                raise DriftError(f"{self.name}: $ref cycle at {ref}")
            seen.add(ref)
            node = self._lookup(ref)
        return node

    def _lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise DriftError(f"{self.name}: unsupported non-local $ref {ref!r}")
        node: Any = self.document
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                raise DriftError(f"{self.name}: unresolvable $ref {ref!r}")
            node = node[part]
        return node


def extract_operations(document: Node, name: str) -> dict[tuple[str, str], Operation]:
    """Every operation of ``document``, keyed by (method, path)."""
    resolver = Resolver(document, name)
    paths = document.get("paths") or {}
    if not isinstance(paths, Mapping):
        raise DriftError(f"{name}: 'paths' is not a mapping")
    operations: dict[tuple[str, str], Operation] = {}
    for path, item in paths.items():
        item = resolver.resolve(item)
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, Mapping):
                operations[method, path] = _operation(resolver, method, path, item, op)
    return operations


def _operation(resolver: Resolver, method: str, path: str, item: Node, op: Node) -> Operation:
    params = _parameters(resolver, [*item.get("parameters", []), *op.get("parameters", [])])
    return Operation(
        method=method,
        path=path,
        params={key: required for key, (required, _) in params.items()},
        api_version=params.get(f"header.{API_VERSION_HEADER}", (False, NONE))[1],
        body_required=_body_required(resolver, op.get("requestBody")),
        success_codes=_success_codes(op.get("responses")),
    )


def _success_codes(responses: Any) -> frozenset[str]:
    """The 2xx response codes (``200``, ``201``, ``2XX``...)."""
    if not isinstance(responses, Mapping):
        return frozenset()
    return frozenset(str(code) for code in responses if str(code).startswith("2"))


def _parameters(resolver: Resolver, raw: Iterable[Any]) -> dict[str, tuple[bool, str]]:
    """``"location.name" -> (required, api-version value)``; later entries override earlier."""
    params: dict[str, tuple[bool, str]] = {}
    for entry in raw:
        param = resolver.resolve(entry)
        if not isinstance(param, Mapping):
            continue
        location, name = param.get("in"), param.get("name")
        if location not in PARAM_LOCATIONS or not isinstance(name, str):
            continue
        if location == "header":
            name = name.lower()
        required = bool(param.get("required", False)) or location == "path"
        params[f"{location}.{name}"] = (required, _declared_value(resolver, param))
    return params


def _declared_value(resolver: Resolver, param: Node) -> str:
    """The value a parameter pins: schema const / enum / default / example, else its example."""
    schema = resolver.resolve(param.get("schema")) or {}
    if isinstance(schema, Mapping):
        if "const" in schema:
            return str(schema["const"])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return ",".join(str(value) for value in schema["enum"])
        for key in ("default", "example"):
            if schema.get(key) is not None:
                return str(schema[key])
    if param.get("example") is not None:
        return str(param["example"])
    return NONE


def _body_required(resolver: Resolver, request_body: Any) -> frozenset[str]:
    """Required top-level fields of the JSON request body (none when there is no body)."""
    body = resolver.resolve(request_body)
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping):
        return frozenset()
    media = content.get("application/json")
    if media is None:
        media = next((m for t, m in content.items() if "json" in str(t)), None)
    if not isinstance(media, Mapping):
        return frozenset()
    return required_fields(resolver, media.get("schema"), frozenset())


def required_fields(resolver: Resolver, node: Any, refs: frozenset[str]) -> frozenset[str]:
    """``required`` merged over ``allOf``; for ``oneOf``/``anyOf``, what every variant requires."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        if node["$ref"] in refs:  # a recursive schema adds nothing new
            return frozenset()
        refs = refs | {node["$ref"]}
    schema = resolver.resolve(node)
    if not isinstance(schema, Mapping):
        return frozenset()
    fields = {str(name) for name in schema.get("required") or []}
    for part in schema.get("allOf") or []:
        fields |= required_fields(resolver, part, refs)
    for combinator in ("oneOf", "anyOf"):
        variants = schema.get(combinator) or []
        if variants:
            per_variant = [required_fields(resolver, variant, refs) for variant in variants]
            fields |= frozenset.intersection(*per_variant)
    return frozenset(fields)


# --- comparing ---------------------------------------------------------------------------------


def _template(path: str) -> str:
    """``/v2/bookings/{uid}`` -> ``/v2/bookings/{}``: the path with placeholder names erased."""
    return re.sub(r"\{[^}/]*\}", "{}", path)


def find_counterpart(
    ours: Operation, upstream: Mapping[tuple[str, str], Operation]
) -> Operation | None:
    """The upstream operation with our method and path, else the only one with the same shape."""
    exact = upstream.get((ours.method, ours.path))
    if exact is not None:
        return exact
    shaped = [
        op
        for (method, path), op in upstream.items()
        if method == ours.method and _template(path) == _template(ours.path)
    ]
    return shaped[0] if len(shaped) == 1 else None


def compare(ours: Operation, upstream: Operation | None) -> list[str]:
    """The difference keys of one of our operations against its upstream counterpart."""
    if upstream is None:
        return [f"{ours.label}: operation-missing: not in upstream"]
    details = [
        *_param_differences(ours, upstream),
        *_value_difference("api-version", ours.api_version, upstream.api_version),
        *(f"body-required-added: {f}" for f in sorted(ours.body_required - upstream.body_required)),
        *(
            f"body-required-removed: {f}"
            for f in sorted(upstream.body_required - ours.body_required)
        ),
        *_value_difference(
            "success-code", _codes(ours.success_codes), _codes(upstream.success_codes)
        ),
    ]
    return [f"{ours.label}: {detail}" for detail in details]


def _param_differences(ours: Operation, upstream: Operation) -> list[str]:
    found = [f"param-added: {key}" for key in sorted(ours.params.keys() - upstream.params.keys())]
    found += [
        f"param-removed: {key}" for key in sorted(upstream.params.keys() - ours.params.keys())
    ]
    for key in sorted(ours.params.keys() & upstream.params.keys()):
        if ours.params[key] != upstream.params[key]:
            found.append(
                f"param-required: {key} "
                f"ours={_required(ours.params[key])} upstream={_required(upstream.params[key])}"
            )
    return found


def _value_difference(kind: str, ours: str, upstream: str) -> list[str]:
    return [] if ours == upstream else [f"{kind}: ours={ours} upstream={upstream}"]


def _required(flag: bool) -> str:
    return "required" if flag else "optional"


def _codes(codes: frozenset[str]) -> str:
    return ",".join(sorted(codes)) or NONE


def drift(ours_doc: Node, upstream_doc: Node) -> tuple[list[str], int]:
    """All difference keys of ``ours_doc`` against ``upstream_doc``, and the operations compared."""
    ours = extract_operations(ours_doc, "ours")
    upstream = extract_operations(upstream_doc, "upstream")
    keys: list[str] = []
    for op in ours.values():
        keys += compare(op, find_counterpart(op, upstream))
    return keys, len(ours)


def apply_exemptions(
    keys: Sequence[str], exemptions: Sequence[Exemption], operations: int
) -> Outcome:
    """Split keys into unexempted and exempted (first matching exemption); find stale ones."""
    exempted: dict[str, Exemption] = {}
    unexempted: list[str] = []
    used: set[Exemption] = set()
    for key in keys:
        hits = [e for e in exemptions if fnmatch.fnmatchcase(key, e.match)]
        used.update(hits)
        if hits:
            exempted[key] = hits[0]
        else:
            unexempted.append(key)
    stale = [e for e in exemptions if e not in used]
    return Outcome(unexempted, exempted, stale, operations)


# --- reporting ---------------------------------------------------------------------------------


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _by_operation(keys: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(key.split(": ", 1)[0], []).append(key)
    return groups


def render(outcome: Outcome, verbose: bool) -> str:
    """The human-readable report (stale exemptions excepted: those go to stderr)."""
    lines: list[str] = []
    if outcome.unexempted:
        lines.append(f"UNEXEMPTED differences ({len(outcome.unexempted)}):")
        for label, keys in _by_operation(outcome.unexempted).items():
            lines.append(f"  {label}")
            lines += [f"    ✗ {key}" for key in keys]
        lines.append("")
    if outcome.exempted and verbose:
        lines.append(f"Exempted differences ({len(outcome.exempted)}):")
        for label, keys in _by_operation(outcome.exempted).items():
            lines.append(f"  {label}")
            for key in keys:
                lines += [f"    - {key}", f"        reason: {outcome.exempted[key].reason}"]
        lines.append("")
    elif outcome.exempted:
        lines += [f"Exempted differences: {len(outcome.exempted)} (--verbose lists them)", ""]
    lines.append(
        f"drift: {len(outcome.unexempted)} unexempted, {len(outcome.exempted)} exempted, "
        f"{outcome.operations} operations compared"
    )
    return "\n".join(lines)


# --- command line ------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Report drift between Cal.com's OpenAPI document and ours."
    )
    parser.add_argument("upstream", type=Path, help="upstream OpenAPI document (JSON or YAML)")
    parser.add_argument("--ours", type=Path, default=DEFAULT_OURS, help="our spec (%(default)s)")
    parser.add_argument(
        "--exemptions", type=Path, default=None, help=f"exemptions file ({DEFAULT_EXEMPTIONS})"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list exempted differences")
    parser.add_argument(
        "--strict-exemptions", action="store_true", help="fail when an exemption matches nothing"
    )
    return parser.parse_args(argv)


def _exemptions(path: Path | None) -> list[Exemption]:
    if path is None:
        if not DEFAULT_EXEMPTIONS.exists():
            warn(f"{DEFAULT_EXEMPTIONS} not found; checking without exemptions")
            return []
        path = DEFAULT_EXEMPTIONS
    return load_exemptions(path)


def run(args: argparse.Namespace) -> int:
    exemptions = _exemptions(args.exemptions)
    keys, operations = drift(load_document(args.ours), load_document(args.upstream))
    outcome = apply_exemptions(keys, exemptions, operations)
    print(render(outcome, args.verbose))
    for exemption in outcome.stale:
        warn(f"stale exemption matches nothing: {exemption.match!r}")
    if outcome.unexempted:
        return 1
    return 1 if outcome.stale and args.strict_exemptions else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return run(args)
    except DriftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
