from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.me_organization import MeOrganization


T = TypeVar("T", bound="Me")


class Me:
    __slots__ = (
        "id",
        "username",
        "email",
        "time_zone",
        "name",
        "avatar_url",
        "bio",
        "time_format",
        "default_schedule_id",
        "week_start",
        "organization_id",
        "organization",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "username",
        "email",
        "time_zone",
        "name",
        "avatar_url",
        "bio",
        "time_format",
        "default_schedule_id",
        "week_start",
        "organization_id",
        "organization",
    )

    id: int
    username: str
    email: str
    time_zone: str
    name: None | str | Unset
    avatar_url: None | str | Unset
    bio: None | str | Unset
    time_format: int | Unset
    """ 12 or 24. """
    default_schedule_id: int | None | Unset
    week_start: str | Unset
    """ Day name, e.g. Monday. """
    organization_id: int | None | Unset
    organization: MeOrganization | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        username: str,
        email: str,
        time_zone: str,
        name: None | str | Unset = UNSET,
        avatar_url: None | str | Unset = UNSET,
        bio: None | str | Unset = UNSET,
        time_format: int | Unset = UNSET,
        default_schedule_id: int | None | Unset = UNSET,
        week_start: str | Unset = UNSET,
        organization_id: int | None | Unset = UNSET,
        organization: MeOrganization | Unset = UNSET,
    ) -> None:
        self.id = id
        self.username = username
        self.email = email
        self.time_zone = time_zone
        self.name = name
        self.avatar_url = avatar_url
        self.bio = bio
        self.time_format = time_format
        self.default_schedule_id = default_schedule_id
        self.week_start = week_start
        self.organization_id = organization_id
        self.organization = organization
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"username={self.username!r}, "
            f"email={self.email!r}, "
            f"time_zone={self.time_zone!r}, "
            f"name={self.name!r}, "
            f"avatar_url={self.avatar_url!r}, "
            f"bio={self.bio!r}, "
            f"time_format={self.time_format!r}, "
            f"default_schedule_id={self.default_schedule_id!r}, "
            f"week_start={self.week_start!r}, "
            f"organization_id={self.organization_id!r}, "
            f"organization={self.organization!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(Me, other)
        return (
            self.id == that.id
            and self.username == that.username
            and self.email == that.email
            and self.time_zone == that.time_zone
            and self.name == that.name
            and self.avatar_url == that.avatar_url
            and self.bio == that.bio
            and self.time_format == that.time_format
            and self.default_schedule_id == that.default_schedule_id
            and self.week_start == that.week_start
            and self.organization_id == that.organization_id
            and self.organization == that.organization
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "Me")
        d = dict(src_dict)
        _key: str = "id"
        try:
            id = d.pop("id")
            if type(id) is not int:
                id = as_int(id)

            _key = "username"
            username = d.pop("username")
            if type(username) is not str:
                username = as_str(username)

            _key = "email"
            email = d.pop("email")
            if type(email) is not str:
                email = as_str(email)

            _key = "timeZone"
            time_zone = d.pop("timeZone")
            if type(time_zone) is not str:
                time_zone = as_str(time_zone)

            _key = "name"
            name = d.pop("name", UNSET)
            if not (name is UNSET or name is None or type(name) is str):

                def _parse_name(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            name_type_0 = data
                            if type(name_type_0) is not str:
                                name_type_0 = as_str(name_type_0)

                            return name_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                name = _parse_name(name)

            _key = "avatarUrl"
            avatar_url = d.pop("avatarUrl", UNSET)
            if not (avatar_url is UNSET or avatar_url is None or type(avatar_url) is str):

                def _parse_avatar_url(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            avatar_url_type_0 = data
                            if type(avatar_url_type_0) is not str:
                                avatar_url_type_0 = as_str(avatar_url_type_0)

                            return avatar_url_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                avatar_url = _parse_avatar_url(avatar_url)

            _key = "bio"
            bio = d.pop("bio", UNSET)
            if not (bio is UNSET or bio is None or type(bio) is str):

                def _parse_bio(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            bio_type_0 = data
                            if type(bio_type_0) is not str:
                                bio_type_0 = as_str(bio_type_0)

                            return bio_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                bio = _parse_bio(bio)

            _key = "timeFormat"
            time_format = d.pop("timeFormat", UNSET)
            if type(time_format) is not int and time_format is not UNSET:
                time_format = UNSET if time_format is None else as_int(time_format)

            _key = "defaultScheduleId"
            default_schedule_id = d.pop("defaultScheduleId", UNSET)
            if not (default_schedule_id is UNSET or default_schedule_id is None or type(default_schedule_id) is int):

                def _parse_default_schedule_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            default_schedule_id_type_0 = data
                            if type(default_schedule_id_type_0) is not int:
                                default_schedule_id_type_0 = as_int(default_schedule_id_type_0)

                            return default_schedule_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                default_schedule_id = _parse_default_schedule_id(default_schedule_id)

            _key = "weekStart"
            week_start = d.pop("weekStart", UNSET)
            if type(week_start) is not str and week_start is not UNSET:
                week_start = UNSET if week_start is None else as_str(week_start)

            _key = "organizationId"
            organization_id = d.pop("organizationId", UNSET)
            if not (organization_id is UNSET or organization_id is None or type(organization_id) is int):

                def _parse_organization_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            organization_id_type_0 = data
                            if type(organization_id_type_0) is not int:
                                organization_id_type_0 = as_int(organization_id_type_0)

                            return organization_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                organization_id = _parse_organization_id(organization_id)

            _key = "organization"
            _organization = d.pop("organization", UNSET)
            organization: MeOrganization | Unset
            if _organization is UNSET or _organization is None:
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
        except ResponseParseError as exc:
            exc.enter("Me", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("Me", _key)
            raise error from exc
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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, MeOrganization
    from ..models.me_organization import MeOrganization  # noqa: PLC0415

    _models_bound = True
