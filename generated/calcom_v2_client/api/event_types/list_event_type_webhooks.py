from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.event_type_webhook_list_response import EventTypeWebhookListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_type_id: int,
    *,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["take"] = take

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/event-types/{event_type_id}/webhooks".format(
            event_type_id=quote(str(event_type_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | EventTypeWebhookListResponse | None:
    if response.status_code == 200:
        response_200 = EventTypeWebhookListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | EventTypeWebhookListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> Response[ErrorEnvelope | EventTypeWebhookListResponse]:
    """Webhooks of one event type (take/skip, no pagination block)

    Args:
        event_type_id (int):
        take (int | Unset):  Default: 250.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventTypeWebhookListResponse]
    """

    kwargs = _get_kwargs(
        event_type_id=event_type_id,
        take=take,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> ErrorEnvelope | EventTypeWebhookListResponse | None:
    """Webhooks of one event type (take/skip, no pagination block)

    Args:
        event_type_id (int):
        take (int | Unset):  Default: 250.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventTypeWebhookListResponse
    """

    return sync_detailed(
        event_type_id=event_type_id,
        client=client,
        take=take,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    event_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> Response[ErrorEnvelope | EventTypeWebhookListResponse]:
    """Webhooks of one event type (take/skip, no pagination block)

    Args:
        event_type_id (int):
        take (int | Unset):  Default: 250.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventTypeWebhookListResponse]
    """

    kwargs = _get_kwargs(
        event_type_id=event_type_id,
        take=take,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> ErrorEnvelope | EventTypeWebhookListResponse | None:
    """Webhooks of one event type (take/skip, no pagination block)

    Args:
        event_type_id (int):
        take (int | Unset):  Default: 250.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventTypeWebhookListResponse
    """

    return (
        await asyncio_detailed(
            event_type_id=event_type_id,
            client=client,
            take=take,
            skip=skip,
        )
    ).parsed
