"""Switchable quirks: answers the real Cal.com gives that a strict reading of its spec does not.

``FakeCalcom(drift=Drift(...))`` (or ``drift=True`` for all of them) makes the fake answer the
way Cal.com sometimes does, so code under test meets those answers before production does:

``extra_fields``
    Every output object with an ``id``, ``uid``, ``start`` or ``email`` (bookings, hosts,
    attendees, slots, event types, schedules, webhooks, teams, me...) and every webhook payload
    gains fields no document lists (:data:`EXTRA_FIELDS`), as Cal.com adds fields over time.
``unknown_values``
    Event types list a location of a kind nobody knows yet (:data:`UNKNOWN_LOCATION`), and
    webhooks list a trigger that is not in any enum (:data:`UNKNOWN_TRIGGER`).
``version_fallback``
    A request without ``cal-api-version`` is served silently (Cal.com falls back to an older
    endpoint version) instead of the fake's strict 400; it is counted in
    ``fake.stats.version_fallbacks``. Like the old bookings endpoint, a fallen-back
    ``GET /v2/bookings`` ignores ``attendeeEmail``. A *wrong* version value still gets 400.

Two more quirks are per object rather than switches, because they belong to particular data:

- booking ``status: "awaiting_host"`` (Cal.com's instant meetings): seed it with
  ``state.add_booking(..., status="awaiting_host")`` or set ``booking.status``; it does not
  block the host's time, and webhooks carry ``AWAITING_HOST``;
- ``hosts[].id: "unknown"``: a booking whose host user no longer exists is rendered as Cal.com
  renders it, ``{"id": "unknown", "name": "unknown", "email": "unknown", "username":
  "unknown"}`` — e.g. after ``state.remove_user(user_id)``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

__all__ = [
    "EXTRA_FIELDS",
    "UNKNOWN_LOCATION",
    "UNKNOWN_TRIGGER",
    "Drift",
    "add_extra_fields",
    "as_drift",
]

#: Added to output objects with ``extra_fields``: a scalar and a nested object.
EXTRA_FIELDS: dict[str, Any] = {
    "driftNote": "a field added after this client was written",
    "driftDetails": {"since": "2099-01-01", "tags": ["new"], "count": 3},
}
#: An event-type location of a kind no client knows (``unknown_values``).
UNKNOWN_LOCATION: dict[str, Any] = {"type": "driftNewKind", "driftAddress": "Somewhere new"}
#: A webhook trigger no enum lists (``unknown_values``).
UNKNOWN_TRIGGER = "DRIFT_NEW_TRIGGER"

_RECORD_KEYS = ("id", "uid", "start", "email")


@dataclass(frozen=True)
class Drift:
    """Which quirks are on (see the module docstring); all off by default."""

    extra_fields: bool = False
    unknown_values: bool = False
    version_fallback: bool = False

    @classmethod
    def all(cls) -> Drift:
        """Every quirk on."""
        return cls(extra_fields=True, unknown_values=True, version_fallback=True)


def as_drift(value: Drift | bool | None) -> Drift:
    """``drift=`` argument → :class:`Drift` (True: all quirks; None/False: none)."""
    if value is None or value is False:
        return Drift()
    if value is True:
        return Drift.all()
    if isinstance(value, Drift):
        return value
    raise TypeError(f"drift must be a Drift, True, False or None, not {type(value).__name__}")


def add_extra_fields(data: Any) -> Any:
    """A copy of ``data`` where every record-like object carries :data:`EXTRA_FIELDS`."""
    if isinstance(data, list):
        return [add_extra_fields(x) for x in data]
    if isinstance(data, dict):
        out = {k: add_extra_fields(v) for k, v in data.items()}
        if any(k in data for k in _RECORD_KEYS):
            for k, v in EXTRA_FIELDS.items():
                out.setdefault(k, copy.deepcopy(v))
        return out
    return data
