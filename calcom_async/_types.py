"""Small, validated input types of the public API.

They validate on construction, so bad input fails with :class:`CalcomValueError` before any
request is sent, and they convert themselves to the wire's camelCase shape.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

import attrs

from . import _validate as v
from ._errors import CalcomValueError

__all__ = [
    "Attendee",
    "Availability",
    "DateOverride",
    "Guest",
    "Host",
    "Weekday",
    "ensure_aware",
    "to_wire_datetime",
    "validate_time_zone",
]

Weekday = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_HH_MM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_PHONE = re.compile(r"^\+[1-9]\d{1,14}$")
_PRIORITIES = ("lowest", "low", "medium", "high", "highest")


def validate_time_zone(name: str, *, field: str = "time_zone") -> str:
    """Return ``name`` if it is an IANA time zone, else raise :class:`CalcomValueError`."""
    return v.time_zone(name, field)


def validate_email(value: str, *, field: str = "email") -> str:
    return v.email(value, field)


def ensure_aware(value: datetime, *, field: str) -> datetime:
    """Reject naive datetimes: a naive time is ambiguous across the API's time zones."""
    return v.aware_datetime(value, field)


def to_wire_datetime(value: datetime, *, field: str) -> str:
    """ISO 8601 in UTC with an explicit offset, millisecond precision, as Cal.com expects."""
    return v.wire_datetime(value, field)


def _non_empty(field: str) -> Any:
    def check(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
        v.text(value, field)

    return check


def _languages() -> frozenset[str]:
    from calcom_v2_client.models.language import Language  # deferred: keeps import light

    return v.literal_values(Language)


@attrs.frozen
class Attendee:
    """The person a booking is for.

    Example::

        Attendee(name="Ada Lovelace", email="ada@example.com", time_zone="Europe/London")

    ``email`` or ``phone_number`` (E.164, e.g. ``"+442071234567"``) identifies the attendee;
    Cal.com requires an email unless the event type books by phone. ``language`` is one of
    Cal.com's language codes (``"en"``, ``"de"``, ``"pt-BR"``, ...).
    """

    name: str = attrs.field(validator=_non_empty("attendee name"))
    email: str | None = None
    time_zone: str = "UTC"
    phone_number: str | None = None
    language: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.email is None and self.phone_number is None:
            raise CalcomValueError("attendee needs an email or a phone_number")
        if self.email is not None:
            v.email(self.email, "attendee email")
        if self.phone_number is not None and not (
            isinstance(self.phone_number, str) and _PHONE.match(self.phone_number)
        ):
            raise CalcomValueError("attendee phone_number must be E.164, like '+442071234567'")
        v.time_zone(self.time_zone, "attendee time_zone")
        if self.language is not None:
            v.choice(self.language, "attendee language", _languages())

    def to_wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {"name": self.name, "timeZone": self.time_zone}
        if self.email is not None:
            body["email"] = self.email
        if self.phone_number is not None:
            body["phoneNumber"] = self.phone_number
        if self.language is not None:
            body["language"] = self.language
        return body


@attrs.frozen
class Guest:
    """A guest added to an existing booking (``cal.bookings.add_guests``).

    Example::

        Guest(email="bob@example.com", name="Bob", time_zone="America/Chicago")

    Only ``email`` is required; a plain email string works wherever a ``Guest`` does.
    ``phone_number`` is E.164 and ``language`` one of Cal.com's language codes.
    """

    email: str
    name: str | None = None
    time_zone: str | None = None
    phone_number: str | None = None
    language: str | None = None

    def __attrs_post_init__(self) -> None:
        v.email(self.email, "guest email")
        if self.name is not None:
            v.text(self.name, "guest name")
        if self.time_zone is not None:
            v.time_zone(self.time_zone, "guest time_zone")
        if self.phone_number is not None and not (
            isinstance(self.phone_number, str) and _PHONE.match(self.phone_number)
        ):
            raise CalcomValueError("guest phone_number must be E.164, like '+442071234567'")
        if self.language is not None:
            v.choice(self.language, "guest language", _languages())

    def to_wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {"email": self.email}
        optional = {
            "name": self.name,
            "timeZone": self.time_zone,
            "phoneNumber": self.phone_number,
            "language": self.language,
        }
        body.update({k: value for k, value in optional.items() if value is not None})
        return body


def _check_hh_mm(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _HH_MM.match(value):
        raise CalcomValueError(f"{attr.name} must be a 24-hour 'HH:MM' time, got {v.shown(value)}")


def _to_days(value: object) -> tuple[str, ...]:
    return tuple(v.string_list(value, "availability days", item=v.text, allow_empty=True))


@attrs.frozen
class Availability:
    """Weekly working hours of a schedule.

    Example::

        Availability(days=["Monday", "Tuesday"], start_time="09:00", end_time="17:00")
    """

    days: tuple[Weekday, ...] = attrs.field(converter=_to_days)
    start_time: str = attrs.field(validator=_check_hh_mm)
    end_time: str = attrs.field(validator=_check_hh_mm)

    def __attrs_post_init__(self) -> None:
        if not self.days:
            raise CalcomValueError("availability days must name at least one weekday")
        bad = [d for d in self.days if d not in _WEEKDAYS]
        if bad:
            raise CalcomValueError(f"availability days must be weekday names, not {v.shown(bad)}")
        if self.end_time <= self.start_time:
            raise CalcomValueError("availability end_time must be after start_time")

    def to_wire(self) -> dict[str, Any]:
        return {"days": list(self.days), "startTime": self.start_time, "endTime": self.end_time}


def _check_date(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise CalcomValueError("override date must be a datetime.date (not a datetime)")


@attrs.frozen
class DateOverride:
    """Different hours on one date (for example a half day)."""

    date: date = attrs.field(validator=_check_date)
    start_time: str = attrs.field(validator=_check_hh_mm)
    end_time: str = attrs.field(validator=_check_hh_mm)

    def __attrs_post_init__(self) -> None:
        if self.end_time <= self.start_time:
            raise CalcomValueError("override end_time must be after start_time")

    def to_wire(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "startTime": self.start_time,
            "endTime": self.end_time,
        }


@attrs.frozen
class Host:
    """A host of a team event type (round robin or collective)."""

    user_id: int
    mandatory: bool | None = None
    priority: Literal["lowest", "low", "medium", "high", "highest"] | None = None

    def __attrs_post_init__(self) -> None:
        v.positive_int(self.user_id, "host user_id")
        if self.mandatory is not None:
            v.boolean(self.mandatory, "host mandatory")
        if self.priority is not None:
            v.choice(self.priority, "host priority", _PRIORITIES)

    def to_wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {"userId": self.user_id}
        if self.mandatory is not None:
            body["mandatory"] = self.mandatory
        if self.priority is not None:
            body["priority"] = self.priority
        return body
