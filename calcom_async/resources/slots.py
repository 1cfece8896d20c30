"""``cal.slots``: free times of an event type, grouped by date, and slot reservations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Literal

from calcom_v2_client.api.slots import (
    delete_slot_reservation,
    get_slot_reservation,
    list_slots,
    reserve_slot,
    update_slot_reservation,
)
from calcom_v2_client.models import (
    DeletedSlotReservationResponse,
    ReserveSlotInput,
    Slot,
    SlotReservation,
    SlotReservationLookupResponse,
    SlotReservationResponse,
    SlotsResponse,
)

from .. import _validate as v
from .._errors import CalcomValueError
from ._base import Resource, build, compact, optional

__all__ = ["Slots"]


def _bound(value: datetime | date, field: str) -> str:
    # A bare date means the whole day to the API; a datetime must be aware.
    value = v.date_or_datetime(value, field)
    return v.wire_datetime(value, field) if isinstance(value, datetime) else value.isoformat()


def _reservation_uid(uid: object) -> str:
    if not isinstance(uid, str):
        raise CalcomValueError(f"reservation uid must be a string, not {type(uid).__name__}")
    return v.path_segment(uid, "reservation uid")


def _reservation_body(
    event_type_id: int, start: datetime, duration: int | None, reservation_duration: int | None
) -> ReserveSlotInput:
    body: dict[str, Any] = compact(
        {
            "eventTypeId": v.positive_int(event_type_id, "event_type_id"),
            "slotStart": v.wire_datetime(start, "start"),
            "slotDuration": optional(v.positive_int, duration, "duration"),
            "reservationDuration": optional(
                v.positive_int, reservation_duration, "reservation_duration"
            ),
        }
    )
    return build(ReserveSlotInput, body)


class Slots(Resource):
    """Available slots and reservations (``cal-api-version: 2024-09-04``, sent for you).

    A reservation holds one slot of an event type for a few minutes (5 unless you say), so that
    nobody else can book it while your customer fills in a form. Book it with
    ``cal.bookings.create(..., reservation_uid=reservation.reservation_uid)``, which uses the
    reservation up; :meth:`delete_reservation` releases it early.
    """

    async def list(
        self,
        *,
        start: datetime | date,
        end: datetime | date,
        event_type_id: int | None = None,
        event_type_slug: str | None = None,
        username: str | None = None,
        team_slug: str | None = None,
        organization_slug: str | None = None,
        usernames: Sequence[str] | None = None,
        time_zone: str | None = None,
        duration: int | None = None,
        format: Literal["time", "range"] | None = None,
        booking_uid_to_reschedule: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> dict[date, list[Slot]]:
        """Free slots between ``start`` and ``end``, grouped by local date in ``time_zone``.

        Name the event type by ``event_type_id``, or by ``event_type_slug`` with ``username``
        (or ``team_slug``), or ask for a dynamic event of several ``usernames``. Each slot's
        ``start`` carries the offset of ``time_zone`` (UTC by default); ``format="range"`` adds
        ``end``.

        Example::

            days = await cal.slots.list(event_type_id=123, start=monday, end=friday,
                                        time_zone="Europe/Berlin")
            for day, slots in days.items():
                print(day, [s.start for s in slots])
        """
        query = compact(
            {
                "start": _bound(start, "start"),
                "end": _bound(end, "end"),
                "event_type_id": optional(v.positive_int, event_type_id, "event_type_id"),
                "event_type_slug": optional(v.identifier, event_type_slug, "event_type_slug"),
                "username": optional(v.username, username, "username"),
                "team_slug": optional(v.identifier, team_slug, "team_slug"),
                "organization_slug": optional(v.identifier, organization_slug, "organization_slug"),
                "usernames": None
                if usernames is None
                else ",".join(v.string_list(usernames, "usernames", item=v.username)),
                "time_zone": optional(v.time_zone, time_zone, "time_zone"),
                "duration": optional(v.positive_int, duration, "duration"),
                "format_": optional(v.choice, format, "format", choices=("time", "range")),
                "booking_uid_to_reschedule": optional(
                    v.identifier, booking_uid_to_reschedule, "booking_uid_to_reschedule"
                ),
            }
        )
        if isinstance(start, datetime) == isinstance(end, datetime) and end < start:
            raise CalcomValueError("end must not be before start")
        if event_type_id is None and event_type_slug is None and usernames is None:
            raise CalcomValueError("name the event type: event_type_id, event_type_slug, usernames")
        if event_type_slug is not None and username is None and team_slug is None:
            raise CalcomValueError("event_type_slug needs username or team_slug")
        result = await self._client._request(
            list_slots.asyncio_detailed,
            SlotsResponse,
            timeout=timeout,
            max_retries=max_retries,
            **query,
        )
        return {
            date.fromisoformat(day): list(slots)
            for day, slots in sorted(result.data.additional_properties.items())
        }

    async def reserve(
        self,
        *,
        event_type_id: int,
        start: datetime,
        duration: int | None = None,
        reservation_duration: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SlotReservation:
        """Hold the slot of ``event_type_id`` starting at ``start`` so nobody else can book it.

        ``duration`` (minutes) picks one of the lengths of a variable-length event type;
        ``reservation_duration`` (minutes) is how long the hold lasts (Cal.com: 5 when omitted;
        only the event type's owner or a member of its team or organization may set it). A slot
        that is booked or already held by someone else is refused
        (:class:`UnprocessableEntityError`).

        Example::

            held = await cal.slots.reserve(event_type_id=123, start=slot.start,
                                           reservation_duration=15)
            print(held.reservation_uid, held.reservation_until)
        """
        result = await self._client._request(
            reserve_slot.asyncio_detailed,
            SlotReservationResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=_reservation_body(event_type_id, start, duration, reservation_duration),
        )
        return result.data

    async def get_reservation(
        self, uid: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> SlotReservation | None:
        """A reservation by its uid, or ``None`` once it has expired, been used or released.

        Example::

            held = await cal.slots.get_reservation(reservation.reservation_uid)
        """
        result = await self._client._request(
            get_slot_reservation.asyncio_detailed,
            SlotReservationLookupResponse,
            timeout=timeout,
            max_retries=max_retries,
            uid=_reservation_uid(uid),
        )
        return result.data

    async def update_reservation(
        self,
        uid: str,
        *,
        event_type_id: int,
        start: datetime,
        duration: int | None = None,
        reservation_duration: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SlotReservation:
        """Move a reservation to another slot, or hold it longer (the same fields as
        :meth:`reserve`; Cal.com replaces the reservation's slot with the one given).

        Example::

            held = await cal.slots.update_reservation(held.reservation_uid, event_type_id=123,
                                                      start=later, reservation_duration=10)
        """
        result = await self._client._request(
            update_slot_reservation.asyncio_detailed,
            SlotReservationResponse,
            timeout=timeout,
            max_retries=max_retries,
            uid=_reservation_uid(uid),
            body=_reservation_body(event_type_id, start, duration, reservation_duration),
        )
        return result.data

    async def delete_reservation(
        self, uid: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> None:
        """Release a reservation before it expires, so others can book the slot.

        Example::

            await cal.slots.delete_reservation(held.reservation_uid)
        """
        await self._client._request(
            delete_slot_reservation.asyncio_detailed,
            DeletedSlotReservationResponse,
            timeout=timeout,
            max_retries=max_retries,
            uid=_reservation_uid(uid),
        )
