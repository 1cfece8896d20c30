from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_float,
    as_int,
    as_list,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.event_type_booking_field import EventTypeBookingField
    from ..models.event_type_location import EventTypeLocation
    from ..models.event_type_recurrence import EventTypeRecurrence
    from ..models.loose_object import LooseObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="EventTypeBase")


class EventTypeBase:
    """Fields shared by personal and team event types."""

    __slots__ = (
        "id",
        "length_in_minutes",
        "title",
        "slug",
        "length_in_minutes_options",
        "description",
        "locations",
        "booking_fields",
        "disable_guests",
        "slot_interval",
        "minimum_booking_notice",
        "before_event_buffer",
        "after_event_buffer",
        "recurrence",
        "metadata",
        "price",
        "currency",
        "lock_time_zone_toggle_on_booking_page",
        "seats_per_time_slot",
        "forward_params_success_redirect",
        "success_redirect_url",
        "is_instant_event",
        "seats_show_availability_count",
        "schedule_id",
        "booking_limits_count",
        "booker_active_bookings_limit",
        "only_show_first_available_slot",
        "booking_limits_duration",
        "booking_window",
        "booker_layouts",
        "confirmation_policy",
        "requires_booker_email_verification",
        "hide_calendar_notes",
        "color",
        "seats",
        "offset_start",
        "custom_name",
        "destination_calendar",
        "use_destination_calendar_email",
        "hide_calendar_event_details",
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
        "booking_url",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "length_in_minutes",
        "title",
        "slug",
        "length_in_minutes_options",
        "description",
        "locations",
        "booking_fields",
        "disable_guests",
        "slot_interval",
        "minimum_booking_notice",
        "before_event_buffer",
        "after_event_buffer",
        "recurrence",
        "metadata",
        "price",
        "currency",
        "lock_time_zone_toggle_on_booking_page",
        "seats_per_time_slot",
        "forward_params_success_redirect",
        "success_redirect_url",
        "is_instant_event",
        "seats_show_availability_count",
        "schedule_id",
        "booking_limits_count",
        "booker_active_bookings_limit",
        "only_show_first_available_slot",
        "booking_limits_duration",
        "booking_window",
        "booker_layouts",
        "confirmation_policy",
        "requires_booker_email_verification",
        "hide_calendar_notes",
        "color",
        "seats",
        "offset_start",
        "custom_name",
        "destination_calendar",
        "use_destination_calendar_email",
        "hide_calendar_event_details",
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
        "booking_url",
    )

    id: int
    length_in_minutes: int
    title: str
    slug: str
    length_in_minutes_options: list[int] | Unset
    description: None | str | Unset
    locations: list[EventTypeLocation] | Unset
    booking_fields: list[EventTypeBookingField] | Unset
    disable_guests: bool | Unset
    slot_interval: int | None | Unset
    """ Minutes between slot starts. """
    minimum_booking_notice: int | Unset
    """ Minutes. """
    before_event_buffer: int | Unset
    """ Minutes. """
    after_event_buffer: int | Unset
    """ Minutes. """
    recurrence: EventTypeRecurrence | None | Unset
    metadata: Metadata | Unset
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    price: float | Unset
    currency: str | Unset
    lock_time_zone_toggle_on_booking_page: bool | Unset
    seats_per_time_slot: int | None | Unset
    forward_params_success_redirect: bool | None | Unset
    success_redirect_url: None | str | Unset
    is_instant_event: bool | Unset
    seats_show_availability_count: bool | None | Unset
    schedule_id: int | None | Unset
    booking_limits_count: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    booker_active_bookings_limit: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    only_show_first_available_slot: bool | Unset
    booking_limits_duration: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    booking_window: list[LooseObject] | LooseObject | Unset
    """ How far ahead the event can be booked. Upstream documents an object on input but an array of such objects on
    output; accept either rather than guess. """
    booker_layouts: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    confirmation_policy: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    requires_booker_email_verification: bool | Unset
    hide_calendar_notes: bool | Unset
    color: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    seats: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    offset_start: int | Unset
    custom_name: str | Unset
    destination_calendar: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    use_destination_calendar_email: bool | Unset
    hide_calendar_event_details: bool | Unset
    hide_organizer_email: bool | Unset
    cal_video_settings: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    hidden: bool | Unset
    booking_requires_authentication: bool | Unset
    disable_cancelling: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    disable_rescheduling: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    interface_language: None | str | Unset
    allow_rescheduling_past_bookings: bool | Unset
    allow_rescheduling_cancelled_bookings: bool | None | Unset
    show_optimized_slots: bool | None | Unset
    booking_url: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        length_in_minutes: int,
        title: str,
        slug: str,
        length_in_minutes_options: list[int] | Unset = UNSET,
        description: None | str | Unset = UNSET,
        locations: list[EventTypeLocation] | Unset = UNSET,
        booking_fields: list[EventTypeBookingField] | Unset = UNSET,
        disable_guests: bool | Unset = UNSET,
        slot_interval: int | None | Unset = UNSET,
        minimum_booking_notice: int | Unset = UNSET,
        before_event_buffer: int | Unset = UNSET,
        after_event_buffer: int | Unset = UNSET,
        recurrence: EventTypeRecurrence | None | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        lock_time_zone_toggle_on_booking_page: bool | Unset = UNSET,
        seats_per_time_slot: int | None | Unset = UNSET,
        forward_params_success_redirect: bool | None | Unset = UNSET,
        success_redirect_url: None | str | Unset = UNSET,
        is_instant_event: bool | Unset = UNSET,
        seats_show_availability_count: bool | None | Unset = UNSET,
        schedule_id: int | None | Unset = UNSET,
        booking_limits_count: LooseObject | Unset = UNSET,
        booker_active_bookings_limit: LooseObject | Unset = UNSET,
        only_show_first_available_slot: bool | Unset = UNSET,
        booking_limits_duration: LooseObject | Unset = UNSET,
        booking_window: list[LooseObject] | LooseObject | Unset = UNSET,
        booker_layouts: LooseObject | Unset = UNSET,
        confirmation_policy: LooseObject | Unset = UNSET,
        requires_booker_email_verification: bool | Unset = UNSET,
        hide_calendar_notes: bool | Unset = UNSET,
        color: LooseObject | Unset = UNSET,
        seats: LooseObject | Unset = UNSET,
        offset_start: int | Unset = UNSET,
        custom_name: str | Unset = UNSET,
        destination_calendar: LooseObject | Unset = UNSET,
        use_destination_calendar_email: bool | Unset = UNSET,
        hide_calendar_event_details: bool | Unset = UNSET,
        hide_organizer_email: bool | Unset = UNSET,
        cal_video_settings: LooseObject | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        booking_requires_authentication: bool | Unset = UNSET,
        disable_cancelling: LooseObject | Unset = UNSET,
        disable_rescheduling: LooseObject | Unset = UNSET,
        interface_language: None | str | Unset = UNSET,
        allow_rescheduling_past_bookings: bool | Unset = UNSET,
        allow_rescheduling_cancelled_bookings: bool | None | Unset = UNSET,
        show_optimized_slots: bool | None | Unset = UNSET,
        booking_url: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.length_in_minutes = length_in_minutes
        self.title = title
        self.slug = slug
        self.length_in_minutes_options = length_in_minutes_options
        self.description = description
        self.locations = locations
        self.booking_fields = booking_fields
        self.disable_guests = disable_guests
        self.slot_interval = slot_interval
        self.minimum_booking_notice = minimum_booking_notice
        self.before_event_buffer = before_event_buffer
        self.after_event_buffer = after_event_buffer
        self.recurrence = recurrence
        self.metadata = metadata
        self.price = price
        self.currency = currency
        self.lock_time_zone_toggle_on_booking_page = lock_time_zone_toggle_on_booking_page
        self.seats_per_time_slot = seats_per_time_slot
        self.forward_params_success_redirect = forward_params_success_redirect
        self.success_redirect_url = success_redirect_url
        self.is_instant_event = is_instant_event
        self.seats_show_availability_count = seats_show_availability_count
        self.schedule_id = schedule_id
        self.booking_limits_count = booking_limits_count
        self.booker_active_bookings_limit = booker_active_bookings_limit
        self.only_show_first_available_slot = only_show_first_available_slot
        self.booking_limits_duration = booking_limits_duration
        self.booking_window = booking_window
        self.booker_layouts = booker_layouts
        self.confirmation_policy = confirmation_policy
        self.requires_booker_email_verification = requires_booker_email_verification
        self.hide_calendar_notes = hide_calendar_notes
        self.color = color
        self.seats = seats
        self.offset_start = offset_start
        self.custom_name = custom_name
        self.destination_calendar = destination_calendar
        self.use_destination_calendar_email = use_destination_calendar_email
        self.hide_calendar_event_details = hide_calendar_event_details
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
        self.booking_url = booking_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"length_in_minutes={self.length_in_minutes!r}, "
            f"title={self.title!r}, "
            f"slug={self.slug!r}, "
            f"length_in_minutes_options={self.length_in_minutes_options!r}, "
            f"description={self.description!r}, "
            f"locations={self.locations!r}, "
            f"booking_fields={self.booking_fields!r}, "
            f"disable_guests={self.disable_guests!r}, "
            f"slot_interval={self.slot_interval!r}, "
            f"minimum_booking_notice={self.minimum_booking_notice!r}, "
            f"before_event_buffer={self.before_event_buffer!r}, "
            f"after_event_buffer={self.after_event_buffer!r}, "
            f"recurrence={self.recurrence!r}, "
            f"metadata={self.metadata!r}, "
            f"price={self.price!r}, "
            f"currency={self.currency!r}, "
            f"lock_time_zone_toggle_on_booking_page={self.lock_time_zone_toggle_on_booking_page!r}, "
            f"seats_per_time_slot={self.seats_per_time_slot!r}, "
            f"forward_params_success_redirect={self.forward_params_success_redirect!r}, "
            f"success_redirect_url={self.success_redirect_url!r}, "
            f"is_instant_event={self.is_instant_event!r}, "
            f"seats_show_availability_count={self.seats_show_availability_count!r}, "
            f"schedule_id={self.schedule_id!r}, "
            f"booking_limits_count={self.booking_limits_count!r}, "
            f"booker_active_bookings_limit={self.booker_active_bookings_limit!r}, "
            f"only_show_first_available_slot={self.only_show_first_available_slot!r}, "
            f"booking_limits_duration={self.booking_limits_duration!r}, "
            f"booking_window={self.booking_window!r}, "
            f"booker_layouts={self.booker_layouts!r}, "
            f"confirmation_policy={self.confirmation_policy!r}, "
            f"requires_booker_email_verification={self.requires_booker_email_verification!r}, "
            f"hide_calendar_notes={self.hide_calendar_notes!r}, "
            f"color={self.color!r}, "
            f"seats={self.seats!r}, "
            f"offset_start={self.offset_start!r}, "
            f"custom_name={self.custom_name!r}, "
            f"destination_calendar={self.destination_calendar!r}, "
            f"use_destination_calendar_email={self.use_destination_calendar_email!r}, "
            f"hide_calendar_event_details={self.hide_calendar_event_details!r}, "
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
            f"booking_url={self.booking_url!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(EventTypeBase, other)
        return (
            self.id == that.id
            and self.length_in_minutes == that.length_in_minutes
            and self.title == that.title
            and self.slug == that.slug
            and self.length_in_minutes_options == that.length_in_minutes_options
            and self.description == that.description
            and self.locations == that.locations
            and self.booking_fields == that.booking_fields
            and self.disable_guests == that.disable_guests
            and self.slot_interval == that.slot_interval
            and self.minimum_booking_notice == that.minimum_booking_notice
            and self.before_event_buffer == that.before_event_buffer
            and self.after_event_buffer == that.after_event_buffer
            and self.recurrence == that.recurrence
            and self.metadata == that.metadata
            and self.price == that.price
            and self.currency == that.currency
            and self.lock_time_zone_toggle_on_booking_page == that.lock_time_zone_toggle_on_booking_page
            and self.seats_per_time_slot == that.seats_per_time_slot
            and self.forward_params_success_redirect == that.forward_params_success_redirect
            and self.success_redirect_url == that.success_redirect_url
            and self.is_instant_event == that.is_instant_event
            and self.seats_show_availability_count == that.seats_show_availability_count
            and self.schedule_id == that.schedule_id
            and self.booking_limits_count == that.booking_limits_count
            and self.booker_active_bookings_limit == that.booker_active_bookings_limit
            and self.only_show_first_available_slot == that.only_show_first_available_slot
            and self.booking_limits_duration == that.booking_limits_duration
            and self.booking_window == that.booking_window
            and self.booker_layouts == that.booker_layouts
            and self.confirmation_policy == that.confirmation_policy
            and self.requires_booker_email_verification == that.requires_booker_email_verification
            and self.hide_calendar_notes == that.hide_calendar_notes
            and self.color == that.color
            and self.seats == that.seats
            and self.offset_start == that.offset_start
            and self.custom_name == that.custom_name
            and self.destination_calendar == that.destination_calendar
            and self.use_destination_calendar_email == that.use_destination_calendar_email
            and self.hide_calendar_event_details == that.hide_calendar_event_details
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
            and self.booking_url == that.booking_url
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        id = self.id

        length_in_minutes = self.length_in_minutes

        title = self.title

        slug = self.slug

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lengthInMinutes": length_in_minutes,
                "title": title,
                "slug": slug,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "EventTypeBase")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "lengthInMinutes"
            length_in_minutes = d.pop("lengthInMinutes")
            if type(length_in_minutes) is not int:
                length_in_minutes = as_int(length_in_minutes)

            _key = "title"
            title = d.pop("title")
            if type(title) is not str:
                title = as_str(title)

            _key = "slug"
            slug = d.pop("slug")
            if type(slug) is not str:
                slug = as_str(slug)

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

            _key = "description"
            description = d.pop("description", UNSET)
            if not (description is UNSET or description is None or type(description) is str):

                def _parse_description(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            description_type_0 = data
                            if type(description_type_0) is not str:
                                description_type_0 = as_str(description_type_0)

                            return description_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                description = _parse_description(description)

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
            if not (slot_interval is UNSET or slot_interval is None or type(slot_interval) is int):

                def _parse_slot_interval(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            slot_interval_type_0 = data
                            if type(slot_interval_type_0) is not int:
                                slot_interval_type_0 = as_int(slot_interval_type_0)

                            return slot_interval_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                slot_interval = _parse_slot_interval(slot_interval)

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

            _key = "recurrence"
            recurrence = d.pop("recurrence", UNSET)
            if not (recurrence is UNSET or recurrence is None):

                def _parse_recurrence(data: object) -> EventTypeRecurrence | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, dict):
                        try:
                            recurrence_type_0 = EventTypeRecurrence.from_dict(data)

                            return recurrence_type_0
                        except ResponseParseError as exc:
                            attempts.append(("EventTypeRecurrence", exc))
                    raise no_variant("EventTypeRecurrence | None", data, attempts)

                recurrence = _parse_recurrence(recurrence)

            _key = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: Metadata | Unset
            if _metadata is UNSET or _metadata is None:
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

            _key = "price"
            price = d.pop("price", UNSET)
            if type(price) is not float and price is not UNSET:
                price = UNSET if price is None else as_float(price)

            _key = "currency"
            currency = d.pop("currency", UNSET)
            if type(currency) is not str and currency is not UNSET:
                currency = UNSET if currency is None else as_str(currency)

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

            _key = "seatsPerTimeSlot"
            seats_per_time_slot = d.pop("seatsPerTimeSlot", UNSET)
            if not (seats_per_time_slot is UNSET or seats_per_time_slot is None or type(seats_per_time_slot) is int):

                def _parse_seats_per_time_slot(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            seats_per_time_slot_type_0 = data
                            if type(seats_per_time_slot_type_0) is not int:
                                seats_per_time_slot_type_0 = as_int(seats_per_time_slot_type_0)

                            return seats_per_time_slot_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                seats_per_time_slot = _parse_seats_per_time_slot(seats_per_time_slot)

            _key = "forwardParamsSuccessRedirect"
            forward_params_success_redirect = d.pop("forwardParamsSuccessRedirect", UNSET)
            if not (
                forward_params_success_redirect is UNSET
                or forward_params_success_redirect is None
                or type(forward_params_success_redirect) is bool
            ):

                def _parse_forward_params_success_redirect(data: object) -> bool | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, bool):
                        try:
                            forward_params_success_redirect_type_0 = data
                            if type(forward_params_success_redirect_type_0) is not bool:
                                forward_params_success_redirect_type_0 = as_bool(forward_params_success_redirect_type_0)

                            return forward_params_success_redirect_type_0
                        except ResponseParseError as exc:
                            attempts.append(("bool", exc))
                    raise no_variant("bool | None", data, attempts)

                forward_params_success_redirect = _parse_forward_params_success_redirect(
                    forward_params_success_redirect
                )

            _key = "successRedirectUrl"
            success_redirect_url = d.pop("successRedirectUrl", UNSET)
            if not (success_redirect_url is UNSET or success_redirect_url is None or type(success_redirect_url) is str):

                def _parse_success_redirect_url(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            success_redirect_url_type_0 = data
                            if type(success_redirect_url_type_0) is not str:
                                success_redirect_url_type_0 = as_str(success_redirect_url_type_0)

                            return success_redirect_url_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                success_redirect_url = _parse_success_redirect_url(success_redirect_url)

            _key = "isInstantEvent"
            is_instant_event = d.pop("isInstantEvent", UNSET)
            if type(is_instant_event) is not bool and is_instant_event is not UNSET:
                is_instant_event = UNSET if is_instant_event is None else as_bool(is_instant_event)

            _key = "seatsShowAvailabilityCount"
            seats_show_availability_count = d.pop("seatsShowAvailabilityCount", UNSET)
            if not (
                seats_show_availability_count is UNSET
                or seats_show_availability_count is None
                or type(seats_show_availability_count) is bool
            ):

                def _parse_seats_show_availability_count(data: object) -> bool | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, bool):
                        try:
                            seats_show_availability_count_type_0 = data
                            if type(seats_show_availability_count_type_0) is not bool:
                                seats_show_availability_count_type_0 = as_bool(seats_show_availability_count_type_0)

                            return seats_show_availability_count_type_0
                        except ResponseParseError as exc:
                            attempts.append(("bool", exc))
                    raise no_variant("bool | None", data, attempts)

                seats_show_availability_count = _parse_seats_show_availability_count(seats_show_availability_count)

            _key = "scheduleId"
            schedule_id = d.pop("scheduleId", UNSET)
            if not (schedule_id is UNSET or schedule_id is None or type(schedule_id) is int):

                def _parse_schedule_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            schedule_id_type_0 = data
                            if type(schedule_id_type_0) is not int:
                                schedule_id_type_0 = as_int(schedule_id_type_0)

                            return schedule_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                schedule_id = _parse_schedule_id(schedule_id)

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
            booking_window = d.pop("bookingWindow", UNSET)
            if not (booking_window is UNSET or booking_window is None):

                def _parse_booking_window(data: object) -> list[LooseObject] | LooseObject | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, list):
                        try:
                            _booking_window_type_0 = data
                            if type(_booking_window_type_0) is not list:
                                _booking_window_type_0 = as_list(_booking_window_type_0)
                            booking_window_type_0 = []
                            for booking_window_type_0_index, booking_window_type_0_item_data in enumerate(
                                _booking_window_type_0
                            ):
                                try:
                                    booking_window_type_0_item = LooseObject.from_dict(booking_window_type_0_item_data)

                                except ResponseParseError as exc:
                                    exc.at(booking_window_type_0_index)
                                    raise
                                booking_window_type_0.append(booking_window_type_0_item)

                            return booking_window_type_0
                        except ResponseParseError as exc:
                            attempts.append(("list[LooseObject]", exc))
                    if isinstance(data, dict):
                        try:
                            booking_window_type_1 = LooseObject.from_dict(data)

                            return booking_window_type_1
                        except ResponseParseError as exc:
                            attempts.append(("LooseObject", exc))
                    raise no_variant("list[LooseObject] | LooseObject", data, attempts)

                booking_window = _parse_booking_window(booking_window)
            elif booking_window is None:
                booking_window = UNSET

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

            _key = "offsetStart"
            offset_start = d.pop("offsetStart", UNSET)
            if type(offset_start) is not int and offset_start is not UNSET:
                offset_start = UNSET if offset_start is None else as_int(offset_start)

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
            if not (interface_language is UNSET or interface_language is None or type(interface_language) is str):

                def _parse_interface_language(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            interface_language_type_0 = data
                            if type(interface_language_type_0) is not str:
                                interface_language_type_0 = as_str(interface_language_type_0)

                            return interface_language_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                interface_language = _parse_interface_language(interface_language)

            _key = "allowReschedulingPastBookings"
            allow_rescheduling_past_bookings = d.pop("allowReschedulingPastBookings", UNSET)
            if type(allow_rescheduling_past_bookings) is not bool and allow_rescheduling_past_bookings is not UNSET:
                allow_rescheduling_past_bookings = (
                    UNSET if allow_rescheduling_past_bookings is None else as_bool(allow_rescheduling_past_bookings)
                )

            _key = "allowReschedulingCancelledBookings"
            allow_rescheduling_cancelled_bookings = d.pop("allowReschedulingCancelledBookings", UNSET)
            if not (
                allow_rescheduling_cancelled_bookings is UNSET
                or allow_rescheduling_cancelled_bookings is None
                or type(allow_rescheduling_cancelled_bookings) is bool
            ):

                def _parse_allow_rescheduling_cancelled_bookings(data: object) -> bool | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, bool):
                        try:
                            allow_rescheduling_cancelled_bookings_type_0 = data
                            if type(allow_rescheduling_cancelled_bookings_type_0) is not bool:
                                allow_rescheduling_cancelled_bookings_type_0 = as_bool(
                                    allow_rescheduling_cancelled_bookings_type_0
                                )

                            return allow_rescheduling_cancelled_bookings_type_0
                        except ResponseParseError as exc:
                            attempts.append(("bool", exc))
                    raise no_variant("bool | None", data, attempts)

                allow_rescheduling_cancelled_bookings = _parse_allow_rescheduling_cancelled_bookings(
                    allow_rescheduling_cancelled_bookings
                )

            _key = "showOptimizedSlots"
            show_optimized_slots = d.pop("showOptimizedSlots", UNSET)
            if not (
                show_optimized_slots is UNSET or show_optimized_slots is None or type(show_optimized_slots) is bool
            ):

                def _parse_show_optimized_slots(data: object) -> bool | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, bool):
                        try:
                            show_optimized_slots_type_0 = data
                            if type(show_optimized_slots_type_0) is not bool:
                                show_optimized_slots_type_0 = as_bool(show_optimized_slots_type_0)

                            return show_optimized_slots_type_0
                        except ResponseParseError as exc:
                            attempts.append(("bool", exc))
                    raise no_variant("bool | None", data, attempts)

                show_optimized_slots = _parse_show_optimized_slots(show_optimized_slots)

            _key = "bookingUrl"
            booking_url = d.pop("bookingUrl", UNSET)
            if type(booking_url) is not str and booking_url is not UNSET:
                booking_url = UNSET if booking_url is None else as_str(booking_url)

            event_type_base = cls(
                id=id,
                length_in_minutes=length_in_minutes,
                title=title,
                slug=slug,
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
            )

            event_type_base.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("EventTypeBase", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("EventTypeBase", _key)
            raise error from exc
        return event_type_base

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
    global _models_bound, EventTypeBookingField, EventTypeLocation, EventTypeRecurrence, LooseObject, Metadata
    from ..models.event_type_booking_field import EventTypeBookingField  # noqa: PLC0415
    from ..models.event_type_location import EventTypeLocation  # noqa: PLC0415
    from ..models.event_type_recurrence import EventTypeRecurrence  # noqa: PLC0415
    from ..models.loose_object import LooseObject  # noqa: PLC0415
    from ..models.metadata import Metadata  # noqa: PLC0415

    _models_bound = True
