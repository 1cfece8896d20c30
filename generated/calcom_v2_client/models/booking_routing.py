from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_int,
    as_list,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

T = TypeVar("T", bound="BookingRouting")


class BookingRouting:
    """Routing-form context for a booking made after a routing form."""

    __slots__ = (
        "team_member_ids",
        "response_id",
        "queued_response_id",
        "team_member_email",
        "skip_contact_owner",
        "crm_app_slug",
        "crm_owner_record_type",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "team_member_ids",
        "response_id",
        "queued_response_id",
        "team_member_email",
        "skip_contact_owner",
        "crm_app_slug",
        "crm_owner_record_type",
    )

    team_member_ids: list[int]
    response_id: int | None | Unset
    queued_response_id: None | str | Unset
    team_member_email: str | Unset
    skip_contact_owner: bool | Unset
    crm_app_slug: str | Unset
    crm_owner_record_type: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        team_member_ids: list[int],
        response_id: int | None | Unset = UNSET,
        queued_response_id: None | str | Unset = UNSET,
        team_member_email: str | Unset = UNSET,
        skip_contact_owner: bool | Unset = UNSET,
        crm_app_slug: str | Unset = UNSET,
        crm_owner_record_type: str | Unset = UNSET,
    ) -> None:
        self.team_member_ids = team_member_ids
        self.response_id = response_id
        self.queued_response_id = queued_response_id
        self.team_member_email = team_member_email
        self.skip_contact_owner = skip_contact_owner
        self.crm_app_slug = crm_app_slug
        self.crm_owner_record_type = crm_owner_record_type
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"team_member_ids={self.team_member_ids!r}, "
            f"response_id={self.response_id!r}, "
            f"queued_response_id={self.queued_response_id!r}, "
            f"team_member_email={self.team_member_email!r}, "
            f"skip_contact_owner={self.skip_contact_owner!r}, "
            f"crm_app_slug={self.crm_app_slug!r}, "
            f"crm_owner_record_type={self.crm_owner_record_type!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(BookingRouting, other)
        return (
            self.team_member_ids == that.team_member_ids
            and self.response_id == that.response_id
            and self.queued_response_id == that.queued_response_id
            and self.team_member_email == that.team_member_email
            and self.skip_contact_owner == that.skip_contact_owner
            and self.crm_app_slug == that.crm_app_slug
            and self.crm_owner_record_type == that.crm_owner_record_type
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        team_member_ids = self.team_member_ids

        response_id: int | None | Unset
        if isinstance(self.response_id, Unset):
            response_id = UNSET
        else:
            response_id = self.response_id

        queued_response_id: None | str | Unset
        if isinstance(self.queued_response_id, Unset):
            queued_response_id = UNSET
        else:
            queued_response_id = self.queued_response_id

        team_member_email = self.team_member_email

        skip_contact_owner = self.skip_contact_owner

        crm_app_slug = self.crm_app_slug

        crm_owner_record_type = self.crm_owner_record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teamMemberIds": team_member_ids,
            }
        )
        if response_id is not UNSET:
            field_dict["responseId"] = response_id
        if queued_response_id is not UNSET:
            field_dict["queuedResponseId"] = queued_response_id
        if team_member_email is not UNSET:
            field_dict["teamMemberEmail"] = team_member_email
        if skip_contact_owner is not UNSET:
            field_dict["skipContactOwner"] = skip_contact_owner
        if crm_app_slug is not UNSET:
            field_dict["crmAppSlug"] = crm_app_slug
        if crm_owner_record_type is not UNSET:
            field_dict["crmOwnerRecordType"] = crm_owner_record_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "BookingRouting")
        d = dict(src_dict)
        _key: str = "teamMemberIds"
        try:
            _team_member_ids = d.pop("teamMemberIds")
            if type(_team_member_ids) is not list:
                _team_member_ids = as_list(_team_member_ids)
            team_member_ids = []
            for team_member_ids_index, team_member_ids_item_data in enumerate(_team_member_ids):
                try:
                    team_member_ids_item = team_member_ids_item_data
                    if type(team_member_ids_item) is not int:
                        team_member_ids_item = as_int(team_member_ids_item)

                except ResponseParseError as exc:
                    exc.at(team_member_ids_index)
                    raise
                team_member_ids.append(team_member_ids_item)

            _key = "responseId"
            response_id = d.pop("responseId", UNSET)
            if not (response_id is UNSET or response_id is None or type(response_id) is int):

                def _parse_response_id(data: object) -> int | None | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            response_id_type_0 = data
                            if type(response_id_type_0) is not int:
                                response_id_type_0 = as_int(response_id_type_0)

                            return response_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("int", exc))
                    raise no_variant("int | None", data, attempts)

                response_id = _parse_response_id(response_id)

            _key = "queuedResponseId"
            queued_response_id = d.pop("queuedResponseId", UNSET)
            if not (queued_response_id is UNSET or queued_response_id is None or type(queued_response_id) is str):

                def _parse_queued_response_id(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            queued_response_id_type_0 = data
                            if type(queued_response_id_type_0) is not str:
                                queued_response_id_type_0 = as_str(queued_response_id_type_0)

                            return queued_response_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                queued_response_id = _parse_queued_response_id(queued_response_id)

            _key = "teamMemberEmail"
            team_member_email = d.pop("teamMemberEmail", UNSET)
            if type(team_member_email) is not str and team_member_email is not UNSET:
                team_member_email = UNSET if team_member_email is None else as_str(team_member_email)

            _key = "skipContactOwner"
            skip_contact_owner = d.pop("skipContactOwner", UNSET)
            if type(skip_contact_owner) is not bool and skip_contact_owner is not UNSET:
                skip_contact_owner = UNSET if skip_contact_owner is None else as_bool(skip_contact_owner)

            _key = "crmAppSlug"
            crm_app_slug = d.pop("crmAppSlug", UNSET)
            if type(crm_app_slug) is not str and crm_app_slug is not UNSET:
                crm_app_slug = UNSET if crm_app_slug is None else as_str(crm_app_slug)

            _key = "crmOwnerRecordType"
            crm_owner_record_type = d.pop("crmOwnerRecordType", UNSET)
            if type(crm_owner_record_type) is not str and crm_owner_record_type is not UNSET:
                crm_owner_record_type = UNSET if crm_owner_record_type is None else as_str(crm_owner_record_type)

            booking_routing = cls(
                team_member_ids=team_member_ids,
                response_id=response_id,
                queued_response_id=queued_response_id,
                team_member_email=team_member_email,
                skip_contact_owner=skip_contact_owner,
                crm_app_slug=crm_app_slug,
                crm_owner_record_type=crm_owner_record_type,
            )

            booking_routing.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("BookingRouting", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("BookingRouting", _key)
            raise error from exc
        return booking_routing

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
