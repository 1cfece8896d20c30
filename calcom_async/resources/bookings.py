"""``cal.bookings``: list, get, create (one or many), cancel, reschedule, confirm, decline.

The methods for what follows a booking (no-shows, reassignment, guests, location, recordings...)
are inherited from :class:`~._booking_extras.BookingExtras`.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from os import PathLike
from typing import TYPE_CHECKING, Any, Literal

from calcom_v2_client.api.bookings import get_booking, list_bookings
from calcom_v2_client.models import BookingListResponse, BookingResponse

from .. import _validate as v
from .._errors import CalcomValueError, ResponseValidationError
from .._pagination import AsyncPaginator, Page, PageInfo, check_page_size
from .._response_validation import fetch_listing, skipped_item
from ._base import build, compact, lazy_names, optional
from ._booking_extras import AnyBooking, BookingExtras
from ._booking_extras import booking_uid as _uid
from ._booking_extras import one_booking as _one

if TYPE_CHECKING:
    from .._booking_request import BookingRequest
    from .._bulk_types import BookingOutcome, FoundBooking, ProgressEvent
    from .._journal import BulkJournal
    from .._types import Attendee

# The input, bulk and journal types are attrs classes; importing attrs and building them was most
# of what a first ``get`` or ``list`` paid, so the methods that need them import them when run.
# Looking the names up here (``bookings.BookingRequest``) loads them as well.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        "BookingRequest": "calcom_async._booking_request",
        "BookingOutcome": "calcom_async._bulk_types",
        "FoundBooking": "calcom_async._bulk_types",
        "ProgressEvent": "calcom_async._bulk_types",
        "BulkJournal": "calcom_async._journal",
        "Attendee": "calcom_async._types",
    },
)

__all__ = ["AnyBooking", "BookingStatusFilter", "Bookings", "SortOrder"]

BookingStatusFilter = Literal["upcoming", "recurring", "past", "cancelled", "unconfirmed"]
SortOrder = Literal["asc", "desc"]
_STATUSES = v.literal_values(BookingStatusFilter)
_MAX_TAKE = 250  # the API refuses larger pages
_INACTIVE = frozenset({"cancelled", "rejected"})


def _status_param(status: str | Sequence[str] | None) -> str | None:
    if status is None:
        return None
    if isinstance(status, str):
        return v.choice(status, "status", _STATUSES)
    return ",".join(v.string_list(status, "status", item=lambda x, f: v.choice(x, f, _STATUSES)))


def _sort(value: SortOrder | None, field: str) -> SortOrder | None:
    return None if value is None else v.choice(value, field, ("asc", "desc"))  # type: ignore[return-value]


def _ids(values: Sequence[int] | None, field: str) -> str | None:
    return None if values is None else ",".join(map(str, v.id_list(values, field)))


def _marker(booking: AnyBooking) -> str | None:
    from .._booking_request import BULK_MARKER_KEY

    metadata = getattr(booking, "metadata", None)
    value = getattr(metadata, "additional_properties", {}).get(BULK_MARKER_KEY)
    return value if isinstance(value, str) else None


class Bookings(BookingExtras):
    """Bookings (``cal-api-version: 2024-08-13``, sent for you)."""

    def list(
        self,
        *,
        status: BookingStatusFilter | Sequence[BookingStatusFilter] | None = None,
        attendee_email: str | None = None,
        attendee_name: str | None = None,
        booking_uid: str | None = None,
        event_type_id: int | None = None,
        event_type_ids: Sequence[int] | None = None,
        team_id: int | None = None,
        team_ids: Sequence[int] | None = None,
        after_start: datetime | None = None,
        before_end: datetime | None = None,
        after_created_at: datetime | None = None,
        before_created_at: datetime | None = None,
        after_updated_at: datetime | None = None,
        before_updated_at: datetime | None = None,
        sort_start: SortOrder | None = None,
        sort_end: SortOrder | None = None,
        sort_created: SortOrder | None = None,
        sort_updated_at: SortOrder | None = None,
        page_size: int = 100,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[AnyBooking]:
        """Iterate over bookings, fetching pages lazily.

        Filters are combined; ``status`` takes one status or several. Arguments are checked
        now (before any request); pages are fetched while you iterate.

        Example::

            async for booking in cal.bookings.list(status=["upcoming", "unconfirmed"],
                                                   attendee_email="ada@example.com"):
                print(booking.uid, booking.start)
            recent = await cal.bookings.list(sort_created="desc", limit=20).to_list()
        """
        dt = v.wire_datetime
        query: dict[str, Any] = compact(
            {
                "status": _status_param(status),
                "attendee_email": optional(v.email, attendee_email, "attendee_email"),
                "attendee_name": optional(v.query_text, attendee_name, "attendee_name"),
                "booking_uid": optional(v.identifier, booking_uid, "booking_uid"),
                "event_type_id": optional(v.positive_int, event_type_id, "event_type_id"),
                "event_type_ids": _ids(event_type_ids, "event_type_ids"),
                "team_id": optional(v.positive_int, team_id, "team_id"),
                "teams_ids": _ids(team_ids, "team_ids"),
                "after_start": optional(dt, after_start, "after_start"),
                "before_end": optional(dt, before_end, "before_end"),
                "after_created_at": optional(dt, after_created_at, "after_created_at"),
                "before_created_at": optional(dt, before_created_at, "before_created_at"),
                "after_updated_at": optional(dt, after_updated_at, "after_updated_at"),
                "before_updated_at": optional(dt, before_updated_at, "before_updated_at"),
                "sort_start": _sort(sort_start, "sort_start"),
                "sort_end": _sort(sort_end, "sort_end"),
                "sort_created": _sort(sort_created, "sort_created"),
                "sort_updated_at": _sort(sort_updated_at, "sort_updated_at"),
            }
        )
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)

        async def fetch(skip: int, take: int) -> Page[AnyBooking]:
            result, skipped = await fetch_listing(
                self._client,
                list_bookings.asyncio_detailed,
                BookingListResponse,
                timeout=timeout,
                max_retries=max_retries,
                take=take,
                skip=skip,
                **query,
            )
            p = result.pagination
            return Page(
                items=list(result.data),
                skip=skip,
                take=take,
                pagination=PageInfo(
                    total_items=p.total_items,
                    remaining_items=p.remaining_items,
                    has_next_page=p.has_next_page,
                ),
                skipped=tuple(skipped),
            )

        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    async def get(
        self, uid: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> AnyBooking:
        """One booking by its uid.

        Example::

            booking = await cal.bookings.get("3ZvCpsU5rkj1vVAo8yW7Kq")
        """
        result = await self._client._request(
            get_booking.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=_uid(uid),
        )
        return _one(result.data)

    async def create(
        self,
        *,
        event_type_id: int,
        start: datetime,
        attendee: Attendee,
        guests: Iterable[str] | None = None,
        location: Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | None = None,
        length_in_minutes: int | None = None,
        booking_fields_responses: Mapping[str, Any] | None = None,
        reservation_uid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        """Book ``start`` (an aware datetime) of an event type for ``attendee``.

        Input is validated first (aware ``start``, attendee email and time zone, Cal.com's
        metadata limits). ``location`` is a location object: ``{"type": "address"}``,
        ``"link"``, ``"phone"``, ``"organizersDefaultApp"``, or with their field
        ``{"type": "attendeeAddress", "address": ...}``, ``"attendeeDefined"`` + ``location``,
        ``"attendeePhone"`` + ``phone``, ``"integration"`` + ``integration`` (e.g.
        ``"cal-video"``). A taken slot raises :class:`SlotUnavailableError`.

        ``reservation_uid`` books a slot you hold with :meth:`Slots.reserve
        <calcom_async.resources.slots.Slots.reserve>` (its ``reservation_uid``); the booking
        uses the reservation up. Without it, a slot someone else holds is refused.

        A POST is never retried blindly: if its effect is unknown (the connection dropped after
        sending) :class:`AmbiguousRequestError` is raised -- look the booking up before trying
        again, or use :meth:`create_many`, which does that for you.

        Example::

            booking = await cal.bookings.create(
                event_type_id=123,
                start=datetime(2030, 5, 6, 9, 0, tzinfo=timezone.utc),
                attendee=Attendee(name="Ada", email="ada@example.com", time_zone="Europe/London"),
            )
        """
        from .._booking_request import BookingRequest

        request = BookingRequest.from_mapping(
            {
                "event_type_id": event_type_id,
                "start": start,
                "attendee": attendee,
                "guests": guests,
                "location": location,
                "metadata": metadata,
                "length_in_minutes": length_in_minutes,
                "booking_fields_responses": booking_fields_responses,
            }
        )
        extra = compact(
            {"reservedSlotUid": optional(v.identifier, reservation_uid, "reservation_uid")}
        )
        return await self._create(request, extra, timeout=timeout, max_retries=max_retries)

    async def _create(
        self,
        request: BookingRequest,
        extra: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        from calcom_v2_client.api.bookings import create_booking
        from calcom_v2_client.models import CreateBookingInput

        result = await self._client._request(
            create_booking.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=build(CreateBookingInput, {**request.to_wire(), **(extra or {})}),
        )
        return _one(result.data)

    async def find(
        self,
        *,
        event_type_id: int,
        start: datetime,
        attendee_email: str,
        include_cancelled: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking | None:
        """The booking of ``attendee_email`` on ``event_type_id`` starting at ``start``, if any.

        Cancelled and rejected bookings are ignored unless ``include_cancelled``. This is the
        lookup that makes :meth:`create_many` exactly-once after an ambiguous failure, so it
        never answers "absent" unless it is sure: if the listing held an unusable booking that
        might be the one wanted (same start, or a start it cannot read), the
        :class:`ResponseValidationError` about it is raised instead.
        """
        v.boolean(include_cancelled, "include_cancelled")
        matches = await self._matches(
            event_type_id=event_type_id,
            start=start,
            attendee_email=attendee_email,
            include_cancelled=include_cancelled,
            timeout=timeout,
            max_retries=max_retries,
        )
        return matches[0] if matches else None

    async def _matches(
        self,
        *,
        event_type_id: int,
        start: datetime,
        attendee_email: str,
        include_cancelled: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[AnyBooking]:
        """Every booking of ``attendee_email`` on ``event_type_id`` at ``start``, oldest first.

        The listing's filters are checked again on each booking (they have been unreliable in
        some API versions), so a booking that does not match exactly is never returned.
        """
        wanted = v.aware_datetime(start, "start").astimezone(timezone.utc)
        email = v.email(attendee_email, "attendee_email").strip().lower()
        found: builtins.list[AnyBooking] = []
        unsure: builtins.list[ResponseValidationError] = []
        async for page in self.list(
            attendee_email=attendee_email,
            event_type_id=event_type_id,
            after_start=wanted - timedelta(seconds=1),
            before_end=wanted + timedelta(days=1),
            sort_created="asc",
            page_size=_MAX_TAKE,
            timeout=timeout,
            max_retries=max_retries,
        ).pages():
            for booking in page.items:
                if booking.start != wanted:
                    continue
                et = getattr(booking, "event_type_id", None)
                if isinstance(et, int) and et != event_type_id:
                    continue
                emails = {str(getattr(a, "email", "")).strip().lower() for a in booking.attendees}
                if email not in emails:
                    continue
                if include_cancelled or booking.status not in _INACTIVE:
                    found.append(booking)
            unsure += [
                e for e in page.skipped if _may_be(skipped_item(e), wanted, include_cancelled)
            ]
        if unsure and not found:
            # Never "absent" while an unusable booking in the listing could be the one wanted.
            raise unsure[0]
        return found

    async def cancel(
        self,
        uid: str,
        *,
        reason: str | None = None,
        cancel_subsequent_bookings: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        """Cancel a booking (for a recurring series, optionally the later ones too).

        Example::

            await cal.bookings.cancel(booking.uid, reason="Schedule conflict")
        """
        from calcom_v2_client.api.bookings import cancel_booking
        from calcom_v2_client.models import CancelBookingInput

        body = build(
            CancelBookingInput,
            compact(
                {
                    "cancellationReason": optional(v.text, reason, "reason", allow_empty=True),
                    "cancelSubsequentBookings": optional(
                        v.boolean, cancel_subsequent_bookings, "cancel_subsequent_bookings"
                    ),
                }
            ),
        )
        result = await self._client._request(
            cancel_booking.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=_uid(uid),
            body=body,
        )
        return _one(result.data)

    async def reschedule(
        self,
        uid: str,
        *,
        start: datetime,
        reason: str | None = None,
        rescheduled_by: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        """Move a booking to ``start``; returns the new booking (its ``rescheduled_from_uid``
        names the old one, which becomes cancelled).

        Example::

            moved = await cal.bookings.reschedule(booking.uid, start=later, reason="Moved")
        """
        from calcom_v2_client.api.bookings import reschedule_booking
        from calcom_v2_client.models import RescheduleBookingInput

        body = build(
            RescheduleBookingInput,
            compact(
                {
                    "start": v.wire_datetime(start, "start"),
                    "reschedulingReason": optional(v.text, reason, "reason", allow_empty=True),
                    "rescheduledBy": optional(v.email, rescheduled_by, "rescheduled_by"),
                }
            ),
        )
        result = await self._client._request(
            reschedule_booking.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=_uid(uid),
            body=body,
        )
        return _one(result.data)

    async def confirm(
        self, uid: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> AnyBooking:
        """Accept a booking that is waiting for confirmation (status ``pending``)."""
        from calcom_v2_client.api.bookings import confirm_booking

        result = await self._client._request(
            confirm_booking.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=_uid(uid),
        )
        return _one(result.data)

    async def decline(
        self,
        uid: str,
        *,
        reason: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        """Reject a booking that is waiting for confirmation (it becomes ``rejected``)."""
        from calcom_v2_client.api.bookings import decline_booking
        from calcom_v2_client.models import DeclineBookingInput

        result = await self._client._request(
            decline_booking.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=_uid(uid),
            body=build(
                DeclineBookingInput,
                compact({"reason": optional(v.text, reason, "reason", allow_empty=True)}),
            ),
        )
        return _one(result.data)

    async def create_many(
        self,
        requests: Iterable[BookingRequest | Mapping[str, Any]]
        | AsyncIterable[BookingRequest | Mapping[str, Any]],
        *,
        concurrency: int = 8,
        journal: str | PathLike[str] | BulkJournal | None = None,
        on_progress: Callable[[ProgressEvent], object] | None = None,
        settle_delay: float | None = None,
        mark_bookings: bool = True,
        worker_id: str | None = None,
    ) -> builtins.list[BookingOutcome]:
        """Create many bookings concurrently, each exactly once; one outcome per request.

        ``requests`` holds :class:`BookingRequest` objects or mappings of :meth:`create`'s
        keyword arguments, as a list or any (async) iterable -- it is consumed lazily. Requests
        are spaced by the client's rate-limit pacer; ``concurrency`` bounds requests in flight.
        With ``journal`` (a JSONL file path) a re-run after a crash or Ctrl-C skips what was
        done and reconciles what was in flight. With ``journal="redis://host:6379/0#NAME"``
        several workers (processes, machines; each with its own ``worker_id``) share one
        import: each item is claimed by one worker at a time, and a dead worker's items are
        reconciled and finished by the others.

        After a create whose answer was lost (:class:`AmbiguousRequestError`) the booking is
        looked up only once ``settle_delay`` seconds have passed, so a request still running on
        the server cannot commit behind the lookup's back; the default is twice the client's
        timeout plus a second (61 s with the default 30 s timeout). Each booking carries the
        marker ``metadata["calcom_async_bulk_key"]`` (its request's key) so lookups recognise
        it exactly and a duplicate can be cancelled; ``mark_bookings=False`` leaves metadata
        alone (and gives up both). See :mod:`calcom_async.bulk` for the rules and the residual
        risk.

        Example::

            outcomes = await cal.bookings.create_many(
                [{"event_type_id": 7, "start": slot, "attendee": person} for slot, person in plan],
                concurrency=16,
                journal="import.jsonl",
            )
            print(summarize(outcomes))
        """
        from ..bulk import default_settle_delay, run_bulk

        if settle_delay is None:
            read = self._client._http.timeout.read
            settle_delay = default_settle_delay(read if read is not None else 30.0)
        return await run_bulk(
            _BookingsBackend(self),
            requests,
            concurrency=concurrency,
            journal=journal,
            on_progress=on_progress,
            settle_delay=settle_delay,
            mark_bookings=mark_bookings,
            worker_id=worker_id,
        )


class _BookingsBackend:
    """Adapts :class:`Bookings` to the bulk engine's ``BookingBackend`` protocol."""

    def __init__(self, bookings: Bookings) -> None:
        self._bookings = bookings

    async def create(self, request: BookingRequest) -> str:
        return (await self._bookings._create(request)).uid

    async def find(self, request: BookingRequest) -> builtins.list[FoundBooking]:
        from .._bulk_types import FoundBooking

        email = request.attendee.email
        if email is None:
            raise CalcomValueError("reconciling a booking needs the attendee's email")
        found = await self._bookings._matches(
            event_type_id=request.event_type_id, start=request.start, attendee_email=email
        )
        return [FoundBooking(b.uid, _marker(b)) for b in found]

    async def cancel(self, uid: str, reason: str) -> None:
        await self._bookings.cancel(uid, reason=reason)


def _may_be(item: Any, wanted: datetime, include_cancelled: bool) -> bool:
    """Whether an unusable raw booking could be the one starting at ``wanted``."""
    if not isinstance(item, dict):
        return True
    if not include_cancelled and item.get("status") in _INACTIVE:
        return False
    raw = item.get("start")
    try:
        start = datetime.fromisoformat(raw.replace("Z", "+00:00")) if isinstance(raw, str) else None
    except ValueError:
        start = None
    return start is None or start.tzinfo is None or start == wanted
