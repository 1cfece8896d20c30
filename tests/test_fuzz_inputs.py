"""Fuzzing every public method with generated arguments: bad input is refused, typed, unsent.

The methods are found by introspection -- every public method of every resource on
``AsyncCalcom`` (and public coroutine methods of the client itself), with their parameters and
type hints -- so a method added later is fuzzed without touching this file; a parameter type
this file has no strategy for fails the suite loudly instead of being skipped.

Each argument is drawn either from values of its annotated type (biased towards plausible ones,
so that valid calls happen and reach the wire) or from junk: ``None``, wrong types, NaN,
bytes, naive and out-of-range datetimes, dot segments, lone surrogates, huge strings... The
client sends through a transport that records every request and answers 404. The properties:

* the call either returns, raises :class:`CalcomValueError` / :class:`ConfigurationError`
  **with nothing sent**, or raises another :class:`CalcomError` only after a request was sent
  (here: the 404); nothing else ever escapes (no ``TypeError``, ``KeyError``, ``OSError``,
  ``httpx.InvalidURL``...);
* every request that was sent conforms to our OpenAPI description
  (``openapi/calcom-v2.yaml``): a known operation, each path segment a single non-dot segment
  that decodes to a valid parameter, only declared query parameters with valid values, the
  declared ``cal-api-version``, and a JSON body (no NaN) valid against the request schema.

Bounded and reproducible: derandomized, ``EXAMPLES`` examples per method.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import hmac
import inspect
import json
import os
import re
import sys
import types
import typing
from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from calcom_async import (
    AsyncCalcom,
    AsyncPaginator,
    Attendee,
    Availability,
    CalcomError,
    CalcomValueError,
    ConfigurationError,
    DateOverride,
    Guest,
    Host,
    sign_webhook_body,
    verify_webhook_signature,
)
from calcom_async.bulk import BookingRequest

EXAMPLES = 200
KEY = "cal_test_fuzzS3cretKey0123456789"
SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "calcom-v2.yaml"
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# --------------------------------------------------------------------------------------------
# Discovery
# --------------------------------------------------------------------------------------------


def _resources(owner: object, prefix: str = "") -> list[tuple[str, object]]:
    """``(dotted name, resource)`` of the resources reachable from ``owner``, nested ones
    (``teams.memberships``) included: its public cached properties, recursively."""
    found = []
    for name, attr in sorted(vars(type(owner)).items()):
        if isinstance(attr, functools.cached_property) and not name.startswith("_"):
            resource = getattr(owner, name)
            found.append((prefix + name, resource))
            found += _resources(resource, f"{prefix}{name}.")
    return found


def _public_methods() -> list[tuple[str, str]]:
    """``(resource, method)`` for every public method of every resource, nested ones included
    (``("teams.memberships", "create")``), plus ``("", name)`` for public coroutine methods of
    the client itself."""
    found = []
    for name, resource in _resources(AsyncCalcom(KEY)):
        for method, _ in inspect.getmembers(type(resource), inspect.isfunction):
            if not method.startswith("_"):
                found.append((name, method))
    for method, _ in inspect.getmembers(AsyncCalcom, inspect.iscoroutinefunction):
        if not method.startswith("_") and method not in ("aclose",):
            found.append(("", method))
    return found


METHODS = _public_methods()


def test_discovery_finds_the_facade() -> None:
    # A floor, not a census: new methods only add to it.
    assert len(METHODS) >= 32, METHODS
    assert ("bookings", "create_many") in METHODS and ("webhooks", "get") in METHODS
    nested = {"event_types.webhooks", "event_types.private_links", "teams.event_types"}
    assert nested | {"teams.memberships"} <= {resource for resource, _ in METHODS}


# --------------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------------

ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"]
OFFSETS = [timezone.utc, timezone(timedelta(hours=5)), timezone(timedelta(hours=-12))]
SPECIAL_TEXT = [
    "",
    " ",
    ".",
    "..",
    "a/b",
    "../me",
    "None",
    "Europe",  # a directory in the tz database
    "Europe/../UTC",
    "A" * 300,  # a file name too long for the tz database
    "\x00",
    "a\nb",
    "\ud800",  # a lone surrogate: not encodable
    "é",
    "no-secret-provided",
    "https://meet.example.com/ada",
    "alice",
    "a,b",
]


class Long(str):
    """A long string with a short repr, so a failure report stays readable."""

    def __repr__(self) -> str:
        return f"Long({len(self)} x {self[:1]!r})"


junk_text = st.one_of(
    st.sampled_from(SPECIAL_TEXT),
    st.text(max_size=30),
    st.integers(70_000, 70_001).map(lambda n: Long("x" * n)),  # longer than any URL httpx takes
)
junk_datetimes = st.one_of(
    st.datetimes(),  # naive
    st.datetimes(timezones=st.sampled_from(OFFSETS)),  # aware, extremes included
    st.just(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))),  # no UTC equivalent
    st.just(datetime.max.replace(tzinfo=timezone(timedelta(hours=-5)))),
)
junk_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),  # NaN and infinities included
    junk_text,
    st.binary(max_size=10),
    junk_datetimes,
    st.dates(),
    st.just(object()),
    st.just({1, 2}),
)
junk = st.one_of(
    junk_scalars,
    st.lists(junk_scalars, max_size=3),
    st.dictionaries(st.one_of(junk_text, st.integers()), junk_scalars, max_size=3),
)
json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**60), max_value=2**60),
    st.floats(),  # NaN is not JSON
    junk_text,
    st.binary(max_size=4),  # nor are bytes
    st.just(datetime(2030, 1, 1)),  # nor datetimes
)
json_ish = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(junk_text, inner, max_size=3)
    ),
    max_leaves=8,
)


def mostly(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``good`` three times in four, else ``bad`` (``one_of`` would flatten ``bad``'s many
    branches and draw it far more often)."""
    return st.integers(0, 3).flatmap(lambda i: bad if i == 0 else good)


slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,14}", fullmatch=True)
emails = st.builds("{}@{}.com".format, slugs, slugs)
plain_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1)
aware_datetimes = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.sampled_from(
        [*OFFSETS, ZoneInfo("Europe/Berlin")]
    )
)  # fmt: skip
attendees = st.builds(
    Attendee,
    name=plain_text.filter(str.strip),
    email=emails,
    time_zone=st.sampled_from(ZONES),
    language=st.sampled_from([None, "en", "de", "pt-BR"]),
)
booking_items = st.fixed_dictionaries(
    {
        "event_type_id": st.integers(1, 10**6),
        "start": aware_datetimes,
        "attendee": mostly(
            st.one_of(attendees, st.fixed_dictionaries({"name": plain_text, "email": emails})),
            junk,
        ),
    },
    optional={
        "guests": mostly(st.lists(emails, max_size=2), junk),
        "metadata": mostly(st.dictionaries(slugs, plain_text, max_size=2), junk),
    },
)
locations = st.one_of(
    st.sampled_from(
        [
            {"type": "address"},
            {"type": "attendeeDefined", "location": "Cafe"},
            {"type": "integration", "integration": "cal-video"},
            {"type": "integration", "integration": "no-such-app"},
            {"type": "attendeeAddress"},  # its address is missing
            {"type": "teleport"},
            {"type": "link", "link": "https://x.example.com"},  # not a booking field
            # what bookings.update_location takes (the value itself for address/phone)
            {"type": "address", "address": "1 Main St"},
            {"type": "phone", "phone": "+15551234567"},
            {"type": "attendeePhone", "phone": "+15557654321"},
        ]
    ),
    st.dictionaries(junk_text, json_ish, max_size=3),
)

