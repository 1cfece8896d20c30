"""The fake's API areas: one module per area, each with an ``area`` of routes.

To add an area, write a module here that creates an :class:`~.._routing.Area` named ``area``
and registers its handlers on it, then list the module in :data:`AREA_MODULES`.
"""

from __future__ import annotations

from .._routing import Area
from . import (
    booking_actions,
    booking_list,
    booking_records,
    bookings,
    calendars,
    event_type_webhooks,
    event_types,
    me,
    memberships,
    private_links,
    schedules,
    slot_reservations,
    slots,
    team_bookings,
    team_event_types,
    teams,
    webhooks,
)

#: The modules whose ``area`` the fake serves (order is irrelevant to routing).
AREA_MODULES = (
    me,
    event_types,
    slots,
    slot_reservations,
    bookings,
    booking_list,
    booking_actions,
    booking_records,
    schedules,
    teams,
    webhooks,
    calendars,
    event_type_webhooks,
    private_links,
    team_event_types,
    memberships,
    team_bookings,
)


def all_areas() -> list[Area]:
    """Every area, each once (two modules may share one, like bookings and booking_list)."""
    areas: dict[int, Area] = {}
    for module in AREA_MODULES:
        area: Area = module.area
        areas.setdefault(id(area), area)
    return list(areas.values())
