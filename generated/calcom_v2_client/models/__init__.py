"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_guests_input import AddGuestsInput
    from .attendee import Attendee
    from .booking import Booking
    from .booking_attendee_input import BookingAttendeeInput
    from .booking_base import BookingBase
    from .booking_event_type import BookingEventType
    from .booking_host import BookingHost
    from .booking_input_fields import BookingInputFields
    from .booking_list_response import BookingListResponse
    from .booking_location_address import BookingLocationAddress
    from .booking_location_address_update import BookingLocationAddressUpdate
    from .booking_location_attendee_address import BookingLocationAttendeeAddress
    from .booking_location_attendee_defined import BookingLocationAttendeeDefined
    from .booking_location_attendee_phone import BookingLocationAttendeePhone
    from .booking_location_integration import BookingLocationIntegration
    from .booking_location_link import BookingLocationLink
    from .booking_location_link_update import BookingLocationLinkUpdate
    from .booking_location_organizers_default_app import BookingLocationOrganizersDefaultApp
    from .booking_location_phone import BookingLocationPhone
    from .booking_location_phone_update import BookingLocationPhoneUpdate
    from .booking_reassignment import BookingReassignment
    from .booking_reassignment_response import BookingReassignmentResponse
    from .booking_recording import BookingRecording
    from .booking_recordings_response import BookingRecordingsResponse
    from .booking_reference import BookingReference
    from .booking_reference_type import BookingReferenceType
    from .booking_references_response import BookingReferencesResponse
    from .booking_response import BookingResponse
    from .booking_routing import BookingRouting
    from .booking_status import BookingStatus
    from .booking_status_filter import BookingStatusFilter
    from .booking_transcripts_response import BookingTranscriptsResponse
    from .busy_time import BusyTime
    from .busy_times_response import BusyTimesResponse
    from .calendar_check_response import CalendarCheckResponse
    from .calendar_credential import CalendarCredential
    from .calendar_credential_response import CalendarCredentialResponse
    from .calendar_entry import CalendarEntry
    from .calendar_integration import CalendarIntegration
    from .calendar_link import CalendarLink
    from .calendar_links_response import CalendarLinksResponse
    from .calendar_provider import CalendarProvider
    from .cancel_booking_input import CancelBookingInput
    from .cancel_seated_booking_input import CancelSeatedBookingInput
    from .conferencing_integration import ConferencingIntegration
    from .conferencing_participant import ConferencingParticipant
    from .conferencing_session import ConferencingSession
    from .conferencing_sessions_response import ConferencingSessionsResponse
    from .connected_calendar import ConnectedCalendar
    from .connected_calendars import ConnectedCalendars
    from .connected_calendars_response import ConnectedCalendarsResponse
    from .create_booking_input import CreateBookingInput
    from .create_event_type_input import CreateEventTypeInput
    from .create_instant_booking_input import CreateInstantBookingInput
    from .create_organization_team_membership_input import CreateOrganizationTeamMembershipInput
    from .create_private_link_input import CreatePrivateLinkInput
    from .create_recurring_booking_input import CreateRecurringBookingInput
    from .create_schedule_input import CreateScheduleInput
    from .create_team_event_type_input import CreateTeamEventTypeInput
    from .create_team_input import CreateTeamInput
    from .create_team_membership_input import CreateTeamMembershipInput
    from .create_webhook_input import CreateWebhookInput
    from .decline_booking_input import DeclineBookingInput
    from .deleted_event_type import DeletedEventType
    from .deleted_event_type_response import DeletedEventTypeResponse
    from .deleted_event_type_webhooks_response import DeletedEventTypeWebhooksResponse
    from .deleted_private_link import DeletedPrivateLink
    from .deleted_private_link_response import DeletedPrivateLinkResponse
    from .deleted_schedule_response import DeletedScheduleResponse
    from .deleted_slot_reservation_response import DeletedSlotReservationResponse
    from .deleted_team_event_type import DeletedTeamEventType
    from .deleted_team_event_type_response import DeletedTeamEventTypeResponse
    from .destination_calendar import DestinationCalendar
    from .destination_calendar_input import DestinationCalendarInput
    from .destination_calendar_integration import DestinationCalendarIntegration
    from .disconnect_calendar_input import DisconnectCalendarInput
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
    from .event_type_webhook import EventTypeWebhook
    from .event_type_webhook_list_response import EventTypeWebhookListResponse
    from .event_type_webhook_response import EventTypeWebhookResponse
    from .guest_input import GuestInput
    from .host_priority import HostPriority
    from .language import Language
    from .loose_object import LooseObject
    from .mark_absent_attendee import MarkAbsentAttendee
    from .mark_absent_input import MarkAbsentInput
    from .me import Me
    from .me_organization import MeOrganization
    from .me_response import MeResponse
    from .membership_role import MembershipRole
    from .metadata import Metadata
    from .pagination import Pagination
    from .pending_team import PendingTeam
    from .private_link import PrivateLink
    from .private_link_list_response import PrivateLinkListResponse
    from .private_link_response import PrivateLinkResponse
    from .reassign_booking_input import ReassignBookingInput
    from .reassigned_host import ReassignedHost
    from .recurring_booking import RecurringBooking
    from .reschedule_booking_input import RescheduleBookingInput
    from .reschedule_seated_booking_input import RescheduleSeatedBookingInput
    from .reserve_slot_input import ReserveSlotInput
    from .save_ics_feed_input import SaveIcsFeedInput
    from .schedule import Schedule
    from .schedule_availability import ScheduleAvailability
    from .schedule_list_response import ScheduleListResponse
    from .schedule_override import ScheduleOverride
    from .schedule_response import ScheduleResponse
    from .scheduling_type import SchedulingType
    from .selected_calendar import SelectedCalendar
    from .selected_calendar_input import SelectedCalendarInput
    from .selected_calendar_response import SelectedCalendarResponse
    from .selected_destination_calendar import SelectedDestinationCalendar
    from .selected_destination_calendar_response import SelectedDestinationCalendarResponse
    from .slot import Slot
    from .slot_format import SlotFormat
    from .slot_reservation import SlotReservation
    from .slot_reservation_lookup_response import SlotReservationLookupResponse
    from .slot_reservation_response import SlotReservationResponse
    from .slots_by_date import SlotsByDate
    from .slots_response import SlotsResponse
    from .sort_order import SortOrder
    from .success_status import SuccessStatus
    from .team import Team
    from .team_created_response import TeamCreatedResponse
    from .team_event_type import TeamEventType
    from .team_event_type_created_response import TeamEventTypeCreatedResponse
    from .team_event_type_host import TeamEventTypeHost
    from .team_event_type_host_input import TeamEventTypeHostInput
    from .team_event_type_list_response import TeamEventTypeListResponse
    from .team_event_type_response import TeamEventTypeResponse
    from .team_event_type_updated_response import TeamEventTypeUpdatedResponse
    from .team_input_fields import TeamInputFields
    from .team_invite import TeamInvite
    from .team_invite_response import TeamInviteResponse
    from .team_list_response import TeamListResponse
    from .team_membership import TeamMembership
    from .team_membership_list_response import TeamMembershipListResponse
    from .team_membership_response import TeamMembershipResponse
    from .team_membership_user import TeamMembershipUser
    from .team_response import TeamResponse
    from .time_format import TimeFormat
    from .update_booking_location_input import UpdateBookingLocationInput
    from .update_event_type_input import UpdateEventTypeInput
    from .update_me_input import UpdateMeInput
    from .update_private_link_input import UpdatePrivateLinkInput
    from .update_schedule_input import UpdateScheduleInput
    from .update_team_event_type_input import UpdateTeamEventTypeInput
    from .update_team_event_type_input_scheduling_type import UpdateTeamEventTypeInputSchedulingType
    from .update_team_input import UpdateTeamInput
    from .update_team_membership_input import UpdateTeamMembershipInput
    from .update_webhook_input import UpdateWebhookInput
    from .webhook import Webhook
    from .webhook_list_response import WebhookListResponse
    from .webhook_response import WebhookResponse
    from .webhook_trigger import WebhookTrigger
    from .webhook_version import WebhookVersion
    from .weekday import Weekday

