"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attendee import Attendee
    from .booking import Booking
    from .booking_attendee_input import BookingAttendeeInput
    from .booking_base import BookingBase
    from .booking_event_type import BookingEventType
    from .booking_host import BookingHost
    from .booking_input_fields import BookingInputFields
    from .booking_list_response import BookingListResponse
    from .booking_location_address import BookingLocationAddress
    from .booking_location_attendee_address import BookingLocationAttendeeAddress
    from .booking_location_attendee_defined import BookingLocationAttendeeDefined
    from .booking_location_attendee_phone import BookingLocationAttendeePhone
    from .booking_location_integration import BookingLocationIntegration
    from .booking_location_link import BookingLocationLink
    from .booking_location_organizers_default_app import BookingLocationOrganizersDefaultApp
    from .booking_location_phone import BookingLocationPhone
    from .booking_response import BookingResponse
    from .booking_routing import BookingRouting
    from .booking_status import BookingStatus
    from .booking_status_filter import BookingStatusFilter
    from .busy_time import BusyTime
    from .busy_times_response import BusyTimesResponse
    from .calendar_entry import CalendarEntry
    from .calendar_integration import CalendarIntegration
    from .cancel_booking_input import CancelBookingInput
    from .cancel_seated_booking_input import CancelSeatedBookingInput
    from .conferencing_integration import ConferencingIntegration
    from .connected_calendar import ConnectedCalendar
    from .connected_calendars import ConnectedCalendars
    from .connected_calendars_response import ConnectedCalendarsResponse
    from .create_booking_input import CreateBookingInput
    from .create_event_type_input import CreateEventTypeInput
    from .create_instant_booking_input import CreateInstantBookingInput
    from .create_recurring_booking_input import CreateRecurringBookingInput
    from .create_schedule_input import CreateScheduleInput
    from .create_team_event_type_input import CreateTeamEventTypeInput
    from .create_webhook_input import CreateWebhookInput
    from .decline_booking_input import DeclineBookingInput
    from .deleted_event_type import DeletedEventType
    from .deleted_event_type_response import DeletedEventTypeResponse
    from .deleted_schedule_response import DeletedScheduleResponse
    from .destination_calendar import DestinationCalendar
    from .error_detail import ErrorDetail
    from .error_envelope import ErrorEnvelope
    from .error_envelope_status import ErrorEnvelopeStatus
    from .event_type import EventType
    from .event_type_base import EventTypeBase
    from .event_type_booking_field import EventTypeBookingField
    from .event_type_input_fields import EventTypeInputFields
    from .event_type_list_response import EventTypeListResponse
    from .event_type_location import EventTypeLocation
    from .event_type_location_kind import EventTypeLocationKind
    from .event_type_or_team_event_type_response import EventTypeOrTeamEventTypeResponse
    from .event_type_recurrence import EventTypeRecurrence
    from .event_type_recurrence_frequency import EventTypeRecurrenceFrequency
    from .event_type_response import EventTypeResponse
    from .event_type_team import EventTypeTeam
    from .host_priority import HostPriority
    from .language import Language
    from .loose_object import LooseObject
    from .me import Me
    from .me_organization import MeOrganization
    from .me_response import MeResponse
    from .metadata import Metadata
    from .pagination import Pagination
    from .recurring_booking import RecurringBooking
    from .reschedule_booking_input import RescheduleBookingInput
    from .reschedule_seated_booking_input import RescheduleSeatedBookingInput
    from .schedule import Schedule
    from .schedule_availability import ScheduleAvailability
    from .schedule_list_response import ScheduleListResponse
    from .schedule_override import ScheduleOverride
    from .schedule_response import ScheduleResponse
    from .scheduling_type import SchedulingType
    from .slot import Slot
    from .slot_format import SlotFormat
    from .slots_by_date import SlotsByDate
    from .slots_response import SlotsResponse
    from .sort_order import SortOrder
    from .success_status import SuccessStatus
    from .team import Team
    from .team_event_type import TeamEventType
    from .team_event_type_created_response import TeamEventTypeCreatedResponse
    from .team_event_type_host import TeamEventTypeHost
    from .team_event_type_host_input import TeamEventTypeHostInput
    from .team_event_type_list_response import TeamEventTypeListResponse
    from .team_list_response import TeamListResponse
    from .update_event_type_input import UpdateEventTypeInput
    from .update_schedule_input import UpdateScheduleInput
    from .update_webhook_input import UpdateWebhookInput
    from .webhook import Webhook
    from .webhook_list_response import WebhookListResponse
    from .webhook_response import WebhookResponse
    from .webhook_trigger import WebhookTrigger
    from .webhook_version import WebhookVersion
    from .weekday import Weekday

