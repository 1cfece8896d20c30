"""User webhooks (no ``cal-api-version``).

Create ``{subscriberUrl, triggers: [...], active, secret?, payloadTemplate?, version?}`` → 201
(409 for a duplicate URL of the same user); list (``take`` 1-250, default 250, ``skip``; no
pagination block) / get / patch / delete (200; delete returns the deleted webhook). Someone
else's webhook → 404. Deliveries are described in :mod:`calcom_async.testing` ("Webhooks").
"""

from __future__ import annotations

import re
from typing import Any

from .._drift import UNKNOWN_TRIGGER
from .._routing import ApiError, Area, Ctx, Reply, not_found, ok
from .._state import Webhook
from .._validate import check_keys, fail, get_bool, get_str, query_int

area = Area("webhooks")

#: Triggers Cal.com accepts on a webhook.
WEBHOOK_TRIGGERS = frozenset(
    {
        "BOOKING_CREATED",
        "BOOKING_PAYMENT_INITIATED",
        "BOOKING_PAID",
        "BOOKING_RESCHEDULED",
        "BOOKING_REQUESTED",
        "BOOKING_CANCELLED",
        "BOOKING_REJECTED",
        "BOOKING_NO_SHOW_UPDATED",
        "FORM_SUBMITTED",
        "MEETING_ENDED",
        "MEETING_STARTED",
        "RECORDING_READY",
        "INSTANT_MEETING",
        "RECORDING_TRANSCRIPTION_GENERATED",
        "OOO_CREATED",
        "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
        "AFTER_GUESTS_CAL_VIDEO_NO_SHOW",
        "FORM_SUBMITTED_NO_EVENT",
        "DELEGATION_CREDENTIAL_ERROR",
        "WRONG_ASSIGNMENT_REPORT",
    }
)
_FIELDS = frozenset({"payloadTemplate", "active", "subscriberUrl", "triggers", "secret", "version"})


def webhook_out(ctx: Ctx, w: Webhook) -> dict[str, Any]:
    triggers = list(w.triggers)
    if ctx.drift.unknown_values:
        triggers.append(UNKNOWN_TRIGGER)
    out: dict[str, Any] = {
        "id": w.id,
        "userId": w.user_id,
        "subscriberUrl": w.subscriber_url,
        "triggers": triggers,
        "active": w.active,
        "payloadTemplate": w.payload_template,
    }
    if w.secret is not None:
        out["secret"] = w.secret
    return out


def webhook_fields(body: dict[str, Any], create: bool) -> dict[str, Any]:
    """Validate a create (all required fields) or update body → ``Webhook`` attributes."""
    check_keys(body, _FIELDS)
    out: dict[str, Any] = {}
    url = get_str(body, "subscriberUrl", required=create)
    if url is not None:
        if not re.match(r"^https?://[^\s/]+", url):
            fail("subscriberUrl must be a URL address", "subscriberUrl")
        out["subscriber_url"] = url
    if create or "triggers" in body:
        triggers = body.get("triggers")
        if not isinstance(triggers, list) or not triggers:
            fail("triggers must be a non-empty array of trigger names", "triggers")
        for i, t in enumerate(triggers):
            if t not in WEBHOOK_TRIGGERS:
                fail(f"triggers.{i} is not a valid webhook trigger", f"triggers.{i}")
        out["triggers"] = list(dict.fromkeys(triggers))
    active = get_bool(body, "active", required=create)
    if active is not None:
        out["active"] = active
    if "secret" in body:
        out["secret"] = get_str(body, "secret")
    if "payloadTemplate" in body:
        out["payload_template"] = get_str(body, "payloadTemplate")
    version = get_str(body, "version")
    if version is not None:
        if version != "2021-10-20":
            fail("version must be 2021-10-20", "version")
        out["version"] = version
    return out


def _own_webhook(ctx: Ctx) -> Webhook:
    wid = ctx.int_param("webhookId")
    w = ctx.state.webhooks.get(wid)
    if w is None or w.user_id != ctx.user.id or w.event_type_id is not None:
        raise not_found(f"Webhook with id={wid} not found")
    return w


@area.route("GET", "/v2/webhooks")
def list_webhooks(ctx: Ctx) -> Reply:
    take = query_int(ctx.query, "take", 250, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    items = [
        w
        for w in ctx.state.webhooks.values()
        if w.user_id == ctx.user.id and w.event_type_id is None
    ]
    return ok([webhook_out(ctx, w) for w in items[skip : skip + take]])


@area.route("POST", "/v2/webhooks")
def create_webhook(ctx: Ctx) -> Reply:
    fields = webhook_fields(ctx.body_obj(), create=True)
    for w in ctx.state.webhooks.values():
        if (
            w.user_id == ctx.user.id
            and w.event_type_id is None
            and w.subscriber_url == fields["subscriber_url"]
        ):
            raise ApiError(
                409, "ConflictException", "Webhook with this subscriber url already exists"
            )
    w = Webhook(id=ctx.state.next_id("webhook"), user_id=ctx.user.id, **fields)
    ctx.state.webhooks[w.id] = w
    return ok(webhook_out(ctx, w), 201)


@area.route("GET", "/v2/webhooks/{webhookId}")
def get_webhook(ctx: Ctx) -> Reply:
    return ok(webhook_out(ctx, _own_webhook(ctx)))


@area.route("PATCH", "/v2/webhooks/{webhookId}")
def update_webhook(ctx: Ctx) -> Reply:
    w = _own_webhook(ctx)
    for k, v in webhook_fields(ctx.body_obj(), create=False).items():
        setattr(w, k, v)
    return ok(webhook_out(ctx, w))


@area.route("DELETE", "/v2/webhooks/{webhookId}")
def delete_webhook(ctx: Ctx) -> Reply:
    w = _own_webhook(ctx)
    del ctx.state.webhooks[w.id]
    return ok(webhook_out(ctx, w))
