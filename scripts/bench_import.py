"""Import and first-call cost of the installed wheel, next to httpx's, in a fresh virtualenv.

    python scripts/bench_import.py [--rounds 15]

The wheel is built (``pip wheel --no-deps``) and installed with its runtime dependencies only
into a new virtualenv, and its bytecode compiled (``compileall``), as a user gets it. Nothing
from the source tree or the development environment is importable there. Then, in fresh
interpreters, alternating the two contenders round after round (medians over ``--rounds``):

* **import**: ``python -X importtime -c "import httpx"`` against ``-c "import calcom_async"``,
  the cumulative time of the top-level module (which includes httpx for calcom_async).
* **first call**, over loopback to a ``FakeCalcom`` in a child process
  (``bench_server.py``): the time to construct the client, the first ``get`` of a booking,
  and a warm ``get`` (median of 20 more); the first call's one-time cost is the first minus a
  warm one -- for calcom-async the resource, generated client and models it loads on first
  use, for both the connection and whatever httpcore loads on its first request.

Raw httpx's ``get`` is ``client.get(...)``, ``raise_for_status()``, ``.json()["data"]``;
calcom-async's is ``cal.bookings.get(uid)``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_server import KEY, VERSION, Server

ROOT = Path(__file__).resolve().parent.parent

_FIRST_CALL = """
import sys, time
t0 = time.perf_counter()
import {module}
t1 = time.perf_counter()
import asyncio, json
base_url, uid, key, version = sys.argv[1:5]

async def main():
    t2 = time.perf_counter()
    {construct}
    t3 = time.perf_counter()
    await get()
    t4 = time.perf_counter()
    warm = []
    for _ in range(21):
        s = time.perf_counter()
        await get()
        warm.append(time.perf_counter() - s)
    print(json.dumps({{"import": t1 - t0, "construct": t3 - t2, "first": t4 - t3,
                      "warm": sorted(warm)[10]}}))

asyncio.run(main())
"""

CONTENDERS = {
    "httpx": _FIRST_CALL.format(
        module="httpx",
        construct="""client = httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {key}", "cal-api-version": version})

    async def get():
        response = await client.get(f"/v2/bookings/{uid}")
        response.raise_for_status()
        return response.json()["data"]""",
    ),
    "calcom_async": _FIRST_CALL.format(
        module="calcom_async",
        construct="""cal = calcom_async.AsyncCalcom(key, base_url=base_url)

    async def get():
        return await cal.bookings.get(uid)""",
    ),
}


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CALCOM_"))}


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=_env(), capture_output=True, text=True, check=True
    )


def fresh_venv(base: Path) -> Path:
    """A new virtualenv with the built wheel installed and compiled; returns its python."""
    dist = base / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dist, ROOT)
    (wheel,) = dist.glob("calcom_async-*.whl")
    home = base / "venv"
    _run(sys.executable, "-m", "venv", home)
    python = home / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel)
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    _run(python, "-m", "compileall", "-q", site.stdout.strip())
    return python


def import_ms(python: Path, module: str, cwd: Path) -> float:
    """Cumulative ``-X importtime`` of ``module`` (a fresh interpreter), in milliseconds."""
    err = _run(python, "-X", "importtime", "-c", f"import {module}", cwd=cwd).stderr
    for line in err.splitlines():
        _, _, rest = line.partition("import time:")
        fields = [f.strip() for f in rest.split("|")]
        if len(fields) == 3 and fields[2] == module:
            return int(fields[1]) / 1000
    raise RuntimeError(f"no -X importtime line for {module}:\n{err}")


def run(rounds: int = 15) -> str:
    """Measure and return the Markdown table."""
    with tempfile.TemporaryDirectory() as tmp, Server("fake", 1) as server:
        base = Path(tmp)
        python = fresh_venv(base)
        names = list(CONTENDERS)
        imports: dict[str, list[float]] = {n: [] for n in names}
        calls: dict[str, list[dict[str, float]]] = {n: [] for n in names}
        for r in range(rounds + 1):
            for name in names[r % 2 :] + names[: r % 2]:
                ms = import_ms(python, name, base)
                out = _run(
                    python, "-c", CONTENDERS[name], server.base_url, server.uid, KEY, VERSION,
                    cwd=base,
                )  # fmt: skip
                if r:  # the first round only warms the OS file cache
                    imports[name].append(ms)
                    calls[name].append(json.loads(out.stdout))
        version = _run(python, "-c", "import httpx; print(httpx.__version__)").stdout.strip()

    def median_ms(name: str, key: str) -> float:
        return statistics.median(c[key] for c in calls[name]) * 1e3

    rows = [
        ("import (`-X importtime`)", {n: statistics.median(imports[n]) for n in names}),
        ("construct the client", {n: median_ms(n, "construct") for n in names}),
        ("first get", {n: median_ms(n, "first") for n in names}),
        ("warm get", {n: median_ms(n, "warm") for n in names}),
        (
            "first get's one-time cost (first - warm)",
            {n: median_ms(n, "first") - median_ms(n, "warm") for n in names},
        ),
    ]
    lines = [
        f"Fresh virtualenv, installed wheel, bytecode compiled; httpx {version}; medians of "
        f"{rounds} fresh interpreters each, alternating",
        "",
        "| ms | httpx | calcom-async | ratio | difference |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label, v in rows:
        ours, raw = v["calcom_async"], v["httpx"]
        ratio = f"{ours / raw:.2f}" if raw > 0.5 else ""
        lines.append(f"| {label} | {raw:.1f} | {ours:.1f} | {ratio} | {ours - raw:+.1f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    print(run(parser.parse_args().rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
