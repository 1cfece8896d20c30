"""Typed webhook events, one class per Cal.com trigger, and the parser that picks the class."""

from __future__ import annotations

import json
import typing
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeAlias, TypeVar

import attrs

from .._errors import CalcomValueError, WebhookVerificationError
from .._webhooks import verify_webhook_signature
from ._convert import from_wire, parse_datetime
from ._payloads import (
    BookingPayload,
    CalVideoNoShowPayload,
    CancelledBookingPayload,
    FormSubmittedPayload,
    InstantMeetingPayload,
    MeetingPayload,
    NoShowPayload,
    OOOCreatedPayload,
    PaymentPayload,
    RecordingReadyPayload,
    RescheduledBookingPayload,
    TranscriptionPayload,
)

__all__ = [
    "NO_SECRET_SIGNATURE",
    "AfterGuestsCalVideoNoShow",
    "AfterHostsCalVideoNoShow",
    "BaseEvent",
    "BookingCancelled",
    "BookingCreated",
    "BookingNoShowUpdated",
    "BookingPaid",
    "BookingPaymentInitiated",
    "BookingRejected",
    "BookingRequested",
    "BookingRescheduled",
    "CustomPayload",
    "FormSubmitted",
    "FormSubmittedNoEvent",
    "InstantMeeting",
    "MeetingEnded",
    "MeetingStarted",
    "OOOCreated",
    "RecordingReady",
    "RecordingTranscriptionGenerated",
    "UnknownEvent",
    "WebhookEvent",
    "parse_unverified",
    "verify_and_parse",
]

P = TypeVar("P")

NO_SECRET_SIGNATURE = "no-secret-provided"
"""What Cal.com sends in ``X-Cal-Signature-256`` for a webhook that has no secret."""

_FORM = "application/x-www-form-urlencoded"


@attrs.frozen(kw_only=True)
class BaseEvent(Generic[P]):
    """A delivery in Cal.com's standard ``{triggerEvent, createdAt, payload}`` envelope.

    Attributes:
        trigger_event: the trigger, e.g. ``"BOOKING_CREATED"``.
        created_at: when Cal.com emitted the event (aware); ``None`` when absent or unreadable.
        payload: the typed payload of this trigger.
        raw: the whole decoded body, for anything the typed view leaves out.
    """

    TRIGGER: ClassVar[str] = ""

    trigger_event: str
    created_at: datetime | None
    payload: P
    raw: dict[str, Any] = attrs.field(repr=False, eq=False)


@attrs.frozen(kw_only=True)
class BookingCreated(BaseEvent[BookingPayload]):
    """BOOKING_CREATED: a booking was made, or a pending one confirmed (status ``ACCEPTED``)."""

    TRIGGER: ClassVar[str] = "BOOKING_CREATED"


@attrs.frozen(kw_only=True)
class BookingRequested(BaseEvent[BookingPayload]):
    """BOOKING_REQUESTED: a booking awaits the host's confirmation (status ``PENDING``)."""

    TRIGGER: ClassVar[str] = "BOOKING_REQUESTED"


@attrs.frozen(kw_only=True)
class BookingRejected(BaseEvent[BookingPayload]):
    """BOOKING_REJECTED: the host declined a pending booking."""

    TRIGGER: ClassVar[str] = "BOOKING_REJECTED"


@attrs.frozen(kw_only=True)
class BookingCancelled(BaseEvent[CancelledBookingPayload]):
    """BOOKING_CANCELLED: with ``cancelled_by`` and ``cancellation_reason``."""

    TRIGGER: ClassVar[str] = "BOOKING_CANCELLED"


@attrs.frozen(kw_only=True)
class BookingRescheduled(BaseEvent[RescheduledBookingPayload]):
    """BOOKING_RESCHEDULED: ``payload.uid`` is the new booking, ``reschedule_uid`` the old."""

    TRIGGER: ClassVar[str] = "BOOKING_RESCHEDULED"


@attrs.frozen(kw_only=True)
class BookingPaid(BaseEvent[PaymentPayload]):
    """BOOKING_PAID: the booking's payment succeeded."""

    TRIGGER: ClassVar[str] = "BOOKING_PAID"


@attrs.frozen(kw_only=True)
class BookingPaymentInitiated(BaseEvent[PaymentPayload]):
    """BOOKING_PAYMENT_INITIATED: the booker started paying."""

    TRIGGER: ClassVar[str] = "BOOKING_PAYMENT_INITIATED"


@attrs.frozen(kw_only=True)
class BookingNoShowUpdated(BaseEvent[NoShowPayload]):
    """BOOKING_NO_SHOW_UPDATED: attendees were marked as (not) having shown up."""

    TRIGGER: ClassVar[str] = "BOOKING_NO_SHOW_UPDATED"


