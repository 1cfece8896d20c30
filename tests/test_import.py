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
