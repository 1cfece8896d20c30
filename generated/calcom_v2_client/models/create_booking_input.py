from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_list,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.booking_attendee_input import BookingAttendeeInput
    from ..models.booking_location_address import BookingLocationAddress
    from ..models.booking_location_attendee_address import BookingLocationAttendeeAddress
    from ..models.booking_location_attendee_defined import BookingLocationAttendeeDefined
    from ..models.booking_location_attendee_phone import BookingLocationAttendeePhone
    from ..models.booking_location_integration import BookingLocationIntegration
    from ..models.booking_location_link import BookingLocationLink
    from ..models.booking_location_organizers_default_app import BookingLocationOrganizersDefaultApp
    from ..models.booking_location_phone import BookingLocationPhone
    from ..models.booking_routing import BookingRouting
    from ..models.loose_object import LooseObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateBookingInput")


class CreateBookingInput:
    """A plain booking (neither `instant` nor `recurrenceCount`)."""

    __slots__ = (
        "start",
        "attendee",
        "booking_fields_responses",
        "event_type_id",
        "event_type_slug",
        "username",
        "team_slug",
        "organization_slug",
        "guests",
        "meeting_url",
        "location",
        "metadata",
        "length_in_minutes",
        "routing",
        "email_verification_code",
        "reserved_slot_uid",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "start",
        "attendee",
        "booking_fields_responses",
        "event_type_id",
        "event_type_slug",
        "username",
        "team_slug",
        "organization_slug",
        "guests",
        "meeting_url",
        "location",
        "metadata",
        "length_in_minutes",
        "routing",
        "email_verification_code",
        "reserved_slot_uid",
    )

    start: str
    """ Start instant (ISO 8601 in UTC). """
    attendee: BookingAttendeeInput
    booking_fields_responses: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    event_type_id: int | Unset
    event_type_slug: str | Unset
    username: str | Unset
    team_slug: str | Unset
    organization_slug: str | Unset
    guests: list[str] | Unset
    """ E-mail addresses of extra guests. """
    meeting_url: str | Unset
    """ Use `location`. """
    location: (
        BookingLocationAddress
        | BookingLocationAttendeeAddress
        | BookingLocationAttendeeDefined
        | BookingLocationAttendeePhone
        | BookingLocationIntegration
        | BookingLocationLink
        | BookingLocationOrganizersDefaultApp
        | BookingLocationPhone
        | Unset
    )
    """ Where the booking takes place; `type` tells the kinds apart. """
    metadata: Metadata | Unset
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    length_in_minutes: int | Unset
    """ For event types offering several lengths. """
    routing: BookingRouting | Unset
    """ Routing-form context for a booking made after a routing form. """
    email_verification_code: str | Unset
    reserved_slot_uid: str | Unset
    """ A reservation of this slot (`reservationUid` from reserveSlot) that the booking uses up: the slot is
    released to nobody else, and the reservation is deleted. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start: str,
        attendee: BookingAttendeeInput,
        booking_fields_responses: LooseObject | Unset = UNSET,
        event_type_id: int | Unset = UNSET,
        event_type_slug: str | Unset = UNSET,
        username: str | Unset = UNSET,
        team_slug: str | Unset = UNSET,
        organization_slug: str | Unset = UNSET,
        guests: list[str] | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        location: BookingLocationAddress
        | BookingLocationAttendeeAddress
        | BookingLocationAttendeeDefined
        | BookingLocationAttendeePhone
        | BookingLocationIntegration
        | BookingLocationLink
        | BookingLocationOrganizersDefaultApp
        | BookingLocationPhone
        | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        length_in_minutes: int | Unset = UNSET,
        routing: BookingRouting | Unset = UNSET,
        email_verification_code: str | Unset = UNSET,
        reserved_slot_uid: str | Unset = UNSET,
    ) -> None:
        self.start = start
        self.attendee = attendee
        self.booking_fields_responses = booking_fields_responses
        self.event_type_id = event_type_id
        self.event_type_slug = event_type_slug
        self.username = username
        self.team_slug = team_slug
        self.organization_slug = organization_slug
        self.guests = guests
        self.meeting_url = meeting_url
        self.location = location
        self.metadata = metadata
        self.length_in_minutes = length_in_minutes
        self.routing = routing
        self.email_verification_code = email_verification_code
        self.reserved_slot_uid = reserved_slot_uid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"start={self.start!r}, "
            f"attendee={self.attendee!r}, "
            f"booking_fields_responses={self.booking_fields_responses!r}, "
            f"event_type_id={self.event_type_id!r}, "
            f"event_type_slug={self.event_type_slug!r}, "
            f"username={self.username!r}, "
            f"team_slug={self.team_slug!r}, "
            f"organization_slug={self.organization_slug!r}, "
            f"guests={self.guests!r}, "
            f"meeting_url={self.meeting_url!r}, "
            f"location={self.location!r}, "
            f"metadata={self.metadata!r}, "
            f"length_in_minutes={self.length_in_minutes!r}, "
            f"routing={self.routing!r}, "
            f"email_verification_code={self.email_verification_code!r}, "
            f"reserved_slot_uid={self.reserved_slot_uid!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(CreateBookingInput, other)
        return (
            self.start == that.start
            and self.attendee == that.attendee
            and self.booking_fields_responses == that.booking_fields_responses
            and self.event_type_id == that.event_type_id
            and self.event_type_slug == that.event_type_slug
            and self.username == that.username
            and self.team_slug == that.team_slug
            and self.organization_slug == that.organization_slug
            and self.guests == that.guests
            and self.meeting_url == that.meeting_url
            and self.location == that.location
            and self.metadata == that.metadata
            and self.length_in_minutes == that.length_in_minutes
            and self.routing == that.routing
            and self.email_verification_code == that.email_verification_code
            and self.reserved_slot_uid == that.reserved_slot_uid
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        start = self.start

        attendee = self.attendee.to_dict()

        booking_fields_responses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booking_fields_responses, Unset):
            booking_fields_responses = self.booking_fields_responses.to_dict()

        event_type_id = self.event_type_id

        event_type_slug = self.event_type_slug

        username = self.username

        team_slug = self.team_slug

        organization_slug = self.organization_slug

        guests: list[str] | Unset = UNSET
        if not isinstance(self.guests, Unset):
            guests = self.guests

        meeting_url = self.meeting_url

        location: dict[str, Any] | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, BookingLocationAddress):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationAttendeeAddress):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationAttendeeDefined):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationAttendeePhone):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationIntegration):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationLink):
            location = self.location.to_dict()
        elif isinstance(self.location, BookingLocationPhone):
            location = self.location.to_dict()
        else:
            location = self.location.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        length_in_minutes = self.length_in_minutes

        routing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routing, Unset):
            routing = self.routing.to_dict()

        email_verification_code = self.email_verification_code

        reserved_slot_uid = self.reserved_slot_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "attendee": attendee,
            }
        )
        if booking_fields_responses is not UNSET:
            field_dict["bookingFieldsResponses"] = booking_fields_responses
        if event_type_id is not UNSET:
            field_dict["eventTypeId"] = event_type_id
        if event_type_slug is not UNSET:
            field_dict["eventTypeSlug"] = event_type_slug
        if username is not UNSET:
            field_dict["username"] = username
        if team_slug is not UNSET:
            field_dict["teamSlug"] = team_slug
        if organization_slug is not UNSET:
            field_dict["organizationSlug"] = organization_slug
        if guests is not UNSET:
            field_dict["guests"] = guests
        if meeting_url is not UNSET:
            field_dict["meetingUrl"] = meeting_url
        if location is not UNSET:
            field_dict["location"] = location
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if length_in_minutes is not UNSET:
            field_dict["lengthInMinutes"] = length_in_minutes
        if routing is not UNSET:
            field_dict["routing"] = routing
        if email_verification_code is not UNSET:
            field_dict["emailVerificationCode"] = email_verification_code
        if reserved_slot_uid is not UNSET:
            field_dict["reservedSlotUid"] = reserved_slot_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "CreateBookingInput")
        d = dict(src_dict)
        _key: str = "start"
        try:
            start = d.pop("start")
            if type(start) is not str:
                start = as_str(start)

            _key = "attendee"
            attendee = BookingAttendeeInput.from_dict(d.pop("attendee"))

            _key = "bookingFieldsResponses"
            _booking_fields_responses = d.pop("bookingFieldsResponses", UNSET)
            booking_fields_responses: LooseObject | Unset
            if _booking_fields_responses is UNSET or _booking_fields_responses is None:
                booking_fields_responses = UNSET
            else:
                booking_fields_responses = LooseObject.from_dict(_booking_fields_responses)

            _key = "eventTypeId"
            event_type_id = d.pop("eventTypeId", UNSET)
            if type(event_type_id) is not int and event_type_id is not UNSET:
                event_type_id = UNSET if event_type_id is None else as_int(event_type_id)

            _key = "eventTypeSlug"
            event_type_slug = d.pop("eventTypeSlug", UNSET)
            if type(event_type_slug) is not str and event_type_slug is not UNSET:
                event_type_slug = UNSET if event_type_slug is None else as_str(event_type_slug)

            _key = "username"
            username = d.pop("username", UNSET)
            if type(username) is not str and username is not UNSET:
                username = UNSET if username is None else as_str(username)

            _key = "teamSlug"
            team_slug = d.pop("teamSlug", UNSET)
            if type(team_slug) is not str and team_slug is not UNSET:
                team_slug = UNSET if team_slug is None else as_str(team_slug)

            _key = "organizationSlug"
            organization_slug = d.pop("organizationSlug", UNSET)
            if type(organization_slug) is not str and organization_slug is not UNSET:
                organization_slug = UNSET if organization_slug is None else as_str(organization_slug)

            _key = "guests"
            _guests = d.pop("guests", UNSET)
            guests: list[str] | Unset = UNSET
            if _guests is not UNSET and _guests is not None:
                if type(_guests) is not list:
                    _guests = as_list(_guests)
                guests = []
                for guests_index, guests_item_data in enumerate(_guests):
                    try:
                        guests_item = guests_item_data
                        if type(guests_item) is not str:
                            guests_item = as_str(guests_item)

                    except ResponseParseError as exc:
                        exc.at(guests_index)
                        raise
                    guests.append(guests_item)

            _key = "meetingUrl"
            meeting_url = d.pop("meetingUrl", UNSET)
            if type(meeting_url) is not str and meeting_url is not UNSET:
                meeting_url = UNSET if meeting_url is None else as_str(meeting_url)

            _key = "location"
            location = d.pop("location", UNSET)
            if not (location is UNSET or location is None):

                def _parse_location(
                    data: object,
                ) -> (
                    BookingLocationAddress
                    | BookingLocationAttendeeAddress
                    | BookingLocationAttendeeDefined
                    | BookingLocationAttendeePhone
                    | BookingLocationIntegration
                    | BookingLocationLink
                    | BookingLocationOrganizersDefaultApp
                    | BookingLocationPhone
                    | Unset
                ):
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, dict) and data.get("type") == "address":
                        try:
                            componentsschemas_booking_location_input_type_0 = BookingLocationAddress.from_dict(data)

                            return componentsschemas_booking_location_input_type_0
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationAddress", exc))
                    if isinstance(data, dict) and data.get("type") == "attendeeAddress" and "address" in data:
                        try:
                            componentsschemas_booking_location_input_type_1 = BookingLocationAttendeeAddress.from_dict(
                                data
                            )

                            return componentsschemas_booking_location_input_type_1
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationAttendeeAddress", exc))
                    if isinstance(data, dict) and data.get("type") == "attendeeDefined" and "location" in data:
                        try:
                            componentsschemas_booking_location_input_type_2 = BookingLocationAttendeeDefined.from_dict(
                                data
                            )

                            return componentsschemas_booking_location_input_type_2
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationAttendeeDefined", exc))
                    if isinstance(data, dict) and data.get("type") == "attendeePhone" and "phone" in data:
                        try:
                            componentsschemas_booking_location_input_type_3 = BookingLocationAttendeePhone.from_dict(
                                data
                            )

                            return componentsschemas_booking_location_input_type_3
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationAttendeePhone", exc))
                    if isinstance(data, dict) and data.get("type") == "integration" and "integration" in data:
                        try:
                            componentsschemas_booking_location_input_type_4 = BookingLocationIntegration.from_dict(data)

                            return componentsschemas_booking_location_input_type_4
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationIntegration", exc))
                    if isinstance(data, dict) and data.get("type") == "link":
                        try:
                            componentsschemas_booking_location_input_type_5 = BookingLocationLink.from_dict(data)

                            return componentsschemas_booking_location_input_type_5
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationLink", exc))
                    if isinstance(data, dict) and data.get("type") == "phone":
                        try:
                            componentsschemas_booking_location_input_type_6 = BookingLocationPhone.from_dict(data)

                            return componentsschemas_booking_location_input_type_6
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationPhone", exc))
                    if isinstance(data, dict) and data.get("type") == "organizersDefaultApp":
                        try:
                            componentsschemas_booking_location_input_type_7 = (
                                BookingLocationOrganizersDefaultApp.from_dict(data)
                            )

                            return componentsschemas_booking_location_input_type_7
                        except ResponseParseError as exc:
                            attempts.append(("BookingLocationOrganizersDefaultApp", exc))
                    if not attempts and isinstance(data, dict):
                        best = max(
                            (data.get("type") == "address"),
                            (data.get("type") == "attendeeAddress") + ("address" in data),
                            (data.get("type") == "attendeeDefined") + ("location" in data),
                            (data.get("type") == "attendeePhone") + ("phone" in data),
                            (data.get("type") == "integration") + ("integration" in data),
                            (data.get("type") == "link"),
                            (data.get("type") == "phone"),
                            (data.get("type") == "organizersDefaultApp"),
                        )
                        if (data.get("type") == "address") == best:
                            try:
                                componentsschemas_booking_location_input_type_0 = BookingLocationAddress.from_dict(data)

                                return componentsschemas_booking_location_input_type_0
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationAddress", exc))
                        if (data.get("type") == "attendeeAddress") + ("address" in data) == best:
                            try:
                                componentsschemas_booking_location_input_type_1 = (
                                    BookingLocationAttendeeAddress.from_dict(data)
                                )

                                return componentsschemas_booking_location_input_type_1
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationAttendeeAddress", exc))
                        if (data.get("type") == "attendeeDefined") + ("location" in data) == best:
                            try:
                                componentsschemas_booking_location_input_type_2 = (
                                    BookingLocationAttendeeDefined.from_dict(data)
                                )

                                return componentsschemas_booking_location_input_type_2
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationAttendeeDefined", exc))
                        if (data.get("type") == "attendeePhone") + ("phone" in data) == best:
                            try:
                                componentsschemas_booking_location_input_type_3 = (
                                    BookingLocationAttendeePhone.from_dict(data)
                                )

                                return componentsschemas_booking_location_input_type_3
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationAttendeePhone", exc))
                        if (data.get("type") == "integration") + ("integration" in data) == best:
                            try:
                                componentsschemas_booking_location_input_type_4 = BookingLocationIntegration.from_dict(
                                    data
                                )

                                return componentsschemas_booking_location_input_type_4
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationIntegration", exc))
                        if (data.get("type") == "link") == best:
                            try:
                                componentsschemas_booking_location_input_type_5 = BookingLocationLink.from_dict(data)

                                return componentsschemas_booking_location_input_type_5
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationLink", exc))
                        if (data.get("type") == "phone") == best:
                            try:
                                componentsschemas_booking_location_input_type_6 = BookingLocationPhone.from_dict(data)

                                return componentsschemas_booking_location_input_type_6
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationPhone", exc))
                        if (data.get("type") == "organizersDefaultApp") == best:
                            try:
                                componentsschemas_booking_location_input_type_7 = (
                                    BookingLocationOrganizersDefaultApp.from_dict(data)
                                )

                                return componentsschemas_booking_location_input_type_7
                            except ResponseParseError as exc:
                                attempts.append(("BookingLocationOrganizersDefaultApp", exc))
                    raise no_variant(
                        "BookingLocationAddress | BookingLocationAttendeeAddress | BookingLocationAttendeeDefined | BookingLocationAttendeePhone | BookingLocationIntegration | BookingLocationLink | BookingLocationPhone | BookingLocationOrganizersDefaultApp",
                        data,
                        attempts,
                    )

                location = _parse_location(location)
            elif location is None:
                location = UNSET

            _key = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: Metadata | Unset
            if _metadata is UNSET or _metadata is None:
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

            _key = "lengthInMinutes"
            length_in_minutes = d.pop("lengthInMinutes", UNSET)
            if type(length_in_minutes) is not int and length_in_minutes is not UNSET:
                length_in_minutes = UNSET if length_in_minutes is None else as_int(length_in_minutes)

            _key = "routing"
            _routing = d.pop("routing", UNSET)
            routing: BookingRouting | Unset
            if _routing is UNSET or _routing is None:
                routing = UNSET
            else:
                routing = BookingRouting.from_dict(_routing)

            _key = "emailVerificationCode"
            email_verification_code = d.pop("emailVerificationCode", UNSET)
            if type(email_verification_code) is not str and email_verification_code is not UNSET:
                email_verification_code = UNSET if email_verification_code is None else as_str(email_verification_code)

            _key = "reservedSlotUid"
            reserved_slot_uid = d.pop("reservedSlotUid", UNSET)
            if type(reserved_slot_uid) is not str and reserved_slot_uid is not UNSET:
                reserved_slot_uid = UNSET if reserved_slot_uid is None else as_str(reserved_slot_uid)

            create_booking_input = cls(
                start=start,
                attendee=attendee,
                booking_fields_responses=booking_fields_responses,
                event_type_id=event_type_id,
                event_type_slug=event_type_slug,
                username=username,
                team_slug=team_slug,
                organization_slug=organization_slug,
                guests=guests,
                meeting_url=meeting_url,
                location=location,
                metadata=metadata,
                length_in_minutes=length_in_minutes,
                routing=routing,
                email_verification_code=email_verification_code,
                reserved_slot_uid=reserved_slot_uid,
            )

            create_booking_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("CreateBookingInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("CreateBookingInput", _key)
            raise error from exc
        return create_booking_input

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
    global \
        _models_bound, \
        BookingAttendeeInput, \
        BookingLocationAddress, \
        BookingLocationAttendeeAddress, \
        BookingLocationAttendeeDefined, \
        BookingLocationAttendeePhone, \
        BookingLocationIntegration, \
        BookingLocationLink, \
        BookingLocationOrganizersDefaultApp, \
        BookingLocationPhone, \
        BookingRouting, \
        LooseObject, \
        Metadata
    from ..models.booking_attendee_input import BookingAttendeeInput  # noqa: PLC0415
    from ..models.booking_location_address import BookingLocationAddress  # noqa: PLC0415
    from ..models.booking_location_attendee_address import BookingLocationAttendeeAddress  # noqa: PLC0415
    from ..models.booking_location_attendee_defined import BookingLocationAttendeeDefined  # noqa: PLC0415
    from ..models.booking_location_attendee_phone import BookingLocationAttendeePhone  # noqa: PLC0415
    from ..models.booking_location_integration import BookingLocationIntegration  # noqa: PLC0415
    from ..models.booking_location_link import BookingLocationLink  # noqa: PLC0415
    from ..models.booking_location_organizers_default_app import BookingLocationOrganizersDefaultApp  # noqa: PLC0415
    from ..models.booking_location_phone import BookingLocationPhone  # noqa: PLC0415
    from ..models.booking_routing import BookingRouting  # noqa: PLC0415
    from ..models.loose_object import LooseObject  # noqa: PLC0415
    from ..models.metadata import Metadata  # noqa: PLC0415

    _models_bound = True
