"""Availability arithmetic: schedule windows, slot grids and host selection.

Shared by the slots and bookings areas, so that the slots offered and the bookings accepted
follow exactly the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ._state import DAY_NAMES, PRIORITIES, EventType, FakeState, Schedule
from ._timeutil import UTC, get_zone, parse_hhmm

__all__ = [
    "HostPlan",
    "Window",
    "available_starts",
    "host_plans",
    "intersect",
    "pick_hosts",
    "schedule_windows",
]

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


def is_free(
    state: FakeState,
    user_id: int,
    start: datetime,
    end: datetime,
    et: EventType | None,
    ignore: str | None,
) -> bool:
    """Whether ``user_id`` can take ``[start, end)`` padded with ``et``'s buffers."""
    before = timedelta(minutes=et.before_event_buffer if et else 0)
    after = timedelta(minutes=et.after_event_buffer if et else 0)
    return not state.busy(user_id, start - before, end + after, ignore)


def available_starts(
    state: FakeState,
    plans: Sequence[HostPlan],
    kind: str,
    et: EventType | None,
    range_start: datetime,
    range_end: datetime,
    length: int,
    step: int,
    earliest: datetime,
    ignore: str | None,
) -> list[datetime]:
    """Sorted slot starts in ``[range_start, range_end]`` for ``plans`` (see the slots area)."""
    span = timedelta(minutes=length)
    stride = timedelta(minutes=step)
    lo = range_start - span
    hi = range_end + span
    windows_by_host = {p.user_id: schedule_windows(p.schedule, lo, hi) for p in plans}

    def grid(windows: Sequence[Window]) -> Iterable[datetime]:
        for ws, we in windows:
            t = ws
            while t + span <= we:
                if t >= range_start and t <= range_end and t >= earliest:
                    yield t
                t += stride

    found: set[datetime] = set()
    if kind in ("roundRobin", "managed"):
        mandatory = [p for p in plans if p.mandatory]
        pool = [p for p in plans if not p.mandatory] or mandatory[:1]
        base: list[Window] | None = None
        for p in mandatory:
            w = windows_by_host[p.user_id]
            base = w if base is None else intersect(base, w)
        for p in pool:
            windows = windows_by_host[p.user_id]
            if base is not None:
                windows = intersect(windows, base)
            for t in grid(windows):
                if t in found:
                    continue
                end = t + span
                if is_free(state, p.user_id, t, end, et, ignore) and all(
                    is_free(state, m.user_id, t, end, et, ignore) for m in mandatory
                ):
                    found.add(t)
    else:  # a single host, collective, or dynamic group: everyone must be free
        if not plans:
            return []
        common = windows_by_host[plans[0].user_id]
        for p in plans[1:]:
            common = intersect(common, windows_by_host[p.user_id])
        for t in grid(common):
            end = t + span
            if all(is_free(state, p.user_id, t, end, et, ignore) for p in plans):
                found.add(t)
    return sorted(found)


def _host_ok(
    state: FakeState,
    plan: HostPlan,
    start: datetime,
    end: datetime,
    et: EventType,
    ignore: str | None,
) -> bool:
    windows = schedule_windows(plan.schedule, start, end)
    return contains(windows, start, end) and is_free(state, plan.user_id, start, end, et, ignore)


def pick_hosts(
    state: FakeState,
    et: EventType,
    start: datetime,
    end: datetime,
    ignore: str | None = None,
    prefer: Sequence[int] = (),
    exclude: Sequence[int] = (),
) -> list[int] | None:
    """Hosts for a booking of ``et`` at ``[start, end)``, or None when unavailable.

    Collective and personal: every host must be available. Round robin (and managed): the
    mandatory hosts plus one free host, chosen by ``prefer`` (a reschedule keeps its host), then
    highest priority, then least recently booked for this event type, then host order; hosts in
    ``exclude`` are never the chosen one (a reassignment looks for somebody else).
    """
    plans = host_plans(state, et)
    if not plans:
        return None
    if et.team_id is None or et.scheduling_type == "collective":
        if all(_host_ok(state, p, start, end, et, ignore) for p in plans):
            return [p.user_id for p in plans]
        return None
    mandatory = [p for p in plans if p.mandatory]
    pool = [p for p in plans if not p.mandatory] or mandatory[:1]
    if not all(_host_ok(state, m, start, end, et, ignore) for m in mandatory):
        return None
    mandatory_ids = {m.user_id for m in mandatory}
    free = [
        p
        for p in pool
        if p.user_id not in exclude
        and (p.user_id in mandatory_ids or _host_ok(state, p, start, end, et, ignore))
    ]
    if not free:
        return None
    preferred = [p for p in free if p.user_id in prefer]
    if preferred:
        chosen = preferred[0]
    else:
        order = {p.user_id: i for i, p in enumerate(plans)}
        chosen = min(
            free,
            key=lambda p: (
                -PRIORITIES.index(p.priority) if p.priority in PRIORITIES else -2,
                state.rr_last_booked.get((et.id, p.user_id), -1),
                order[p.user_id],
            ),
        )
    return list(dict.fromkeys([m.user_id for m in mandatory] + [chosen.user_id]))
