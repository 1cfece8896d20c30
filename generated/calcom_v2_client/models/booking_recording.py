from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="BookingRecording")


class BookingRecording:
    """A Cal Video recording."""

    __slots__ = (
        "id",
        "room_name",
        "start_ts",
        "status",
        "duration",
        "share_token",
        "max_participants",
        "download_link",
        "error",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "room_name",
        "start_ts",
        "status",
        "duration",
        "share_token",
        "max_participants",
        "download_link",
        "error",
    )

    id: str
    room_name: str
    start_ts: int
    """ Start (Unix time in seconds). """
    status: str
    duration: int
    """ Seconds. """
    share_token: str
    max_participants: int | Unset
    download_link: None | str | Unset
    error: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        room_name: str,
        start_ts: int,
        status: str,
        duration: int,
        share_token: str,
        max_participants: int | Unset = UNSET,
        download_link: None | str | Unset = UNSET,
        error: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.room_name = room_name
        self.start_ts = start_ts
        self.status = status
        self.duration = duration
        self.share_token = share_token
        self.max_participants = max_participants
        self.download_link = download_link
        self.error = error
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"room_name={self.room_name!r}, "
            f"start_ts={self.start_ts!r}, "
            f"status={self.status!r}, "
            f"duration={self.duration!r}, "
            f"share_token={self.share_token!r}, "
            f"max_participants={self.max_participants!r}, "
            f"download_link={self.download_link!r}, "
            f"error={self.error!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingRecording, other)
        return (
            self.id == that.id
            and self.room_name == that.room_name
            and self.start_ts == that.start_ts
            and self.status == that.status
            and self.duration == that.duration
            and self.share_token == that.share_token
            and self.max_participants == that.max_participants
            and self.download_link == that.download_link
            and self.error == that.error
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        room_name = self.room_name

        start_ts = self.start_ts

        status = self.status

        duration = self.duration

        share_token = self.share_token

        max_participants = self.max_participants

        download_link: None | str | Unset
        if isinstance(self.download_link, Unset):
            download_link = UNSET
        else:
            download_link = self.download_link

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "roomName": room_name,
                "startTs": start_ts,
                "status": status,
                "duration": duration,
                "shareToken": share_token,
            }
        )
        if max_participants is not UNSET:
            field_dict["maxParticipants"] = max_participants
        if download_link is not UNSET:
            field_dict["downloadLink"] = download_link
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingRecording")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not str:
                id = as_str(id)

            _key = "roomName"
            room_name = d.pop("roomName")
            if type(room_name) is not str:
                room_name = as_str(room_name)

            _key = "startTs"
            start_ts = d.pop("startTs")
            if type(start_ts) is not int:
                start_ts = as_int(start_ts)

            _key = "status"
            status = d.pop("status")
            if type(status) is not str:
                status = as_str(status)

            _key = "duration"
            duration = d.pop("duration")
            if type(duration) is not int:
                duration = as_int(duration)

            _key = "shareToken"
            share_token = d.pop("shareToken")
            if type(share_token) is not str:
                share_token = as_str(share_token)

            _key = "maxParticipants"
            max_participants = d.pop("maxParticipants", UNSET)
            if type(max_participants) is not int and max_participants is not UNSET:
                max_participants = UNSET if max_participants is None else as_int(max_participants)

            _key = "downloadLink"
            download_link = d.pop("downloadLink", UNSET)
            if not (download_link is UNSET or download_link is None or type(download_link) is str):

                def _parse_download_link(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            download_link_type_0 = data
                            if type(download_link_type_0) is not str:
                                download_link_type_0 = as_str(download_link_type_0)

                            return download_link_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                download_link = _parse_download_link(download_link)

            _key = "error"
            error = d.pop("error", UNSET)
            if not (error is UNSET or error is None or type(error) is str):

                def _parse_error(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            error_type_0 = data
                            if type(error_type_0) is not str:
                                error_type_0 = as_str(error_type_0)

                            return error_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                error = _parse_error(error)

            booking_recording = cls(
                id=id,
                room_name=room_name,
                start_ts=start_ts,
                status=status,
                duration=duration,
                share_token=share_token,
                max_participants=max_participants,
                download_link=download_link,
                error=error,
            )

            booking_recording.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingRecording", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingRecording", _key)
            raise error from exc
        return booking_recording

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
