"""The models calcom-async returns, importable from one public place.

Facade methods return the generated models of ``calcom_v2_client`` (plain slotted classes);
import them from here for annotations, ``isinstance`` checks and ``match`` statements, never from
the generated package's internals (its module layout is an implementation detail)::

    from calcom_async.types import UNSET, Booking, Slot, Unset

    def describe(booking: Booking) -> str:
        reason = booking.cancellation_reason      # None | str | Unset
        if isinstance(reason, Unset) or reason is None:
            return f"{booking.uid} ({booking.status})"
        return f"{booking.uid} ({booking.status}: {reason})"

**Optional fields** have three states: a value, ``None`` (the API sent ``null``) and ``UNSET``
(the API did not send the field at all). ``UNSET`` is falsy, so ``if booking.description:`` treats
both "absent" and "null" (and the empty string) as missing; test ``isinstance(x, Unset)`` when the
difference matters. Fields the API adds later land in each model's ``additional_properties``.

The generated model for a booking's attendee is called ``Attendee`` in ``calcom_v2_client``; it is
exported here as :data:`BookingAttendee`, because :class:`calcom_async.Attendee` is the *input*
type that ``bookings.create`` takes.

This module imports the generated models when it is first imported (``import calcom_async`` does
not import it, so it stays light). Adding a model: import it below and list it in ``__all__``;
``tests/test_types.py`` fails for any model a facade method returns that is missing here.
"""

from __future__ import annotations

from calcom_v2_client.models import Attendee as BookingAttendee
from calcom_v2_client.models import (
    Booking,
    BookingEventType,
    BookingHost,
    BookingReassignment,
    BookingRecording,
    BookingReference,
    BookingStatus,
    BusyTime,
    CalendarCheckResponse,
    CalendarCredential,
    CalendarEntry,
    CalendarIntegration,
    CalendarLink,
    ConferencingParticipant,
    ConferencingSession,
    ConnectedCalendar,
    ConnectedCalendars,
    DestinationCalendar,
    EventType,
    EventTypeBookingField,
    EventTypeLocation,
    EventTypeRecurrence,
    EventTypeRecurrenceFrequency,
    EventTypeTeam,
    EventTypeWebhook,
    HostPriority,
    LooseObject,
    Me,
    MembershipRole,
    MeOrganization,
    Metadata,
    PendingTeam,
    PrivateLink,
    ReassignedHost,
    RecurringBooking,
    Schedule,
    ScheduleAvailability,
    ScheduleOverride,
    SchedulingType,
    SelectedCalendar,
    SelectedDestinationCalendar,
    Slot,
    SlotReservation,
    Team,
    TeamEventType,
    TeamEventTypeHost,
    TeamInvite,
    TeamMembership,
    TeamMembershipUser,
    Webhook,
    WebhookTrigger,
    WebhookVersion,
    Weekday,
)
from calcom_v2_client.types import UNSET, Unset

from ._pagination import AsyncPaginator, Page, PageInfo
from .resources.bookings import AnyBooking

__all__ = [
    "UNSET",
    "AnyBooking",
    "AsyncPaginator",
    "Booking",
    "BookingAttendee",
    "BookingEventType",
    "BookingHost",
    "BookingReassignment",
    "BookingRecording",
    "BookingReference",
    "BookingStatus",
    "BusyTime",
    "CalendarCheckResponse",
    "CalendarCredential",
    "CalendarEntry",
    "CalendarIntegration",
    "CalendarLink",
    "ConferencingParticipant",
    "ConferencingSession",
    "ConnectedCalendar",
    "ConnectedCalendars",
    "DestinationCalendar",
    "EventType",
    "EventTypeBookingField",
    "EventTypeLocation",
    "EventTypeRecurrence",
    "EventTypeRecurrenceFrequency",
    "EventTypeTeam",
    "EventTypeWebhook",
    "HostPriority",
    "LooseObject",
    "Me",
    "MeOrganization",
    "MembershipRole",
    "Metadata",
    "Page",
    "PageInfo",
    "ReassignedHost",
    "PendingTeam",
    "PrivateLink",
    "RecurringBooking",
    "Schedule",
    "ScheduleAvailability",
    "ScheduleOverride",
    "SchedulingType",
    "SelectedCalendar",
    "SelectedDestinationCalendar",
    "Slot",
    "SlotReservation",
    "Team",
    "TeamEventType",
    "TeamEventTypeHost",
    "TeamInvite",
    "TeamMembership",
    "TeamMembershipUser",
    "Unset",
    "Webhook",
    "WebhookTrigger",
    "WebhookVersion",
    "Weekday",
]
