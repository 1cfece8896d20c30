"""``calcom_async.webhooks``: verify-and-parse for every trigger of the reference."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from webhook_samples import PAYLOADS, REFERENCE_TRIGGERS, body

from calcom_async import CalcomError, CalcomValueError, WebhookVerificationError, sign_webhook_body
from calcom_async import webhooks as wh
from calcom_async.webhooks._events import _BY_TRIGGER

SECRET = "whsec-test-0123456789"


def parse(raw: bytes, **kw: Any) -> wh.WebhookEvent:
    return wh.verify_and_parse(raw, sign_webhook_body(SECRET, raw), SECRET, **kw)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def _booking(event: Any) -> None:
    p = event.payload
    assert isinstance(p, wh.BookingPayload)
    assert p.uid == "bk_8f2a" and p.booking_id == 5001 and p.type == "intro"
    assert p.start_time == utc(2050, 9, 5, 7, 0) and p.end_time == utc(2050, 9, 5, 7, 30)
    assert p.organizer is not None and p.organizer.email == "grace@example.com"
    assert p.organizer.utc_offset == -240 and p.organizer.language == "en"
    assert p.organizer.additional_properties == {"id": 101, "username": "grace", "timeFormat": 12}
    assert [a.email for a in p.attendees] == ["ada@example.com"]
    assert p.attendees[0].time_zone == "Europe/London"
    assert p.length == 30 and p.price == 0.0 and isinstance(p.price, float)
    assert p.metadata == {"crm_id": "42"} and p.responses["name"]["value"] == "Ada Lovelace"
    assert p.additional_properties["futureField"] == {"kept": True}


def _created(event: Any) -> None:
    _booking(event)
    assert event.payload.status == "ACCEPTED" and event.payload.requires_confirmation is False


def _requested(event: Any) -> None:
    _booking(event)
    assert event.payload.status == "PENDING" and event.payload.requires_confirmation is True


def _rejected(event: Any) -> None:
    _booking(event)
    assert event.payload.status == "REJECTED"
    assert event.payload.additional_properties["rejectionReason"] == "Fully booked"


def _cancelled(event: Any) -> None:
    _booking(event)
    p = event.payload
    assert (p.cancelled_by, p.cancellation_reason, p.request_reschedule) == (
        "grace@example.com",
        "Schedule conflict",
        False,
    )


def _rescheduled(event: Any) -> None:
    p = event.payload
    assert (p.uid, p.booking_id, p.reschedule_uid, p.reschedule_id) == (
        "bk_new1",
        5002,
        "bk_8f2a",
        5001,
    )
    assert p.start_time == utc(2050, 9, 6, 9) and p.reschedule_start_time == utc(2050, 9, 5, 7)
    assert p.reschedule_end_time == utc(2050, 9, 5, 7, 30) and p.rescheduled_by == "ada@example.com"


def _paid(event: Any) -> None:
    p = event.payload
    assert p.uid == "bk_8f2a" and p.payment_id == 77 and p.payment_data["id"] == "pi_1"
    assert p.price == 5000.0


def _no_show(event: Any) -> None:
    p = event.payload
    assert p.booking_uid == "bk_8f2a" and p.booking_id == 5001
    assert [(a.email, a.no_show) for a in p.attendees] == [("ada@example.com", True)]
    assert p.message.startswith("Ada") and p.additional_properties == {"futureField": 1}


def _meeting(event: Any) -> None:
    p = event.payload
    assert p.booking_id == 5001 and p.start_time == utc(2050, 9, 5, 7)
    assert p.description is None and p.status == "ACCEPTED"
    assert p.event_type == {"id": 4001, "slug": "intro", "team": None}
    assert p.user["email"] == "grace@example.com"
    assert p.attendees[0].email == "ada@example.com"
    assert p.attendees[0].additional_properties == {"id": 9}
    assert "uid" not in p.additional_properties and p.additional_properties["futureField"] == "x"


def _cal_video(event: Any) -> None:
    p = event.payload
    assert p.booking_id == 5001
    assert (p.webhook.id, p.webhook.time, p.webhook.time_unit) == ("wh_1", 5, "MINUTE")
    assert p.webhook.subscriber_url == "https://example.com/hook"


def _ooo(event: Any) -> None:
    entry = event.payload.ooo_entry
    assert entry.id == 12 and entry.uuid == "6b1c2d" and entry.reason_id == 1
    assert entry.start == utc(2050, 9, 1)
    assert entry.end == datetime(2050, 9, 10, 23, 59, 59, 999000, tzinfo=timezone.utc)
    assert entry.reason is not None and entry.reason.reason == "Vacation"
    assert entry.to_user is None and entry.user["id"] == 101
    assert event.payload.additional_properties == {"futureField": []}


def _form(event: Any) -> None:
    p = event.payload
    assert (p.form_id, p.form_name, p.team_id) == ("f4c1-99", "Routing", None)
    assert p.responses["Email"]["value"] == "ada@example.com"
    assert p.additional_properties == {"Email": "ada@example.com"}  # the top-level copy


def _recording(event: Any) -> None:
    _booking(event)
    assert event.payload.download_link == "https://example.com/recording.mp4"


def _transcription(event: Any) -> None:
    _booking(event)
    links = event.payload.download_links
    assert [(t.format, t.link) for t in links.transcription] == [
        ("vtt", "https://example.com/t.vtt")
    ]
    assert links.recording == "https://example.com/recording.mp4"


def _instant(event: Any) -> None:
    p = event.payload
    assert p.title == "Instant meeting" and p.require_interaction is True
    assert p.actions == [{"action": "join", "title": "Join"}] and p.type == "INSTANT_MEETING"
    assert p.url == "https://example.com/video/abc"


EXPECTED: dict[str, tuple[type, Callable[[Any], None]]] = {
    "BOOKING_CREATED": (wh.BookingCreated, _created),
    "BOOKING_REQUESTED": (wh.BookingRequested, _requested),
    "BOOKING_REJECTED": (wh.BookingRejected, _rejected),
    "BOOKING_CANCELLED": (wh.BookingCancelled, _cancelled),
    "BOOKING_RESCHEDULED": (wh.BookingRescheduled, _rescheduled),
    "BOOKING_PAID": (wh.BookingPaid, _paid),
    "BOOKING_PAYMENT_INITIATED": (wh.BookingPaymentInitiated, _paid),
    "BOOKING_NO_SHOW_UPDATED": (wh.BookingNoShowUpdated, _no_show),
    "MEETING_STARTED": (wh.MeetingStarted, _meeting),
    "MEETING_ENDED": (wh.MeetingEnded, _meeting),
    "AFTER_HOSTS_CAL_VIDEO_NO_SHOW": (wh.AfterHostsCalVideoNoShow, _cal_video),
    "AFTER_GUESTS_CAL_VIDEO_NO_SHOW": (wh.AfterGuestsCalVideoNoShow, _cal_video),
    "OOO_CREATED": (wh.OOOCreated, _ooo),
    "FORM_SUBMITTED": (wh.FormSubmitted, _form),
    "FORM_SUBMITTED_NO_EVENT": (wh.FormSubmittedNoEvent, _form),
    "RECORDING_READY": (wh.RecordingReady, _recording),
    "RECORDING_TRANSCRIPTION_GENERATED": (wh.RecordingTranscriptionGenerated, _transcription),
    "INSTANT_MEETING": (wh.InstantMeeting, _instant),
}


def test_every_trigger_of_the_reference_has_a_typed_event() -> None:
    assert set(EXPECTED) == REFERENCE_TRIGGERS == set(_BY_TRIGGER)


@pytest.mark.parametrize("trigger", sorted(EXPECTED))
def test_each_trigger_parses_to_its_typed_event(trigger: str) -> None:
    cls, check = EXPECTED[trigger]
    event = parse(body(trigger))
    assert type(event) is cls
    assert isinstance(event, wh.BaseEvent)
    assert event.trigger_event == trigger
    assert event.created_at == utc(2050, 9, 1, 12)
    assert event.raw["payload"] == PAYLOADS[trigger]
    check(event)


def test_an_unknown_trigger_is_an_unknown_event_not_an_error() -> None:
    payload = {"bookingUid": "bk_1", "somethingNew": [1, 2]}
    raw = json.dumps(
        {
            "triggerEvent": "BOOKING_TELEPORTED",
            "createdAt": "2050-09-01T12:00:00Z",
            "payload": payload,
        }
    ).encode()
    event = parse(raw)
    assert isinstance(event, wh.UnknownEvent)
    assert event.trigger_event == "BOOKING_TELEPORTED"
    assert event.payload == payload and event.created_at == utc(2050, 9, 1, 12)


def test_an_unreadable_created_at_is_none_not_an_error() -> None:
    for created in ("yesterday", 17):
        raw = json.dumps({"triggerEvent": "X_NEW", "createdAt": created, "payload": {}}).encode()
        event = parse(raw)
        assert isinstance(event, wh.UnknownEvent) and event.created_at is None
        assert event.raw["createdAt"] == created


def test_match_statement_narrows_events() -> None:
    match parse(body("BOOKING_CANCELLED")):
        case wh.BookingCreated():
            pytest.fail("a cancellation is not a creation")
        case wh.BookingCancelled(payload=booking):
            assert booking.cancellation_reason == "Schedule conflict"
        case _:
            pytest.fail("not matched")


def test_offsets_are_kept_and_naive_times_read_as_utc() -> None:
    payload = dict(PAYLOADS["BOOKING_CREATED"])
    payload.update(startTime="2050-09-05T09:00:00.000+02:00", endTime="2050-09-05T07:30:00")
    event = parse(body("BOOKING_CREATED", payload))
    assert isinstance(event, wh.BookingCreated)
    assert event.payload.start_time.utcoffset() == timedelta(hours=2)
    assert event.payload.start_time == utc(2050, 9, 5, 7)
    assert event.payload.end_time.tzinfo is timezone.utc


def test_missing_optional_fields_are_none_or_empty() -> None:
    minimal = {
        "uid": "bk_1",
        "startTime": "2050-09-05T07:00:00Z",
        "endTime": "2050-09-05T07:30:00Z",
    }
    event = parse(body("BOOKING_CANCELLED", minimal))
    assert isinstance(event, wh.BookingCancelled)
    p = event.payload
    assert (p.booking_id, p.organizer, p.cancelled_by, p.price) == (None, None, None, None)
    assert (p.attendees, p.metadata, p.additional_properties) == ([], {}, {})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"startTime": "next tuesday"}, "'payload.startTime' is not an ISO 8601 date-time"),
        ({"uid": None}, "'payload.uid' is missing"),
        ({"bookingId": "5001"}, "'payload.bookingId' must be an integer, got str"),
        ({"attendees": [{"email": 7}]}, "'payload.attendees[0].email' must be a string, got int"),
        ({"requiresConfirmation": "yes"}, "'payload.requiresConfirmation' must be a boolean"),
        ({"length": True}, "'payload.length' must be an integer, got bool"),
        ({"attendees": {"email": "a@b.c"}}, "'payload.attendees' must be an array"),
    ],
)
def test_a_malformed_known_payload_names_the_field(change: dict[str, Any], message: str) -> None:
    payload = {**PAYLOADS["BOOKING_CREATED"], **change}
    with pytest.raises(CalcomValueError) as info:
        parse(body("BOOKING_CREATED", payload))
    assert message in str(info.value)


def test_wrong_signature_raises_webhook_verification_error() -> None:
    raw = body("BOOKING_CREATED")
    with pytest.raises(WebhookVerificationError, match="does not match"):
        wh.verify_and_parse(raw, sign_webhook_body("another-secret", raw), SECRET)
    with pytest.raises(WebhookVerificationError, match="does not match"):
        wh.verify_and_parse(raw + b" ", sign_webhook_body(SECRET, raw), SECRET)
    with pytest.raises(WebhookVerificationError, match="no X-Cal-Signature-256"):
        wh.verify_and_parse(raw, None, SECRET)
    with pytest.raises(WebhookVerificationError, match="has no secret in Cal"):
        wh.verify_and_parse(raw, wh.NO_SECRET_SIGNATURE, SECRET)
    assert issubclass(WebhookVerificationError, CalcomError)


def test_the_secret_never_appears_in_the_error() -> None:
    raw = body("BOOKING_CREATED")
    with pytest.raises(WebhookVerificationError) as info:
        wh.verify_and_parse(raw, "0" * 64, SECRET)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (('{"a": 1}', "sig", SECRET), "body must be the raw request body as bytes, not str"),
        ((b"{}", "sig", ""), "secret must be the webhook's secret"),
        ((b"{}", b"sig", SECRET), "signature must be the X-Cal-Signature-256 header"),
    ],
)
def test_unusable_arguments_raise_calcom_value_error(args: tuple[Any, ...], message: str) -> None:
    with pytest.raises(CalcomValueError, match=message):
        wh.verify_and_parse(*args)


def test_form_encoded_custom_template_body_is_handed_back_raw() -> None:
    raw = b"uid=bk_8f2a&title=Intro+call&start=2050-09-05T07%3A00%3A00Z"
    event = parse(raw, content_type="application/x-www-form-urlencoded; charset=utf-8")
    assert isinstance(event, wh.CustomPayload)
    assert event.body == raw and event.text.startswith("uid=bk_8f2a")
    assert event.content_type == "application/x-www-form-urlencoded; charset=utf-8"
    assert event.json is None
    # Without the header, a body that is not JSON is recognised all the same.
    assert parse(raw) == wh.CustomPayload(raw, None)


def test_json_custom_template_is_a_custom_payload_with_its_json() -> None:
    raw = b'{"booking": "bk_8f2a", "when": "2050-09-05T07:00:00Z"}'
    event = parse(raw, content_type="application/json")
    assert isinstance(event, wh.CustomPayload)
    assert event.json == {"booking": "bk_8f2a", "when": "2050-09-05T07:00:00Z"}


def test_custom_payload_still_requires_a_valid_signature() -> None:
    with pytest.raises(WebhookVerificationError):
        wh.verify_and_parse(
            b"uid=1", "bad", SECRET, content_type="application/x-www-form-urlencoded"
        )


def test_parse_unverified_skips_only_the_signature() -> None:
    event = wh.parse_unverified(body("BOOKING_CREATED"))
    assert isinstance(event, wh.BookingCreated) and event.payload.uid == "bk_8f2a"


def test_importing_webhooks_does_not_load_the_generated_models() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, calcom_async.webhooks; "
        "print('calcom_v2_client.models' in sys.modules, 'starlette' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