_MODULES: dict[str, str] = {
    "AddGuestsInput": ".add_guests_input",
    "Attendee": ".attendee",
    "Booking": ".booking",
    "BookingAttendeeInput": ".booking_attendee_input",
    "BookingBase": ".booking_base",
    "BookingEventType": ".booking_event_type",
    "BookingHost": ".booking_host",
    "BookingInputFields": ".booking_input_fields",
    "BookingListResponse": ".booking_list_response",
    "BookingLocationAddress": ".booking_location_address",
    "BookingLocationAddressUpdate": ".booking_location_address_update",
    "BookingLocationAttendeeAddress": ".booking_location_attendee_address",
    "BookingLocationAttendeeDefined": ".booking_location_attendee_defined",
    "BookingLocationAttendeePhone": ".booking_location_attendee_phone",
    "BookingLocationIntegration": ".booking_location_integration",
    "BookingLocationLink": ".booking_location_link",
    "BookingLocationLinkUpdate": ".booking_location_link_update",
    "BookingLocationOrganizersDefaultApp": ".booking_location_organizers_default_app",
    "BookingLocationPhone": ".booking_location_phone",
    "BookingLocationPhoneUpdate": ".booking_location_phone_update",
    "BookingReassignment": ".booking_reassignment",
    "BookingReassignmentResponse": ".booking_reassignment_response",
    "BookingRecording": ".booking_recording",
    "BookingRecordingsResponse": ".booking_recordings_response",
    "BookingReference": ".booking_reference",
    "BookingReferenceType": ".booking_reference_type",
    "BookingReferencesResponse": ".booking_references_response",
    "BookingResponse": ".booking_response",
    "BookingRouting": ".booking_routing",
    "BookingStatus": ".booking_status",
    "BookingStatusFilter": ".booking_status_filter",
    "BookingTranscriptsResponse": ".booking_transcripts_response",
    "BusyTime": ".busy_time",
    "BusyTimesResponse": ".busy_times_response",
    "CalendarCheckResponse": ".calendar_check_response",
    "CalendarCredential": ".calendar_credential",
    "CalendarCredentialResponse": ".calendar_credential_response",
    "CalendarEntry": ".calendar_entry",
    "CalendarIntegration": ".calendar_integration",
    "CalendarLink": ".calendar_link",
    "CalendarLinksResponse": ".calendar_links_response",
    "CalendarProvider": ".calendar_provider",
    "CancelBookingInput": ".cancel_booking_input",
    "CancelSeatedBookingInput": ".cancel_seated_booking_input",
    "ConferencingIntegration": ".conferencing_integration",
    "ConferencingParticipant": ".conferencing_participant",
    "ConferencingSession": ".conferencing_session",
    "ConferencingSessionsResponse": ".conferencing_sessions_response",
    "ConnectedCalendar": ".connected_calendar",
    "ConnectedCalendars": ".connected_calendars",
    "ConnectedCalendarsResponse": ".connected_calendars_response",
    "CreateBookingInput": ".create_booking_input",
    "CreateEventTypeInput": ".create_event_type_input",
    "CreateInstantBookingInput": ".create_instant_booking_input",
    "CreateOrganizationTeamMembershipInput": ".create_organization_team_membership_input",
    "CreatePrivateLinkInput": ".create_private_link_input",
    "CreateRecurringBookingInput": ".create_recurring_booking_input",
    "CreateScheduleInput": ".create_schedule_input",
    "CreateTeamEventTypeInput": ".create_team_event_type_input",
    "CreateTeamInput": ".create_team_input",
    "CreateTeamMembershipInput": ".create_team_membership_input",
    "CreateWebhookInput": ".create_webhook_input",
    "DeclineBookingInput": ".decline_booking_input",
    "DeletedEventType": ".deleted_event_type",
    "DeletedEventTypeResponse": ".deleted_event_type_response",
    "DeletedEventTypeWebhooksResponse": ".deleted_event_type_webhooks_response",
    "DeletedPrivateLink": ".deleted_private_link",
    "DeletedPrivateLinkResponse": ".deleted_private_link_response",
    "DeletedScheduleResponse": ".deleted_schedule_response",
    "DeletedSlotReservationResponse": ".deleted_slot_reservation_response",
    "DeletedTeamEventType": ".deleted_team_event_type",
    "DeletedTeamEventTypeResponse": ".deleted_team_event_type_response",
    "DestinationCalendar": ".destination_calendar",
    "DestinationCalendarInput": ".destination_calendar_input",
    "DestinationCalendarIntegration": ".destination_calendar_integration",
    "DisconnectCalendarInput": ".disconnect_calendar_input",
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
    "EventTypeWebhook": ".event_type_webhook",
    "EventTypeWebhookListResponse": ".event_type_webhook_list_response",
    "EventTypeWebhookResponse": ".event_type_webhook_response",
    "GuestInput": ".guest_input",
    "HostPriority": ".host_priority",
    "Language": ".language",
    "LooseObject": ".loose_object",
    "MarkAbsentAttendee": ".mark_absent_attendee",
    "MarkAbsentInput": ".mark_absent_input",
    "Me": ".me",
    "MeOrganization": ".me_organization",
    "MeResponse": ".me_response",
    "MembershipRole": ".membership_role",
    "Metadata": ".metadata",
    "Pagination": ".pagination",
    "PendingTeam": ".pending_team",
    "PrivateLink": ".private_link",
    "PrivateLinkListResponse": ".private_link_list_response",
    "PrivateLinkResponse": ".private_link_response",
    "ReassignBookingInput": ".reassign_booking_input",
    "ReassignedHost": ".reassigned_host",
    "RecurringBooking": ".recurring_booking",
    "RescheduleBookingInput": ".reschedule_booking_input",
    "RescheduleSeatedBookingInput": ".reschedule_seated_booking_input",
    "ReserveSlotInput": ".reserve_slot_input",
    "SaveIcsFeedInput": ".save_ics_feed_input",
    "Schedule": ".schedule",
    "ScheduleAvailability": ".schedule_availability",
    "ScheduleListResponse": ".schedule_list_response",
    "ScheduleOverride": ".schedule_override",
    "ScheduleResponse": ".schedule_response",
    "SchedulingType": ".scheduling_type",
    "SelectedCalendar": ".selected_calendar",
    "SelectedCalendarInput": ".selected_calendar_input",
    "SelectedCalendarResponse": ".selected_calendar_response",
    "SelectedDestinationCalendar": ".selected_destination_calendar",
    "SelectedDestinationCalendarResponse": ".selected_destination_calendar_response",
    "Slot": ".slot",
    "SlotFormat": ".slot_format",
    "SlotReservation": ".slot_reservation",
    "SlotReservationLookupResponse": ".slot_reservation_lookup_response",
    "SlotReservationResponse": ".slot_reservation_response",
    "SlotsByDate": ".slots_by_date",
    "SlotsResponse": ".slots_response",
    "SortOrder": ".sort_order",
    "SuccessStatus": ".success_status",
    "Team": ".team",
    "TeamCreatedResponse": ".team_created_response",
    "TeamEventType": ".team_event_type",
    "TeamEventTypeCreatedResponse": ".team_event_type_created_response",
    "TeamEventTypeHost": ".team_event_type_host",
    "TeamEventTypeHostInput": ".team_event_type_host_input",
    "TeamEventTypeListResponse": ".team_event_type_list_response",
    "TeamEventTypeResponse": ".team_event_type_response",
    "TeamEventTypeUpdatedResponse": ".team_event_type_updated_response",
    "TeamInputFields": ".team_input_fields",
    "TeamInvite": ".team_invite",
    "TeamInviteResponse": ".team_invite_response",
    "TeamListResponse": ".team_list_response",
    "TeamMembership": ".team_membership",
    "TeamMembershipListResponse": ".team_membership_list_response",
    "TeamMembershipResponse": ".team_membership_response",
    "TeamMembershipUser": ".team_membership_user",
    "TeamResponse": ".team_response",
    "TimeFormat": ".time_format",
    "UpdateBookingLocationInput": ".update_booking_location_input",
    "UpdateEventTypeInput": ".update_event_type_input",
    "UpdateMeInput": ".update_me_input",
    "UpdatePrivateLinkInput": ".update_private_link_input",
    "UpdateScheduleInput": ".update_schedule_input",
    "UpdateTeamEventTypeInput": ".update_team_event_type_input",
    "UpdateTeamEventTypeInputSchedulingType": ".update_team_event_type_input_scheduling_type",
    "UpdateTeamInput": ".update_team_input",
    "UpdateTeamMembershipInput": ".update_team_membership_input",
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
    "AddGuestsInput",
    "Attendee",
    "Booking",
    "BookingAttendeeInput",
    "BookingBase",
    "BookingEventType",
    "BookingHost",
    "BookingInputFields",
    "BookingListResponse",
    "BookingLocationAddress",
    "BookingLocationAddressUpdate",
    "BookingLocationAttendeeAddress",
    "BookingLocationAttendeeDefined",
    "BookingLocationAttendeePhone",
    "BookingLocationIntegration",
    "BookingLocationLink",
    "BookingLocationLinkUpdate",
    "BookingLocationOrganizersDefaultApp",
    "BookingLocationPhone",
    "BookingLocationPhoneUpdate",
    "BookingReassignment",
    "BookingReassignmentResponse",
    "BookingRecording",
    "BookingRecordingsResponse",
    "BookingReference",
    "BookingReferencesResponse",
    "BookingReferenceType",
    "BookingResponse",
    "BookingRouting",
    "BookingStatus",
    "BookingStatusFilter",
    "BookingTranscriptsResponse",
    "BusyTime",
    "BusyTimesResponse",
    "CalendarCheckResponse",
    "CalendarCredential",
    "CalendarCredentialResponse",
    "CalendarEntry",
    "CalendarIntegration",
    "CalendarLink",
    "CalendarLinksResponse",
    "CalendarProvider",
    "CancelBookingInput",
    "CancelSeatedBookingInput",
    "ConferencingIntegration",
    "ConferencingParticipant",
    "ConferencingSession",
    "ConferencingSessionsResponse",
    "ConnectedCalendar",
    "ConnectedCalendars",
    "ConnectedCalendarsResponse",
    "CreateBookingInput",
    "CreateEventTypeInput",
    "CreateInstantBookingInput",
    "CreateOrganizationTeamMembershipInput",
    "CreatePrivateLinkInput",
    "CreateRecurringBookingInput",
    "CreateScheduleInput",
    "CreateTeamEventTypeInput",
    "CreateTeamInput",
    "CreateTeamMembershipInput",
    "CreateWebhookInput",
    "DeclineBookingInput",
    "DeletedEventType",
    "DeletedEventTypeResponse",
    "DeletedEventTypeWebhooksResponse",
    "DeletedPrivateLink",
    "DeletedPrivateLinkResponse",
    "DeletedScheduleResponse",
    "DeletedSlotReservationResponse",
    "DeletedTeamEventType",
    "DeletedTeamEventTypeResponse",
    "DestinationCalendar",
    "DestinationCalendarInput",
    "DestinationCalendarIntegration",
    "DisconnectCalendarInput",
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
    "EventTypeWebhook",
    "EventTypeWebhookListResponse",
    "EventTypeWebhookResponse",
    "GuestInput",
    "HostPriority",
    "Language",
    "LooseObject",
    "MarkAbsentAttendee",
    "MarkAbsentInput",
    "Me",
    "MembershipRole",
    "MeOrganization",
    "MeResponse",
    "Metadata",
    "Pagination",
    "PendingTeam",
    "PrivateLink",
    "PrivateLinkListResponse",
    "PrivateLinkResponse",
    "ReassignBookingInput",
    "ReassignedHost",
    "RecurringBooking",
    "RescheduleBookingInput",
    "RescheduleSeatedBookingInput",
    "ReserveSlotInput",
    "SaveIcsFeedInput",
    "Schedule",
    "ScheduleAvailability",
    "ScheduleListResponse",
    "ScheduleOverride",
    "ScheduleResponse",
    "SchedulingType",
    "SelectedCalendar",
    "SelectedCalendarInput",
    "SelectedCalendarResponse",
    "SelectedDestinationCalendar",
    "SelectedDestinationCalendarResponse",
    "Slot",
    "SlotFormat",
    "SlotReservation",
    "SlotReservationLookupResponse",
    "SlotReservationResponse",
    "SlotsByDate",
    "SlotsResponse",
    "SortOrder",
    "SuccessStatus",
    "Team",
    "TeamCreatedResponse",
    "TeamEventType",
    "TeamEventTypeCreatedResponse",
    "TeamEventTypeHost",
    "TeamEventTypeHostInput",
    "TeamEventTypeListResponse",
    "TeamEventTypeResponse",
    "TeamEventTypeUpdatedResponse",
    "TeamInputFields",
    "TeamInvite",
    "TeamInviteResponse",
    "TeamListResponse",
    "TeamMembership",
    "TeamMembershipListResponse",
    "TeamMembershipResponse",
    "TeamMembershipUser",
    "TeamResponse",
    "TimeFormat",
    "UpdateBookingLocationInput",
    "UpdateEventTypeInput",
    "UpdateMeInput",
    "UpdatePrivateLinkInput",
    "UpdateScheduleInput",
    "UpdateTeamEventTypeInput",
    "UpdateTeamEventTypeInputSchedulingType",
    "UpdateTeamInput",
    "UpdateTeamMembershipInput",
    "UpdateWebhookInput",
    "Webhook",
    "WebhookListResponse",
    "WebhookResponse",
    "WebhookTrigger",
    "WebhookVersion",
    "Weekday",
)
