from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.event_type_webhook_response import EventTypeWebhookResponse
from ...types import Response


def _get_kwargs(
    event_type_id: int,
    webhook_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/event-types/{event_type_id}/webhooks/{webhook_id}".format(
            event_type_id=quote(str(event_type_id), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | EventTypeWebhookResponse | None:
    if response.status_code == 200:
        response_200 = EventTypeWebhookResponse.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorEnvelope.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | EventTypeWebhookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_type_id: int,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | EventTypeWebhookResponse]:
    """Fetch one webhook of an event type

    Args:
        event_type_id (int):
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventTypeWebhookResponse]
    """

    kwargs = _get_kwargs(
        event_type_id=event_type_id,
        webhook_id=webhook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_type_id: int,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | EventTypeWebhookResponse | None:
    """Fetch one webhook of an event type

    Args:
        event_type_id (int):
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventTypeWebhookResponse
    """

    return sync_detailed(
        event_type_id=event_type_id,
        webhook_id=webhook_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_type_id: int,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | EventTypeWebhookResponse]:
    """Fetch one webhook of an event type

    Args:
        event_type_id (int):
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventTypeWebhookResponse]
    """

    kwargs = _get_kwargs(
        event_type_id=event_type_id,
        webhook_id=webhook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_type_id: int,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | EventTypeWebhookResponse | None:
    """Fetch one webhook of an event type

    Args:
        event_type_id (int):
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventTypeWebhookResponse
    """

    return (
        await asyncio_detailed(
            event_type_id=event_type_id,
            webhook_id=webhook_id,
            client=client,
        )
    ).parsed
