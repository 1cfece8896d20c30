from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduling_type import SchedulingType, check_scheduling_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_type_booking_field import EventTypeBookingField
    from ..models.event_type_location import EventTypeLocation
    from ..models.event_type_recurrence import EventTypeRecurrence
    from ..models.event_type_team import EventTypeTeam
    from ..models.loose_object import LooseObject
    from ..models.metadata import Metadata
    from ..models.team_event_type_host import TeamEventTypeHost


T = TypeVar("T", bound="TeamEventType")


@_attrs_define
class TeamEventType:
    """An event type owned by a team."""

    id: int
    length_in_minutes: int
    title: str
    slug: str
    team_id: int
    length_in_minutes_options: list[int] | Unset = UNSET
    description: None | str | Unset = UNSET
    locations: list[EventTypeLocation] | Unset = UNSET
    booking_fields: list[EventTypeBookingField] | Unset = UNSET
    disable_guests: bool | Unset = UNSET
    slot_interval: int | None | Unset = UNSET
    """ Minutes between slot starts. """
    minimum_booking_notice: int | Unset = UNSET
    """ Minutes. """
    before_event_buffer: int | Unset = UNSET
    """ Minutes. """
    after_event_buffer: int | Unset = UNSET
    """ Minutes. """
    recurrence: EventTypeRecurrence | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    lock_time_zone_toggle_on_booking_page: bool | Unset = UNSET
    seats_per_time_slot: int | None | Unset = UNSET
    forward_params_success_redirect: bool | None | Unset = UNSET
    success_redirect_url: None | str | Unset = UNSET
    is_instant_event: bool | Unset = UNSET
    seats_show_availability_count: bool | None | Unset = UNSET
    schedule_id: int | None | Unset = UNSET
    booking_limits_count: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    booker_active_bookings_limit: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    only_show_first_available_slot: bool | Unset = UNSET
    booking_limits_duration: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    booking_window: list[LooseObject] | LooseObject | Unset = UNSET
    """ How far ahead the event can be booked. Upstream documents an object on input but an array of such objects on
    output; accept either rather than guess. """
    booker_layouts: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    confirmation_policy: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    requires_booker_email_verification: bool | Unset = UNSET
    hide_calendar_notes: bool | Unset = UNSET
    color: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    seats: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    offset_start: int | Unset = UNSET
    custom_name: str | Unset = UNSET
    destination_calendar: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    use_destination_calendar_email: bool | Unset = UNSET
    hide_calendar_event_details: bool | Unset = UNSET
    hide_organizer_email: bool | Unset = UNSET
    cal_video_settings: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    hidden: bool | Unset = UNSET
    booking_requires_authentication: bool | Unset = UNSET
    disable_cancelling: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    disable_rescheduling: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    interface_language: None | str | Unset = UNSET
    allow_rescheduling_past_bookings: bool | Unset = UNSET
    allow_rescheduling_cancelled_bookings: bool | None | Unset = UNSET
    show_optimized_slots: bool | None | Unset = UNSET
    booking_url: str | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    parent_event_type_id: int | None | Unset = UNSET
    hosts: list[TeamEventTypeHost] | Unset = UNSET
    assign_all_team_members: bool | Unset = UNSET
    scheduling_type: None | SchedulingType | Unset = UNSET
    team: EventTypeTeam | Unset = UNSET
    email_settings: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    reschedule_with_same_round_robin_host: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_type_recurrence import EventTypeRecurrence  # noqa: PLC0415

        id = self.id

        length_in_minutes = self.length_in_minutes

        title = self.title

        slug = self.slug

        team_id = self.team_id

        length_in_minutes_options: list[int] | Unset = UNSET
        if not isinstance(self.length_in_minutes_options, Unset):
            length_in_minutes_options = self.length_in_minutes_options

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
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

        slot_interval: int | None | Unset
        if isinstance(self.slot_interval, Unset):
            slot_interval = UNSET
        else:
            slot_interval = self.slot_interval

        minimum_booking_notice = self.minimum_booking_notice

        before_event_buffer = self.before_event_buffer

        after_event_buffer = self.after_event_buffer

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, EventTypeRecurrence):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        price = self.price

        currency = self.currency

        lock_time_zone_toggle_on_booking_page = self.lock_time_zone_toggle_on_booking_page

        seats_per_time_slot: int | None | Unset
        if isinstance(self.seats_per_time_slot, Unset):
            seats_per_time_slot = UNSET
        else:
            seats_per_time_slot = self.seats_per_time_slot

        forward_params_success_redirect: bool | None | Unset
        if isinstance(self.forward_params_success_redirect, Unset):
            forward_params_success_redirect = UNSET
        else:
            forward_params_success_redirect = self.forward_params_success_redirect

        success_redirect_url: None | str | Unset
        if isinstance(self.success_redirect_url, Unset):
            success_redirect_url = UNSET
        else:
            success_redirect_url = self.success_redirect_url

        is_instant_event = self.is_instant_event

        seats_show_availability_count: bool | None | Unset
        if isinstance(self.seats_show_availability_count, Unset):
            seats_show_availability_count = UNSET
        else:
            seats_show_availability_count = self.seats_show_availability_count

        schedule_id: int | None | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
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

        booking_window: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.booking_window, Unset):
            booking_window = UNSET
        elif isinstance(self.booking_window, list):
            booking_window = []
            for booking_window_type_0_item_data in self.booking_window:
                booking_window_type_0_item = booking_window_type_0_item_data.to_dict()
                booking_window.append(booking_window_type_0_item)

        else:
            booking_window = self.booking_window.to_dict()

        booker_layouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booker_layouts, Unset):
            booker_layouts = self.booker_layouts.to_dict()

        confirmation_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmation_policy, Unset):
            confirmation_policy = self.confirmation_policy.to_dict()

        requires_booker_email_verification = self.requires_booker_email_verification

        hide_calendar_notes = self.hide_calendar_notes

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        seats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seats, Unset):
            seats = self.seats.to_dict()

        offset_start = self.offset_start

        custom_name = self.custom_name

        destination_calendar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_calendar, Unset):
            destination_calendar = self.destination_calendar.to_dict()

        use_destination_calendar_email = self.use_destination_calendar_email

        hide_calendar_event_details = self.hide_calendar_event_details

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

        interface_language: None | str | Unset
        if isinstance(self.interface_language, Unset):
            interface_language = UNSET
        else:
            interface_language = self.interface_language

        allow_rescheduling_past_bookings = self.allow_rescheduling_past_bookings

        allow_rescheduling_cancelled_bookings: bool | None | Unset
        if isinstance(self.allow_rescheduling_cancelled_bookings, Unset):
            allow_rescheduling_cancelled_bookings = UNSET
        else:
            allow_rescheduling_cancelled_bookings = self.allow_rescheduling_cancelled_bookings

        show_optimized_slots: bool | None | Unset
        if isinstance(self.show_optimized_slots, Unset):
            show_optimized_slots = UNSET
        else:
            show_optimized_slots = self.show_optimized_slots

        booking_url = self.booking_url

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        parent_event_type_id: int | None | Unset
        if isinstance(self.parent_event_type_id, Unset):
            parent_event_type_id = UNSET
        else:
            parent_event_type_id = self.parent_event_type_id

        hosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hosts, Unset):
            hosts = []
            for hosts_item_data in self.hosts:
                hosts_item = hosts_item_data.to_dict()
                hosts.append(hosts_item)

        assign_all_team_members = self.assign_all_team_members

        scheduling_type: None | str | Unset
        if isinstance(self.scheduling_type, Unset):
            scheduling_type = UNSET
        elif isinstance(self.scheduling_type, str):
            scheduling_type = self.scheduling_type
        else:
            scheduling_type = self.scheduling_type

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        email_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_settings, Unset):
            email_settings = self.email_settings.to_dict()

        reschedule_with_same_round_robin_host = self.reschedule_with_same_round_robin_host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lengthInMinutes": length_in_minutes,
                "title": title,
                "slug": slug,
                "teamId": team_id,
            }
        )
        if length_in_minutes_options is not UNSET:
            field_dict["lengthInMinutesOptions"] = length_in_minutes_options
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
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if lock_time_zone_toggle_on_booking_page is not UNSET:
            field_dict["lockTimeZoneToggleOnBookingPage"] = lock_time_zone_toggle_on_booking_page
        if seats_per_time_slot is not UNSET:
            field_dict["seatsPerTimeSlot"] = seats_per_time_slot
        if forward_params_success_redirect is not UNSET:
            field_dict["forwardParamsSuccessRedirect"] = forward_params_success_redirect
        if success_redirect_url is not UNSET:
            field_dict["successRedirectUrl"] = success_redirect_url
        if is_instant_event is not UNSET:
            field_dict["isInstantEvent"] = is_instant_event
        if seats_show_availability_count is not UNSET:
            field_dict["seatsShowAvailabilityCount"] = seats_show_availability_count
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
        if booker_layouts is not UNSET:
            field_dict["bookerLayouts"] = booker_layouts
        if confirmation_policy is not UNSET:
            field_dict["confirmationPolicy"] = confirmation_policy
        if requires_booker_email_verification is not UNSET:
            field_dict["requiresBookerEmailVerification"] = requires_booker_email_verification
        if hide_calendar_notes is not UNSET:
            field_dict["hideCalendarNotes"] = hide_calendar_notes
        if color is not UNSET:
            field_dict["color"] = color
        if seats is not UNSET:
            field_dict["seats"] = seats
        if offset_start is not UNSET:
            field_dict["offsetStart"] = offset_start
        if custom_name is not UNSET:
            field_dict["customName"] = custom_name
        if destination_calendar is not UNSET:
            field_dict["destinationCalendar"] = destination_calendar
        if use_destination_calendar_email is not UNSET:
            field_dict["useDestinationCalendarEmail"] = use_destination_calendar_email
        if hide_calendar_event_details is not UNSET:
            field_dict["hideCalendarEventDetails"] = hide_calendar_event_details
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
        if booking_url is not UNSET:
            field_dict["bookingUrl"] = booking_url
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if parent_event_type_id is not UNSET:
            field_dict["parentEventTypeId"] = parent_event_type_id
        if hosts is not UNSET:
            field_dict["hosts"] = hosts
        if assign_all_team_members is not UNSET:
            field_dict["assignAllTeamMembers"] = assign_all_team_members
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if team is not UNSET:
            field_dict["team"] = team
        if email_settings is not UNSET:
            field_dict["emailSettings"] = email_settings
        if reschedule_with_same_round_robin_host is not UNSET:
            field_dict["rescheduleWithSameRoundRobinHost"] = reschedule_with_same_round_robin_host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_type_booking_field import EventTypeBookingField  # noqa: PLC0415
        from ..models.event_type_location import EventTypeLocation  # noqa: PLC0415
        from ..models.event_type_recurrence import EventTypeRecurrence  # noqa: PLC0415
        from ..models.event_type_team import EventTypeTeam  # noqa: PLC0415
        from ..models.loose_object import LooseObject  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.team_event_type_host import TeamEventTypeHost  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        length_in_minutes = d.pop("lengthInMinutes")

        title = d.pop("title")

        slug = d.pop("slug")

        team_id = d.pop("teamId")

        length_in_minutes_options = cast(list[int], d.pop("lengthInMinutesOptions", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _locations = d.pop("locations", UNSET)
        locations: list[EventTypeLocation] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = EventTypeLocation.from_dict(locations_item_data)

                locations.append(locations_item)

        _booking_fields = d.pop("bookingFields", UNSET)
        booking_fields: list[EventTypeBookingField] | Unset = UNSET
        if _booking_fields is not UNSET:
            booking_fields = []
            for booking_fields_item_data in _booking_fields:
                booking_fields_item = EventTypeBookingField.from_dict(booking_fields_item_data)

                booking_fields.append(booking_fields_item)

        disable_guests = d.pop("disableGuests", UNSET)

        def _parse_slot_interval(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        slot_interval = _parse_slot_interval(d.pop("slotInterval", UNSET))

        minimum_booking_notice = d.pop("minimumBookingNotice", UNSET)

        before_event_buffer = d.pop("beforeEventBuffer", UNSET)

        after_event_buffer = d.pop("afterEventBuffer", UNSET)

        def _parse_recurrence(data: object) -> EventTypeRecurrence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurrence_type_0 = EventTypeRecurrence.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTypeRecurrence | None | Unset, data)

        recurrence = _parse_recurrence(d.pop("recurrence", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        lock_time_zone_toggle_on_booking_page = d.pop("lockTimeZoneToggleOnBookingPage", UNSET)

        def _parse_seats_per_time_slot(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seats_per_time_slot = _parse_seats_per_time_slot(d.pop("seatsPerTimeSlot", UNSET))

        def _parse_forward_params_success_redirect(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        forward_params_success_redirect = _parse_forward_params_success_redirect(
            d.pop("forwardParamsSuccessRedirect", UNSET)
        )

        def _parse_success_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        success_redirect_url = _parse_success_redirect_url(d.pop("successRedirectUrl", UNSET))

        is_instant_event = d.pop("isInstantEvent", UNSET)

        def _parse_seats_show_availability_count(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        seats_show_availability_count = _parse_seats_show_availability_count(d.pop("seatsShowAvailabilityCount", UNSET))

        def _parse_schedule_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_id = _parse_schedule_id(d.pop("scheduleId", UNSET))

        _booking_limits_count = d.pop("bookingLimitsCount", UNSET)
        booking_limits_count: LooseObject | Unset
        if isinstance(_booking_limits_count, Unset):
            booking_limits_count = UNSET
        else:
            booking_limits_count = LooseObject.from_dict(_booking_limits_count)

        _booker_active_bookings_limit = d.pop("bookerActiveBookingsLimit", UNSET)
        booker_active_bookings_limit: LooseObject | Unset
        if isinstance(_booker_active_bookings_limit, Unset):
            booker_active_bookings_limit = UNSET
        else:
            booker_active_bookings_limit = LooseObject.from_dict(_booker_active_bookings_limit)

        only_show_first_available_slot = d.pop("onlyShowFirstAvailableSlot", UNSET)

        _booking_limits_duration = d.pop("bookingLimitsDuration", UNSET)
        booking_limits_duration: LooseObject | Unset
        if isinstance(_booking_limits_duration, Unset):
            booking_limits_duration = UNSET
        else:
            booking_limits_duration = LooseObject.from_dict(_booking_limits_duration)

        def _parse_booking_window(data: object) -> list[LooseObject] | LooseObject | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                booking_window_type_0 = []
                _booking_window_type_0 = data
                for booking_window_type_0_item_data in _booking_window_type_0:
                    booking_window_type_0_item = LooseObject.from_dict(booking_window_type_0_item_data)

                    booking_window_type_0.append(booking_window_type_0_item)

                return booking_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            booking_window_type_1 = LooseObject.from_dict(data)

            return booking_window_type_1

        booking_window = _parse_booking_window(d.pop("bookingWindow", UNSET))

        _booker_layouts = d.pop("bookerLayouts", UNSET)
        booker_layouts: LooseObject | Unset
        if isinstance(_booker_layouts, Unset):
            booker_layouts = UNSET
        else:
            booker_layouts = LooseObject.from_dict(_booker_layouts)

        _confirmation_policy = d.pop("confirmationPolicy", UNSET)
        confirmation_policy: LooseObject | Unset
        if isinstance(_confirmation_policy, Unset):
            confirmation_policy = UNSET
        else:
            confirmation_policy = LooseObject.from_dict(_confirmation_policy)

        requires_booker_email_verification = d.pop("requiresBookerEmailVerification", UNSET)

        hide_calendar_notes = d.pop("hideCalendarNotes", UNSET)

        _color = d.pop("color", UNSET)
        color: LooseObject | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = LooseObject.from_dict(_color)

        _seats = d.pop("seats", UNSET)
        seats: LooseObject | Unset
        if isinstance(_seats, Unset):
            seats = UNSET
        else:
            seats = LooseObject.from_dict(_seats)

        offset_start = d.pop("offsetStart", UNSET)

        custom_name = d.pop("customName", UNSET)

        _destination_calendar = d.pop("destinationCalendar", UNSET)
        destination_calendar: LooseObject | Unset
        if isinstance(_destination_calendar, Unset):
            destination_calendar = UNSET
        else:
            destination_calendar = LooseObject.from_dict(_destination_calendar)

        use_destination_calendar_email = d.pop("useDestinationCalendarEmail", UNSET)

        hide_calendar_event_details = d.pop("hideCalendarEventDetails", UNSET)

        hide_organizer_email = d.pop("hideOrganizerEmail", UNSET)

        _cal_video_settings = d.pop("calVideoSettings", UNSET)
        cal_video_settings: LooseObject | Unset
        if isinstance(_cal_video_settings, Unset):
            cal_video_settings = UNSET
        else:
            cal_video_settings = LooseObject.from_dict(_cal_video_settings)

        hidden = d.pop("hidden", UNSET)

        booking_requires_authentication = d.pop("bookingRequiresAuthentication", UNSET)

        _disable_cancelling = d.pop("disableCancelling", UNSET)
        disable_cancelling: LooseObject | Unset
        if isinstance(_disable_cancelling, Unset):
            disable_cancelling = UNSET
        else:
            disable_cancelling = LooseObject.from_dict(_disable_cancelling)

        _disable_rescheduling = d.pop("disableRescheduling", UNSET)
        disable_rescheduling: LooseObject | Unset
        if isinstance(_disable_rescheduling, Unset):
            disable_rescheduling = UNSET
        else:
            disable_rescheduling = LooseObject.from_dict(_disable_rescheduling)

        def _parse_interface_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interface_language = _parse_interface_language(d.pop("interfaceLanguage", UNSET))

        allow_rescheduling_past_bookings = d.pop("allowReschedulingPastBookings", UNSET)

        def _parse_allow_rescheduling_cancelled_bookings(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_rescheduling_cancelled_bookings = _parse_allow_rescheduling_cancelled_bookings(
            d.pop("allowReschedulingCancelledBookings", UNSET)
        )

        def _parse_show_optimized_slots(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_optimized_slots = _parse_show_optimized_slots(d.pop("showOptimizedSlots", UNSET))

        booking_url = d.pop("bookingUrl", UNSET)

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_parent_event_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_event_type_id = _parse_parent_event_type_id(d.pop("parentEventTypeId", UNSET))

        _hosts = d.pop("hosts", UNSET)
        hosts: list[TeamEventTypeHost] | Unset = UNSET
        if _hosts is not UNSET:
            hosts = []
            for hosts_item_data in _hosts:
                hosts_item = TeamEventTypeHost.from_dict(hosts_item_data)

                hosts.append(hosts_item)

        assign_all_team_members = d.pop("assignAllTeamMembers", UNSET)

        def _parse_scheduling_type(data: object) -> None | SchedulingType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduling_type_type_0 = check_scheduling_type(data)

                return scheduling_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchedulingType | Unset, data)

        scheduling_type = _parse_scheduling_type(d.pop("schedulingType", UNSET))

        _team = d.pop("team", UNSET)
        team: EventTypeTeam | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = EventTypeTeam.from_dict(_team)

        _email_settings = d.pop("emailSettings", UNSET)
        email_settings: LooseObject | Unset
        if isinstance(_email_settings, Unset):
            email_settings = UNSET
        else:
            email_settings = LooseObject.from_dict(_email_settings)

        reschedule_with_same_round_robin_host = d.pop("rescheduleWithSameRoundRobinHost", UNSET)

        team_event_type = cls(
            id=id,
            length_in_minutes=length_in_minutes,
            title=title,
            slug=slug,
            team_id=team_id,
            length_in_minutes_options=length_in_minutes_options,
            description=description,
            locations=locations,
            booking_fields=booking_fields,
            disable_guests=disable_guests,
            slot_interval=slot_interval,
            minimum_booking_notice=minimum_booking_notice,
            before_event_buffer=before_event_buffer,
            after_event_buffer=after_event_buffer,
            recurrence=recurrence,
            metadata=metadata,
            price=price,
            currency=currency,
            lock_time_zone_toggle_on_booking_page=lock_time_zone_toggle_on_booking_page,
            seats_per_time_slot=seats_per_time_slot,
            forward_params_success_redirect=forward_params_success_redirect,
            success_redirect_url=success_redirect_url,
            is_instant_event=is_instant_event,
            seats_show_availability_count=seats_show_availability_count,
            schedule_id=schedule_id,
            booking_limits_count=booking_limits_count,
            booker_active_bookings_limit=booker_active_bookings_limit,
            only_show_first_available_slot=only_show_first_available_slot,
            booking_limits_duration=booking_limits_duration,
            booking_window=booking_window,
            booker_layouts=booker_layouts,
            confirmation_policy=confirmation_policy,
            requires_booker_email_verification=requires_booker_email_verification,
            hide_calendar_notes=hide_calendar_notes,
            color=color,
            seats=seats,
            offset_start=offset_start,
            custom_name=custom_name,
            destination_calendar=destination_calendar,
            use_destination_calendar_email=use_destination_calendar_email,
            hide_calendar_event_details=hide_calendar_event_details,
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
            booking_url=booking_url,
            owner_id=owner_id,
            parent_event_type_id=parent_event_type_id,
            hosts=hosts,
            assign_all_team_members=assign_all_team_members,
            scheduling_type=scheduling_type,
            team=team,
            email_settings=email_settings,
            reschedule_with_same_round_robin_host=reschedule_with_same_round_robin_host,
        )

        team_event_type.additional_properties = d
        return team_event_type

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
