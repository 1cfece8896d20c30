from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.me_organization import MeOrganization


T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    id: int
    username: str
    email: str
    time_zone: str
    name: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    time_format: int | Unset = UNSET
    """ 12 or 24. """
    default_schedule_id: int | None | Unset = UNSET
    week_start: str | Unset = UNSET
    """ Day name, e.g. Monday. """
    organization_id: int | None | Unset = UNSET
    organization: MeOrganization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        email = self.email

        time_zone = self.time_zone

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        time_format = self.time_format

        default_schedule_id: int | None | Unset
        if isinstance(self.default_schedule_id, Unset):
            default_schedule_id = UNSET
        else:
            default_schedule_id = self.default_schedule_id

        week_start = self.week_start

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "email": email,
                "timeZone": time_zone,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if bio is not UNSET:
            field_dict["bio"] = bio
        if time_format is not UNSET:
            field_dict["timeFormat"] = time_format
        if default_schedule_id is not UNSET:
            field_dict["defaultScheduleId"] = default_schedule_id
        if week_start is not UNSET:
            field_dict["weekStart"] = week_start
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.me_organization import MeOrganization  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        email = d.pop("email")

        time_zone = d.pop("timeZone")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl", UNSET))

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

        time_format = d.pop("timeFormat", UNSET)

        def _parse_default_schedule_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_schedule_id = _parse_default_schedule_id(d.pop("defaultScheduleId", UNSET))

        week_start = d.pop("weekStart", UNSET)

        def _parse_organization_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_id = _parse_organization_id(d.pop("organizationId", UNSET))

        _organization = d.pop("organization", UNSET)
        organization: MeOrganization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = MeOrganization.from_dict(_organization)

        me = cls(
            id=id,
            username=username,
            email=email,
            time_zone=time_zone,
            name=name,
            avatar_url=avatar_url,
            bio=bio,
            time_format=time_format,
            default_schedule_id=default_schedule_id,
            week_start=week_start,
            organization_id=organization_id,
            organization=organization,
        )

        me.additional_properties = d
        return me

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
