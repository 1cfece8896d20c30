from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_list,
    as_object,
    as_str,
    no_variant,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.calendar_entry import CalendarEntry
    from ..models.calendar_integration import CalendarIntegration


T = TypeVar("T", bound="ConnectedCalendar")


class ConnectedCalendar:
    """A connected calendar account (one credential) and its calendars."""

    __slots__ = (
        "integration",
        "credential_id",
        "delegation_credential_id",
        "primary",
        "calendars",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "integration",
        "credential_id",
        "delegation_credential_id",
        "primary",
        "calendars",
    )

    integration: CalendarIntegration
    """ The calendar app behind a connection. """
    credential_id: int
    delegation_credential_id: None | str | Unset
    primary: CalendarEntry | Unset
    """ One calendar inside a connected account. """
    calendars: list[CalendarEntry] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        integration: CalendarIntegration,
        credential_id: int,
        delegation_credential_id: None | str | Unset = UNSET,
        primary: CalendarEntry | Unset = UNSET,
        calendars: list[CalendarEntry] | Unset = UNSET,
    ) -> None:
        self.integration = integration
        self.credential_id = credential_id
        self.delegation_credential_id = delegation_credential_id
        self.primary = primary
        self.calendars = calendars
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"integration={self.integration!r}, "
            f"credential_id={self.credential_id!r}, "
            f"delegation_credential_id={self.delegation_credential_id!r}, "
            f"primary={self.primary!r}, "
            f"calendars={self.calendars!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(ConnectedCalendar, other)
        return (
            self.integration == that.integration
            and self.credential_id == that.credential_id
            and self.delegation_credential_id == that.delegation_credential_id
            and self.primary == that.primary
            and self.calendars == that.calendars
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "ConnectedCalendar")
        d = dict(src_dict)
        _key: str = "integration"
        try:
            integration = CalendarIntegration.from_dict(d.pop("integration"))

            _key = "credentialId"
            credential_id = d.pop("credentialId")
            if type(credential_id) is not int:
                credential_id = as_int(credential_id)

            _key = "delegationCredentialId"
            delegation_credential_id = d.pop("delegationCredentialId", UNSET)
            if not (
                delegation_credential_id is UNSET
                or delegation_credential_id is None
                or type(delegation_credential_id) is str
            ):

                def _parse_delegation_credential_id(data: object) -> None | str | Unset:
                    attempts: list[tuple[str, ResponseParseError]] = []
                    if isinstance(data, str):
                        try:
                            delegation_credential_id_type_0 = data
                            if type(delegation_credential_id_type_0) is not str:
                                delegation_credential_id_type_0 = as_str(delegation_credential_id_type_0)

                            return delegation_credential_id_type_0
                        except ResponseParseError as exc:
                            attempts.append(("str", exc))
                    raise no_variant("str | None", data, attempts)

                delegation_credential_id = _parse_delegation_credential_id(delegation_credential_id)

            _key = "primary"
            _primary = d.pop("primary", UNSET)
            primary: CalendarEntry | Unset
            if _primary is UNSET or _primary is None:
                primary = UNSET
            else:
                primary = CalendarEntry.from_dict(_primary)

            _key = "calendars"
            _calendars = d.pop("calendars", UNSET)
            calendars: list[CalendarEntry] | Unset = UNSET
            if _calendars is not UNSET and _calendars is not None:
                if type(_calendars) is not list:
                    _calendars = as_list(_calendars)
                calendars = []
                for calendars_index, calendars_item_data in enumerate(_calendars):
                    try:
                        calendars_item = CalendarEntry.from_dict(calendars_item_data)

                    except ResponseParseError as exc:
                        exc.at(calendars_index)
                        raise
                    calendars.append(calendars_item)

            connected_calendar = cls(
                integration=integration,
                credential_id=credential_id,
                delegation_credential_id=delegation_credential_id,
                primary=primary,
                calendars=calendars,
            )

            connected_calendar.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("ConnectedCalendar", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("ConnectedCalendar", _key)
            raise error from exc
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


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, CalendarEntry, CalendarIntegration
    from ..models.calendar_entry import CalendarEntry  # noqa: PLC0415
    from ..models.calendar_integration import CalendarIntegration  # noqa: PLC0415

    _models_bound = True