_MODULES: dict[str, str] = {
    "Attendee": ".attendee",
    "Booking": ".booking",
    "BookingAttendeeInput": ".booking_attendee_input",
    "BookingBase": ".booking_base",
    "BookingEventType": ".booking_event_type",
    "BookingHost": ".booking_host",
    "BookingInputFields": ".booking_input_fields",
    "BookingListResponse": ".booking_list_response",
    "BookingLocationAddress": ".booking_location_address",
    "BookingLocationAttendeeAddress": ".booking_location_attendee_address",
    "BookingLocationAttendeeDefined": ".booking_location_attendee_defined",
    "BookingLocationAttendeePhone": ".booking_location_attendee_phone",
    "BookingLocationIntegration": ".booking_location_integration",
    "BookingLocationLink": ".booking_location_link",
    "BookingLocationOrganizersDefaultApp": ".booking_location_organizers_default_app",
    "BookingLocationPhone": ".booking_location_phone",
    "BookingResponse": ".booking_response",
    "BookingRouting": ".booking_routing",
    "BookingStatus": ".booking_status",
    "BookingStatusFilter": ".booking_status_filter",
    "BusyTime": ".busy_time",
    "BusyTimesResponse": ".busy_times_response",
    "CalendarEntry": ".calendar_entry",
    "CalendarIntegration": ".calendar_integration",
    "CancelBookingInput": ".cancel_booking_input",
    "CancelSeatedBookingInput": ".cancel_seated_booking_input",
    "ConferencingIntegration": ".conferencing_integration",
    "ConnectedCalendar": ".connected_calendar",
    "ConnectedCalendars": ".connected_calendars",
    "ConnectedCalendarsResponse": ".connected_calendars_response",
    "CreateBookingInput": ".create_booking_input",
    "CreateEventTypeInput": ".create_event_type_input",
    "CreateInstantBookingInput": ".create_instant_booking_input",
    "CreateRecurringBookingInput": ".create_recurring_booking_input",
    "CreateScheduleInput": ".create_schedule_input",
    "CreateTeamEventTypeInput": ".create_team_event_type_input",
    "CreateWebhookInput": ".create_webhook_input",
    "DeclineBookingInput": ".decline_booking_input",
    "DeletedEventType": ".deleted_event_type",
    "DeletedEventTypeResponse": ".deleted_event_type_response",
    "DeletedScheduleResponse": ".deleted_schedule_response",
    "DestinationCalendar": ".destination_calendar",
    "ErrorDetail": ".error_detail",
    "ErrorEnvelope": ".error_envelope",
    "ErrorEnvelopeStatus": ".error_envelope_status",
    "EventType": ".event_type",
    "EventTypeBase": ".event_type_base",
    "EventTypeBookingField": ".event_type_booking_field",
    "EventTypeInputFields": ".event_type_input_fields",
    "EventTypeListResponse": ".event_type_list_response",
    "EventTypeLocation": ".event_type_location",
    "EventTypeLocationKind": ".event_type_location_kind",
    "EventTypeOrTeamEventTypeResponse": ".event_type_or_team_event_type_response",
    "EventTypeRecurrence": ".event_type_recurrence",
    "EventTypeRecurrenceFrequency": ".event_type_recurrence_frequency",
    "EventTypeResponse": ".event_type_response",
    "EventTypeTeam": ".event_type_team",
    "HostPriority": ".host_priority",
    "Language": ".language",
    "LooseObject": ".loose_object",
    "Me": ".me",
    "MeOrganization": ".me_organization",
    "MeResponse": ".me_response",
    "Metadata": ".metadata",
    "Pagination": ".pagination",
    "RecurringBooking": ".recurring_booking",
    "RescheduleBookingInput": ".reschedule_booking_input",
    "RescheduleSeatedBookingInput": ".reschedule_seated_booking_input",
    "Schedule": ".schedule",
    "ScheduleAvailability": ".schedule_availability",
    "ScheduleListResponse": ".schedule_list_response",
    "ScheduleOverride": ".schedule_override",
    "ScheduleResponse": ".schedule_response",
    "SchedulingType": ".scheduling_type",
    "Slot": ".slot",
    "SlotFormat": ".slot_format",
    "SlotsByDate": ".slots_by_date",
    "SlotsResponse": ".slots_response",
    "SortOrder": ".sort_order",
    "SuccessStatus": ".success_status",
    "Team": ".team",
    "TeamEventType": ".team_event_type",
    "TeamEventTypeCreatedResponse": ".team_event_type_created_response",
    "TeamEventTypeHost": ".team_event_type_host",
    "TeamEventTypeHostInput": ".team_event_type_host_input",
    "TeamEventTypeListResponse": ".team_event_type_list_response",
    "TeamListResponse": ".team_list_response",
    "UpdateEventTypeInput": ".update_event_type_input",
    "UpdateScheduleInput": ".update_schedule_input",
    "UpdateWebhookInput": ".update_webhook_input",
    "Webhook": ".webhook",
    "WebhookListResponse": ".webhook_list_response",
    "WebhookResponse": ".webhook_response",
    "WebhookTrigger": ".webhook_trigger",
    "WebhookVersion": ".webhook_version",
    "Weekday": ".weekday",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "Attendee",
    "Booking",
    "BookingAttendeeInput",
    "BookingBase",
    "BookingEventType",
    "BookingHost",
    "BookingInputFields",
    "BookingListResponse",
    "BookingLocationAddress",
    "BookingLocationAttendeeAddress",
    "BookingLocationAttendeeDefined",
    "BookingLocationAttendeePhone",
    "BookingLocationIntegration",
    "BookingLocationLink",
    "BookingLocationOrganizersDefaultApp",
    "BookingLocationPhone",
    "BookingResponse",
    "BookingRouting",
    "BookingStatus",
    "BookingStatusFilter",
    "BusyTime",
    "BusyTimesResponse",
    "CalendarEntry",
    "CalendarIntegration",
    "CancelBookingInput",
    "CancelSeatedBookingInput",
    "ConferencingIntegration",
    "ConnectedCalendar",
    "ConnectedCalendars",
    "ConnectedCalendarsResponse",
    "CreateBookingInput",
    "CreateEventTypeInput",
    "CreateInstantBookingInput",
    "CreateRecurringBookingInput",
    "CreateScheduleInput",
    "CreateTeamEventTypeInput",
    "CreateWebhookInput",
    "DeclineBookingInput",
    "DeletedEventType",
    "DeletedEventTypeResponse",
    "DeletedScheduleResponse",
    "DestinationCalendar",
    "ErrorDetail",
    "ErrorEnvelope",
    "ErrorEnvelopeStatus",
    "EventType",
    "EventTypeBase",
    "EventTypeBookingField",
    "EventTypeInputFields",
    "EventTypeListResponse",
    "EventTypeLocation",
    "EventTypeLocationKind",
    "EventTypeOrTeamEventTypeResponse",
    "EventTypeRecurrence",
    "EventTypeRecurrenceFrequency",
    "EventTypeResponse",
    "EventTypeTeam",
    "HostPriority",
    "Language",
    "LooseObject",
    "Me",
    "MeOrganization",
    "MeResponse",
    "Metadata",
    "Pagination",
    "RecurringBooking",
    "RescheduleBookingInput",
    "RescheduleSeatedBookingInput",
    "Schedule",
    "ScheduleAvailability",
    "ScheduleListResponse",
    "ScheduleOverride",
    "ScheduleResponse",
    "SchedulingType",
    "Slot",
    "SlotFormat",
    "SlotsByDate",
    "SlotsResponse",
    "SortOrder",
    "SuccessStatus",
    "Team",
    "TeamEventType",
    "TeamEventTypeCreatedResponse",
    "TeamEventTypeHost",
    "TeamEventTypeHostInput",
    "TeamEventTypeListResponse",
    "TeamListResponse",
    "UpdateEventTypeInput",
    "UpdateScheduleInput",
    "UpdateWebhookInput",
    "Webhook",
    "WebhookListResponse",
    "WebhookResponse",
    "WebhookTrigger",
    "WebhookVersion",
    "Weekday",
)
