from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conferencing_participant import ConferencingParticipant


T = TypeVar("T", bound="ConferencingSession")


@_attrs_define
class ConferencingSession:
    """One Cal Video session of a booking."""

    id: str
    room: str
    start_time: int
    """ Unix time in seconds. """
    duration: int
    """ Seconds. """
    ongoing: bool
    max_participants: int
    participants: list[ConferencingParticipant]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        room = self.room

        start_time = self.start_time

        duration = self.duration

        ongoing = self.ongoing

        max_participants = self.max_participants

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "room": room,
                "startTime": start_time,
                "duration": duration,
                "ongoing": ongoing,
                "maxParticipants": max_participants,
                "participants": participants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conferencing_participant import ConferencingParticipant  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        room = d.pop("room")

        start_time = d.pop("startTime")

        duration = d.pop("duration")

        ongoing = d.pop("ongoing")

        max_participants = d.pop("maxParticipants")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ConferencingParticipant.from_dict(participants_item_data)

            participants.append(participants_item)

        conferencing_session = cls(
            id=id,
            room=room,
            start_time=start_time,
            duration=duration,
            ongoing=ongoing,
            max_participants=max_participants,
            participants=participants,
        )

        conferencing_session.additional_properties = d
        return conferencing_session

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
