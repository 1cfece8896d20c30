from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_entry import CalendarEntry
    from ..models.calendar_integration import CalendarIntegration


T = TypeVar("T", bound="ConnectedCalendar")


@_attrs_define
class ConnectedCalendar:
    """A connected calendar account (one credential) and its calendars."""

    integration: CalendarIntegration
    """ The calendar app behind a connection. """
    credential_id: int
    delegation_credential_id: None | str | Unset = UNSET
    primary: CalendarEntry | Unset = UNSET
    """ One calendar inside a connected account. """
    calendars: list[CalendarEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration = self.integration.to_dict()

        credential_id = self.credential_id

        delegation_credential_id: None | str | Unset
        if isinstance(self.delegation_credential_id, Unset):
            delegation_credential_id = UNSET
        else:
            delegation_credential_id = self.delegation_credential_id

        primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary, Unset):
            primary = self.primary.to_dict()

        calendars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.calendars, Unset):
            calendars = []
            for calendars_item_data in self.calendars:
                calendars_item = calendars_item_data.to_dict()
                calendars.append(calendars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration": integration,
                "credentialId": credential_id,
            }
        )
        if delegation_credential_id is not UNSET:
            field_dict["delegationCredentialId"] = delegation_credential_id
        if primary is not UNSET:
            field_dict["primary"] = primary
        if calendars is not UNSET:
            field_dict["calendars"] = calendars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_entry import CalendarEntry  # noqa: PLC0415
        from ..models.calendar_integration import CalendarIntegration  # noqa: PLC0415

        d = dict(src_dict)
        integration = CalendarIntegration.from_dict(d.pop("integration"))

        credential_id = d.pop("credentialId")

        def _parse_delegation_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delegation_credential_id = _parse_delegation_credential_id(d.pop("delegationCredentialId", UNSET))

        _primary = d.pop("primary", UNSET)
        primary: CalendarEntry | Unset
        if isinstance(_primary, Unset):
            primary = UNSET
        else:
            primary = CalendarEntry.from_dict(_primary)

        _calendars = d.pop("calendars", UNSET)
        calendars: list[CalendarEntry] | Unset = UNSET
        if _calendars is not UNSET:
            calendars = []
            for calendars_item_data in _calendars:
                calendars_item = CalendarEntry.from_dict(calendars_item_data)

                calendars.append(calendars_item)

        connected_calendar = cls(
            integration=integration,
            credential_id=credential_id,
            delegation_credential_id=delegation_credential_id,
            primary=primary,
            calendars=calendars,
        )

        connected_calendar.additional_properties = d
        return connected_calendar

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