# Plausible values by parameter name, where the type alone says too little.
BY_NAME: dict[str, st.SearchStrategy[Any]] = {
    "time_zone": st.sampled_from(ZONES),
    "attendee_email": emails,
    "rescheduled_by": emails,
    "subscriber_url": st.builds("https://{}.example.com/hook".format, slugs),
    "slug": slugs,
    "event_slug": slugs,
    "event_type_slug": slugs,
    "username": slugs,
    "usernames": st.lists(slugs, min_size=1, max_size=3),
    "team_slug": slugs,
    "organization_slug": slugs,
    "org_slug": slugs,
    "location": locations,
    "requests": st.lists(mostly(booking_items, junk), max_size=2),
    "journal": st.none(),  # valid journals are tested elsewhere; the fuzzer must not litter
    "on_progress": st.one_of(st.none(), st.just(lambda event: None)),
    "settle_delay": st.one_of(st.none(), st.floats(0, 0.01)),
    "concurrency": st.integers(1, 8),
    "page_size": st.integers(1, 250),
    "limit": st.one_of(st.none(), st.integers(0, 500)),
    "timeout": st.one_of(st.none(), st.floats(0.5, 30)),
    "max_retries": st.one_of(st.none(), st.just(0)),
    # issue 10: after-booking methods, reservations, me.update, calendars, cal.request
    "guests": mostly(
        st.lists(st.one_of(emails, st.builds(Guest, email=emails)), min_size=1, max_size=3), junk
    ),
    "attendees": mostly(
        st.lists(st.one_of(emails, st.tuples(emails, st.booleans())), min_size=1, max_size=3),
        junk,
    ),
    "urls": mostly(
        st.lists(st.builds("https://{}.example.com/f.ics".format, slugs), min_size=1), junk
    ),
    "email": emails,
    "external_id": emails,
    "integration": st.sampled_from(["google_calendar", "apple_calendar", "office365_calendar"]),
    "avatar_url": st.builds("https://{}.example.com/a.png".format, slugs),
    "locale": st.sampled_from(["en", "de", "pt-BR"]),
    "method": mostly(st.sampled_from(["GET", "POST", "PATCH", "delete"]), junk),
    "path": mostly(
        st.sampled_from(
            ["/v2/me", "/v2/conferencing", "/v2/bookings/{uid}", "/v2/bookings/{uid}/references"]
        ),
        junk_text,
    ),
    "params": mostly(
        st.dictionaries(
            st.sampled_from(["uid", "take", "type", "after"]),
            st.one_of(slugs, st.integers(0, 250), st.booleans(), aware_datetimes),
            max_size=3,
        ),
        junk,
    ),
    "json": st.one_of(st.none(), json_ish),
    "api_version": st.one_of(st.none(), st.sampled_from(["2024-08-13", "2024-09-04"]), junk_text),
}
VALUE_TYPES: dict[type, st.SearchStrategy[Any]] = {
    Attendee: attendees,
    Availability: st.builds(
        Availability,
        days=st.lists(st.sampled_from(["Monday", "Friday", "Sunday"]), min_size=1, max_size=2),
        start_time=st.just("09:00"),
        end_time=st.just("17:00"),
    ),
    DateOverride: st.builds(
        DateOverride, date=st.dates(), start_time=st.just("10:00"), end_time=st.just("12:00")
    ),
    Host: st.builds(Host, user_id=st.integers(1, 10**6)),
    Guest: st.builds(Guest, email=emails, name=st.one_of(st.none(), plain_text)),
    BookingRequest: st.builds(
        BookingRequest,
        event_type_id=st.integers(1, 10**6),
        start=aware_datetimes,
        attendee=attendees,
    ),
}


def plausible(tp: Any, name: str) -> st.SearchStrategy[Any]:
    """Values of annotation ``tp`` (mostly valid ones)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is Any or tp is object:
        return st.one_of(json_ish, junk)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(plausible(a, name) for a in args))
    if tp is type(None):
        return st.none()
    if origin is typing.Literal:
        return st.sampled_from(args)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(1, 2**31 - 1)
    if tp is float:
        return st.floats(0.001, 60)
    if tp is str:
        return st.from_regex(r"[A-Za-z0-9_-]{1,20}", fullmatch=True)
    if tp is datetime:
        return aware_datetimes
    if tp is date:
        return st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))
    if tp in VALUE_TYPES:
        return VALUE_TYPES[tp]
    if origin in (Sequence, Iterable, AsyncIterable, list):
        return st.lists(plausible(args[0], name), max_size=3)
    if origin is tuple:
        return st.tuples(*(plausible(a, name) for a in args))
    if origin is Mapping:
        if args and args[1] is str:
            return st.dictionaries(plain_text, plain_text, max_size=3)
        return st.dictionaries(junk_text, json_ish, max_size=3)
    if origin is Callable or tp is os.PathLike or origin is os.PathLike:
        return junk
    raise AssertionError(f"no fuzz strategy for parameter {name}: {tp!r}; add one")


def plausible_for(tp: Any, name: str) -> st.SearchStrategy[Any]:
    return BY_NAME[name] if name in BY_NAME else plausible(tp, name)


def type_hints(fn: Callable[..., Any]) -> dict[str, Any]:
    """``typing.get_type_hints(fn)``, once the names its module loads on use are loaded."""
    module = sys.modules[fn.__module__]
    for name in dir(module):
        getattr(module, name)
    return typing.get_type_hints(fn)


def call_arguments(fn: Callable[..., Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments for ``fn``: required ones always, optional ones now and then; each a
    plausible value, except for a few (0, 1, 2 or any number) that get junk. Mostly-plausible
    calls reach the wire, so the request oracle has work; junk shows the refusals."""
    hints = type_hints(fn)
    params = list(inspect.signature(fn).parameters.values())[1:]  # not self
    for param in params:
        assert param.kind not in (param.VAR_POSITIONAL, param.VAR_KEYWORD), param
    strategies = {p.name: plausible_for(hints[p.name], p.name) for p in params}
    required = [p.name for p in params if p.default is p.empty]
    optional = [p.name for p in params if p.default is not p.empty]
    names = required + optional

    @st.composite
    def draw(draw: st.DrawFn) -> dict[str, Any]:
        if not names:
            return {}
        how_many = draw(st.sampled_from([0, 0, 1, 1, 2, len(names)]), label="junk count")
        spoiled = set(draw(st.lists(st.sampled_from(names), max_size=how_many, unique=True)))
        kwargs: dict[str, Any] = {}
        for name in names:
            if name in spoiled:
                kwargs[name] = draw(junk, label=name)
            elif name in required or draw(st.integers(0, 3), label=f"set {name}") == 0:
                kwargs[name] = draw(strategies[name], label=name)
        return kwargs

    return draw()


