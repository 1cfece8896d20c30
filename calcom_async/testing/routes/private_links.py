"""Private links of an event type (``/v2/event-types/{eventTypeId}/private-links``; no
``cal-api-version``), and booking through one (:func:`book_through_link`).

Managed like event-type webhooks (owner, or team OWNER/ADMIN). Create ``{expiresAt?,
maxUsageCount?}`` → 201: a link that expires at ``expiresAt``, or after ``maxUsageCount``
bookings (≥ 1), or both (whichever comes first); with neither it works once. PATCH moves
either limit (a used-up link works again when the limit is raised). List (not paginated)
includes expired links. DELETE → ``{linkId, message}``. Output: ``linkId``, ``eventTypeId``,
``isExpired`` (at the fake's clock), ``bookingUrl`` (``https://cal.com/d/<linkId>/<slug>``),
``expiresAt`` when set, ``maxUsageCount`` and ``usageCount`` when usage-limited.

API v2 has no way to book *through* a private link -- people book on the link's page -- so the
fake offers one in Python: ``fake.book_private_link(link_id, start=..., name=..., email=...)``
books like ``POST /v2/bookings`` would (availability, hosts, webhooks) and counts the use; an
unknown, deleted or expired link raises :class:`~.._routing.ApiError` (404 / 400).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.datastructures import Headers, QueryParams

from .._routing import ApiError, Area, Ctx, Reply, bad_request, not_found, ok
from .._state import Booking, EventType, PrivateLink
from .._timeutil import format_utc
from .._validate import check_keys, fail, get_int, get_str, parse_instant
from .bookings import create_booking
from .event_types import managed_event_type

if TYPE_CHECKING:
    from .._app import FakeCalcom

area = Area("private-links")

EXPIRED_MESSAGE = "This private link has expired"


def private_link_out(ctx: Ctx, link: PrivateLink) -> dict[str, Any]:
    et = ctx.state.event_types.get(link.event_type_id)
    out: dict[str, Any] = {
        "linkId": link.link_id,
        "eventTypeId": link.event_type_id,
        "isExpired": link.expired(ctx.now()),
        "bookingUrl": f"https://cal.com/d/{link.link_id}/{et.slug if et else 'event'}",
    }
    if link.expires_at is not None:
        out["expiresAt"] = format_utc(link.expires_at)
    if link.max_usage_count is not None:
        out["maxUsageCount"] = link.max_usage_count
        out["usageCount"] = link.usage_count
    return out


def _limits(body: dict[str, Any]) -> tuple[datetime | None, int | None]:
    check_keys(body, ("expiresAt", "maxUsageCount"))
    raw = get_str(body, "expiresAt")
    expires_at = None if raw is None else parse_instant(raw, "expiresAt")
    return expires_at, get_int(body, "maxUsageCount", minimum=1)


def _link(ctx: Ctx, et: EventType) -> PrivateLink:
    link_id = ctx.params["linkId"]
    link = ctx.state.private_links.get(link_id)
    if link is None or link.event_type_id != et.id:
        raise not_found(f"Private link {link_id} not found for event type id={et.id}")
    return link


@area.route("GET", "/v2/event-types/{eventTypeId}/private-links")
def list_private_links(ctx: Ctx) -> Reply:
    et = managed_event_type(ctx)
    links = [k for k in ctx.state.private_links.values() if k.event_type_id == et.id]
    return ok([private_link_out(ctx, k) for k in links])


@area.route("POST", "/v2/event-types/{eventTypeId}/private-links")
def create_private_link(ctx: Ctx) -> Reply:
    et = managed_event_type(ctx)
    expires_at, max_uses = _limits(ctx.body_obj())
    if expires_at is not None and expires_at <= ctx.now():
        fail("expiresAt must be in the future", "expiresAt")
    link = ctx.state.add_private_link(et.id, expires_at=expires_at, max_usage_count=max_uses)
    return ok(private_link_out(ctx, link), 201)


@area.route("PATCH", "/v2/event-types/{eventTypeId}/private-links/{linkId}")
def update_private_link(ctx: Ctx) -> Reply:
    link = _link(ctx, managed_event_type(ctx))
    expires_at, max_uses = _limits(ctx.body_obj())
    if expires_at is None and max_uses is None:
        fail("expiresAt or maxUsageCount is required", "expiresAt")
    if expires_at is not None:
        link.expires_at = expires_at
    if max_uses is not None:
        link.max_usage_count = max_uses
    return ok(private_link_out(ctx, link))


@area.route("DELETE", "/v2/event-types/{eventTypeId}/private-links/{linkId}")
def delete_private_link(ctx: Ctx) -> Reply:
    link = _link(ctx, managed_event_type(ctx))
    del ctx.state.private_links[link.link_id]
    return ok({"linkId": link.link_id, "message": "Private link deleted successfully"})


def book_through_link(
    fake: FakeCalcom, link_id: str, start: datetime, attendee: dict[str, Any]
) -> Booking:
    """Book the link's event type at ``start`` for ``attendee`` (the wire shape of a booking's
    attendee) as its page would, and count the use. Raises :class:`ApiError`."""
    link = fake.state.private_links.get(link_id)
    if link is None:
        raise not_found(f"Private link {link_id} not found")
    if link.expired(fake.now()):
        raise bad_request(EXPIRED_MESSAGE)
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    body = {"eventTypeId": link.event_type_id, "start": format_utc(start), "attendee": attendee}
    ctx = Ctx(
        fake=fake,
        method="POST",
        path="/v2/bookings",
        params={},
        query=QueryParams(""),
        headers=Headers({}),
        body=body,
        caller=None,  # the booker on the link's page is anonymous
    )
    reply = create_booking(ctx)
    booking = fake.state.get_booking(reply.data["uid"])
    if booking is None:  # pragma: no cover - create_booking stores what it answers
        raise ApiError(500, "InternalServerErrorException", "booking vanished")
    link.usage_count += 1
    return booking
