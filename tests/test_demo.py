"""``scripts/demo.py`` (``make demo``) end to end, small: it must keep exiting 0 and keep showing
figures it measured, including the exactly-once check read from the fake's state."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_demo_books_every_slot_exactly_once_through_faults() -> None:
    argv = [sys.executable, "scripts/demo.py", "--bookings", "30", "--changes", "2"]
    argv += ["--rate-limit", "300", "--window", "1"]
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("FORCE_COLOR", None)
    result = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)

    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "verified in the fake's state: slots booked exactly once ✓" in out
    assert re.search(r"exactly once, in the fake's state\s+│\s+30/30 │\s+30/30 │", out)
    assert "30 already done, 0 create requests sent" in out
    assert "Rescheduled 2 and cancelled 2 bookings" in out
    injected = re.search(r"5xx answers \(nothing applied\)\s+(\d+)", out)
    assert injected is not None
    assert "Traceback" not in result.stderr