# --------------------------------------------------------------------------------------------
# What may go on the wire: our OpenAPI description
# --------------------------------------------------------------------------------------------

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
REGISTRY: Registry = Registry().with_resource(
    "urn:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def _absolute(node: Any) -> Any:
    """``node`` with its ``#/...`` references pointed into the spec document."""
    if isinstance(node, dict):
        return {
            k: f"urn:spec{v}" if k == "$ref" and isinstance(v, str) else _absolute(v)
            for k, v in node.items()
        }
    return [_absolute(v) for v in node] if isinstance(node, list) else node


@functools.cache
def _compiled(schema_json: str) -> Draft202012Validator:
    return Draft202012Validator(_absolute(json.loads(schema_json)), registry=REGISTRY)


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return _compiled(json.dumps(schema, sort_keys=True))


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = REGISTRY.resolver().lookup("urn:spec" + node["$ref"]).contents
    return node


def _operations() -> list[tuple[str, re.Pattern[str], str, dict[str, Any]]]:
    ops = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "([^/]+)", path) + "$")
                ops.append((method.upper(), pattern, path, op))
    # A literal segment wins over a parameter: /v2/schedules/default before /{scheduleId}.
    return sorted(ops, key=lambda o: o[2].count("{"))


OPERATIONS = _operations()


