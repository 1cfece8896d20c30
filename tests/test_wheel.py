"""The built wheel, as a user gets it: typed for mypy, and working on every Python we can find.

One wheel is built per test session (``pip wheel``) and installed, with its ``testing`` extra,
into a fresh virtualenv per interpreter: the one running the tests plus every other CPython
>= 3.10 on the machine (``python3.X`` on PATH, pyenv's versions), one per minor version. Nothing
from the source tree is importable there (the scripts run from a temporary directory).

* mypy ``--strict`` (the dev environment's mypy, pointed at the fresh virtualenv with
  ``--python-executable``, so it sees only what the wheel installed) accepts a correct user
  script and reports a misspelt attribute and a wrong argument type: proof that both packages
  ship ``py.typed`` and that results are not ``Any``.
* On each interpreter a smoke script imports everything public and books a slot against
  ``FakeCalcom`` in-process.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.wheel, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
MIN_MINOR = 10  # requires-python = ">=3.10"


def _run(*args: str | Path, cwd: Path | None = None, timeout: float = 300) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CALCOM_", "PYTHON"))}
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise AssertionError(
            f"{' '.join(map(str, args))} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
        )
    return done.stdout


def _version(python: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys, venv; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=20,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    major, minor = map(int, out.stdout.split())
    return (major, minor)


def _interpreters() -> dict[tuple[int, int], str]:
    """One interpreter per minor version >= 3.10, the running one first."""
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = [sys.executable]
    candidates += [shutil.which(f"python3.{minor}") or "" for minor in range(MIN_MINOR, 20)]
    candidates += sorted(glob.glob(os.path.join(pyenv_root, "versions", "3.*", "bin", "python3")))
    found: dict[tuple[int, int], str] = {}
    for python in filter(None, candidates):
        version = _version(python)
        if version is not None and version >= (3, MIN_MINOR) and version not in found:
            found[version] = python
    return found


INTERPRETERS = _interpreters()
CURRENT = sys.version_info[:2]


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, ROOT)
    (built,) = out.glob("calcom_async-*.whl")
    return built


class _Venvs:
    def __init__(self, wheel: Path, base: Path) -> None:
        self._wheel = wheel
        self._base = base
        self._made: dict[tuple[int, int], Path] = {}

    def python(self, version: tuple[int, int]) -> Path:
        """A fresh virtualenv for that Python with the wheel (and its testing extra) installed."""
        if version not in self._made:
            home = self._base / f"py{version[0]}{version[1]}"
            _run(INTERPRETERS[version], "-m", "venv", home)
            python = home / "bin" / "python"
            # The venv's own (bundled) pip: a pip from another interpreter may not support it.
            _run(
                python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                f"{self._wheel}[testing]",
            )  # fmt: skip
            self._made[version] = python
        return self._made[version]


@pytest.fixture(scope="session")
def venvs(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> _Venvs:
    return _Venvs(wheel, tmp_path_factory.mktemp("venvs"))


def test_the_wheel_ships_both_py_typed_markers_and_the_license(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"calcom_async/py.typed", "calcom_v2_client/py.typed"} <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "calcom_async/webhooks/__init__.py" in names and "calcom_async/types.py" in names


GOOD = """
from __future__ import annotations

from datetime import datetime

from starlette.applications import Starlette
from starlette.routing import Mount

from calcom_async import AsyncCalcom, Attendee, __version__
from calcom_async.types import AnyBooking, Slot, Unset
from calcom_async.webhooks import BookingCreated, WebhookEvent, WebhookReceiver


def describe(booking: AnyBooking) -> str:
    uid: str = booking.uid
    start: datetime = booking.start
    reason = booking.cancellation_reason
    if isinstance(reason, Unset) or reason is None:
        return f"{uid} at {start:%H:%M}"
    return f"{uid}: {reason}"


async def handle(event: WebhookEvent) -> None:
    if isinstance(event, BookingCreated):
        when: datetime = event.payload.start_time
        emails: list[str | None] = [a.email for a in event.payload.attendees]
        print(when, emails)


app = Starlette(routes=[Mount("/hooks/cal", app=WebhookReceiver(handle, secret="s3cret"))])


async def main(event_type_id: int, start: datetime) -> list[Slot]:
    async with AsyncCalcom("cal_test_typed") as cal:
        booking = await cal.bookings.create(
            event_type_id=event_type_id,
            start=start,
            attendee=Attendee(name="Ada", email="ada@example.com", time_zone="UTC"),
        )
        print(describe(booking), __version__.upper())
        me = await cal.with_options(timeout=5).me.get()
        username: str = me.username
        print(username)
        days = await cal.slots.list(event_type_id=event_type_id, start=start, end=start)
        return [slot for slots in days.values() for slot in slots]
"""

BAD_ATTRIBUTE = """
from calcom_async import AsyncCalcom
from calcom_async.webhooks import BookingCreated, WebhookEvent


