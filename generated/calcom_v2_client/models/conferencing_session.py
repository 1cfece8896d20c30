from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_bool,
    as_int,
    as_list,
    as_object,
    as_str,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.conferencing_participant import ConferencingParticipant


T = TypeVar("T", bound="ConferencingSession")


class ConferencingSession:
    """One Cal Video session of a booking."""

    __slots__ = (
        "id",
        "room",
        "start_time",
        "duration",
        "ongoing",
        "max_participants",
        "participants",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "room",
        "start_time",
        "duration",
        "ongoing",
        "max_participants",
        "participants",
    )

    id: str
    room: str
    start_time: int
    """ Unix time in seconds. """
    duration: int
    """ Seconds. """
    ongoing: bool
    max_participants: int
    participants: list[ConferencingParticipant]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        room: str,
        start_time: int,
        duration: int,
        ongoing: bool,
        max_participants: int,
        participants: list[ConferencingParticipant],
    ) -> None:
        self.id = id
        self.room = room
        self.start_time = start_time
        self.duration = duration
        self.ongoing = ongoing
        self.max_participants = max_participants
        self.participants = participants
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"room={self.room!r}, "
            f"start_time={self.start_time!r}, "
            f"duration={self.duration!r}, "
            f"ongoing={self.ongoing!r}, "
            f"max_participants={self.max_participants!r}, "
            f"participants={self.participants!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ConferencingSession, other)
        return (
            self.id == that.id
            and self.room == that.room
            and self.start_time == that.start_time
            and self.duration == that.duration
            and self.ongoing == that.ongoing
            and self.max_participants == that.max_participants
            and self.participants == that.participants
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ConferencingSession")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not str:
                id = as_str(id)

            _key = "room"
            room = d.pop("room")
            if type(room) is not str:
                room = as_str(room)

            _key = "startTime"
            start_time = d.pop("startTime")
            if type(start_time) is not int:
                start_time = as_int(start_time)

            _key = "duration"
            duration = d.pop("duration")
            if type(duration) is not int:
                duration = as_int(duration)

            _key = "ongoing"
            ongoing = d.pop("ongoing")
            if type(ongoing) is not bool:
                ongoing = as_bool(ongoing)

            _key = "maxParticipants"
            max_participants = d.pop("maxParticipants")
            if type(max_participants) is not int:
                max_participants = as_int(max_participants)

            _key = "participants"
            _participants = d.pop("participants")
            if type(_participants) is not list:
                _participants = as_list(_participants)
            participants = []
            for participants_index, participants_item_data in enumerate(_participants):
                try:
                    participants_item = ConferencingParticipant.from_dict(participants_item_data)

                except ResponseParseError as exc:
                    exc.at(participants_index)
                    raise
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
        except ResponseParseError as exc:
            exc.enter("ConferencingSession", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ConferencingSession", _key)
            raise error from exc
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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, ConferencingParticipant
    from ..models.conferencing_participant import ConferencingParticipant  # noqa: PLC0415

    _models_bound = True
