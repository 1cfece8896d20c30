"""Compile ``openapi/calcom-v2.yaml`` into the generated low-level client.

    python scripts/generate.py            # rewrite generated/calcom_v2_client/
    python scripts/generate.py --check    # regenerate into a temporary directory and fail on drift

The generator (openapi-python-client) and the formatter (ruff) are pinned in ``pyproject.toml``;
ruff runs with ``--isolated`` and explicit settings so the output is byte-for-byte reproducible
wherever it is written.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "calcom-v2.yaml"
CONFIG = ROOT / "openapi" / "generator.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
PACKAGE = "calcom_v2_client"
TARGET = ROOT / "generated" / PACKAGE
BIN = Path(sys.executable).parent
RUFF_SETTINGS = ["--isolated", "--line-length", "120", "--target-version", "py310"]


def _run(*args: str | Path, cwd: Path | None = None) -> None:
    subprocess.run([str(a) for a in args], check=True, cwd=cwd)


def generate(out: Path) -> None:
    """Write the generated package to ``out`` (which must not exist yet)."""
    _run(
        BIN / "openapi-python-client",
        "generate",
        "--path",
        SPEC,
        "--config",
        CONFIG,
        "--meta",
        "none",
        "--output-path",
        out,
        "--fail-on-warning",
        *(["--custom-template-path", TEMPLATES] if TEMPLATES.is_dir() else []),
    )
    ruff = BIN / "ruff"
    _run(ruff, "check", *RUFF_SETTINGS, "--select", "I,F401", "--fix-only", "--quiet", out)
    _run(ruff, "format", *RUFF_SETTINGS, "--quiet", out)
    # PEP 561 marker: without it, type checkers treat the installed package (and every model the
    # facade returns) as untyped. The generator writes it only for its own pyproject layouts.
    (out / "py.typed").write_text("")


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(root)): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def check() -> int:
    """Regenerate into a temporary directory; print a diff and return 1 on any difference."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh)
        ours, theirs = _tree(TARGET) if TARGET.exists() else {}, _tree(fresh)
        drift = False
        for name in sorted(ours.keys() | theirs.keys()):
            a, b = ours.get(name), theirs.get(name)
            if a is not None and b is not None and filecmp.cmp(a, b, shallow=False):
                continue
            drift = True
            old = a.read_text().splitlines(keepends=True) if a else []
            new = b.read_text().splitlines(keepends=True) if b else []
            sys.stdout.writelines(
                difflib.unified_diff(
                    old, new, f"generated/{PACKAGE}/{name}", f"regenerated/{PACKAGE}/{name}"
                )
            )
    if drift:
        print(
            "\ngenerated/ does not match openapi/ + generator config: run `make generate`.",
            file=sys.stderr,
        )
        return 1
    print(f"generated/{PACKAGE} matches the spec ({len(ours)} files).")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ has drifted")
    args = parser.parse_args()
    if args.check:
        return check()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh)
        shutil.rmtree(TARGET, ignore_errors=True)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
