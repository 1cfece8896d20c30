from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="TeamMembershipUser")


class TeamMembershipUser:
    __slots__ = ("email", "username", "name", "avatar_url", "bio", "metadata", "additional_properties", "__weakref__")
    __match_args__ = (
        "email",
        "username",
        "name",
        "avatar_url",
        "bio",
        "metadata",
    )

    email: str
    username: None | str | Unset
    name: None | str | Unset
    avatar_url: None | str | Unset
    bio: None | str | Unset
    metadata: Metadata | Unset
    """ Free-form key/value data (at most 50 keys; keys up to 40 characters; string values up to 500 characters).
    """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        email: str,
        username: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        avatar_url: None | str | Unset = UNSET,
        bio: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
    ) -> None:
        self.email = email
        self.username = username
        self.name = name
        self.avatar_url = avatar_url
        self.bio = bio
        self.metadata = metadata
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"email={self.email!r}, "
            f"username={self.username!r}, "
            f"name={self.name!r}, "
            f"avatar_url={self.avatar_url!r}, "
            f"bio={self.bio!r}, "
            f"metadata={self.metadata!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(TeamMembershipUser, other)
        return (
            self.email == that.email
            and self.username == that.username
            and self.name == that.name
            and self.avatar_url == that.avatar_url
            and self.bio == that.bio
            and self.metadata == that.metadata
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        email = self.email

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if bio is not UNSET:
            field_dict["bio"] = bio
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "TeamMembershipUser")
        d = dict(src_dict)
        _key: str = "email"
        try:
            email = d.pop("email")
            if type(email) is not str:
                email = as_str(email)

            _key = "username"
            username = d.pop("username", UNSET)
            if not (username is UNSET or username is None or type(username) is str):

                def _parse_username(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            username_type_0 = data
                            if type(username_type_0) is not str:
                                username_type_0 = as_str(username_type_0)

                            return username_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                username = _parse_username(username)

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

            _key = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: Metadata | Unset
            if _metadata is UNSET or _metadata is None:
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

            team_membership_user = cls(
                email=email,
                username=username,
                name=name,
                avatar_url=avatar_url,
                bio=bio,
                metadata=metadata,
            )

            team_membership_user.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("TeamMembershipUser", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("TeamMembershipUser", _key)
            raise error from exc
        return team_membership_user

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
    global _models_bound, Metadata
    from ..models.metadata import Metadata  # noqa: PLC0415

    _models_bound = True
