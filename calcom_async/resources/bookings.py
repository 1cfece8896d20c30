"""``cal.bookings``: list, get, create (one or many), cancel, reschedule, confirm, decline."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from os import PathLike
from typing import Any, Literal, TypeAlias, get_args

from calcom_v2_client.api.bookings import (
    cancel_booking,
    confirm_booking,
    create_booking,
    decline_booking,
    get_booking,
    list_bookings,
    reschedule_booking,
)
from calcom_v2_client.models import (
    Booking,
    BookingListResponse,
    BookingResponse,
    CancelBookingInput,
    CreateBookingInput,
    DeclineBookingInput,
    RecurringBooking,
    RescheduleBookingInput,
)

from .._errors import CalcomError, CalcomValueError, ResponseValidationError
from .._pagination import AsyncPaginator, Page, PageInfo, check_page_size
from .._types import Attendee, ensure_aware, validate_email
from .._validation import fetch_listing, skipped_item
from ..bulk import (
    BookingOutcome,
    BookingRequest,
    ProgressEvent,
    run_bulk,
)
from ._base import Resource, compact, positive_int, wire_datetime

__all__ = ["AnyBooking", "BookingStatusFilter", "Bookings", "SortOrder"]

AnyBooking: TypeAlias = Booking | RecurringBooking
BookingStatusFilter = Literal["upcoming", "recurring", "past", "cancelled", "unconfirmed"]
SortOrder = Literal["asc", "desc"]
_STATUSES = frozenset(get_args(BookingStatusFilter))
_MAX_TAKE = 250  # the API refuses larger pages
_INACTIVE = frozenset({"cancelled", "rejected"})


def _status_param(status: str | Sequence[str] | None) -> str | None:
    if status is None:
        return None
    values = [status] if isinstance(status, str) else list(status)
    bad = [s for s in values if s not in _STATUSES]
    if bad or not values:
        raise CalcomValueError(
            f"status must be one or more of {sorted(_STATUSES)}, got {bad or values!r}"
        )
    return ",".join(values)


def _sort(value: SortOrder | None, field: str) -> SortOrder | None:
    if value is not None and value not in ("asc", "desc"):
        raise CalcomValueError(f"{field} must be 'asc' or 'desc', got {value!r}")
    return value


def _ids(values: Sequence[int] | None, field: str) -> str | None:
    if values is None:
        return None
    return ",".join(str(positive_int(v, field)) for v in values) or None


def _one(data: object) -> AnyBooking:
    """The booking of a single-booking answer (a recurring create answers with a list)."""
    if isinstance(data, (Booking, RecurringBooking)):
        return data
    if isinstance(data, list) and data and isinstance(data[0], (Booking, RecurringBooking)):
        return data[0]
    raise CalcomError(f"unexpected booking payload of type {type(data).__name__}")


class Bookings(Resource):
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
        if attendee_email is not None:
            validate_email(attendee_email, field="attendee_email")
        query: dict[str, Any] = compact(
            {
                "status": _status_param(status),
                "attendee_email": attendee_email,
                "attendee_name": attendee_name,
                "booking_uid": booking_uid,
                "event_type_id": None
                if event_type_id is None
                else positive_int(event_type_id, "event_type_id"),
                "event_type_ids": _ids(event_type_ids, "event_type_ids"),
                "team_id": None if team_id is None else positive_int(team_id, "team_id"),
                "teams_ids": _ids(team_ids, "team_ids"),
                "after_start": wire_datetime(after_start, "after_start"),
                "before_end": wire_datetime(before_end, "before_end"),
                "after_created_at": wire_datetime(after_created_at, "after_created_at"),
                "before_created_at": wire_datetime(before_created_at, "before_created_at"),
                "after_updated_at": wire_datetime(after_updated_at, "after_updated_at"),
                "before_updated_at": wire_datetime(before_updated_at, "before_updated_at"),
                "sort_start": _sort(sort_start, "sort_start"),
                "sort_end": _sort(sort_end, "sort_end"),
                "sort_created": _sort(sort_created, "sort_created"),
                "sort_updated_at": _sort(sort_updated_at, "sort_updated_at"),
            }
        )
        check_page_size(page_size, maximum=_MAX_TAKE)

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
        location: Mapping[str, Any] | str | None = None,
        metadata: Mapping[str, str] | None = None,
        length_in_minutes: int | None = None,
        booking_fields_responses: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        """Book ``start`` (an aware datetime) of an event type for ``attendee``.

        Input is validated first (aware ``start``, attendee email and time zone, Cal.com's
        metadata limits). A POST is never retried blindly: if its effect is unknown (the
        connection dropped after sending) :class:`AmbiguousRequestError` is raised -- look the
        booking up before trying again, or use :meth:`create_many`, which does that for you.

        Example::

            booking = await cal.bookings.create(
                event_type_id=123,
                start=datetime(2030, 5, 6, 9, 0, tzinfo=timezone.utc),
                attendee=Attendee(name="Ada", email="ada@example.com", time_zone="Europe/London"),
            )
        """
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
        return await self._create(request, timeout=timeout, max_retries=max_retries)

    async def _create(
        self,
        request: BookingRequest,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AnyBooking:
        result = await self._client._request(
            create_booking.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=CreateBookingInput.from_dict(request.to_wire()),
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
        wanted = ensure_aware(start, field="start").astimezone(timezone.utc)
        unsure: builtins.list[ResponseValidationError] = []
        async for page in self.list(
            attendee_email=attendee_email,
            event_type_id=event_type_id,
            after_start=wanted - timedelta(seconds=1),
            before_end=wanted + timedelta(days=1),
            page_size=_MAX_TAKE,
            timeout=timeout,
            max_retries=max_retries,
        ).pages():
            for booking in page.items:
                if booking.start == wanted and (
                    include_cancelled or booking.status not in _INACTIVE
                ):
                    return booking
            unsure += [
                e for e in page.skipped if _may_be(skipped_item(e), wanted, include_cancelled)
            ]
        if unsure:
            raise unsure[0]
        return None

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
        body = CancelBookingInput.from_dict(
            compact(
                {
                    "cancellationReason": reason,
                    "cancelSubsequentBookings": cancel_subsequent_bookings,
                }
            )
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
        if rescheduled_by is not None:
            validate_email(rescheduled_by, field="rescheduled_by")
        body = RescheduleBookingInput.from_dict(
            compact(
                {
                    "start": wire_datetime(start, "start"),
                    "reschedulingReason": reason,
                    "rescheduledBy": rescheduled_by,
                }
            )
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
        result = await self._client._request(
            decline_booking.asyncio_detailed,
            BookingResponse,
            timeout=timeout,
            max_retries=max_retries,
            booking_uid=_uid(uid),
            body=DeclineBookingInput.from_dict(compact({"reason": reason})),
        )
        return _one(result.data)

    async def create_many(
        self,
        requests: Iterable[BookingRequest | Mapping[str, Any]]
        | AsyncIterable[BookingRequest | Mapping[str, Any]],
        *,
        concurrency: int = 8,
        journal: str | PathLike[str] | None = None,
        on_progress: Callable[[ProgressEvent], object] | None = None,
    ) -> builtins.list[BookingOutcome]:
        """Create many bookings concurrently, each exactly once; one outcome per request.

        ``requests`` holds :class:`BookingRequest` objects or mappings of :meth:`create`'s
        keyword arguments, as a list or any (async) iterable -- it is consumed lazily. Requests
        are spaced by the client's rate-limit pacer; ``concurrency`` bounds requests in flight.
        With ``journal`` (a JSONL file path) a re-run after a crash or Ctrl-C skips what was
        done and reconciles what was in flight. See :mod:`calcom_async.bulk`.

        Example::

            outcomes = await cal.bookings.create_many(
                [{"event_type_id": 7, "start": slot, "attendee": person} for slot, person in plan],
                concurrency=16,
                journal="import.jsonl",
            )
            print(summarize(outcomes))
        """
        return await run_bulk(
            _BookingsBackend(self),
            requests,
            concurrency=concurrency,
            journal=None if journal is None else str(journal),
            on_progress=on_progress,
        )


class _BookingsBackend:
    """Adapts :class:`Bookings` to the bulk engine's ``BookingBackend`` protocol."""

    def __init__(self, bookings: Bookings) -> None:
        self._bookings = bookings

    async def create(self, request: BookingRequest) -> str:
        return (await self._bookings._create(request)).uid

    async def find(self, request: BookingRequest) -> str | None:
        email = request.attendee.email
        if email is None:
            raise CalcomValueError("reconciling a booking needs the attendee's email")
        found = await self._bookings.find(
            event_type_id=request.event_type_id, start=request.start, attendee_email=email
        )
        return None if found is None else found.uid


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


def _uid(uid: str) -> str:
    if not isinstance(uid, str) or not uid.strip() or "/" in uid:
        raise CalcomValueError(f"booking uid must be a non-empty string without '/', got {uid!r}")
    return uid
