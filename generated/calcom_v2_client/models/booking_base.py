from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.booking_status import BookingStatus, check_booking_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendee import Attendee
    from ..models.booking_event_type import BookingEventType
    from ..models.booking_host import BookingHost
    from ..models.loose_object import LooseObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="BookingBase")


@_attrs_define
class BookingBase:
    """Fields every booking answer has."""

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
    description: None | str | Unset = UNSET
    cancellation_reason: None | str | Unset = UNSET
    cancelled_by_email: None | str | Unset = UNSET
    rescheduling_reason: None | str | Unset = UNSET
    rescheduled_by_email: None | str | Unset = UNSET
    rescheduled_from_uid: None | str | Unset = UNSET
    rescheduled_to_uid: None | str | Unset = UNSET
    event_type_id: int | None | Unset = UNSET
    event_type: BookingEventType | Unset = UNSET
    meeting_url: None | str | Unset = UNSET
    """ Use `location`. """
    location: None | str | Unset = UNSET
    absent_host: bool | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    rating: int | None | Unset = UNSET
    ics_uid: None | str | Unset = UNSET
    guests: list[str] | Unset = UNSET
    booking_fields_responses: LooseObject | Unset = UNSET
    """ A settings object whose fields this SDK passes through as they are. """
    seat_uid: str | Unset = UNSET
    """ Seated bookings only - the seat just created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.attendee import Attendee  # noqa: PLC0415
        from ..models.booking_event_type import BookingEventType  # noqa: PLC0415
        from ..models.booking_host import BookingHost  # noqa: PLC0415
        from ..models.loose_object import LooseObject  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        uid = d.pop("uid")

        title = d.pop("title")

        hosts = []
        _hosts = d.pop("hosts")
        for hosts_item_data in _hosts:
            hosts_item = BookingHost.from_dict(hosts_item_data)

            hosts.append(hosts_item)

        status = check_booking_status(d.pop("status"))

        start = datetime.datetime.fromisoformat((d.pop("start")).replace("Z", "+00:00"))

        end = datetime.datetime.fromisoformat((d.pop("end")).replace("Z", "+00:00"))

        duration = d.pop("duration")

        created_at = datetime.datetime.fromisoformat((d.pop("createdAt")).replace("Z", "+00:00"))

        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = Attendee.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_cancellation_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_reason = _parse_cancellation_reason(d.pop("cancellationReason", UNSET))

        def _parse_cancelled_by_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancelled_by_email = _parse_cancelled_by_email(d.pop("cancelledByEmail", UNSET))

        def _parse_rescheduling_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rescheduling_reason = _parse_rescheduling_reason(d.pop("reschedulingReason", UNSET))

        def _parse_rescheduled_by_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rescheduled_by_email = _parse_rescheduled_by_email(d.pop("rescheduledByEmail", UNSET))

        def _parse_rescheduled_from_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rescheduled_from_uid = _parse_rescheduled_from_uid(d.pop("rescheduledFromUid", UNSET))

        def _parse_rescheduled_to_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rescheduled_to_uid = _parse_rescheduled_to_uid(d.pop("rescheduledToUid", UNSET))

        def _parse_event_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        event_type_id = _parse_event_type_id(d.pop("eventTypeId", UNSET))

        _event_type = d.pop("eventType", UNSET)
        event_type: BookingEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = BookingEventType.from_dict(_event_type)

        def _parse_meeting_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_url = _parse_meeting_url(d.pop("meetingUrl", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        absent_host = d.pop("absentHost", UNSET)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat((data).replace("Z", "+00:00"))

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_ics_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ics_uid = _parse_ics_uid(d.pop("icsUid", UNSET))

        guests = cast(list[str], d.pop("guests", UNSET))

        _booking_fields_responses = d.pop("bookingFieldsResponses", UNSET)
        booking_fields_responses: LooseObject | Unset
        if isinstance(_booking_fields_responses, Unset):
            booking_fields_responses = UNSET
        else:
            booking_fields_responses = LooseObject.from_dict(_booking_fields_responses)

        seat_uid = d.pop("seatUid", UNSET)

        booking_base = cls(
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

        booking_base.additional_properties = d
        return booking_base

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
