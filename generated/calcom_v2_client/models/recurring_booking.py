from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..models.booking_status import BookingStatus, check_booking_status
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_datetime,
    as_int,
    as_list,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.attendee import Attendee
    from ..models.booking_event_type import BookingEventType
    from ..models.booking_host import BookingHost
    from ..models.loose_object import LooseObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="RecurringBooking")


class RecurringBooking:
    """One occurrence of a recurring booking."""

    __slots__ = (
        "id",
        "uid",
        "title",
        "hosts",
        "status",
        "start",
        "end",
        "duration",
        "created_at",
        "attendees",
        "recurring_booking_uid",
        "description",
        "cancellation_reason",
        "cancelled_by_email",
        "rescheduling_reason",
        "rescheduled_by_email",
        "rescheduled_from_uid",
        "rescheduled_to_uid",
        "event_type_id",
        "event_type",
        "meeting_url",
        "location",
        "absent_host",
        "updated_at",
        "metadata",
        "rating",
        "ics_uid",
        "guests",
        "booking_fields_responses",
        "seat_uid",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "uid",
        "title",
        "hosts",
        "status",
        "start",
        "end",
        "duration",
        "created_at",
        "attendees",
        "recurring_booking_uid",
        "description",
        "cancellation_reason",
        "cancelled_by_email",
        "rescheduling_reason",
        "rescheduled_by_email",
        "rescheduled_from_uid",
        "rescheduled_to_uid",
        "event_type_id",
        "event_type",
        "meeting_url",
        "location",
        "absent_host",
        "updated_at",
        "metadata",
        "rating",
        "ics_uid",
        "guests",
        "booking_fields_responses",
        "seat_uid",
    )

    id: int
    uid: str
    title: str
    hosts: list[BookingHost]
    status: BookingStatus
    start: datetime.datetime
    """ Start instant (ISO 8601, UTC). """
    end: datetime.datetime
    """ End instant (ISO 8601, UTC). """
    duration: int
    """ Minutes. """
    created_at: datetime.datetime
    attendees: list[Attendee]
    recurring_booking_uid: str
    description: None | str | Unset
    cancellation_reason: None | str | Unset
    cancelled_by_email: None | str | Unset
    rescheduling_reason: None | str | Unset
    rescheduled_by_email: None | str | Unset
    rescheduled_from_uid: None | str | Unset
    rescheduled_to_uid: None | str | Unset
    event_type_id: int | None | Unset
    event_type: BookingEventType | Unset
    meeting_url: None | str | Unset
    """ Use `location`. """
    location: None | str | Unset
    absent_host: bool | Unset
    updated_at: datetime.datetime | None | Unset
    metadata: Metadata | Unset
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    rating: int | None | Unset
    ics_uid: None | str | Unset
    guests: list[str] | Unset
    booking_fields_responses: LooseObject | Unset
    """ A settings object whose fields this SDK passes through as they are. """
    seat_uid: str | Unset
    """ Seated bookings only - the seat just created. """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        uid: str,
        title: str,
        hosts: list[BookingHost],
        status: BookingStatus,
        start: datetime.datetime,
        end: datetime.datetime,
        duration: int,
        created_at: datetime.datetime,
        attendees: list[Attendee],
        recurring_booking_uid: str,
        description: None | str | Unset = UNSET,
        cancellation_reason: None | str | Unset = UNSET,
        cancelled_by_email: None | str | Unset = UNSET,
        rescheduling_reason: None | str | Unset = UNSET,
        rescheduled_by_email: None | str | Unset = UNSET,
        rescheduled_from_uid: None | str | Unset = UNSET,
        rescheduled_to_uid: None | str | Unset = UNSET,
        event_type_id: int | None | Unset = UNSET,
        event_type: BookingEventType | Unset = UNSET,
        meeting_url: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        absent_host: bool | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        rating: int | None | Unset = UNSET,
        ics_uid: None | str | Unset = UNSET,
        guests: list[str] | Unset = UNSET,
        booking_fields_responses: LooseObject | Unset = UNSET,
        seat_uid: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.uid = uid
        self.title = title
        self.hosts = hosts
        self.status = status
        self.start = start
        self.end = end
        self.duration = duration
        self.created_at = created_at
        self.attendees = attendees
        self.recurring_booking_uid = recurring_booking_uid
        self.description = description
        self.cancellation_reason = cancellation_reason
        self.cancelled_by_email = cancelled_by_email
        self.rescheduling_reason = rescheduling_reason
        self.rescheduled_by_email = rescheduled_by_email
        self.rescheduled_from_uid = rescheduled_from_uid
        self.rescheduled_to_uid = rescheduled_to_uid
        self.event_type_id = event_type_id
        self.event_type = event_type
        self.meeting_url = meeting_url
        self.location = location
        self.absent_host = absent_host
        self.updated_at = updated_at
        self.metadata = metadata
        self.rating = rating
        self.ics_uid = ics_uid
        self.guests = guests
        self.booking_fields_responses = booking_fields_responses
        self.seat_uid = seat_uid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"uid={self.uid!r}, "
            f"title={self.title!r}, "
            f"hosts={self.hosts!r}, "
            f"status={self.status!r}, "
            f"start={self.start!r}, "
            f"end={self.end!r}, "
            f"duration={self.duration!r}, "
            f"created_at={self.created_at!r}, "
            f"attendees={self.attendees!r}, "
            f"recurring_booking_uid={self.recurring_booking_uid!r}, "
            f"description={self.description!r}, "
            f"cancellation_reason={self.cancellation_reason!r}, "
            f"cancelled_by_email={self.cancelled_by_email!r}, "
            f"rescheduling_reason={self.rescheduling_reason!r}, "
            f"rescheduled_by_email={self.rescheduled_by_email!r}, "
            f"rescheduled_from_uid={self.rescheduled_from_uid!r}, "
            f"rescheduled_to_uid={self.rescheduled_to_uid!r}, "
            f"event_type_id={self.event_type_id!r}, "
            f"event_type={self.event_type!r}, "
            f"meeting_url={self.meeting_url!r}, "
            f"location={self.location!r}, "
            f"absent_host={self.absent_host!r}, "
            f"updated_at={self.updated_at!r}, "
            f"metadata={self.metadata!r}, "
            f"rating={self.rating!r}, "
            f"ics_uid={self.ics_uid!r}, "
            f"guests={self.guests!r}, "
            f"booking_fields_responses={self.booking_fields_responses!r}, "
            f"seat_uid={self.seat_uid!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(RecurringBooking, other)
        return (
            self.id == that.id
            and self.uid == that.uid
            and self.title == that.title
            and self.hosts == that.hosts
            and self.status == that.status
            and self.start == that.start
            and self.end == that.end
            and self.duration == that.duration
            and self.created_at == that.created_at
            and self.attendees == that.attendees
            and self.recurring_booking_uid == that.recurring_booking_uid
            and self.description == that.description
            and self.cancellation_reason == that.cancellation_reason
            and self.cancelled_by_email == that.cancelled_by_email
            and self.rescheduling_reason == that.rescheduling_reason
            and self.rescheduled_by_email == that.rescheduled_by_email
            and self.rescheduled_from_uid == that.rescheduled_from_uid
            and self.rescheduled_to_uid == that.rescheduled_to_uid
            and self.event_type_id == that.event_type_id
            and self.event_type == that.event_type
            and self.meeting_url == that.meeting_url
            and self.location == that.location
            and self.absent_host == that.absent_host
            and self.updated_at == that.updated_at
            and self.metadata == that.metadata
            and self.rating == that.rating
            and self.ics_uid == that.ics_uid
            and self.guests == that.guests
            and self.booking_fields_responses == that.booking_fields_responses
            and self.seat_uid == that.seat_uid
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        id = self.id

        uid = self.uid

        title = self.title

        hosts = []
        for hosts_item_data in self.hosts:
            hosts_item = hosts_item_data.to_dict()
            hosts.append(hosts_item)

        status: str = self.status

        start = self.start.isoformat()

        end = self.end.isoformat()

        duration = self.duration

        created_at = self.created_at.isoformat()

        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        recurring_booking_uid = self.recurring_booking_uid

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        cancellation_reason: None | str | Unset
        if isinstance(self.cancellation_reason, Unset):
            cancellation_reason = UNSET
        else:
            cancellation_reason = self.cancellation_reason

        cancelled_by_email: None | str | Unset
        if isinstance(self.cancelled_by_email, Unset):
            cancelled_by_email = UNSET
        else:
            cancelled_by_email = self.cancelled_by_email

        rescheduling_reason: None | str | Unset
        if isinstance(self.rescheduling_reason, Unset):
            rescheduling_reason = UNSET
        else:
            rescheduling_reason = self.rescheduling_reason

        rescheduled_by_email: None | str | Unset
        if isinstance(self.rescheduled_by_email, Unset):
            rescheduled_by_email = UNSET
        else:
            rescheduled_by_email = self.rescheduled_by_email

        rescheduled_from_uid: None | str | Unset
        if isinstance(self.rescheduled_from_uid, Unset):
            rescheduled_from_uid = UNSET
        else:
            rescheduled_from_uid = self.rescheduled_from_uid

        rescheduled_to_uid: None | str | Unset
        if isinstance(self.rescheduled_to_uid, Unset):
            rescheduled_to_uid = UNSET
        else:
            rescheduled_to_uid = self.rescheduled_to_uid

        event_type_id: int | None | Unset
        if isinstance(self.event_type_id, Unset):
            event_type_id = UNSET
        else:
            event_type_id = self.event_type_id

        event_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.to_dict()

        meeting_url: None | str | Unset
        if isinstance(self.meeting_url, Unset):
            meeting_url = UNSET
        else:
            meeting_url = self.meeting_url

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        absent_host = self.absent_host

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        ics_uid: None | str | Unset
        if isinstance(self.ics_uid, Unset):
            ics_uid = UNSET
        else:
            ics_uid = self.ics_uid

        guests: list[str] | Unset = UNSET
        if not isinstance(self.guests, Unset):
            guests = self.guests

        booking_fields_responses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booking_fields_responses, Unset):
            booking_fields_responses = self.booking_fields_responses.to_dict()

        seat_uid = self.seat_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uid": uid,
                "title": title,
                "hosts": hosts,
                "status": status,
                "start": start,
                "end": end,
                "duration": duration,
                "createdAt": created_at,
                "attendees": attendees,
                "recurringBookingUid": recurring_booking_uid,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if cancellation_reason is not UNSET:
            field_dict["cancellationReason"] = cancellation_reason
        if cancelled_by_email is not UNSET:
            field_dict["cancelledByEmail"] = cancelled_by_email
        if rescheduling_reason is not UNSET:
            field_dict["reschedulingReason"] = rescheduling_reason
        if rescheduled_by_email is not UNSET:
            field_dict["rescheduledByEmail"] = rescheduled_by_email
        if rescheduled_from_uid is not UNSET:
            field_dict["rescheduledFromUid"] = rescheduled_from_uid
        if rescheduled_to_uid is not UNSET:
            field_dict["rescheduledToUid"] = rescheduled_to_uid
        if event_type_id is not UNSET:
            field_dict["eventTypeId"] = event_type_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if meeting_url is not UNSET:
            field_dict["meetingUrl"] = meeting_url
        if location is not UNSET:
            field_dict["location"] = location
        if absent_host is not UNSET:
            field_dict["absentHost"] = absent_host
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if rating is not UNSET:
            field_dict["rating"] = rating
        if ics_uid is not UNSET:
            field_dict["icsUid"] = ics_uid
        if guests is not UNSET:
            field_dict["guests"] = guests
        if booking_fields_responses is not UNSET:
            field_dict["bookingFieldsResponses"] = booking_fields_responses
        if seat_uid is not UNSET:
            field_dict["seatUid"] = seat_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "RecurringBooking")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "uid"
            uid = d.pop("uid")
            if type(uid) is not str:
                uid = as_str(uid)

            _key = "title"
            title = d.pop("title")
            if type(title) is not str:
                title = as_str(title)

            _key = "hosts"
            _hosts = d.pop("hosts")
            if type(_hosts) is not list:
                _hosts = as_list(_hosts)
            hosts = []
            for hosts_index, hosts_item_data in enumerate(_hosts):
                try:
                    hosts_item = BookingHost.from_dict(hosts_item_data)

                except ResponseParseError as exc:
                    exc.at(hosts_index)
                    raise
                hosts.append(hosts_item)

            _key = "status"
            status = d.pop("status")
            if type(status) is not str:
                status = check_booking_status(status)

            _key = "start"
            start = as_datetime(d.pop("start"))

            _key = "end"
            end = as_datetime(d.pop("end"))

            _key = "duration"
            duration = d.pop("duration")
            if type(duration) is not int:
                duration = as_int(duration)

            _key = "createdAt"
            created_at = as_datetime(d.pop("createdAt"))

            _key = "attendees"
            _attendees = d.pop("attendees")
            if type(_attendees) is not list:
                _attendees = as_list(_attendees)
            attendees = []
            for attendees_index, attendees_item_data in enumerate(_attendees):
                try:
                    attendees_item = Attendee.from_dict(attendees_item_data)

                except ResponseParseError as exc:
                    exc.at(attendees_index)
                    raise
                attendees.append(attendees_item)

            _key = "recurringBookingUid"
            recurring_booking_uid = d.pop("recurringBookingUid")
            if type(recurring_booking_uid) is not str:
                recurring_booking_uid = as_str(recurring_booking_uid)

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

            _key = "cancellationReason"
            cancellation_reason = d.pop("cancellationReason", UNSET)
            if not (cancellation_reason is UNSET or cancellation_reason is None or type(cancellation_reason) is str):

                def _parse_cancellation_reason(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            cancellation_reason_type_0 = data
                            if type(cancellation_reason_type_0) is not str:
                                cancellation_reason_type_0 = as_str(cancellation_reason_type_0)

                            return cancellation_reason_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                cancellation_reason = _parse_cancellation_reason(cancellation_reason)

            _key = "cancelledByEmail"
            cancelled_by_email = d.pop("cancelledByEmail", UNSET)
            if not (cancelled_by_email is UNSET or cancelled_by_email is None or type(cancelled_by_email) is str):

                def _parse_cancelled_by_email(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            cancelled_by_email_type_0 = data
                            if type(cancelled_by_email_type_0) is not str:
                                cancelled_by_email_type_0 = as_str(cancelled_by_email_type_0)

                            return cancelled_by_email_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                cancelled_by_email = _parse_cancelled_by_email(cancelled_by_email)

            _key = "reschedulingReason"
            rescheduling_reason = d.pop("reschedulingReason", UNSET)
            if not (rescheduling_reason is UNSET or rescheduling_reason is None or type(rescheduling_reason) is str):

                def _parse_rescheduling_reason(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            rescheduling_reason_type_0 = data
                            if type(rescheduling_reason_type_0) is not str:
                                rescheduling_reason_type_0 = as_str(rescheduling_reason_type_0)

                            return rescheduling_reason_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                rescheduling_reason = _parse_rescheduling_reason(rescheduling_reason)

            _key = "rescheduledByEmail"
            rescheduled_by_email = d.pop("rescheduledByEmail", UNSET)
            if not (rescheduled_by_email is UNSET or rescheduled_by_email is None or type(rescheduled_by_email) is str):

                def _parse_rescheduled_by_email(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            rescheduled_by_email_type_0 = data
                            if type(rescheduled_by_email_type_0) is not str:
                                rescheduled_by_email_type_0 = as_str(rescheduled_by_email_type_0)

                            return rescheduled_by_email_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                rescheduled_by_email = _parse_rescheduled_by_email(rescheduled_by_email)

            _key = "rescheduledFromUid"
            rescheduled_from_uid = d.pop("rescheduledFromUid", UNSET)
            if not (rescheduled_from_uid is UNSET or rescheduled_from_uid is None or type(rescheduled_from_uid) is str):

                def _parse_rescheduled_from_uid(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            rescheduled_from_uid_type_0 = data
                            if type(rescheduled_from_uid_type_0) is not str:
                                rescheduled_from_uid_type_0 = as_str(rescheduled_from_uid_type_0)

                            return rescheduled_from_uid_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                rescheduled_from_uid = _parse_rescheduled_from_uid(rescheduled_from_uid)

            _key = "rescheduledToUid"
            rescheduled_to_uid = d.pop("rescheduledToUid", UNSET)
            if not (rescheduled_to_uid is UNSET or rescheduled_to_uid is None or type(rescheduled_to_uid) is str):

                def _parse_rescheduled_to_uid(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            rescheduled_to_uid_type_0 = data
                            if type(rescheduled_to_uid_type_0) is not str:
                                rescheduled_to_uid_type_0 = as_str(rescheduled_to_uid_type_0)

                            return rescheduled_to_uid_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                rescheduled_to_uid = _parse_rescheduled_to_uid(rescheduled_to_uid)

            _key = "eventTypeId"
            event_type_id = d.pop("eventTypeId", UNSET)
            if not (event_type_id is UNSET or event_type_id is None or type(event_type_id) is int):

                def _parse_event_type_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            event_type_id_type_0 = data
                            if type(event_type_id_type_0) is not int:
                                event_type_id_type_0 = as_int(event_type_id_type_0)

                            return event_type_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                event_type_id = _parse_event_type_id(event_type_id)

            _key = "eventType"
            _event_type = d.pop("eventType", UNSET)
            event_type: BookingEventType | Unset
            if _event_type is UNSET or _event_type is None:
                event_type = UNSET
            else:
                event_type = BookingEventType.from_dict(_event_type)

            _key = "meetingUrl"
            meeting_url = d.pop("meetingUrl", UNSET)
            if not (meeting_url is UNSET or meeting_url is None or type(meeting_url) is str):

                def _parse_meeting_url(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            meeting_url_type_0 = data
                            if type(meeting_url_type_0) is not str:
                                meeting_url_type_0 = as_str(meeting_url_type_0)

                            return meeting_url_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                meeting_url = _parse_meeting_url(meeting_url)

            _key = "location"
            location = d.pop("location", UNSET)
            if not (location is UNSET or location is None or type(location) is str):

                def _parse_location(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            location_type_0 = data
                            if type(location_type_0) is not str:
                                location_type_0 = as_str(location_type_0)

                            return location_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                location = _parse_location(location)

            _key = "absentHost"
            absent_host = d.pop("absentHost", UNSET)
            if type(absent_host) is not bool and absent_host is not UNSET:
                absent_host = UNSET if absent_host is None else as_bool(absent_host)

            _key = "updatedAt"
            updated_at = d.pop("updatedAt", UNSET)
            if not (updated_at is UNSET or updated_at is None):

                def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            updated_at_type_0 = as_datetime(data)

                            return updated_at_type_0
                        except ResponseParseError as exc:
                            attempts.append(("datetime.datetime", exc))
                    raise no_variant("datetime.datetime | None", data, attempts)

                updated_at = _parse_updated_at(updated_at)

            _key = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: Metadata | Unset
            if _metadata is UNSET or _metadata is None:
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

            _key = "rating"
            rating = d.pop("rating", UNSET)
            if not (rating is UNSET or rating is None or type(rating) is int):

                def _parse_rating(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            rating_type_0 = data
                            if type(rating_type_0) is not int:
                                rating_type_0 = as_int(rating_type_0)

                            return rating_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                rating = _parse_rating(rating)

            _key = "icsUid"
            ics_uid = d.pop("icsUid", UNSET)
            if not (ics_uid is UNSET or ics_uid is None or type(ics_uid) is str):

                def _parse_ics_uid(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            ics_uid_type_0 = data
                            if type(ics_uid_type_0) is not str:
                                ics_uid_type_0 = as_str(ics_uid_type_0)

                            return ics_uid_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                ics_uid = _parse_ics_uid(ics_uid)

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

            _key = "bookingFieldsResponses"
            _booking_fields_responses = d.pop("bookingFieldsResponses", UNSET)
            booking_fields_responses: LooseObject | Unset
            if _booking_fields_responses is UNSET or _booking_fields_responses is None:
                booking_fields_responses = UNSET
            else:
                booking_fields_responses = LooseObject.from_dict(_booking_fields_responses)

            _key = "seatUid"
            seat_uid = d.pop("seatUid", UNSET)
            if type(seat_uid) is not str and seat_uid is not UNSET:
                seat_uid = UNSET if seat_uid is None else as_str(seat_uid)

            recurring_booking = cls(
                id=id,
                uid=uid,
                title=title,
                hosts=hosts,
                status=status,
                start=start,
                end=end,
                duration=duration,
                created_at=created_at,
                attendees=attendees,
                recurring_booking_uid=recurring_booking_uid,
                description=description,
                cancellation_reason=cancellation_reason,
                cancelled_by_email=cancelled_by_email,
                rescheduling_reason=rescheduling_reason,
                rescheduled_by_email=rescheduled_by_email,
                rescheduled_from_uid=rescheduled_from_uid,
                rescheduled_to_uid=rescheduled_to_uid,
                event_type_id=event_type_id,
                event_type=event_type,
                meeting_url=meeting_url,
                location=location,
                absent_host=absent_host,
                updated_at=updated_at,
                metadata=metadata,
                rating=rating,
                ics_uid=ics_uid,
                guests=guests,
                booking_fields_responses=booking_fields_responses,
                seat_uid=seat_uid,
            )

            recurring_booking.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("RecurringBooking", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("RecurringBooking", _key)
            raise error from exc
        return recurring_booking

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
    global _models_bound, Attendee, BookingEventType, BookingHost, LooseObject, Metadata
    from ..models.attendee import Attendee  # noqa: PLC0415
    from ..models.booking_event_type import BookingEventType  # noqa: PLC0415
    from ..models.booking_host import BookingHost  # noqa: PLC0415
    from ..models.loose_object import LooseObject  # noqa: PLC0415
    from ..models.metadata import Metadata  # noqa: PLC0415

    _models_bound = True