async def main(cal: AsyncCalcom) -> None:
    booking = await cal.bookings.get("abc")
    print(booking.uidd)


def on_event(event: WebhookEvent) -> None:
    if isinstance(event, BookingCreated):
        print(event.payload.start_tme)
"""

BAD_ARGUMENT = """
from calcom_async import AsyncCalcom


async def main(cal: AsyncCalcom) -> None:
    await cal.bookings.get(12345)
"""


@pytest.mark.skipif(CURRENT not in INTERPRETERS, reason="no venv-capable running interpreter")
def test_mypy_strict_sees_the_installed_types(venvs: _Venvs, tmp_path: Path) -> None:
    python = venvs.python(CURRENT)
    for name, source in {"good": GOOD, "bad_attr": BAD_ATTRIBUTE, "bad_arg": BAD_ARGUMENT}.items():
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(source))
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\n")  # no project config leaks in
    command = [sys.executable, "-m", "mypy", "--python-executable", str(python)]
    command += ["--cache-dir", str(tmp_path / ".mypy_cache"), "--no-error-summary"]
    done = subprocess.run(
        [*command, "good.py", "bad_attr.py", "bad_arg.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={k: v for k, v in os.environ.items() if k != "MYPYPATH"},
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert done.returncode == 1, done.stdout + done.stderr
    assert [e for e in errors if e.startswith("good.py")] == []
    attr = [e for e in errors if e.startswith("bad_attr.py")]
    # One error per union member for the booking (Booking | RecurringBooking), one for the event.
    assert any('has no attribute "uidd"' in e for e in attr), attr
    assert any('"BookingPayload" has no attribute "start_tme"' in e for e in attr), attr
    assert all("uidd" in e or "start_tme" in e for e in attr), attr
    (arg,) = [e for e in errors if e.startswith("bad_arg.py")]
    assert 'incompatible type "int"; expected "str"' in arg and "[arg-type]" in arg
    assert "py.typed" not in done.stdout and "import-untyped" not in done.stdout


SMOKE = """
import asyncio
import importlib.resources
import sys
from datetime import datetime, timedelta, timezone

import calcom_async
import calcom_v2_client
from calcom_async import AsyncCalcom, Attendee, sign_webhook_body
from calcom_async.testing import FakeCalcom
from calcom_async.types import Booking
from calcom_async.webhooks import BookingCreated, verify_and_parse

KEY = "cal_test_wheelSmoke0123456789"


async def main() -> None:
    fake = FakeCalcom(api_keys=[KEY])
    async with AsyncCalcom(KEY, base_url="http://127.0.0.1", transport=fake.transport()) as cal:
        await cal.schedules.create(name="Hours", time_zone="UTC", is_default=True)
        intro = await cal.event_types.create(title="Intro", slug="intro", length_in_minutes=30)
        soon = datetime.now(timezone.utc) + timedelta(days=1)
        days = await cal.slots.list(
            event_type_id=intro.id, start=soon, end=soon + timedelta(days=7), time_zone="UTC"
        )
        start = next(iter(days.values()))[0].start
        booking = await cal.bookings.create(
            event_type_id=intro.id,
            start=start,
            attendee=Attendee(name="Ada", email="ada@example.com", time_zone="UTC"),
        )
        assert isinstance(booking, Booking) and booking.start == start
        assert (await cal.bookings.get(booking.uid)).uid == booking.uid
    body = (
        b'{"triggerEvent":"BOOKING_CREATED","createdAt":"2050-01-01T00:00:00Z","payload":'
        b'{"uid":"u1","startTime":"2050-01-02T09:00:00Z","endTime":"2050-01-02T09:30:00Z"}}'
    )
    event = verify_and_parse(body, sign_webhook_body("s", body), "s")
    assert isinstance(event, BookingCreated) and event.payload.start_time.tzinfo is not None
    for package in (calcom_async, calcom_v2_client):
        assert importlib.resources.files(package).joinpath("py.typed").is_file()
    print(sys.version_info[0], sys.version_info[1], calcom_async.__version__, calcom_async.__file__)


asyncio.run(main())
"""


@pytest.mark.parametrize(
    "version", sorted(INTERPRETERS), ids=[f"py{v[0]}.{v[1]}" for v in sorted(INTERPRETERS)]
)
def test_the_wheel_works_on_every_python_found(
    version: tuple[int, int], venvs: _Venvs, tmp_path: Path
) -> None:
    python = venvs.python(version)
    (tmp_path / "smoke.py").write_text(SMOKE)
    major, minor, package_version, location = _run(python, "smoke.py", cwd=tmp_path).split()
    assert (int(major), int(minor)) == version
    assert (
        package_version
        == _run(sys.executable, "-c", "import calcom_async as c; print(c.__version__)").strip()
    )
    assert Path(location).is_relative_to(python.parent.parent)  # the wheel, not the source tree
