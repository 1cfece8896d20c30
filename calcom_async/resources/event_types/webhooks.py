"""``cal.event_types.webhooks``: webhooks that fire for the bookings of one event type only."""

from __future__ import annotations

from collections.abc import Sequence

from calcom_v2_client.api.event_types import (
    create_event_type_webhook,
    delete_all_event_type_webhooks,
    delete_event_type_webhook,
    get_event_type_webhook,
    list_event_type_webhooks,
    update_event_type_webhook,
)
from calcom_v2_client.models import (
    CreateWebhookInput,
    DeletedEventTypeWebhooksResponse,
    EventTypeWebhook,
    EventTypeWebhookListResponse,
    EventTypeWebhookResponse,
    UpdateWebhookInput,
)

from ... import _validate as v
from ..._errors import CalcomValueError
from ..._pagination import AsyncPaginator, Page, check_page_size
from ..._response_validation import fetch_listing
from .._base import Resource, build
from ..webhooks import WebhookTrigger, webhook_fields, webhook_segment

__all__ = ["EventTypeWebhooks"]

_MAX_TAKE = 250


def _event_type(value: int) -> int:
    return v.positive_int(value, "event_type_id")


class EventTypeWebhooks(Resource):
    """Webhooks of one event type (no ``cal-api-version`` needed).

    They work like :attr:`AsyncCalcom.webhooks` (same triggers, signed deliveries, payloads),
    but fire only for bookings of their event type, whoever hosts them.
    """

    def list(
        self,
        event_type_id: int,
        *,
        page_size: int = _MAX_TAKE,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[EventTypeWebhook]:
        """Iterate over the webhooks of an event type, fetching pages lazily.

        Example::

            async for hook in cal.event_types.webhooks.list(et.id):
                print(hook.id, hook.subscriber_url, hook.triggers)
        """
        event_type_id = _event_type(event_type_id)
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)

        async def fetch(skip: int, take: int) -> Page[EventTypeWebhook]:
            result, skipped = await fetch_listing(
                self._client,
                list_event_type_webhooks.asyncio_detailed,
                EventTypeWebhookListResponse,
                timeout=timeout,
                max_retries=max_retries,
                event_type_id=event_type_id,
                take=take,
                skip=skip,
            )
            return Page(items=list(result.data), skip=skip, take=take, skipped=tuple(skipped))

        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    async def get(
        self,
        event_type_id: int,
        webhook_id: str | int,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> EventTypeWebhook:
        """One webhook of an event type.

        Example::

            hook = await cal.event_types.webhooks.get(et.id, hook.id)
        """
        result = await self._client._request(
            get_event_type_webhook.asyncio_detailed,
            EventTypeWebhookResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=_event_type(event_type_id),
            webhook_id=webhook_segment(webhook_id),
        )
        return result.data

    async def create(
        self,
        event_type_id: int,
        *,
        subscriber_url: str,
        triggers: Sequence[WebhookTrigger],
        active: bool = True,
        secret: str | None = None,
        payload_template: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> EventTypeWebhook:
        """Subscribe ``subscriber_url`` to ``triggers`` for the bookings of one event type.

        With a ``secret`` every delivery carries ``X-Cal-Signature-256``; check it with
        :func:`calcom_async.webhooks.verify_and_parse`.

        Example::

            hook = await cal.event_types.webhooks.create(
                et.id,
                subscriber_url="https://example.com/intro-hook",
                triggers=["BOOKING_CREATED", "BOOKING_CANCELLED"],
                secret="a-long-random-secret",
            )
        """
        event_type_id = _event_type(event_type_id)
        body = webhook_fields(
            subscriber_url, triggers, active, secret, payload_template, create=True
        )
        result = await self._client._request(
            create_event_type_webhook.asyncio_detailed,
            EventTypeWebhookResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=event_type_id,
            body=build(CreateWebhookInput, body),
        )
        return result.data

    async def update(
        self,
        event_type_id: int,
        webhook_id: str | int,
        *,
        subscriber_url: str | None = None,
        triggers: Sequence[WebhookTrigger] | None = None,
        active: bool | None = None,
        secret: str | None = None,
        payload_template: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> EventTypeWebhook:
        """Change some fields of an event type's webhook; fields left ``None`` are not sent.

        Example::

            await cal.event_types.webhooks.update(et.id, hook.id, active=False)
        """
        event_type_id = _event_type(event_type_id)
        segment = webhook_segment(webhook_id)
        body = webhook_fields(subscriber_url, triggers, active, secret, payload_template)
        if not body:
            raise CalcomValueError("update needs at least one field to change")
        result = await self._client._request(
            update_event_type_webhook.asyncio_detailed,
            EventTypeWebhookResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=event_type_id,
            webhook_id=segment,
            body=build(UpdateWebhookInput, body),
        )
        return result.data

    async def delete(
        self,
        event_type_id: int,
        webhook_id: str | int,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete one webhook of an event type.

        Example::

            await cal.event_types.webhooks.delete(et.id, hook.id)
        """
        await self._client._request(
            delete_event_type_webhook.asyncio_detailed,
            EventTypeWebhookResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=_event_type(event_type_id),
            webhook_id=webhook_segment(webhook_id),
        )

    async def delete_all(
        self, event_type_id: int, *, timeout: float | None = None, max_retries: int | None = None
    ) -> str:
        """Delete every webhook of an event type; returns Cal.com's message (how many went).

        Example::

            print(await cal.event_types.webhooks.delete_all(et.id))
        """
        result = await self._client._request(
            delete_all_event_type_webhooks.asyncio_detailed,
            DeletedEventTypeWebhooksResponse,
            timeout=timeout,
            max_retries=max_retries,
            event_type_id=_event_type(event_type_id),
        )
        return result.data
