"""The everyday commands: ``me``, ``event-types list``, ``webhooks list``, ``slots`` and
``bookings list|get|cancel|reschedule``. Each prints a table, or with ``--json`` the API's
objects (its own field names) as one JSON document on stdout."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.parser import isoparse

from .._client import AsyncCalcom
from ._common import (
    EXIT_OK,
    UsageError,
    parse_datetime,
    plural,
    print_json,
    run,
    time_zone,
    to_json,
)

__all__ = [
    "cmd_booking_cancel",
    "cmd_booking_get",
    "cmd_booking_reschedule",
    "cmd_bookings_list",
    "cmd_event_types",
    "cmd_me",
    "cmd_slots",
    "cmd_webhooks",
]

_REDACTED = "[redacted]"


def _out(args: argparse.Namespace, data: Any, table: Callable[[], Any], empty: str = "") -> int:
    """``data`` as JSON with ``--json``, else the rich renderable ``table()`` builds (or the
    ``empty`` line when ``data`` is an empty list)."""
    if args.json:
        print_json(data)
        return EXIT_OK
    from ._render import emit, make_console

    emit(make_console(), empty if empty and not data else table())
    return EXIT_OK


# -- me, event types, webhooks -----------------------------------------------------------------


def cmd_me(args: argparse.Namespace) -> int:
    """``calcom-async me``: whom the key belongs to, and where it was sent."""

    async def command(cal: AsyncCalcom) -> int:
        me = await cal.me.get()
        from ._render import fields_table

        org = me.organization
        return _out(
            args,
            me,
            lambda: fields_table(
                [
                    ("id", me.id),
                    ("username", me.username),
                    ("name", me.name),
                    ("email", me.email),
                    ("time zone", me.time_zone),
                    ("default schedule", me.default_schedule_id),
                    ("organization", getattr(org, "id", None) or me.organization_id),
                ],
                title=f"{me.username} at {cal.base_url}",
            ),
        )

    return run(args, command)


def cmd_event_types(args: argparse.Namespace) -> int:
    """``calcom-async event-types list``: the ids ``bookings import --event-type`` asks for."""

    async def command(cal: AsyncCalcom) -> int:
        event_types = await cal.event_types.list(username=args.username)
        from ._render import rows_table

        return _out(
            args,
            event_types,
            lambda: rows_table(
                ("id", "slug", "title", "minutes", "hidden"),
                ((et.id, et.slug, et.title, et.length_in_minutes, et.hidden) for et in event_types),
                title=plural(len(event_types), "event type"),
                right=("id", "minutes"),
            ),
            empty="No event types.",
        )

    return run(args, command)


def cmd_webhooks(args: argparse.Namespace) -> int:
    """``calcom-async webhooks list``; secrets are never shown."""

    async def command(cal: AsyncCalcom) -> int:
        hooks = await cal.webhooks.list(limit=args.limit).to_list()
        from ._render import rows_table

        data = to_json(hooks)
        for hook in data:
            if hook.get("secret"):
                hook["secret"] = _REDACTED
        return _out(
            args,
            data,
            lambda: rows_table(
                ("id", "subscriber url", "active", "triggers", "secret"),
                (
                    (h.id, h.subscriber_url, h.active, [str(t) for t in h.triggers], bool(h.secret))
                    for h in hooks
                ),
                title=plural(len(hooks), "webhook"),
                right=("id",),
            ),
            empty="No webhooks.",
        )

    return run(args, command)


# -- slots -------------------------------------------------------------------------------------


def _parse_bound(text: str, zone: str | None, field: str) -> date | datetime:
    """``--start``/``--end``: a date, or a date-time (naive ones are in ``zone``, else UTC)."""
    try:
        if len(text.strip()) == 10:
            return date.fromisoformat(text.strip())
        value = isoparse(text.strip())
    except ValueError:
        raise UsageError(
            f"--{field}: expected a date like 2030-05-06 or a date-time like "
            f"2030-05-06T09:00:00+02:00, got {text!r}"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(zone) if zone else timezone.utc)
    return value


def cmd_slots(args: argparse.Namespace) -> int:
    """``calcom-async slots``: free slots grouped by date."""
    zone = time_zone(args.time_zone)
    start = _parse_bound(args.start, zone, "start")
    end = _parse_bound(args.end, zone, "end")
    if type(start) is not type(end):  # the SDK cannot compare a date with a date-time
        start_day = start.date() if isinstance(start, datetime) else start
        end_day = end.date() if isinstance(end, datetime) else end
        if end_day < start_day:
            raise UsageError("--end must not be before --start")

    async def command(cal: AsyncCalcom) -> int:
        days = await cal.slots.list(
            event_type_id=args.event_type, start=start, end=end, time_zone=zone
        )
        from ._render import emit, make_console, slots_table

        starts = {day: [slot.start for slot in slots] for day, slots in days.items() if slots}
        if args.json:
            print_json({day.isoformat(): times for day, times in starts.items()})
            return EXIT_OK
        out = make_console()
        if not starts:
            emit(out, f"No free slots for event type {args.event_type} in that range.")
            return EXIT_OK
        count = sum(len(times) for times in starts.values())
        title = f"{plural(count, 'free slot')} of event type {args.event_type} ({zone or 'UTC'})"
        emit(out, slots_table(starts, title=title))
        return EXIT_OK

    return run(args, command)


# -- bookings ----------------------------------------------------------------------------------


def cmd_bookings_list(args: argparse.Namespace) -> int:
    """``calcom-async bookings list``: a table of bookings."""

    async def command(cal: AsyncCalcom) -> int:
        bookings = await cal.bookings.list(
            status=args.status,
            attendee_email=args.attendee_email,
            event_type_id=args.event_type,
            limit=args.limit,
            page_size=min(args.limit, 100),
        ).to_list()
        if args.json:
            print_json(bookings)
            return EXIT_OK
        from ._render import attendee_text, bookings_table, emit, make_console

        out = make_console()
        if not bookings:
            emit(out, "No bookings found.")
            return EXIT_OK
        more = " (limit reached; use --limit for more)" if len(bookings) == args.limit else ""
        rows = (
            (
                b.uid,
                b.start.isoformat(timespec="minutes"),
                str(b.status),
                attendee_text(b.attendees),
            )
            for b in bookings
        )
        emit(out, bookings_table(rows, title=f"{plural(len(bookings), 'booking')}{more}"))
        return EXIT_OK

    return run(args, command)


def _booking_fields(b: Any) -> list[tuple[str, Any]]:
    attendees = [f"{a.name} <{a.email}>" for a in b.attendees]
    hosts = [f"{h.name} <{h.email}>" for h in b.hosts]
    return [
        ("uid", b.uid),
        ("id", b.id),
        ("title", b.title),
        ("status", str(b.status)),
        ("start", b.start),
        ("end", b.end),
        ("minutes", b.duration),
        ("event type", b.event_type_id),
        ("attendees", attendees),
        ("guests", getattr(b, "guests", None)),
        ("hosts", hosts),
        ("location", b.location),
        ("meeting url", b.meeting_url),
        ("cancellation reason", b.cancellation_reason),
        ("rescheduled from", b.rescheduled_from_uid),
        ("rescheduled to", b.rescheduled_to_uid),
        ("created", b.created_at),
    ]


def _show_booking(args: argparse.Namespace, booking: Any, title: str) -> int:
    from ._render import fields_table

    return _out(args, booking, lambda: fields_table(_booking_fields(booking), title=title))


def cmd_booking_get(args: argparse.Namespace) -> int:
    """``calcom-async bookings get UID``."""

    async def command(cal: AsyncCalcom) -> int:
        booking = await cal.bookings.get(args.uid)
        return _show_booking(args, booking, f"Booking {booking.uid}")

    return run(args, command)


def cmd_booking_cancel(args: argparse.Namespace) -> int:
    """``calcom-async bookings cancel UID [--reason TEXT]``."""

    async def command(cal: AsyncCalcom) -> int:
        booking = await cal.bookings.cancel(args.uid, reason=args.reason)
        return _show_booking(args, booking, f"Cancelled booking {booking.uid}")

    return run(args, command)


def cmd_booking_reschedule(args: argparse.Namespace) -> int:
    """``calcom-async bookings reschedule UID --start DATETIME [--reason TEXT]``."""
    zone = time_zone(args.time_zone)
    start = parse_datetime(args.start, "--start", zone, naive_default_utc=False)

    async def command(cal: AsyncCalcom) -> int:
        moved = await cal.bookings.reschedule(args.uid, start=start, reason=args.reason)
        return _show_booking(
            args, moved, f"Booking {args.uid} rescheduled: the new booking is {moved.uid}"
        )

    return run(args, command)
