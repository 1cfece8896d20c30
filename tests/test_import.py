"""Importing calcom_async stays light: what it must not load, and when the rest loads.

``import calcom_async`` loads the client and the exceptions only. The generated package (client,
models) arrives with the first use of a resource, the pacer with the first client that paces,
bulk booking, the input types, webhook helpers and pagination types on first access to their
names (PEP 562). A ``get`` or ``list`` of bookings never loads attrs: the generated models are
plain classes, and the facade's attrs classes (inputs, bulk outcomes, journals) load with the
methods that take them. ``scripts/bench_import.py`` measures the import against
``import httpx``; this test pins the module sets, which do not depend on the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Never loaded by ``import calcom_async`` (nor by constructing a client, unless noted).
HEAVY = [
    "attr",  # attrs: ~10 ms on its own
    "attrs",
    "calcom_v2_client",  # the generated package: its __init__ loads attrs
    "calcom_v2_client.models",
    "calcom_async.bulk",
    "calcom_async._bulk_engine",
    "calcom_async._journal",
    "calcom_async._types",
    "calcom_async._pagination",
    "calcom_async._background",
    "calcom_async._webhooks",
    "calcom_async.webhooks",
    "calcom_async.resources",
    "calcom_async.types",
    "calcom_async._pacing",  # loaded by the first client that paces
    "dateutil",
    "zoneinfo",
]

PROBE = """
import json, sys
HEAVY = json.loads(sys.argv[1])
stages = {}
def loaded():
    return sorted(m for m in HEAVY if m in sys.modules)
import calcom_async
stages["import"] = loaded()
import httpx  # a mock transport: httpcore imports trio (and trio attrs) where trio is installed
mock = httpx.MockTransport(lambda request: httpx.Response(200))
cal = calcom_async.AsyncCalcom("cal_test_probe", base_url="http://127.0.0.1:9", transport=mock)
stages["client"] = loaded()
cal.bookings
stages["resource"] = loaded()
import asyncio
when = "2030-01-07T09:00:00.000Z"
booking = {"id": 1, "uid": "b1", "title": "Intro", "status": "accepted", "start": when,
           "end": when, "duration": 30, "createdAt": when, "hosts": [], "eventTypeId": 7,
           "attendees": [{"name": "Ada", "email": "ada@example.com", "timeZone": "UTC"}]}
page = {"totalItems": 1, "remainingItems": 0, "returnedItems": 1, "itemsPerPage": 10,
        "currentPage": 1, "totalPages": 1, "hasNextPage": False, "hasPreviousPage": False}
def answer(request):
    if request.url.path.endswith("/bookings"):
        body = {"status": "success", "data": [booking], "pagination": page}
        return httpx.Response(200, json=body)
    return httpx.Response(200, json={"status": "success", "data": booking})
cal = calcom_async.AsyncCalcom("cal_test_probe", base_url="http://127.0.0.1:9",
                               transport=httpx.MockTransport(answer))
async def use():
    assert (await cal.bookings.get("b1")).uid == "b1"
    assert [b.uid async for b in cal.bookings.list()] == ["b1"]
asyncio.run(use())
stages["get and list"] = loaded()
print(json.dumps(stages))
"""


def _stages() -> dict[str, list[str]]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY)], capture_output=True, text=True, check=True
    )
    stages: dict[str, list[str]] = json.loads(out.stdout)
    return stages


def test_import_loads_none_of_the_heavy_modules() -> None:
    stages = _stages()
    assert stages["import"] == []
    assert stages["client"] == ["calcom_async._pacing"]
    # A resource brings the generated package and its models, not attrs.
    assert {"calcom_v2_client", "calcom_v2_client.models"} <= set(stages["resource"])
    not_yet = {"attr", "attrs", "calcom_async._types", "calcom_async._journal", "calcom_async.bulk"}
    assert not_yet.isdisjoint(stages["resource"])
    assert not_yet.isdisjoint(stages["get and list"]), stages["get and list"]
    assert "calcom_async._pagination" in stages["get and list"]


def test_a_client_without_pacing_does_not_load_the_pacer() -> None:
    code = (
        "import sys, calcom_async\n"
        "calcom_async.AsyncCalcom('cal_test_import_probe', base_url='http://127.0.0.1:9',"
        " pacing=False)\n"
        "print('calcom_async._pacing' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("Attendee", "calcom_async._types"),
        ("Availability", "calcom_async._types"),
        ("DateOverride", "calcom_async._types"),
        ("Host", "calcom_async._types"),
        ("AsyncPaginator", "calcom_async._pagination"),
        ("Page", "calcom_async._pagination"),
        ("RawResponse", "calcom_async._client"),
        ("WaitEvent", "calcom_async._waits"),
        ("sign_webhook_body", "calcom_async._webhooks"),
        ("verify_webhook_signature", "calcom_async._webhooks"),
        ("BookingOutcome", "calcom_async.bulk"),
        ("BookingRequest", "calcom_async.bulk"),
        ("BulkSummary", "calcom_async.bulk"),
        ("ProgressEvent", "calcom_async.bulk"),
        ("summarize", "calcom_async.bulk"),
    ],
)
def test_lazy_names_resolve_to_their_definitions(name: str, module: str) -> None:
    import importlib

    import calcom_async

    assert getattr(calcom_async, name) is getattr(importlib.import_module(module), name)
    assert name in dir(calcom_async)


def test_every_public_name_is_importable_and_unknown_names_fail() -> None:
    import calcom_async

    for name in calcom_async.__all__:
        assert getattr(calcom_async, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'Atendee'"):
        calcom_async.Atendee  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError):
        from calcom_async import Atendee  # type: ignore[attr-defined]  # noqa: F401


def test_resources_are_created_once_per_client() -> None:
    from calcom_async import AsyncCalcom

    cal = AsyncCalcom("cal_test_import_probe", base_url="http://127.0.0.1:9")
    assert cal.bookings is cal.bookings
    assert cal.bookings._client is cal


NESTED_PROBE = """
import sys
import calcom_async
cal = calcom_async.AsyncCalcom("cal_test_import_probe", base_url="http://127.0.0.1:9")
mods = ("calcom_async.resources.teams.memberships", "calcom_async.resources.event_types.webhooks")
cal.teams, cal.event_types
print(*[m in sys.modules for m in mods])
cal.teams.memberships, cal.event_types.webhooks
print(*[m in sys.modules for m in mods])
"""


def test_nested_resources_load_on_first_use() -> None:
    out = subprocess.run(
        [sys.executable, "-c", NESTED_PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False", "True", "True"]


def test_nested_resources_are_created_once_per_client() -> None:
    from calcom_async import AsyncCalcom

    cal = AsyncCalcom("cal_test_import_probe", base_url="http://127.0.0.1:9")
    assert cal.teams.memberships is cal.teams.memberships
    assert cal.event_types.private_links._client is cal
    patient = cal.with_options(timeout=60)
    assert patient.teams.event_types is not cal.teams.event_types
    assert patient.teams.event_types._client is patient
