from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookingRouting")


@_attrs_define
class BookingRouting:
    """Routing-form context for a booking made after a routing form."""

    team_member_ids: list[int]
    response_id: int | None | Unset = UNSET
    queued_response_id: None | str | Unset = UNSET
    team_member_email: str | Unset = UNSET
    skip_contact_owner: bool | Unset = UNSET
    crm_app_slug: str | Unset = UNSET
    crm_owner_record_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        team_member_ids = cast(list[int], d.pop("teamMemberIds"))

        def _parse_response_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_id = _parse_response_id(d.pop("responseId", UNSET))

        def _parse_queued_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queued_response_id = _parse_queued_response_id(d.pop("queuedResponseId", UNSET))

        team_member_email = d.pop("teamMemberEmail", UNSET)

        skip_contact_owner = d.pop("skipContactOwner", UNSET)

        crm_app_slug = d.pop("crmAppSlug", UNSET)

        crm_owner_record_type = d.pop("crmOwnerRecordType", UNSET)

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
