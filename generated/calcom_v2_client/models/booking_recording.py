from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookingRecording")


@_attrs_define
class BookingRecording:
    """A Cal Video recording."""

    id: str
    room_name: str
    start_ts: int
    """ Start (Unix time in seconds). """
    status: str
    duration: int
    """ Seconds. """
    share_token: str
    max_participants: int | Unset = UNSET
    download_link: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        id = d.pop("id")

        room_name = d.pop("roomName")

        start_ts = d.pop("startTs")

        status = d.pop("status")

        duration = d.pop("duration")

        share_token = d.pop("shareToken")

        max_participants = d.pop("maxParticipants", UNSET)

        def _parse_download_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_link = _parse_download_link(d.pop("downloadLink", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

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
