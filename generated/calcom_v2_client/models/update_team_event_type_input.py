from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.update_team_event_type_input_scheduling_type import (
    UpdateTeamEventTypeInputSchedulingType,
    check_update_team_event_type_input_scheduling_type,
)
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_int,
    as_list,
    as_object,
    as_str,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.event_type_booking_field import EventTypeBookingField
    from ..models.event_type_location import EventTypeLocation
    from ..models.loose_object import LooseObject
    from ..models.team_event_type_host_input import TeamEventTypeHostInput


T = TypeVar("T", bound="UpdateTeamEventTypeInput")


class UpdateTeamEventTypeInput:
    """Only the fields sent are changed."""

    __slots__ = (
        "length_in_minutes",
        "length_in_minutes_options",
        "title",
        "slug",
        "description",
        "locations",
        "booking_fields",
        "disable_guests",
        "slot_interval",
        "minimum_booking_notice",
        "before_event_buffer",
        "after_event_buffer",
        "schedule_id",
        "booking_limits_count",
        "booker_active_bookings_limit",
        "only_show_first_available_slot",
        "booking_limits_duration",
        "booking_window",
        "offset_start",
        "booker_layouts",
        "confirmation_policy",
        "recurrence",
        "requires_booker_email_verification",
        "hide_calendar_notes",
        "lock_time_zone_toggle_on_booking_page",
        "color",
        "seats",
        "custom_name",
        "destination_calendar",
        "use_destination_calendar_email",
        "hide_calendar_event_details",
        "success_redirect_url",
        "hide_organizer_email",
        "cal_video_settings",
        "hidden",
        "booking_requires_authentication",
        "disable_cancelling",
        "disable_rescheduling",
        "interface_language",
        "allow_rescheduling_past_bookings",
        "allow_rescheduling_cancelled_bookings",
        "show_optimized_slots",
        "scheduling_type",
        "hosts",
        "assign_all_team_members",
        "email_settings",
        "reschedule_with_same_round_robin_host",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "length_in_minutes",
        "length_in_minutes_options",
        "title",
        "slug",
        "description",
        "locations",
        "booking_fields",
        "disable_guests",
        "slot_interval",
        "minimum_booking_notice",
        "before_event_buffer",
        "after_event_buffer",
        "schedule_id",
        "booking_limits_count",
        "booker_active_bookings_limit",
        "only_show_first_available_slot",
        "booking_limits_duration",
        "booking_window",
        "offset_start",
        "booker_layouts",
        "confirmation_policy",
        "recurrence",
        "requires_booker_email_verification",
        "hide_calendar_notes",
        "lock_time_zone_toggle_on_booking_page",
        "color",
        "seats",
        "custom_name",
        "destination_calendar",
        "use_destination_calendar_email",
        "hide_calendar_event_details",
        "success_redirect_url",
        "hide_organizer_email",
        "cal_video_settings",
        "hidden",
        "booking_requires_authentication",
        "disable_cancelling",
        "disable_rescheduling",
        "interface_language",
        "allow_rescheduling_past_bookings",
        "allow_rescheduling_cancelled_bookings",
        "show_optimized_slots",
        "scheduling_type",
        "hosts",
        "assign_all_team_members",
        "email_settings",
        "reschedule_with_same_round_robin_host",
    )

    length_in_minutes: int | Unset
    length_in_minutes_options: list[int] | Unset
    title: str | Unset
    slug: str | Unset
    description: str | Unset
    locations: list[EventTypeLocation] | Unset
    booking_fields: list[EventTypeBookingField] | Unset
    disable_guests: bool | Unset
    slot_interval: int | Unset
    minimum_booking_notice: int | Unset
    before_event_buffer: int | Unset
    after_event_buffer: int | Unset
    schedule_id: int | Unset
    booking_limits_count: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    booker_active_bookings_limit: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    only_show_first_available_slot: bool | Unset
    booking_limits_duration: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    booking_window: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    offset_start: int | Unset
    booker_layouts: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    confirmation_policy: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    recurrence: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    requires_booker_email_verification: bool | Unset
    hide_calendar_notes: bool | Unset
    lock_time_zone_toggle_on_booking_page: bool | Unset
    color: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    seats: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    custom_name: str | Unset
    destination_calendar: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    use_destination_calendar_email: bool | Unset
    hide_calendar_event_details: bool | Unset
    success_redirect_url: str | Unset
    hide_organizer_email: bool | Unset
    cal_video_settings: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    hidden: bool | Unset
    booking_requires_authentication: bool | Unset
    disable_cancelling: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    disable_rescheduling: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    interface_language: str | Unset
    allow_rescheduling_past_bookings: bool | Unset
    allow_rescheduling_cancelled_bookings: bool | Unset
    show_optimized_slots: bool | Unset
    scheduling_type: UpdateTeamEventTypeInputSchedulingType | Unset
    """ A managed event type cannot be turned into another kind, nor back. """
    hosts: list[TeamEventTypeHostInput] | Unset
    assign_all_team_members: bool | Unset
    email_settings: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    reschedule_with_same_round_robin_host: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        length_in_minutes: int | Unset = UNSET,
        length_in_minutes_options: list[int] | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        locations: list[EventTypeLocation] | Unset = UNSET,
        booking_fields: list[EventTypeBookingField] | Unset = UNSET,
        disable_guests: bool | Unset = UNSET,
        slot_interval: int | Unset = UNSET,
        minimum_booking_notice: int | Unset = UNSET,
        before_event_buffer: int | Unset = UNSET,
        after_event_buffer: int | Unset = UNSET,
        schedule_id: int | Unset = UNSET,
        booking_limits_count: LooseObject | Unset = UNSET,
        booker_active_bookings_limit: LooseObject | Unset = UNSET,
        only_show_first_available_slot: bool | Unset = UNSET,
        booking_limits_duration: LooseObject | Unset = UNSET,
        booking_window: LooseObject | Unset = UNSET,
        offset_start: int | Unset = UNSET,
        booker_layouts: LooseObject | Unset = UNSET,
        confirmation_policy: LooseObject | Unset = UNSET,
        recurrence: LooseObject | Unset = UNSET,
        requires_booker_email_verification: bool | Unset = UNSET,
        hide_calendar_notes: bool | Unset = UNSET,
        lock_time_zone_toggle_on_booking_page: bool | Unset = UNSET,
        color: LooseObject | Unset = UNSET,
        seats: LooseObject | Unset = UNSET,
        custom_name: str | Unset = UNSET,
        destination_calendar: LooseObject | Unset = UNSET,
        use_destination_calendar_email: bool | Unset = UNSET,
        hide_calendar_event_details: bool | Unset = UNSET,
        success_redirect_url: str | Unset = UNSET,
        hide_organizer_email: bool | Unset = UNSET,
        cal_video_settings: LooseObject | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        booking_requires_authentication: bool | Unset = UNSET,
        disable_cancelling: LooseObject | Unset = UNSET,
        disable_rescheduling: LooseObject | Unset = UNSET,
        interface_language: str | Unset = UNSET,
        allow_rescheduling_past_bookings: bool | Unset = UNSET,
        allow_rescheduling_cancelled_bookings: bool | Unset = UNSET,
        show_optimized_slots: bool | Unset = UNSET,
        scheduling_type: UpdateTeamEventTypeInputSchedulingType | Unset = UNSET,
        hosts: list[TeamEventTypeHostInput] | Unset = UNSET,
        assign_all_team_members: bool | Unset = UNSET,
        email_settings: LooseObject | Unset = UNSET,
        reschedule_with_same_round_robin_host: bool | Unset = UNSET,
    ) -> None:
        self.length_in_minutes = length_in_minutes
        self.length_in_minutes_options = length_in_minutes_options
        self.title = title
        self.slug = slug
        self.description = description
        self.locations = locations
        self.booking_fields = booking_fields
        self.disable_guests = disable_guests
        self.slot_interval = slot_interval
        self.minimum_booking_notice = minimum_booking_notice
        self.before_event_buffer = before_event_buffer
        self.after_event_buffer = after_event_buffer
        self.schedule_id = schedule_id
        self.booking_limits_count = booking_limits_count
        self.booker_active_bookings_limit = booker_active_bookings_limit
        self.only_show_first_available_slot = only_show_first_available_slot
        self.booking_limits_duration = booking_limits_duration
        self.booking_window = booking_window
        self.offset_start = offset_start
        self.booker_layouts = booker_layouts
        self.confirmation_policy = confirmation_policy
        self.recurrence = recurrence
        self.requires_booker_email_verification = requires_booker_email_verification
        self.hide_calendar_notes = hide_calendar_notes
        self.lock_time_zone_toggle_on_booking_page = lock_time_zone_toggle_on_booking_page
        self.color = color
        self.seats = seats
        self.custom_name = custom_name
        self.destination_calendar = destination_calendar
        self.use_destination_calendar_email = use_destination_calendar_email
        self.hide_calendar_event_details = hide_calendar_event_details
        self.success_redirect_url = success_redirect_url
        self.hide_organizer_email = hide_organizer_email
        self.cal_video_settings = cal_video_settings
        self.hidden = hidden
        self.booking_requires_authentication = booking_requires_authentication
        self.disable_cancelling = disable_cancelling
        self.disable_rescheduling = disable_rescheduling
        self.interface_language = interface_language
        self.allow_rescheduling_past_bookings = allow_rescheduling_past_bookings
        self.allow_rescheduling_cancelled_bookings = allow_rescheduling_cancelled_bookings
        self.show_optimized_slots = show_optimized_slots
        self.scheduling_type = scheduling_type
        self.hosts = hosts
        self.assign_all_team_members = assign_all_team_members
        self.email_settings = email_settings
        self.reschedule_with_same_round_robin_host = reschedule_with_same_round_robin_host
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"length_in_minutes={self.length_in_minutes!r}, "
            f"length_in_minutes_options={self.length_in_minutes_options!r}, "
            f"title={self.title!r}, "
            f"slug={self.slug!r}, "
            f"description={self.description!r}, "
            f"locations={self.locations!r}, "
            f"booking_fields={self.booking_fields!r}, "
            f"disable_guests={self.disable_guests!r}, "
            f"slot_interval={self.slot_interval!r}, "
            f"minimum_booking_notice={self.minimum_booking_notice!r}, "
            f"before_event_buffer={self.before_event_buffer!r}, "
            f"after_event_buffer={self.after_event_buffer!r}, "
            f"schedule_id={self.schedule_id!r}, "
            f"booking_limits_count={self.booking_limits_count!r}, "
            f"booker_active_bookings_limit={self.booker_active_bookings_limit!r}, "
            f"only_show_first_available_slot={self.only_show_first_available_slot!r}, "
            f"booking_limits_duration={self.booking_limits_duration!r}, "
            f"booking_window={self.booking_window!r}, "
            f"offset_start={self.offset_start!r}, "
            f"booker_layouts={self.booker_layouts!r}, "
            f"confirmation_policy={self.confirmation_policy!r}, "
            f"recurrence={self.recurrence!r}, "
            f"requires_booker_email_verification={self.requires_booker_email_verification!r}, "
            f"hide_calendar_notes={self.hide_calendar_notes!r}, "
            f"lock_time_zone_toggle_on_booking_page={self.lock_time_zone_toggle_on_booking_page!r}, "
            f"color={self.color!r}, "
            f"seats={self.seats!r}, "
            f"custom_name={self.custom_name!r}, "
            f"destination_calendar={self.destination_calendar!r}, "
            f"use_destination_calendar_email={self.use_destination_calendar_email!r}, "
            f"hide_calendar_event_details={self.hide_calendar_event_details!r}, "
            f"success_redirect_url={self.success_redirect_url!r}, "
            f"hide_organizer_email={self.hide_organizer_email!r}, "
            f"cal_video_settings={self.cal_video_settings!r}, "
            f"hidden={self.hidden!r}, "
            f"booking_requires_authentication={self.booking_requires_authentication!r}, "
            f"disable_cancelling={self.disable_cancelling!r}, "
            f"disable_rescheduling={self.disable_rescheduling!r}, "
            f"interface_language={self.interface_language!r}, "
            f"allow_rescheduling_past_bookings={self.allow_rescheduling_past_bookings!r}, "
            f"allow_rescheduling_cancelled_bookings={self.allow_rescheduling_cancelled_bookings!r}, "
            f"show_optimized_slots={self.show_optimized_slots!r}, "
            f"scheduling_type={self.scheduling_type!r}, "
            f"hosts={self.hosts!r}, "
            f"assign_all_team_members={self.assign_all_team_members!r}, "
            f"email_settings={self.email_settings!r}, "
            f"reschedule_with_same_round_robin_host={self.reschedule_with_same_round_robin_host!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(UpdateTeamEventTypeInput, other)
        return (
            self.length_in_minutes == that.length_in_minutes
            and self.length_in_minutes_options == that.length_in_minutes_options
            and self.title == that.title
            and self.slug == that.slug
            and self.description == that.description
            and self.locations == that.locations
            and self.booking_fields == that.booking_fields
            and self.disable_guests == that.disable_guests
            and self.slot_interval == that.slot_interval
            and self.minimum_booking_notice == that.minimum_booking_notice
            and self.before_event_buffer == that.before_event_buffer
            and self.after_event_buffer == that.after_event_buffer
            and self.schedule_id == that.schedule_id
            and self.booking_limits_count == that.booking_limits_count
            and self.booker_active_bookings_limit == that.booker_active_bookings_limit
            and self.only_show_first_available_slot == that.only_show_first_available_slot
            and self.booking_limits_duration == that.booking_limits_duration
            and self.booking_window == that.booking_window
            and self.offset_start == that.offset_start
            and self.booker_layouts == that.booker_layouts
            and self.confirmation_policy == that.confirmation_policy
            and self.recurrence == that.recurrence
            and self.requires_booker_email_verification == that.requires_booker_email_verification
            and self.hide_calendar_notes == that.hide_calendar_notes
            and self.lock_time_zone_toggle_on_booking_page == that.lock_time_zone_toggle_on_booking_page
            and self.color == that.color
            and self.seats == that.seats
            and self.custom_name == that.custom_name
            and self.destination_calendar == that.destination_calendar
            and self.use_destination_calendar_email == that.use_destination_calendar_email
            and self.hide_calendar_event_details == that.hide_calendar_event_details
            and self.success_redirect_url == that.success_redirect_url
            and self.hide_organizer_email == that.hide_organizer_email
            and self.cal_video_settings == that.cal_video_settings
            and self.hidden == that.hidden
            and self.booking_requires_authentication == that.booking_requires_authentication
            and self.disable_cancelling == that.disable_cancelling
            and self.disable_rescheduling == that.disable_rescheduling
            and self.interface_language == that.interface_language
            and self.allow_rescheduling_past_bookings == that.allow_rescheduling_past_bookings
            and self.allow_rescheduling_cancelled_bookings == that.allow_rescheduling_cancelled_bookings
            and self.show_optimized_slots == that.show_optimized_slots
            and self.scheduling_type == that.scheduling_type
            and self.hosts == that.hosts
            and self.assign_all_team_members == that.assign_all_team_members
            and self.email_settings == that.email_settings
            and self.reschedule_with_same_round_robin_host == that.reschedule_with_same_round_robin_host
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        length_in_minutes = self.length_in_minutes

        length_in_minutes_options: list[int] | Unset = UNSET
        if not isinstance(self.length_in_minutes_options, Unset):
            length_in_minutes_options = self.length_in_minutes_options

        title = self.title

        slug = self.slug

        description = self.description

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        booking_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.booking_fields, Unset):
            booking_fields = []
            for booking_fields_item_data in self.booking_fields:
                booking_fields_item = booking_fields_item_data.to_dict()
                booking_fields.append(booking_fields_item)

        disable_guests = self.disable_guests

        slot_interval = self.slot_interval

        minimum_booking_notice = self.minimum_booking_notice

        before_event_buffer = self.before_event_buffer

        after_event_buffer = self.after_event_buffer

        schedule_id = self.schedule_id

        booking_limits_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booking_limits_count, Unset):
            booking_limits_count = self.booking_limits_count.to_dict()

        booker_active_bookings_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booker_active_bookings_limit, Unset):
            booker_active_bookings_limit = self.booker_active_bookings_limit.to_dict()

        only_show_first_available_slot = self.only_show_first_available_slot

        booking_limits_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booking_limits_duration, Unset):
            booking_limits_duration = self.booking_limits_duration.to_dict()

        booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booking_window, Unset):
            booking_window = self.booking_window.to_dict()

        offset_start = self.offset_start

        booker_layouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booker_layouts, Unset):
            booker_layouts = self.booker_layouts.to_dict()

        confirmation_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmation_policy, Unset):
            confirmation_policy = self.confirmation_policy.to_dict()

        recurrence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence, Unset):
            recurrence = self.recurrence.to_dict()

        requires_booker_email_verification = self.requires_booker_email_verification

        hide_calendar_notes = self.hide_calendar_notes

        lock_time_zone_toggle_on_booking_page = self.lock_time_zone_toggle_on_booking_page

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        seats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seats, Unset):
            seats = self.seats.to_dict()

        custom_name = self.custom_name

        destination_calendar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_calendar, Unset):
            destination_calendar = self.destination_calendar.to_dict()

        use_destination_calendar_email = self.use_destination_calendar_email

        hide_calendar_event_details = self.hide_calendar_event_details

        success_redirect_url = self.success_redirect_url

        hide_organizer_email = self.hide_organizer_email

        cal_video_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cal_video_settings, Unset):
            cal_video_settings = self.cal_video_settings.to_dict()

        hidden = self.hidden

        booking_requires_authentication = self.booking_requires_authentication

        disable_cancelling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disable_cancelling, Unset):
            disable_cancelling = self.disable_cancelling.to_dict()

        disable_rescheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disable_rescheduling, Unset):
            disable_rescheduling = self.disable_rescheduling.to_dict()

        interface_language = self.interface_language

        allow_rescheduling_past_bookings = self.allow_rescheduling_past_bookings

        allow_rescheduling_cancelled_bookings = self.allow_rescheduling_cancelled_bookings

        show_optimized_slots = self.show_optimized_slots

        scheduling_type: str | Unset = UNSET
        if not isinstance(self.scheduling_type, Unset):
            scheduling_type = self.scheduling_type

        hosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hosts, Unset):
            hosts = []
            for hosts_item_data in self.hosts:
                hosts_item = hosts_item_data.to_dict()
                hosts.append(hosts_item)

        assign_all_team_members = self.assign_all_team_members

        email_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_settings, Unset):
            email_settings = self.email_settings.to_dict()

        reschedule_with_same_round_robin_host = self.reschedule_with_same_round_robin_host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length_in_minutes is not UNSET:
            field_dict["lengthInMinutes"] = length_in_minutes
        if length_in_minutes_options is not UNSET:
            field_dict["lengthInMinutesOptions"] = length_in_minutes_options
        if title is not UNSET:
            field_dict["title"] = title
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if locations is not UNSET:
            field_dict["locations"] = locations
        if booking_fields is not UNSET:
            field_dict["bookingFields"] = booking_fields
        if disable_guests is not UNSET:
            field_dict["disableGuests"] = disable_guests
        if slot_interval is not UNSET:
            field_dict["slotInterval"] = slot_interval
        if minimum_booking_notice is not UNSET:
            field_dict["minimumBookingNotice"] = minimum_booking_notice
        if before_event_buffer is not UNSET:
            field_dict["beforeEventBuffer"] = before_event_buffer
        if after_event_buffer is not UNSET:
            field_dict["afterEventBuffer"] = after_event_buffer
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if booking_limits_count is not UNSET:
            field_dict["bookingLimitsCount"] = booking_limits_count
        if booker_active_bookings_limit is not UNSET:
            field_dict["bookerActiveBookingsLimit"] = booker_active_bookings_limit
        if only_show_first_available_slot is not UNSET:
            field_dict["onlyShowFirstAvailableSlot"] = only_show_first_available_slot
        if booking_limits_duration is not UNSET:
            field_dict["bookingLimitsDuration"] = booking_limits_duration
        if booking_window is not UNSET:
            field_dict["bookingWindow"] = booking_window
        if offset_start is not UNSET:
            field_dict["offsetStart"] = offset_start
        if booker_layouts is not UNSET:
            field_dict["bookerLayouts"] = booker_layouts
        if confirmation_policy is not UNSET:
            field_dict["confirmationPolicy"] = confirmation_policy
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if requires_booker_email_verification is not UNSET:
            field_dict["requiresBookerEmailVerification"] = requires_booker_email_verification
        if hide_calendar_notes is not UNSET:
            field_dict["hideCalendarNotes"] = hide_calendar_notes
        if lock_time_zone_toggle_on_booking_page is not UNSET:
            field_dict["lockTimeZoneToggleOnBookingPage"] = lock_time_zone_toggle_on_booking_page
        if color is not UNSET:
            field_dict["color"] = color
        if seats is not UNSET:
            field_dict["seats"] = seats
        if custom_name is not UNSET:
            field_dict["customName"] = custom_name
        if destination_calendar is not UNSET:
            field_dict["destinationCalendar"] = destination_calendar
        if use_destination_calendar_email is not UNSET:
            field_dict["useDestinationCalendarEmail"] = use_destination_calendar_email
        if hide_calendar_event_details is not UNSET:
            field_dict["hideCalendarEventDetails"] = hide_calendar_event_details
        if success_redirect_url is not UNSET:
            field_dict["successRedirectUrl"] = success_redirect_url
        if hide_organizer_email is not UNSET:
            field_dict["hideOrganizerEmail"] = hide_organizer_email
        if cal_video_settings is not UNSET:
            field_dict["calVideoSettings"] = cal_video_settings
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if booking_requires_authentication is not UNSET:
            field_dict["bookingRequiresAuthentication"] = booking_requires_authentication
        if disable_cancelling is not UNSET:
            field_dict["disableCancelling"] = disable_cancelling
        if disable_rescheduling is not UNSET:
            field_dict["disableRescheduling"] = disable_rescheduling
        if interface_language is not UNSET:
            field_dict["interfaceLanguage"] = interface_language
        if allow_rescheduling_past_bookings is not UNSET:
            field_dict["allowReschedulingPastBookings"] = allow_rescheduling_past_bookings
        if allow_rescheduling_cancelled_bookings is not UNSET:
            field_dict["allowReschedulingCancelledBookings"] = allow_rescheduling_cancelled_bookings
        if show_optimized_slots is not UNSET:
            field_dict["showOptimizedSlots"] = show_optimized_slots
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if hosts is not UNSET:
            field_dict["hosts"] = hosts
        if assign_all_team_members is not UNSET:
            field_dict["assignAllTeamMembers"] = assign_all_team_members
        if email_settings is not UNSET:
            field_dict["emailSettings"] = email_settings
        if reschedule_with_same_round_robin_host is not UNSET:
            field_dict["rescheduleWithSameRoundRobinHost"] = reschedule_with_same_round_robin_host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "UpdateTeamEventTypeInput")
        d = dict(src_dict)
        _key: str = "lengthInMinutes"
        try:
            length_in_minutes = d.pop("lengthInMinutes", UNSET)
            if type(length_in_minutes) is not int and length_in_minutes is not UNSET:
                length_in_minutes = UNSET if length_in_minutes is None else as_int(length_in_minutes)

            _key = "lengthInMinutesOptions"
            _length_in_minutes_options = d.pop("lengthInMinutesOptions", UNSET)
            length_in_minutes_options: list[int] | Unset = UNSET
            if _length_in_minutes_options is not UNSET and _length_in_minutes_options is not None:
                if type(_length_in_minutes_options) is not list:
                    _length_in_minutes_options = as_list(_length_in_minutes_options)
                length_in_minutes_options = []
                for length_in_minutes_options_index, length_in_minutes_options_item_data in enumerate(
                    _length_in_minutes_options
                ):
                    try:
                        length_in_minutes_options_item = length_in_minutes_options_item_data
                        if type(length_in_minutes_options_item) is not int:
                            length_in_minutes_options_item = as_int(length_in_minutes_options_item)

                    except ResponseParseError as exc:
                        exc.at(length_in_minutes_options_index)
                        raise
                    length_in_minutes_options.append(length_in_minutes_options_item)

            _key = "title"
            title = d.pop("title", UNSET)
            if type(title) is not str and title is not UNSET:
                title = UNSET if title is None else as_str(title)

            _key = "slug"
            slug = d.pop("slug", UNSET)
            if type(slug) is not str and slug is not UNSET:
                slug = UNSET if slug is None else as_str(slug)

            _key = "description"
            description = d.pop("description", UNSET)
            if type(description) is not str and description is not UNSET:
                description = UNSET if description is None else as_str(description)

            _key = "locations"
            _locations = d.pop("locations", UNSET)
            locations: list[EventTypeLocation] | Unset = UNSET
            if _locations is not UNSET and _locations is not None:
                if type(_locations) is not list:
                    _locations = as_list(_locations)
                locations = []
                for locations_index, locations_item_data in enumerate(_locations):
                    try:
                        locations_item = EventTypeLocation.from_dict(locations_item_data)

                    except ResponseParseError as exc:
                        exc.at(locations_index)
                        raise
                    locations.append(locations_item)

            _key = "bookingFields"
            _booking_fields = d.pop("bookingFields", UNSET)
            booking_fields: list[EventTypeBookingField] | Unset = UNSET
            if _booking_fields is not UNSET and _booking_fields is not None:
                if type(_booking_fields) is not list:
                    _booking_fields = as_list(_booking_fields)
                booking_fields = []
                for booking_fields_index, booking_fields_item_data in enumerate(_booking_fields):
                    try:
                        booking_fields_item = EventTypeBookingField.from_dict(booking_fields_item_data)

                    except ResponseParseError as exc:
                        exc.at(booking_fields_index)
                        raise
                    booking_fields.append(booking_fields_item)

            _key = "disableGuests"
            disable_guests = d.pop("disableGuests", UNSET)
            if type(disable_guests) is not bool and disable_guests is not UNSET:
                disable_guests = UNSET if disable_guests is None else as_bool(disable_guests)

            _key = "slotInterval"
            slot_interval = d.pop("slotInterval", UNSET)
            if type(slot_interval) is not int and slot_interval is not UNSET:
                slot_interval = UNSET if slot_interval is None else as_int(slot_interval)

            _key = "minimumBookingNotice"
            minimum_booking_notice = d.pop("minimumBookingNotice", UNSET)
            if type(minimum_booking_notice) is not int and minimum_booking_notice is not UNSET:
                minimum_booking_notice = UNSET if minimum_booking_notice is None else as_int(minimum_booking_notice)

            _key = "beforeEventBuffer"
            before_event_buffer = d.pop("beforeEventBuffer", UNSET)
            if type(before_event_buffer) is not int and before_event_buffer is not UNSET:
                before_event_buffer = UNSET if before_event_buffer is None else as_int(before_event_buffer)

            _key = "afterEventBuffer"
            after_event_buffer = d.pop("afterEventBuffer", UNSET)
            if type(after_event_buffer) is not int and after_event_buffer is not UNSET:
                after_event_buffer = UNSET if after_event_buffer is None else as_int(after_event_buffer)

            _key = "scheduleId"
            schedule_id = d.pop("scheduleId", UNSET)
            if type(schedule_id) is not int and schedule_id is not UNSET:
                schedule_id = UNSET if schedule_id is None else as_int(schedule_id)

            _key = "bookingLimitsCount"
            _booking_limits_count = d.pop("bookingLimitsCount", UNSET)
            booking_limits_count: LooseObject | Unset
            if _booking_limits_count is UNSET or _booking_limits_count is None:
                booking_limits_count = UNSET
            else:
                booking_limits_count = LooseObject.from_dict(_booking_limits_count)

            _key = "bookerActiveBookingsLimit"
            _booker_active_bookings_limit = d.pop("bookerActiveBookingsLimit", UNSET)
            booker_active_bookings_limit: LooseObject | Unset
            if _booker_active_bookings_limit is UNSET or _booker_active_bookings_limit is None:
                booker_active_bookings_limit = UNSET
            else:
                booker_active_bookings_limit = LooseObject.from_dict(_booker_active_bookings_limit)

            _key = "onlyShowFirstAvailableSlot"
            only_show_first_available_slot = d.pop("onlyShowFirstAvailableSlot", UNSET)
            if type(only_show_first_available_slot) is not bool and only_show_first_available_slot is not UNSET:
                only_show_first_available_slot = (
                    UNSET if only_show_first_available_slot is None else as_bool(only_show_first_available_slot)
                )

            _key = "bookingLimitsDuration"
            _booking_limits_duration = d.pop("bookingLimitsDuration", UNSET)
            booking_limits_duration: LooseObject | Unset
            if _booking_limits_duration is UNSET or _booking_limits_duration is None:
                booking_limits_duration = UNSET
            else:
                booking_limits_duration = LooseObject.from_dict(_booking_limits_duration)

            _key = "bookingWindow"
            _booking_window = d.pop("bookingWindow", UNSET)
            booking_window: LooseObject | Unset
            if _booking_window is UNSET or _booking_window is None:
                booking_window = UNSET
            else:
                booking_window = LooseObject.from_dict(_booking_window)

            _key = "offsetStart"
            offset_start = d.pop("offsetStart", UNSET)
            if type(offset_start) is not int and offset_start is not UNSET:
                offset_start = UNSET if offset_start is None else as_int(offset_start)

            _key = "bookerLayouts"
            _booker_layouts = d.pop("bookerLayouts", UNSET)
            booker_layouts: LooseObject | Unset
            if _booker_layouts is UNSET or _booker_layouts is None:
                booker_layouts = UNSET
            else:
                booker_layouts = LooseObject.from_dict(_booker_layouts)

            _key = "confirmationPolicy"
            _confirmation_policy = d.pop("confirmationPolicy", UNSET)
            confirmation_policy: LooseObject | Unset
            if _confirmation_policy is UNSET or _confirmation_policy is None:
                confirmation_policy = UNSET
            else:
                confirmation_policy = LooseObject.from_dict(_confirmation_policy)

            _key = "recurrence"
            _recurrence = d.pop("recurrence", UNSET)
            recurrence: LooseObject | Unset
            if _recurrence is UNSET or _recurrence is None:
                recurrence = UNSET
            else:
                recurrence = LooseObject.from_dict(_recurrence)

            _key = "requiresBookerEmailVerification"
            requires_booker_email_verification = d.pop("requiresBookerEmailVerification", UNSET)
            if type(requires_booker_email_verification) is not bool and requires_booker_email_verification is not UNSET:
                requires_booker_email_verification = (
                    UNSET if requires_booker_email_verification is None else as_bool(requires_booker_email_verification)
                )

            _key = "hideCalendarNotes"
            hide_calendar_notes = d.pop("hideCalendarNotes", UNSET)
            if type(hide_calendar_notes) is not bool and hide_calendar_notes is not UNSET:
                hide_calendar_notes = UNSET if hide_calendar_notes is None else as_bool(hide_calendar_notes)

            _key = "lockTimeZoneToggleOnBookingPage"
            lock_time_zone_toggle_on_booking_page = d.pop("lockTimeZoneToggleOnBookingPage", UNSET)
            if (
                type(lock_time_zone_toggle_on_booking_page) is not bool
                and lock_time_zone_toggle_on_booking_page is not UNSET
            ):
                lock_time_zone_toggle_on_booking_page = (
                    UNSET
                    if lock_time_zone_toggle_on_booking_page is None
                    else as_bool(lock_time_zone_toggle_on_booking_page)
                )

            _key = "color"
            _color = d.pop("color", UNSET)
            color: LooseObject | Unset
            if _color is UNSET or _color is None:
                color = UNSET
            else:
                color = LooseObject.from_dict(_color)

            _key = "seats"
            _seats = d.pop("seats", UNSET)
            seats: LooseObject | Unset
            if _seats is UNSET or _seats is None:
                seats = UNSET
            else:
                seats = LooseObject.from_dict(_seats)

            _key = "customName"
            custom_name = d.pop("customName", UNSET)
            if type(custom_name) is not str and custom_name is not UNSET:
                custom_name = UNSET if custom_name is None else as_str(custom_name)

            _key = "destinationCalendar"
            _destination_calendar = d.pop("destinationCalendar", UNSET)
            destination_calendar: LooseObject | Unset
            if _destination_calendar is UNSET or _destination_calendar is None:
                destination_calendar = UNSET
            else:
                destination_calendar = LooseObject.from_dict(_destination_calendar)

            _key = "useDestinationCalendarEmail"
            use_destination_calendar_email = d.pop("useDestinationCalendarEmail", UNSET)
            if type(use_destination_calendar_email) is not bool and use_destination_calendar_email is not UNSET:
                use_destination_calendar_email = (
                    UNSET if use_destination_calendar_email is None else as_bool(use_destination_calendar_email)
                )

            _key = "hideCalendarEventDetails"
            hide_calendar_event_details = d.pop("hideCalendarEventDetails", UNSET)
            if type(hide_calendar_event_details) is not bool and hide_calendar_event_details is not UNSET:
                hide_calendar_event_details = (
                    UNSET if hide_calendar_event_details is None else as_bool(hide_calendar_event_details)
                )

            _key = "successRedirectUrl"
            success_redirect_url = d.pop("successRedirectUrl", UNSET)
            if type(success_redirect_url) is not str and success_redirect_url is not UNSET:
                success_redirect_url = UNSET if success_redirect_url is None else as_str(success_redirect_url)

            _key = "hideOrganizerEmail"
            hide_organizer_email = d.pop("hideOrganizerEmail", UNSET)
            if type(hide_organizer_email) is not bool and hide_organizer_email is not UNSET:
                hide_organizer_email = UNSET if hide_organizer_email is None else as_bool(hide_organizer_email)

            _key = "calVideoSettings"
            _cal_video_settings = d.pop("calVideoSettings", UNSET)
            cal_video_settings: LooseObject | Unset
            if _cal_video_settings is UNSET or _cal_video_settings is None:
                cal_video_settings = UNSET
            else:
                cal_video_settings = LooseObject.from_dict(_cal_video_settings)

            _key = "hidden"
            hidden = d.pop("hidden", UNSET)
            if type(hidden) is not bool and hidden is not UNSET:
                hidden = UNSET if hidden is None else as_bool(hidden)

            _key = "bookingRequiresAuthentication"
            booking_requires_authentication = d.pop("bookingRequiresAuthentication", UNSET)
            if type(booking_requires_authentication) is not bool and booking_requires_authentication is not UNSET:
                booking_requires_authentication = (
                    UNSET if booking_requires_authentication is None else as_bool(booking_requires_authentication)
                )

            _key = "disableCancelling"
            _disable_cancelling = d.pop("disableCancelling", UNSET)
            disable_cancelling: LooseObject | Unset
            if _disable_cancelling is UNSET or _disable_cancelling is None:
                disable_cancelling = UNSET
            else:
                disable_cancelling = LooseObject.from_dict(_disable_cancelling)

            _key = "disableRescheduling"
            _disable_rescheduling = d.pop("disableRescheduling", UNSET)
            disable_rescheduling: LooseObject | Unset
            if _disable_rescheduling is UNSET or _disable_rescheduling is None:
                disable_rescheduling = UNSET
            else:
                disable_rescheduling = LooseObject.from_dict(_disable_rescheduling)

            _key = "interfaceLanguage"
            interface_language = d.pop("interfaceLanguage", UNSET)
            if type(interface_language) is not str and interface_language is not UNSET:
                interface_language = UNSET if interface_language is None else as_str(interface_language)

            _key = "allowReschedulingPastBookings"
            allow_rescheduling_past_bookings = d.pop("allowReschedulingPastBookings", UNSET)
            if type(allow_rescheduling_past_bookings) is not bool and allow_rescheduling_past_bookings is not UNSET:
                allow_rescheduling_past_bookings = (
                    UNSET if allow_rescheduling_past_bookings is None else as_bool(allow_rescheduling_past_bookings)
                )

            _key = "allowReschedulingCancelledBookings"
            allow_rescheduling_cancelled_bookings = d.pop("allowReschedulingCancelledBookings", UNSET)
            if (
                type(allow_rescheduling_cancelled_bookings) is not bool
                and allow_rescheduling_cancelled_bookings is not UNSET
            ):
                allow_rescheduling_cancelled_bookings = (
                    UNSET
                    if allow_rescheduling_cancelled_bookings is None
                    else as_bool(allow_rescheduling_cancelled_bookings)
                )

            _key = "showOptimizedSlots"
            show_optimized_slots = d.pop("showOptimizedSlots", UNSET)
            if type(show_optimized_slots) is not bool and show_optimized_slots is not UNSET:
                show_optimized_slots = UNSET if show_optimized_slots is None else as_bool(show_optimized_slots)

            _key = "schedulingType"
            scheduling_type = d.pop("schedulingType", UNSET)
            if type(scheduling_type) is not str and scheduling_type is not UNSET:
                scheduling_type = (
                    UNSET
                    if scheduling_type is None
                    else check_update_team_event_type_input_scheduling_type(scheduling_type)
                )

            _key = "hosts"
            _hosts = d.pop("hosts", UNSET)
            hosts: list[TeamEventTypeHostInput] | Unset = UNSET
            if _hosts is not UNSET and _hosts is not None:
                if type(_hosts) is not list:
                    _hosts = as_list(_hosts)
                hosts = []
                for hosts_index, hosts_item_data in enumerate(_hosts):
                    try:
                        hosts_item = TeamEventTypeHostInput.from_dict(hosts_item_data)

                    except ResponseParseError as exc:
                        exc.at(hosts_index)
                        raise
                    hosts.append(hosts_item)

            _key = "assignAllTeamMembers"
            assign_all_team_members = d.pop("assignAllTeamMembers", UNSET)
            if type(assign_all_team_members) is not bool and assign_all_team_members is not UNSET:
                assign_all_team_members = UNSET if assign_all_team_members is None else as_bool(assign_all_team_members)

            _key = "emailSettings"
            _email_settings = d.pop("emailSettings", UNSET)
            email_settings: LooseObject | Unset
            if _email_settings is UNSET or _email_settings is None:
                email_settings = UNSET
            else:
                email_settings = LooseObject.from_dict(_email_settings)

            _key = "rescheduleWithSameRoundRobinHost"
            reschedule_with_same_round_robin_host = d.pop("rescheduleWithSameRoundRobinHost", UNSET)
            if (
                type(reschedule_with_same_round_robin_host) is not bool
                and reschedule_with_same_round_robin_host is not UNSET
            ):
                reschedule_with_same_round_robin_host = (
                    UNSET
                    if reschedule_with_same_round_robin_host is None
                    else as_bool(reschedule_with_same_round_robin_host)
                )

            update_team_event_type_input = cls(
                length_in_minutes=length_in_minutes,
                length_in_minutes_options=length_in_minutes_options,
                title=title,
                slug=slug,
                description=description,
                locations=locations,
                booking_fields=booking_fields,
                disable_guests=disable_guests,
                slot_interval=slot_interval,
                minimum_booking_notice=minimum_booking_notice,
                before_event_buffer=before_event_buffer,
                after_event_buffer=after_event_buffer,
                schedule_id=schedule_id,
                booking_limits_count=booking_limits_count,
                booker_active_bookings_limit=booker_active_bookings_limit,
                only_show_first_available_slot=only_show_first_available_slot,
                booking_limits_duration=booking_limits_duration,
                booking_window=booking_window,
                offset_start=offset_start,
                booker_layouts=booker_layouts,
                confirmation_policy=confirmation_policy,
                recurrence=recurrence,
                requires_booker_email_verification=requires_booker_email_verification,
                hide_calendar_notes=hide_calendar_notes,
                lock_time_zone_toggle_on_booking_page=lock_time_zone_toggle_on_booking_page,
                color=color,
                seats=seats,
                custom_name=custom_name,
                destination_calendar=destination_calendar,
                use_destination_calendar_email=use_destination_calendar_email,
                hide_calendar_event_details=hide_calendar_event_details,
                success_redirect_url=success_redirect_url,
                hide_organizer_email=hide_organizer_email,
                cal_video_settings=cal_video_settings,
                hidden=hidden,
                booking_requires_authentication=booking_requires_authentication,
                disable_cancelling=disable_cancelling,
                disable_rescheduling=disable_rescheduling,
                interface_language=interface_language,
                allow_rescheduling_past_bookings=allow_rescheduling_past_bookings,
                allow_rescheduling_cancelled_bookings=allow_rescheduling_cancelled_bookings,
                show_optimized_slots=show_optimized_slots,
                scheduling_type=scheduling_type,
                hosts=hosts,
                assign_all_team_members=assign_all_team_members,
                email_settings=email_settings,
                reschedule_with_same_round_robin_host=reschedule_with_same_round_robin_host,
            )

            update_team_event_type_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("UpdateTeamEventTypeInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("UpdateTeamEventTypeInput", _key)
            raise error from exc
        return update_team_event_type_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, EventTypeBookingField, EventTypeLocation, LooseObject, TeamEventTypeHostInput
    from ..models.event_type_booking_field import EventTypeBookingField  # noqa: PLC0415
    from ..models.event_type_location import EventTypeLocation  # noqa: PLC0415
    from ..models.loose_object import LooseObject  # noqa: PLC0415
    from ..models.team_event_type_host_input import TeamEventTypeHostInput  # noqa: PLC0415

    _models_bound = True