@attrs.frozen(kw_only=True)
class MeetingStarted(BaseEvent[MeetingPayload]):
    """MEETING_STARTED: a booking's meeting time has begun."""

    TRIGGER: ClassVar[str] = "MEETING_STARTED"


@attrs.frozen(kw_only=True)
class MeetingEnded(BaseEvent[MeetingPayload]):
    """MEETING_ENDED: a booking's meeting time is over."""

    TRIGGER: ClassVar[str] = "MEETING_ENDED"


@attrs.frozen(kw_only=True)
class AfterHostsCalVideoNoShow(BaseEvent[CalVideoNoShowPayload]):
    """AFTER_HOSTS_CAL_VIDEO_NO_SHOW: no host joined the Cal Video call in time."""

    TRIGGER: ClassVar[str] = "AFTER_HOSTS_CAL_VIDEO_NO_SHOW"


@attrs.frozen(kw_only=True)
class AfterGuestsCalVideoNoShow(BaseEvent[CalVideoNoShowPayload]):
    """AFTER_GUESTS_CAL_VIDEO_NO_SHOW: no guest joined the Cal Video call in time."""

    TRIGGER: ClassVar[str] = "AFTER_GUESTS_CAL_VIDEO_NO_SHOW"


@attrs.frozen(kw_only=True)
class OOOCreated(BaseEvent[OOOCreatedPayload]):
    """OOO_CREATED: a user created an out-of-office entry."""

    TRIGGER: ClassVar[str] = "OOO_CREATED"


@attrs.frozen(kw_only=True)
class FormSubmitted(BaseEvent[FormSubmittedPayload]):
    """FORM_SUBMITTED: a routing form was submitted."""

    TRIGGER: ClassVar[str] = "FORM_SUBMITTED"


@attrs.frozen(kw_only=True)
class FormSubmittedNoEvent(BaseEvent[FormSubmittedPayload]):
    """FORM_SUBMITTED_NO_EVENT: a routing form was submitted and no booking followed."""

    TRIGGER: ClassVar[str] = "FORM_SUBMITTED_NO_EVENT"


@attrs.frozen(kw_only=True)
class RecordingReady(BaseEvent[RecordingReadyPayload]):
    """RECORDING_READY: a Cal Video recording can be downloaded (``download_link``)."""

    TRIGGER: ClassVar[str] = "RECORDING_READY"


@attrs.frozen(kw_only=True)
class RecordingTranscriptionGenerated(BaseEvent[TranscriptionPayload]):
    """RECORDING_TRANSCRIPTION_GENERATED: a transcript is ready (``download_links``)."""

    TRIGGER: ClassVar[str] = "RECORDING_TRANSCRIPTION_GENERATED"


@attrs.frozen(kw_only=True)
class InstantMeeting(BaseEvent[InstantMeetingPayload]):
    """INSTANT_MEETING: someone requests an instant meeting."""

    TRIGGER: ClassVar[str] = "INSTANT_MEETING"


@attrs.frozen(kw_only=True)
class UnknownEvent(BaseEvent[dict[str, Any]]):
    """A trigger this version of calcom-async does not know (Cal.com adds triggers over time).

    ``payload`` is the decoded payload object, untouched; nothing is dropped or raised, so a new
    trigger never breaks a receiver. Upgrade calcom-async to get it typed.
    """


@attrs.frozen
class CustomPayload:
    """A body that is not in Cal.com's standard envelope: a webhook with a ``payloadTemplate``.

    Cal.com renders the template and sends it as is: ``application/x-www-form-urlencoded``
    text when the template is not JSON, else the rendered JSON. It is handed back raw (after
    the signature check); ``json`` is the decoded value when the body is JSON.
    """

    body: bytes
    content_type: str | None = None

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def json(self) -> Any:
        """The decoded JSON value, or ``None`` when the body is not JSON."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None


WebhookEvent: TypeAlias = (
    BookingCreated
    | BookingRequested
    | BookingRejected
    | BookingCancelled
    | BookingRescheduled
    | BookingPaid
    | BookingPaymentInitiated
    | BookingNoShowUpdated
    | MeetingStarted
    | MeetingEnded
    | AfterHostsCalVideoNoShow
    | AfterGuestsCalVideoNoShow
    | OOOCreated
    | FormSubmitted
    | FormSubmittedNoEvent
    | RecordingReady
    | RecordingTranscriptionGenerated
    | InstantMeeting
    | UnknownEvent
    | CustomPayload
)
"""What :func:`verify_and_parse` returns: narrow it with ``isinstance`` or ``match``.

