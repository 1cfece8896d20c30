"""Importing calcom_async stays light: the generated models load on first use of a resource."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import calcom_async
print("models" if "calcom_v2_client.models" in sys.modules else "lean")
cal = calcom_async.AsyncCalcom("cal_test_import_probe", base_url="http://127.0.0.1:9")
print("models" if "calcom_v2_client.models" in sys.modules else "lean")
cal.bookings
print("models" if "calcom_v2_client.models" in sys.modules else "lean")
"""


def test_generated_models_load_only_when_a_resource_is_used() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["lean", "lean", "models"]


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