def _from_query(value: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        return int(value) if re.fullmatch(r"-?\d+", value) else value
    if kind == "boolean":
        return {"true": True, "false": False}.get(value, value)
    return value


def _no_constants(name: str) -> None:
    raise AssertionError(f"JSON body contains {name}")


def check_conforms(request: httpx.Request, arguments: Mapping[str, Any] | None = None) -> None:
    """Assert that ``request`` is one our spec allows; with the call's ``arguments``, also that
    each path parameter is one of them (not, say, ``"None"`` made up from ``None``)."""
    raw_path = request.url.raw_path.decode("ascii").split("?")[0]
    segments = raw_path.split("/")[1:]
    assert all(s and s not in (".", "..") for s in segments), raw_path
    matches = [
        (template, op, match)
        for method, pattern, template, op in OPERATIONS
        if method == request.method and (match := pattern.match(raw_path))
    ]
    assert matches, f"{request.method} {raw_path} is no operation of the spec"
    template, op, match = matches[0]
    method = request.method
    where = f"{method} {template}"
    params = [_resolve(p) for p in SPEC["paths"][template].get("parameters", [])]
    params += [_resolve(p) for p in op.get("parameters", [])]
    names = re.findall(r"\{([^}]+)\}", template)
    for name, raw in zip(names, match.groups(), strict=True):
        [spec] = [p for p in params if p["in"] == "path" and p["name"] == name]
        value = unquote(raw)
        assert value and "/" not in raw, (where, name, raw)
        if arguments is not None:
            given = {str(a) for a in arguments.values() if isinstance(a, str | int)}
            assert value in given, f"{where}: {name}={value[:40]!r} is none of the arguments"
        errors = list(_validator(spec["schema"]).iter_errors(_from_query(value, spec["schema"])))
        assert not errors, (where, name, value, errors[0].message)
    query = {p["name"]: p for p in params if p["in"] == "query"}
    for key, value in request.url.params.multi_items():
        assert key in query, f"{where}: undeclared query parameter {key}={value[:50]!r}"
        spec = query[key]
        errors = list(_validator(spec["schema"]).iter_errors(_from_query(value, spec["schema"])))
        assert not errors, (where, key, value[:80], errors[0].message)
    for p in params:
        if p["in"] == "header" and p.get("required"):
            assert p["name"].lower() in request.headers, (where, p["name"])
        if p["in"] == "query" and p.get("required"):
            assert p["name"] in request.url.params, (where, p["name"])
    body = op.get("requestBody")
    if not request.content:
        assert body is None or not _resolve(body).get("required"), f"{where}: body missing"
        return
    assert body is not None, f"{where}: a body the operation does not take"
    data = json.loads(request.content, parse_constant=_no_constants)
    schema = _resolve(body)["content"]["application/json"]["schema"]
    errors = list(_validator(schema).iter_errors(data))
    assert not errors, (where, errors[0].message[:300], list(errors[0].path))


def check_raw_request(request: httpx.Request, arguments: Mapping[str, Any]) -> None:
    """What ``cal.request`` may send: the path it was given under /v2/, each segment a single
    non-dot segment, the requested ``cal-api-version``, a JSON body only when given one."""
    raw_path = request.url.raw_path.decode("ascii").split("?")[0]
    assert raw_path.startswith("/v2/"), raw_path
    segments = raw_path.split("/")[1:]
    assert all(s and s not in (".", "..") for s in segments), raw_path
    assert request.method == str(arguments["method"]).upper()
    assert request.headers.get("cal-api-version") == arguments.get("api_version")
    if arguments.get("json") is None:
        assert not request.content
    else:
        assert json.loads(request.content, parse_constant=_no_constants) == json.loads(
            json.dumps(arguments["json"])
        )


# --------------------------------------------------------------------------------------------
# The properties
# --------------------------------------------------------------------------------------------


class Recorder(httpx.AsyncBaseTransport):
    """Records every request and answers 404 with Cal.com's error envelope."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.sent.append(request)
        body = {"status": "error", "error": {"code": "NotFoundException", "message": "fuzz"}}
        return httpx.Response(404, json=body)


async def _call(target: Any, kwargs: dict[str, Any]) -> None:
    result = target(**kwargs)
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, AsyncPaginator):
        await result.to_list()


@pytest.mark.parametrize(("resource", "method"), METHODS, ids=[f"{r}.{m}" for r, m in METHODS])
def test_public_method_refuses_bad_input_before_sending(
    resource: str, method: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)  # junk that happens to be a valid path must not litter the repo
    recorder = Recorder()
    loop = asyncio.new_event_loop()
    cal = AsyncCalcom(KEY, base_url="https://api.cal.com", transport=recorder, pacing=False)
    owner = functools.reduce(getattr, resource.split("."), cal) if resource else cal
    fn = getattr(type(owner), method)
    target = getattr(owner, method)

    @FUZZ
    @given(kwargs=call_arguments(fn))
    def check(kwargs: dict[str, Any]) -> None:
        recorder.sent.clear()
        try:
            loop.run_until_complete(_call(target, kwargs))
        except (CalcomValueError, ConfigurationError) as exc:
            assert recorder.sent == [], f"refused ({exc}) only after sending"
            assert KEY not in str(exc)
        except CalcomError as exc:  # only the API's answer may cause any other SDK error
            assert recorder.sent, f"{type(exc).__name__} without any request: {exc}"
        for request in recorder.sent:
            if (resource, method) == ("", "request"):
                check_raw_request(request, kwargs)  # any path: not one of the spec's
            else:
                check_conforms(request, kwargs)
        reached.append(bool(recorder.sent))

    reached: list[bool] = []
    try:
        check()
    finally:
        loop.run_until_complete(cal.aclose())
        loop.close()
    # The oracle must have had something to check: plausible calls do reach the wire.
    assert sum(reached) >= len(reached) // 20, f"only {sum(reached)}/{len(reached)} sent"


def test_the_oracle_rejects_what_the_issue_found() -> None:
    # The conformance check itself can fail: requests the SDK used to send.
    with pytest.raises(AssertionError):  # webhooks.get(None)
        check_conforms(httpx.Request("GET", "https://api.cal.com/v2/webhooks/None"), {"id": None})
    for bad in (
        httpx.Request("GET", "https://api.cal.com/v2"),  # bookings.get("..")
        httpx.Request(
            "GET",
            "https://api.cal.com/v2/slots?start=x&end=y&usernames=a,l,i&eventTypeId=abc",
            headers={"cal-api-version": "2024-09-04"},
        ),
        httpx.Request(
            "POST",
            "https://api.cal.com/v2/bookings",
            headers={"cal-api-version": "2024-08-13"},
            content=b'{"start": "x", "attendee": {"name": "A", "timeZone": "UTC"}, "f": NaN}',
        ),
    ):
        with pytest.raises(AssertionError):
            check_conforms(bad)


# --------------------------------------------------------------------------------------------
# Constructors and module functions
# --------------------------------------------------------------------------------------------

client_arguments = st.fixed_dictionaries(
    {},
    optional={
        "api_key": mostly(st.just(KEY), junk),
        "base_url": mostly(st.sampled_from(["https://api.cal.com", "http://127.0.0.1"]), junk),
        "timeout": mostly(st.one_of(st.floats(0.1, 60), st.just(httpx.Timeout(5.0))), junk),
        "max_retries": mostly(st.integers(0, 5), junk),
        "max_rate_limit_wait": mostly(st.floats(0, 120), junk),
        "pacing": mostly(st.booleans(), junk),
        "http_client": junk,
        "transport": mostly(st.just(Recorder()), junk),
    },
)


def test_client_constructor_refuses_bad_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    monkeypatch.delenv("CALCOM_BASE_URL", raising=False)
    built: list[bool] = []

    @FUZZ
    @given(kwargs=client_arguments)
    def check(kwargs: dict[str, Any]) -> None:
        try:
            cal = AsyncCalcom(**kwargs)
        except ConfigurationError as exc:
            assert KEY not in str(exc)
            built.append(False)
            return
        asyncio.run(cal.aclose())
        built.append(True)
        timeout = kwargs.get("timeout", 30.0)
        assert isinstance(timeout, httpx.Timeout) or (
            not isinstance(timeout, bool) and isinstance(timeout, int | float) and timeout > 0
        )
        assert kwargs.get("api_key") == KEY

    check()
    assert 0 < sum(built) < len(built)  # both outcomes were exercised


value_types = st.sampled_from([Attendee, Availability, DateOverride, Guest, Host, BookingRequest])


@FUZZ
@given(cls=value_types, data=st.data())
def test_input_types_refuse_bad_fields(cls: type, data: st.DataObject) -> None:
    kwargs = data.draw(call_arguments(cls.__init__), label="kwargs")
    with contextlib.suppress(CalcomValueError):  # anything else fails the test
        cls(**kwargs)


@FUZZ
@given(mapping=st.one_of(booking_items, st.dictionaries(junk_text, junk, max_size=4), junk))
def test_booking_request_from_mapping_refuses_bad_items(mapping: Any) -> None:
    try:
        request = BookingRequest.from_mapping(mapping)
    except CalcomValueError:
        return
    body = json.dumps(request.to_wire(), allow_nan=False)  # serialises cleanly
    assert json.loads(body)["eventTypeId"] == request.event_type_id


secrets = mostly(plain_text, junk)
bodies = mostly(st.binary(max_size=64), junk)
signatures = st.one_of(junk, st.sampled_from(["sha256=", "SHA256=" + "A" * 64, "é" * 64]))


@FUZZ
@given(secret=secrets, body=bodies, header=signatures, sign=st.booleans())
def test_webhook_signature_never_raises_for_a_bad_header(
    secret: Any, body: Any, header: Any, sign: bool
) -> None:
    caller_ok = isinstance(secret, str) and secret != "" and isinstance(body, bytes)
    if sign and caller_ok:
        header = hmac.new(secret.encode("utf-8", "surrogatepass"), body, hashlib.sha256)
        header = header.hexdigest()
    try:
        verdict = verify_webhook_signature(secret, body, header)
    except CalcomValueError:
        assert not caller_ok  # only the caller's own misuse raises
        return
    assert caller_ok or (isinstance(secret, bytes) and secret) or isinstance(body, bytearray)
    assert isinstance(verdict, bool)
    if verdict:
        assert isinstance(header, str)
        assert header.strip().lower().removeprefix("sha256=") == sign_webhook_body(secret, body)