Adding a trigger: define its class above (``TRIGGER`` and the payload type) and list it here.
"""

_BY_TRIGGER: dict[str, type[BaseEvent[Any]]] = {
    cls.TRIGGER: cls
    for cls in typing.get_args(WebhookEvent)
    if issubclass(cls, BaseEvent) and cls.TRIGGER
}


def _payload_type(cls: type[BaseEvent[Any]]) -> type[attrs.AttrsInstance]:
    for base in getattr(cls, "__orig_bases__", ()):
        if typing.get_origin(base) is BaseEvent:
            payload: type[attrs.AttrsInstance] = typing.get_args(base)[0]
            return payload
    raise TypeError(f"{cls.__name__} does not parametrise BaseEvent")  # pragma: no cover


def _created_at(value: object) -> datetime | None:
    # Lenient: the envelope's timestamp is informational, and an UnknownEvent must never raise.
    try:
        return None if value is None else parse_datetime(value, "createdAt")
    except CalcomValueError:
        return None


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def parse_unverified(body: bytes, *, content_type: str | None = None) -> WebhookEvent:
    """Parse a delivery **without checking its signature** (use :func:`verify_and_parse`).

    For bodies whose signature was checked elsewhere, and for tests. Same result and errors as
    :func:`verify_and_parse` apart from the signature check.
    """
    data = _bytes(body)
    if _media_type(content_type) == _FORM:
        return CustomPayload(data, content_type)
    try:
        envelope = json.loads(data)
    except ValueError:  # also UnicodeDecodeError
        return CustomPayload(data, content_type)
    if not (
        isinstance(envelope, dict)
        and isinstance(envelope.get("triggerEvent"), str)
        and isinstance(envelope.get("payload"), dict)
    ):
        return CustomPayload(data, content_type)
    trigger: str = envelope["triggerEvent"]
    created_at = _created_at(envelope.get("createdAt"))
    cls = _BY_TRIGGER.get(trigger)
    if cls is None:
        return UnknownEvent(
            trigger_event=trigger, created_at=created_at, payload=envelope["payload"], raw=envelope
        )
    payload: attrs.AttrsInstance = from_wire(_payload_type(cls), envelope["payload"], "payload")
    return typing.cast(
        WebhookEvent,
        cls(trigger_event=trigger, created_at=created_at, payload=payload, raw=envelope),
    )


def verify_and_parse(
    body: bytes,
    signature: str | None,
    secret: str,
    *,
    content_type: str | None = None,
) -> WebhookEvent:
    """Check a delivery's signature, then parse it into a typed event.

    Args:
        body: the raw request body, exactly as received (not re-serialised JSON).
        signature: the ``X-Cal-Signature-256`` header (``None`` when it is missing).
        secret: the webhook's secret, as set when creating it.
        content_type: the ``Content-Type`` header, if at hand: a form-encoded body (a custom
            ``payloadTemplate``) is then returned as :class:`CustomPayload` without guessing.

    Returns:
        The event class of the trigger (:class:`BookingCreated`, ...), :class:`UnknownEvent`
        for a trigger calcom-async does not know, or :class:`CustomPayload` for a body that is
        not in the standard envelope.

    Raises:
        WebhookVerificationError: the signature is missing or does not match the body.
        CalcomValueError: the arguments are unusable (``body`` not bytes, empty ``secret``), or
            a known trigger's payload has a field of the wrong type or lacks a required one
            (the message names it).

    Example::

        event = verify_and_parse(await request.body(),
                                 request.headers.get("x-cal-signature-256"), SECRET)
        match event:
            case BookingCreated(payload=booking):
                print("booked", booking.uid, booking.start_time)
            case BookingCancelled(payload=booking):
                print("cancelled", booking.uid, booking.cancellation_reason)
    """
    data = _bytes(body)
    if not isinstance(secret, str) or not secret:
        raise CalcomValueError("secret must be the webhook's secret, a non-empty string")
    if signature is not None and not isinstance(signature, str):
        raise CalcomValueError(
            f"signature must be the X-Cal-Signature-256 header (a str), not "
            f"{type(signature).__name__}"
        )
    if not verify_webhook_signature(secret, data, signature):
        raise WebhookVerificationError(_why(signature))
    return parse_unverified(data, content_type=content_type)


def _why(signature: str | None) -> str:
    if not signature:
        return "the delivery has no X-Cal-Signature-256 header"
    if signature.strip() == NO_SECRET_SIGNATURE:
        return (
            "the delivery is unsigned ('no-secret-provided'): the webhook has no secret in "
            "Cal.com; set the same secret there"
        )
    return "the X-Cal-Signature-256 header does not match the body for this secret"


def _bytes(body: object) -> bytes:
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    raise CalcomValueError(
        f"body must be the raw request body as bytes, not {type(body).__name__} "
        "(re-serialised JSON does not match the signature)"
    )
