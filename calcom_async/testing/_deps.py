"""Fail at import, with the fix in the message, when the ``testing`` extra is missing."""

from __future__ import annotations

import importlib.util

__all__: list[str] = []

_HINT = "calcom_async.testing needs the 'testing' extra: pip install 'calcom-async[testing]'"


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # e.g. sys.modules[name] is None
        return False


_missing = [name for name in ("starlette", "uvicorn") if not _installed(name)]
if _missing:
    raise ImportError(f"{_HINT} (missing: {', '.join(_missing)})", name=_missing[0])
