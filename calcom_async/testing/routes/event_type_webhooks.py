"""Webhooks of one event type (``/v2/event-types/{eventTypeId}/webhooks``; no
``cal-api-version``).

Managed by the event type's owner, or an OWNER/ADMIN of its team (403 otherwise, 404 for an
unknown event type). The body is a user webhook's (:func:`.webhooks.webhook_fields`); a URL the
event type already has → 409. List: ``take`` 1-250 (default 250), ``skip``, no pagination
block; get / patch / delete (200, the webhook as it was) of a webhook of another event type →
404; ``DELETE .../webhooks`` deletes them all, answering ``"<n> webhooks deleted"``.

They fire for bookings of their event type only, whoever hosts them, with the payloads and
signatures of user webhooks (see "Webhooks" in :mod:`calcom_async.testing`); the output has
``eventTypeId`` instead of ``userId``.
"""

from __future__ import annotations

from typing import Any

from .._drift import UNKNOWN_TRIGGER
from .._routing import ApiError, Area, Ctx, Reply, not_found, ok
from .._state import EventType, Webhook
from .._validate import query_int
from .event_types import managed_event_type
from .webhooks import webhook_fields

area = Area("event-type-webhooks")


def event_type_webhook_out(ctx: Ctx, w: Webhook) -> dict[str, Any]:
    triggers = list(w.triggers)
    if ctx.drift.unknown_values:
        triggers.append(UNKNOWN_TRIGGER)
    out: dict[str, Any] = {
        "id": w.id,
        "eventTypeId": w.event_type_id,
        "subscriberUrl": w.subscriber_url,
        "triggers": triggers,
        "active": w.active,
        "payloadTemplate": w.payload_template,
    }
    if w.secret is not None:
        out["secret"] = w.secret
    return out


def _hooks(ctx: Ctx, et: EventType) -> list[Webhook]:
    return [w for w in ctx.state.webhooks.values() if w.event_type_id == et.id]


def _hook(ctx: Ctx, et: EventType) -> Webhook:
    raw = ctx.params["webhookId"]
    w = ctx.state.webhooks.get(int(raw)) if raw.isdigit() else None
    if w is None or w.event_type_id != et.id:
        raise not_found(f"Webhook with id={raw} not found for event type id={et.id}")
    return w


def _check_url_free(ctx: Ctx, et: EventType, url: str, webhook_id: int) -> None:
    if any(w.subscriber_url == url and w.id != webhook_id for w in _hooks(ctx, et)):
        raise ApiError(409, "ConflictException", "Webhook with this subscriber url already exists")


@area.route("GET", "/v2/event-types/{eventTypeId}/webhooks")
def list_event_type_webhooks(ctx: Ctx) -> Reply:
    et = managed_event_type(ctx)
    take = query_int(ctx.query, "take", 250, 1, 250)
    skip = query_int(ctx.query, "skip", 0, 0)
    return ok([event_type_webhook_out(ctx, w) for w in _hooks(ctx, et)[skip : skip + take]])


@area.route("POST", "/v2/event-types/{eventTypeId}/webhooks")
def create_event_type_webhook(ctx: Ctx) -> Reply:
    et = managed_event_type(ctx)
    fields = webhook_fields(ctx.body_obj(), create=True)
    _check_url_free(ctx, et, fields["subscriber_url"], 0)
    w = Webhook(id=ctx.state.next_id("webhook"), user_id=ctx.user.id, event_type_id=et.id, **fields)
    ctx.state.webhooks[w.id] = w
    return ok(event_type_webhook_out(ctx, w), 201)


@area.route("DELETE", "/v2/event-types/{eventTypeId}/webhooks")
def delete_all_event_type_webhooks(ctx: Ctx) -> Reply:
    hooks = _hooks(ctx, managed_event_type(ctx))
    for w in hooks:
        del ctx.state.webhooks[w.id]
    return ok(f"{len(hooks)} webhooks deleted")


@area.route("GET", "/v2/event-types/{eventTypeId}/webhooks/{webhookId}")
def get_event_type_webhook(ctx: Ctx) -> Reply:
    return ok(event_type_webhook_out(ctx, _hook(ctx, managed_event_type(ctx))))


@area.route("PATCH", "/v2/event-types/{eventTypeId}/webhooks/{webhookId}")
def update_event_type_webhook(ctx: Ctx) -> Reply:
    et = managed_event_type(ctx)
    w = _hook(ctx, et)
    fields = webhook_fields(ctx.body_obj(), create=False)
    if "subscriber_url" in fields:
        _check_url_free(ctx, et, fields["subscriber_url"], w.id)
    for k, v in fields.items():
        setattr(w, k, v)
    return ok(event_type_webhook_out(ctx, w))


@area.route("DELETE", "/v2/event-types/{eventTypeId}/webhooks/{webhookId}")
def delete_event_type_webhook(ctx: Ctx) -> Reply:
    w = _hook(ctx, managed_event_type(ctx))
    del ctx.state.webhooks[w.id]
    return ok(event_type_webhook_out(ctx, w))
