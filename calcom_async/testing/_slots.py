"""Availability arithmetic: schedule windows, slot grids and host selection."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ._state import DAY_NAMES, EventType, FakeState, Schedule
from ._timeutil import UTC, get_zone, parse_hhmm

__all__ = ["HostPlan", "Window", "host_plans", "intersect", "schedule_windows"]

Window = tuple[datetime, datetime]


@dataclass(frozen=True)
class HostPlan:
    """A host taking part in an event type, with the schedule that governs them."""

    user_id: int
    schedule: Schedule | None
    mandatory: bool
    priority: str


def _local(day: date, minutes: int, zone_name: str) -> datetime:
    zone = get_zone(zone_name) or UTC
    if minutes >= 24 * 60:
        return datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=zone).astimezone(UTC)
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=zone).astimezone(UTC)


def _end_minutes(value: str) -> int | None:
    m = parse_hhmm(value)
    # "23:59" is how Cal.com spells "until the end of the day".
    return 24 * 60 if m == 23 * 60 + 59 else m


def day_windows(schedule: Schedule, day: date) -> list[Window]:
    """UTC windows in which ``schedule`` is available on local date ``day``."""
    key = day.isoformat()
    overrides = [o for o in schedule.overrides if o.date == key]
    rules: list[tuple[str, str]]
    if overrides:
        rules = [(o.start_time, o.end_time) for o in overrides]
    else:
        name = DAY_NAMES[day.weekday()]
        rules = [(a.start_time, a.end_time) for a in schedule.availability if name in a.days]
    out: list[Window] = []
    for start_s, end_s in rules:
        s, e = parse_hhmm(start_s), _end_minutes(end_s)
        if s is None or e is None or e <= s:
            continue
        out.append((_local(day, s, schedule.time_zone), _local(day, e, schedule.time_zone)))
    return _merge(out)


def schedule_windows(schedule: Schedule | None, start: datetime, end: datetime) -> list[Window]:
    """Merged UTC availability windows of ``schedule`` touching ``[start, end]``."""
    if schedule is None:
        return []
    zone = get_zone(schedule.time_zone) or UTC
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    out: list[Window] = []
    day = first
    while day <= last:
        out.extend(w for w in day_windows(schedule, day) if w[1] > start and w[0] <= end)
        day += timedelta(days=1)
    return _merge(out)


def _merge(windows: list[Window]) -> list[Window]:
    windows.sort()
    merged: list[Window] = []
    for s, e in windows:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def intersect(a: Sequence[Window], b: Sequence[Window]) -> list[Window]:
    """Intersection of two sorted, merged window lists."""
    out: list[Window] = []
    i = j = 0
    while i < len(a) and j < len(b):
        s = max(a[i][0], b[j][0])
        e = min(a[i][1], b[j][1])
        if s < e:
            out.append((s, e))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def contains(windows: Sequence[Window], start: datetime, end: datetime) -> bool:
    return any(s <= start and end <= e for s, e in windows)


def host_plans(state: FakeState, et: EventType) -> list[HostPlan]:
    """The hosts of ``et`` with their effective schedules.

    Personal event types: the owner with the event type's schedule (or the owner's default).
    Team event types: each host with the host's schedule, else the event type's schedule,
    else the host's default schedule.
    """
    plans: list[HostPlan] = []
    if et.owner_id is not None and et.team_id is None:
        sid = et.schedule_id
        sched = state.schedules.get(sid) if sid is not None else state.default_schedule(et.owner_id)
        return [HostPlan(et.owner_id, sched, True, "medium")]
    for h in et.hosts:
        if h.user_id not in state.users:
            continue
        sid = h.schedule_id if h.schedule_id is not None else et.schedule_id
        sched = state.schedules.get(sid) if sid is not None else state.default_schedule(h.user_id)
        plans.append(HostPlan(h.user_id, sched, h.mandatory, h.priority))
    return plans
