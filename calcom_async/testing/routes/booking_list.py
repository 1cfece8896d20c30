"""``GET /v2/bookings`` (``cal-api-version: 2024-08-13``): filters, sorting, pagination.

Visible: bookings the caller hosts, of the caller's event types, or of teams where the caller
is OWNER/ADMIN. Filters: ``status`` (upcoming = accepted/pending ending ≥ now; past =
accepted/pending ended; cancelled = cancelled or rejected; unconfirmed = pending ending ≥ now;
recurring = none, the fake has no recurring bookings; comma-separated = union),
``attendeeEmail`` (case-insensitive exact), ``attendeeName`` (case-insensitive substring),
``bookingUid``, ``eventTypeId(s)``, ``teamId``/``teamsIds``, ``afterStart``, ``beforeEnd``,
created/updated ranges; sort by one of ``sortStart``/``sortEnd``/``sortCreated``/
``sortUpdatedAt`` (default start ascending). ``take`` 1-250 (default 100; more → 400), ``skip``
≥ 0. ``pagination``: totalItems, remainingItems, returnedItems, itemsPerPage, currentPage
(skip // take + 1), totalPages, hasNextPage, hasPreviousPage.

Bookings are kept ordered by start, end and creation time (:meth:`FakeState.booking_order`): a
page applies the filters to the caller's bookings, then walks that order until the page is full
(or sorts the matches when a filter left few), instead of sorting every booking per request. With
drift's ``version_fallback``, a request without ``cal-api-version`` ignores ``attendeeEmail``,
as Cal.com's older endpoint version did.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from .._routing import Ctx, Reply, ok
from .._state import ACTIVE_STATUSES, Booking
from .._validate import fail, query_instant, query_int
from .bookings import area, booking_out

STATUSES = ("upcoming", "recurring", "past", "cancelled", "unconfirmed")
_SORTS = (
    ("sortStart", "start"),
    ("sortEnd", "end"),
    ("sortCreated", "created_at"),
    ("sortUpdatedAt", "updated_at"),
)
# (query key, booking attribute, is upper bound, bare date means end of day)
_BOUNDS = (
    ("afterStart", "start", False, False),
    ("beforeEnd", "end", True, True),
    ("afterCreatedAt", "created_at", False, False),
    ("beforeCreatedAt", "created_at", True, True),
    ("afterUpdatedAt", "updated_at", False, False),
    ("beforeUpdatedAt", "updated_at", True, True),
)

Check = Callable[[Booking], bool]


def _ids(ctx: Ctx, *keys: str) -> set[int]:
    out: set[int] = set()
    for key in keys:
        for part in (ctx.query.get(key) or "").split(","):
            if part.strip():
                if not part.strip().isdigit():
                    fail(f"{key} must contain integer ids", key)
                out.add(int(part))
    return out


def _status_check(statuses: list[str], now: datetime) -> Check:
    wanted = set(statuses)

    def check(b: Booking) -> bool:
        live = b.status in ACTIVE_STATUSES
        return (
            ("upcoming" in wanted and live and b.end >= now)
            or ("past" in wanted and live and b.end < now)
            or ("cancelled" in wanted and b.status in ("cancelled", "rejected"))
            or ("unconfirmed" in wanted and b.status == "pending" and b.end >= now)
        )

    return check


def _attendee_email_check(email: str) -> Check:
    def check(b: Booking) -> bool:
        return any(a.email.lower() == email for a in b.attendees)

    return check


def _attendee_name_check(name: str) -> Check:
    def check(b: Booking) -> bool:
        return any(name in a.name.lower() for a in b.attendees)

    return check


def _bound_check(attr: str, limit: datetime, upper: bool) -> Check:
    if upper:
        return lambda b: getattr(b, attr) <= limit
    return lambda b: getattr(b, attr) >= limit


def _checks(ctx: Ctx) -> list[Check]:
    """Validate the filters and turn each one given into a predicate."""
    q = ctx.query
    checks: list[Check] = []
    statuses = [s.strip() for s in ",".join(q.getlist("status")).split(",") if s.strip()]
    for s in statuses:
        if s not in STATUSES:
            fail(f"status must be one of {', '.join(STATUSES)}", "status")
    if statuses:
        checks.append(_status_check(statuses, ctx.now()))
    if q.get("attendeeEmail") and not ctx.version_fell_back:
        checks.append(_attendee_email_check(q["attendeeEmail"].lower()))
    if q.get("attendeeName"):
        checks.append(_attendee_name_check(q["attendeeName"].lower()))
    if q.get("bookingUid"):
        uid = q["bookingUid"]
        checks.append(lambda b: b.uid == uid)
    et_ids = _ids(ctx, "eventTypeId", "eventTypeIds")
    if et_ids:
        checks.append(lambda b: b.event_type_id in et_ids)
    team_ids = _ids(ctx, "teamId", "teamsIds")
    if team_ids:
        event_types = ctx.state.event_types
        in_teams = {et.id for et in event_types.values() if et.team_id in team_ids}
        checks.append(lambda b: b.event_type_id in in_teams)
    for key, attr, upper, eod in _BOUNDS:
        limit = query_instant(q, key, end_of_day=eod)
        if limit is not None:
            checks.append(_bound_check(attr, limit, upper))
    return checks


def _sort(ctx: Ctx) -> tuple[str, bool]:
    for key, attr in _SORTS:
        direction = ctx.query.get(key)
        if direction:
            if direction not in ("asc", "desc"):
                fail(f"{key} must be 'asc' or 'desc'", key)
            return attr, direction == "desc"
    return "start", False


def _page(
    ctx: Ctx, matched: set[int], attr: str, reverse: bool, skip: int, take: int
) -> list[Booking]:
    """Bookings ``skip .. skip + take`` of ``matched`` in ``attr`` order."""
    bookings = ctx.state.bookings
    order = ctx.state.booking_order(attr)
    if order is None or len(matched) * 8 < len(order):
        # Few matches (a filtered lookup) or no kept order: sorting the matches is cheapest.
        found = sorted((bookings[i] for i in matched), key=lambda b: (getattr(b, attr), b.id))
        if reverse:
            found.reverse()
        return found[skip : skip + take]
    # Walk the kept order and stop once the page is full.
    page: list[Booking] = []
    seen = 0
    for _, bid in reversed(order) if reverse else order:
        if bid in matched:
            if seen >= skip:
                page.append(bookings[bid])
                if len(page) == take:
                    break
            seen += 1
    return page


@area.route("GET", "/v2/bookings")
def list_bookings(ctx: Ctx) -> Reply:
    take = query_int(ctx.query, "take", 100, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    checks = _checks(ctx)
    attr, reverse = _sort(ctx)
    matched = ctx.state.bookings_visible_to(ctx.user.id)
    if checks:
        bookings = ctx.state.bookings
        items = [bookings[i] for i in matched]
        for check in checks:
            items = [b for b in items if check(b)]
        matched = {b.id for b in items}
    total = len(matched)
    page = _page(ctx, matched, attr, reverse, skip, take) if skip < total else []
    pagination = {
        "totalItems": total,
        "remainingItems": max(0, total - skip - len(page)),
        "returnedItems": len(page),
        "itemsPerPage": take,
        "currentPage": skip // take + 1,
        "totalPages": math.ceil(total / take) if total else 0,
        "hasNextPage": skip + len(page) < total,
        "hasPreviousPage": skip > 0,
    }
    return ok([booking_out(ctx, b) for b in page], pagination=pagination)
