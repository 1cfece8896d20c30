"""``calcom_async.types`` exports every model a facade method can hand to the user."""

from __future__ import annotations

import functools
import inspect
import subprocess
import sys
import typing
from typing import Any

import attrs
import calcom_v2_client.models as generated_models
import pytest

import calcom_async.types as public_types
from calcom_async import AsyncCalcom


def _nested(resource: object) -> list[object]:
    """``resource`` and the resources nested in it (``cal.teams.memberships``...)."""
    found = [resource]
    for name, value in inspect.getmembers(type(resource)):
        if not name.startswith("_") and isinstance(value, functools.cached_property):
            found += _nested(getattr(resource, name))
    return found


def _resources() -> list[object]:
    cal = AsyncCalcom("cal_test_types_probe", base_url="http://127.0.0.1:9")
    return [
        nested
        for name, value in inspect.getmembers(type(cal))
        if not name.startswith("_")
        and isinstance(value, property | type(AsyncCalcom.me))
        and name not in {"base_url", "is_test_key", "stats", "pacer"}
        for nested in _nested(getattr(cal, name))
    ]


def _classes_in(hint: Any) -> set[type]:
    """Classes of the generated package mentioned anywhere in a (resolved) type hint."""
    found: set[type] = set()
    if isinstance(hint, type) and hint.__module__.startswith("calcom_v2_client"):
        found.add(hint)
    for arg in typing.get_args(hint):
        found |= _classes_in(arg)
    return found


class _Models(dict[str, Any]):
    """Names looked up in the generated models package, which loads each on first access."""

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(generated_models, name)
        except AttributeError:
            raise KeyError(name) from None


def _field_hints(cls: type) -> dict[str, Any]:
    # Generated models import their nested models under TYPE_CHECKING only.
    module = vars(sys.modules[cls.__module__])
    return typing.get_type_hints(cls, globalns=dict(module), localns=_Models())


def _reachable_models() -> set[type]:
    todo: set[type] = set()
    for resource in _resources():
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith("_"):
                continue
            module = sys.modules[method.__module__]
            for lazy in dir(module):  # names a resource module loads on first use
                getattr(module, lazy)
            todo |= _classes_in(typing.get_type_hints(method).get("return"))
    seen: set[type] = set()
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        if attrs.has(cls) or cls.__module__.startswith("calcom_v2_client.models."):
            for hint in _field_hints(cls).values():
                todo |= _classes_in(hint) - seen
    return seen


def test_every_model_the_facade_returns_is_exported() -> None:
    reachable = _reachable_models()
    exported = {getattr(public_types, name) for name in public_types.__all__}
    assert len(reachable) > 20  # the walk really found the models (Booking, its hosts, ...)
    missing = sorted(cls.__name__ for cls in reachable - exported if cls is not public_types.Unset)
    assert missing == [], f"add these to calcom_async/types.py: {missing}"


@pytest.mark.parametrize("name", public_types.__all__)
def test_exports_resolve(name: str) -> None:
    assert getattr(public_types, name) is not None


def test_nested_resources_are_walked() -> None:
    names = {type(r).__name__ for r in _resources()}
    assert {"EventTypeWebhooks", "PrivateLinks", "TeamEventTypes", "Memberships"} <= names


def test_booking_attendee_is_the_output_model_not_the_input_helper() -> None:
    import calcom_async

    assert public_types.BookingAttendee is generated_models.Attendee
    assert public_types.BookingAttendee is not calcom_async.Attendee


def test_import_calcom_async_does_not_import_the_types_module() -> None:
    probe = "import sys, calcom_async; print('calcom_async.types' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
