"""Receiving Cal.com webhooks: verify the signature and get a typed event, in one call.

Cal.com POSTs ``{"triggerEvent": ..., "createdAt": ..., "payload": {...}}`` with the hex
HMAC-SHA256 of the body in ``X-Cal-Signature-256``. :func:`verify_and_parse` checks it and returns
one class per trigger, with the payload typed (aware datetimes, snake_case attributes, unknown
fields kept in ``additional_properties``)::

    from calcom_async.webhooks import BookingCancelled, BookingCreated, verify_and_parse

    event = verify_and_parse(body, headers.get("x-cal-signature-256"), secret=SECRET)
    if isinstance(event, BookingCreated):
        print(event.payload.uid, event.payload.start_time, event.payload.attendees[0].email)

* A trigger this version does not know becomes :class:`UnknownEvent` (``trigger_event`` and the
  raw ``payload``): new Cal.com triggers never break a receiver.
* A webhook with a custom ``payloadTemplate`` sends the rendered template instead of the envelope
  (form-encoded unless the template is JSON): it comes back raw as :class:`CustomPayload`.
* A missing or wrong signature raises :class:`~calcom_async.WebhookVerificationError`.

:class:`WebhookReceiver` wraps all of this in an ASGI app (401 for bad signatures) that calls
your ``async def handler(event)``; mount it in Starlette/FastAPI or serve it on its own.

The payload shapes follow Cal.com's payload version ``2021-10-20`` (``X-Cal-Webhook-Version``).
"""

from .._errors import WebhookVerificationError
from ._asgi import WebhookHandler, WebhookReceiver
from ._events import (
    NO_SECRET_SIGNATURE,
    AfterGuestsCalVideoNoShow,
    AfterHostsCalVideoNoShow,
    BaseEvent,
    BookingCancelled,
    BookingCreated,
    BookingNoShowUpdated,
    BookingPaid,
    BookingPaymentInitiated,
    BookingRejected,
    BookingRequested,
    BookingRescheduled,
    CustomPayload,
    FormSubmitted,
    FormSubmittedNoEvent,
    InstantMeeting,
    MeetingEnded,
    MeetingStarted,
    OOOCreated,
    RecordingReady,
    RecordingTranscriptionGenerated,
    UnknownEvent,
    WebhookEvent,
    parse_unverified,
    verify_and_parse,
)
from ._payloads import (
    BookingPayload,
    CalVideoNoShowPayload,
    CancelledBookingPayload,
    DownloadLinks,
    FormSubmittedPayload,
    InstantMeetingPayload,
    MeetingPayload,
    NoShowAttendee,
    NoShowPayload,
    NoShowWebhook,
    OOOCreatedPayload,
    OOOEntry,
    OOOReason,
    PaymentPayload,
    Person,
    RecordingReadyPayload,
    RescheduledBookingPayload,
    TranscriptionLink,
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
    "BookingPayload",
    "BookingPaymentInitiated",
    "BookingRejected",
    "BookingRequested",
    "BookingRescheduled",
    "CalVideoNoShowPayload",
    "CancelledBookingPayload",
    "CustomPayload",
    "DownloadLinks",
    "FormSubmitted",
    "FormSubmittedNoEvent",
    "FormSubmittedPayload",
    "InstantMeeting",
    "InstantMeetingPayload",
    "MeetingEnded",
    "MeetingPayload",
    "MeetingStarted",
    "NoShowAttendee",
    "NoShowPayload",
    "NoShowWebhook",
    "OOOCreated",
    "OOOCreatedPayload",
    "OOOEntry",
    "OOOReason",
    "PaymentPayload",
    "Person",
    "RecordingReady",
    "RecordingReadyPayload",
    "RecordingTranscriptionGenerated",
    "RescheduledBookingPayload",
    "TranscriptionLink",
    "TranscriptionPayload",
    "UnknownEvent",
    "WebhookEvent",
    "WebhookHandler",
    "WebhookReceiver",
    "WebhookVerificationError",
    "parse_unverified",
    "verify_and_parse",
]
