"""``BookingRequest``: one booking to create, validated, with its idempotency key.

Shared by ``cal.bookings.create`` (which builds one from its keyword arguments) and the bulk
engine (:mod:`calcom_async.bulk`, which re-exports it), so a booking is checked the same way
whichever door it comes through.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import attrs

from . import _validate as v
from ._errors import CalcomValueError
from ._types import Attendee

__all__ = ["BULK_MARKER_KEY", "LOCATION_KINDS", "METADATA_LIMITS", "BookingRequest"]

#: The ``metadata`` key ``create_many`` stamps on each booking it creates (value: the request's
#: :attr:`BookingRequest.key`), so reconciliation recognises its own bookings exactly.
BULK_MARKER_KEY = "calcom_async_bulk_key"

#: Cal.com's ``metadata`` limits: keys, key length, string value length.
METADATA_LIMITS = (50, 40, 500)

#: Location kinds Cal.com v2 accepts, each with the field it needs besides ``type``.
LOCATION_KINDS: Mapping[str, str | None] = {
    "address": None,
    "attendeeAddress": "address",
    "attendeeDefined": "location",
    "attendeePhone": "phone",
    "integration": "integration",
    "link": None,
    "phone": None,
    "organizersDefaultApp": None,
}

_MAPPING_FIELDS = frozenset(
    {
        "event_type_id",
        "start",
        "attendee",
        "guests",
        "location",
        "metadata",
        "length_in_minutes",
        "booking_fields_responses",
    }
)
_ATTENDEE_FIELDS = frozenset({"name", "email", "time_zone", "phone_number", "language"})


def _integrations() -> frozenset[str]:
    from calcom_v2_client.models.conferencing_integration import ConferencingIntegration

    return v.literal_values(ConferencingIntegration)


def _check_event_type_id(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    v.positive_int(value, "event_type_id")


def _check_start(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    v.aware_datetime(value, "start")


def _check_attendee(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Attendee):
        raise CalcomValueError("attendee must be an Attendee (or a mapping, via from_mapping)")


def _to_guests(value: Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(v.string_list(value, "guests", item=v.email, allow_empty=True))


def _to_location(value: object) -> dict[str, Any] | None:
    """A location object such as ``{"type": "attendeeDefined", "location": "Cafe"}``."""
    if value is None:
        return None
    if isinstance(value, str):
        raise CalcomValueError(
            "location must be a mapping such as {'type': 'attendeeDefined', 'location': "
            f"{v.shown(value)}}}: Cal.com v2 takes location objects, not plain strings"
        )
    location = v.json_object(value, "location")
    kind = v.choice(location.get("type"), "location type", LOCATION_KINDS)
    needed = LOCATION_KINDS[kind]
    allowed = {"type"} if needed is None else {"type", needed}
    unknown = sorted(set(location) - allowed)
    if unknown:
        raise CalcomValueError(f"location of type {kind!r} takes no field(s) {unknown}")
    if needed == "integration":
        v.choice(location.get(needed), "location integration", _integrations())
    elif needed is not None:
        v.text(location.get(needed), f"location {needed}")
    return location


def _to_metadata(value: object) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise CalcomValueError("metadata must be a mapping of strings to strings")
    max_keys, max_key, max_value = METADATA_LIMITS
    if len(value) > max_keys:
        raise CalcomValueError(f"metadata may have at most {max_keys} keys")
    for key, item in value.items():
        v.text(key, "metadata key", max_length=max_key)
        v.text(item, f"metadata value for {v.shown(key)}", allow_empty=True, max_length=max_value)
    return dict(value)


def _check_length(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        v.positive_int(value, "length_in_minutes")


def _to_responses(value: object) -> dict[str, Any] | None:
    return None if value is None else v.json_object(value, "booking_fields_responses")


def _parse_start(value: object) -> datetime:
    if isinstance(value, str):
        try:  # Python 3.10's fromisoformat does not accept a "Z" suffix.
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise CalcomValueError(f"start {v.shown(value)} is not an ISO 8601 date-time") from None
    return v.aware_datetime(value, "start")


def _parse_attendee(value: object) -> Attendee:
    if isinstance(value, Attendee):
        return value
    if not isinstance(value, Mapping):
        raise CalcomValueError("attendee must be an Attendee or a mapping with name and email")
    unknown = set(value) - _ATTENDEE_FIELDS
    if unknown:
        raise CalcomValueError(
            f"unknown attendee field(s) {sorted(map(str, unknown))}; "
            f"expected some of {sorted(_ATTENDEE_FIELDS)}"
        )
    if "name" not in value:
        raise CalcomValueError("attendee needs a name")
    return Attendee(**value)


@attrs.frozen(eq=True)
class BookingRequest:
    """One booking to create; validated on construction (:class:`CalcomValueError`).

    Example::

        BookingRequest(
            event_type_id=123,
            start=datetime(2030, 5, 1, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")),
            attendee=Attendee(name="Ada", email="ada@example.com", time_zone="Europe/London"),
            metadata={"import_row": "17"},
        )

    ``location`` is one of Cal.com's location objects (see :data:`LOCATION_KINDS`), e.g.
    ``{"type": "attendeeDefined", "location": "https://meet.example.com/ada"}``. ``metadata``
    follows Cal.com's limits: at most 50 keys, keys up to 40 characters, string values up to 500
    characters. Mapping fields are copied; treat them as read-only.
    """

    event_type_id: int = attrs.field(validator=_check_event_type_id)
    start: datetime = attrs.field(validator=_check_start)
    attendee: Attendee = attrs.field(validator=_check_attendee)
    guests: tuple[str, ...] = attrs.field(default=(), converter=_to_guests)
    location: dict[str, Any] | None = attrs.field(default=None, converter=_to_location)
    metadata: dict[str, str] | None = attrs.field(default=None, converter=_to_metadata)
    length_in_minutes: int | None = attrs.field(default=None, validator=_check_length)
    booking_fields_responses: dict[str, Any] | None = attrs.field(
        default=None, converter=_to_responses
    )

    @classmethod
    def from_mapping(cls, m: Mapping[str, Any]) -> BookingRequest:
        """Build a request from the keyword arguments of ``cal.bookings.create``.

        ``attendee`` may be an :class:`Attendee` or a mapping of its fields (``name``,
        ``email``, ``time_zone``, ``phone_number``, ``language``); ``start`` may also be an
        ISO 8601 string with an offset (handy for CSV imports). Unknown keys are rejected, so a
        typo cannot silently drop a field.
        """
        if isinstance(m, BookingRequest):
            return m
        if not isinstance(m, Mapping):
            raise CalcomValueError(
                f"a bulk item must be a BookingRequest or a mapping, not {type(m).__name__}"
            )
        unknown = set(m) - _MAPPING_FIELDS
        if unknown:
            raise CalcomValueError(
                f"unknown booking field(s) {sorted(map(str, unknown))}; "
                f"expected some of {sorted(_MAPPING_FIELDS)}"
            )
        missing = [f for f in ("event_type_id", "start", "attendee") if m.get(f) is None]
        if missing:
            raise CalcomValueError(f"booking is missing required field(s) {missing}")
        return cls(
            event_type_id=m["event_type_id"],
            start=_parse_start(m["start"]),
            attendee=_parse_attendee(m["attendee"]),
            guests=m.get("guests"),
            location=m.get("location"),
            metadata=m.get("metadata"),
            length_in_minutes=m.get("length_in_minutes"),
            booking_fields_responses=m.get("booking_fields_responses"),
        )

    @property
    def identity(self) -> str:
        """The attendee's identity for matching: lower-cased email, else the phone number."""
        if self.attendee.email is not None:
            return "email:" + self.attendee.email.strip().lower()
        return "phone:" + str(self.attendee.phone_number)

    @property
    def key(self) -> str:
        """Stable idempotency key (64 hex characters).

        ``sha256("v1|<event_type_id>|<start as UTC ISO 8601, ms>|<identity>")`` where identity is
        ``email:<email lower-cased>`` or, without an email, ``phone:<E.164 number>``. Two requests
        for the same attendee, event type and instant share a key whatever the time zone the
        start was written in; name, guests, metadata etc. do not affect it (see
        :attr:`fingerprint`). It names the booking in the journal and is the marker
        ``create_many`` stores in the booking's metadata.
        """
        start = v.wire_datetime(self.start, "start")
        raw = f"v1|{self.event_type_id}|{start}|{self.identity}"
        return hashlib.sha256(raw.encode()).hexdigest()

    @property
    def fingerprint(self) -> str:
        """A short hash of everything the booking would be created with (16 hex characters).

        Two requests with the same :attr:`key` but different fingerprints describe the same
        booking with different details (guests, metadata, name, ...): ``create_many`` reports
        the later one as a ``conflicting_duplicate`` instead of silently calling it done.
        Email case and guest order do not count.
        """
        body = self.to_wire()
        if "email" in body["attendee"]:
            body["attendee"]["email"] = body["attendee"]["email"].strip().lower()
        if "guests" in body:
            body["guests"] = sorted(g.strip().lower() for g in body["guests"])
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def marked(self) -> BookingRequest:
        """This request with :data:`BULK_MARKER_KEY` set to :attr:`key` in its metadata.

        Raises:
            CalcomValueError: the metadata already has Cal.com's maximum of 50 keys, or uses the
                marker key itself.
        """
        metadata = dict(self.metadata or {})
        if BULK_MARKER_KEY in metadata:
            raise CalcomValueError(
                f"metadata key {BULK_MARKER_KEY!r} is reserved for create_many's marker "
                "(pass mark_bookings=False to manage it yourself)"
            )
        if len(metadata) >= METADATA_LIMITS[0]:
            raise CalcomValueError(
                f"metadata has {len(metadata)} keys; create_many adds its marker key and "
                f"Cal.com allows {METADATA_LIMITS[0]} (use fewer keys or mark_bookings=False)"
            )
        metadata[BULK_MARKER_KEY] = self.key
        return attrs.evolve(self, metadata=metadata)

    def create_kwargs(self) -> dict[str, Any]:
        """The keyword arguments for ``cal.bookings.create`` (unset fields omitted)."""
        kwargs: dict[str, Any] = {
            "event_type_id": self.event_type_id,
            "start": self.start,
            "attendee": self.attendee,
        }
        if self.guests:
            kwargs["guests"] = list(self.guests)
        optional = {
            "location": self.location,
            "metadata": self.metadata,
            "length_in_minutes": self.length_in_minutes,
            "booking_fields_responses": self.booking_fields_responses,
        }
        kwargs.update({k: v for k, v in optional.items() if v is not None})
        return kwargs

    def to_wire(self) -> dict[str, Any]:
        """The ``POST /v2/bookings`` body (camelCase, start in UTC)."""
        body: dict[str, Any] = {
            "eventTypeId": self.event_type_id,
            "start": v.wire_datetime(self.start, "start"),
            "attendee": self.attendee.to_wire(),
        }
        if self.guests:
            body["guests"] = list(self.guests)
        if self.location is not None:
            body["location"] = dict(self.location)
        if self.metadata is not None:
            body["metadata"] = dict(self.metadata)
        if self.length_in_minutes is not None:
            body["lengthInMinutes"] = self.length_in_minutes
        if self.booking_fields_responses is not None:
            body["bookingFieldsResponses"] = dict(self.booking_fields_responses)
        return body
