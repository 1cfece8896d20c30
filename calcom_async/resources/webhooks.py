"""``cal.webhooks``: subscriptions that POST booking events to your URL, signed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calcom_v2_client.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    update_webhook,
)
from calcom_v2_client.models import (
    CreateWebhookInput,
    UpdateWebhookInput,
    Webhook,
    WebhookListResponse,
    WebhookResponse,
)

# Requests take the values this SDK knows (the generated WebhookTrigger also admits newer ones).
from calcom_v2_client.models.webhook_trigger import KnownWebhookTrigger as WebhookTrigger

from .. import _validate as v
from .._errors import CalcomValueError
from .._pagination import AsyncPaginator, Page, check_page_size
from .._response_validation import fetch_listing
from ._base import Resource, build, compact, optional

__all__ = ["WebhookTrigger", "Webhooks", "webhook_fields", "webhook_segment"]

_TRIGGERS = v.literal_values(WebhookTrigger)
_MAX_TAKE = 250


def webhook_segment(value: str | int) -> str:
    """A webhook id as its path segment (ids are numbers; paths carry them as text)."""
    return v.path_segment(value, "webhook id")


def _trigger(value: object, field: str) -> str:
    return v.choice(value, field, _TRIGGERS)


def webhook_fields(
    subscriber_url: str | None,
    triggers: Sequence[WebhookTrigger] | None,
    active: bool | None,
    secret: str | None,
    payload_template: str | None,
    *,
    create: bool = False,
) -> dict[str, Any]:
    """The wire body of a webhook (user or event type), unset fields left out; ``create``
    requires what creating one needs (a URL, triggers and ``active``)."""
    if isinstance(triggers, str):
        raise CalcomValueError("triggers must be a list, e.g. ['BOOKING_CREATED']")
    if create:
        v.http_url(subscriber_url, "subscriber_url")
        v.string_list(triggers, "triggers", item=_trigger)
        v.boolean(active, "active")
    return compact(
        {
            "subscriberUrl": optional(v.http_url, subscriber_url, "subscriber_url"),
            "triggers": optional(v.string_list, triggers, "triggers", item=_trigger),
            "active": optional(v.boolean, active, "active"),
            "secret": optional(v.text, secret, "secret"),
            "payloadTemplate": optional(v.text, payload_template, "payload_template"),
        }
    )


class Webhooks(Resource):
    """Webhooks of the authenticated user (no ``cal-api-version`` needed)."""

    def list(
        self,
        *,
        page_size: int = _MAX_TAKE,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[Webhook]:
        """Iterate over your webhooks, fetching pages lazily.

        Example::

            async for hook in cal.webhooks.list():
                print(hook.id, hook.subscriber_url, hook.triggers)
        """
        check_page_size(page_size, maximum=_MAX_TAKE)
        v.call_options(timeout, max_retries)

        async def fetch(skip: int, take: int) -> Page[Webhook]:
            result, skipped = await fetch_listing(
                self._client,
                list_webhooks.asyncio_detailed,
                WebhookListResponse,
                timeout=timeout,
                max_retries=max_retries,
                take=take,
                skip=skip,
            )
            return Page(items=list(result.data), skip=skip, take=take, skipped=tuple(skipped))

        return AsyncPaginator(fetch, page_size=page_size, limit=limit)

    async def get(
        self, webhook_id: str | int, *, timeout: float | None = None, max_retries: int | None = None
    ) -> Webhook:
        """One webhook by id."""
        result = await self._client._request(
            get_webhook.asyncio_detailed,
            WebhookResponse,
            timeout=timeout,
            max_retries=max_retries,
            webhook_id=webhook_segment(webhook_id),
        )
        return result.data

    async def create(
        self,
        *,
        subscriber_url: str,
        triggers: Sequence[WebhookTrigger],
        active: bool = True,
        secret: str | None = None,
        payload_template: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Webhook:
        """Subscribe ``subscriber_url`` to ``triggers``.

        With a ``secret`` every delivery carries ``X-Cal-Signature-256``, the hex HMAC-SHA256 of
        the raw body; check it with :func:`calcom_async.verify_webhook_signature`.

        Example::

            hook = await cal.webhooks.create(subscriber_url="https://example.com/hook",
                                             triggers=["BOOKING_CREATED"], secret=secret)
        """
        body = webhook_fields(
            subscriber_url, triggers, active, secret, payload_template, create=True
        )
        result = await self._client._request(
            create_webhook.asyncio_detailed,
            WebhookResponse,
            timeout=timeout,
            max_retries=max_retries,
            body=build(CreateWebhookInput, body),
        )
        return result.data

    async def update(
        self,
        webhook_id: str | int,
        *,
        subscriber_url: str | None = None,
        triggers: Sequence[WebhookTrigger] | None = None,
        active: bool | None = None,
        secret: str | None = None,
        payload_template: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Webhook:
        """Change some fields of a webhook (for example ``active=False`` to pause it)."""
        webhook_id = webhook_segment(webhook_id)
        body = webhook_fields(subscriber_url, triggers, active, secret, payload_template)
        if not body:
            raise CalcomValueError("update needs at least one field to change")
        result = await self._client._request(
            update_webhook.asyncio_detailed,
            WebhookResponse,
            timeout=timeout,
            max_retries=max_retries,
            webhook_id=webhook_segment(webhook_id),
            body=build(UpdateWebhookInput, body),
        )
        return result.data

    async def delete(
        self, webhook_id: str | int, *, timeout: float | None = None, max_retries: int | None = None
    ) -> None:
        """Delete a webhook."""
        await self._client._request(
            delete_webhook.asyncio_detailed,
            WebhookResponse,
            timeout=timeout,
            max_retries=max_retries,
            webhook_id=webhook_segment(webhook_id),
        )
