from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.event_type_response import EventTypeResponse
from ...models.update_event_type_input import UpdateEventTypeInput
from ...types import Response


def _get_kwargs(
    event_type_id: int,
    *,
    body: UpdateEventTypeInput,
    cal_api_version: str = "2024-06-14",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = cal_api_version

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/event-types/{event_type_id}".format(
            event_type_id=quote(str(event_type_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | EventTypeResponse | None:
    if response.status_code == 200:
        response_200 = EventTypeResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | EventTypeResponse]:
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
    body: UpdateEventTypeInput,
    cal_api_version: str = "2024-06-14",
) -> Response[ErrorEnvelope | EventTypeResponse]:
    """Change some fields of an event type

    Args:
        event_type_id (int):
        cal_api_version (str):  Default: '2024-06-14'.
        body (UpdateEventTypeInput): Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventTypeResponse]
    """

    kwargs = _get_kwargs(
        event_type_id=event_type_id,
        body=body,
        cal_api_version=cal_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEventTypeInput,
    cal_api_version: str = "2024-06-14",
) -> ErrorEnvelope | EventTypeResponse | None:
    """Change some fields of an event type

    Args:
        event_type_id (int):
        cal_api_version (str):  Default: '2024-06-14'.
        body (UpdateEventTypeInput): Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventTypeResponse
    """

    return sync_detailed(
        event_type_id=event_type_id,
        client=client,
        body=body,
        cal_api_version=cal_api_version,
    ).parsed


async def asyncio_detailed(
    event_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEventTypeInput,
    cal_api_version: str = "2024-06-14",
) -> Response[ErrorEnvelope | EventTypeResponse]:
    """Change some fields of an event type

    Args:
        event_type_id (int):
        cal_api_version (str):  Default: '2024-06-14'.
        body (UpdateEventTypeInput): Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventTypeResponse]
    """

    kwargs = _get_kwargs(
        event_type_id=event_type_id,
        body=body,
        cal_api_version=cal_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEventTypeInput,
    cal_api_version: str = "2024-06-14",
) -> ErrorEnvelope | EventTypeResponse | None:
    """Change some fields of an event type

    Args:
        event_type_id (int):
        cal_api_version (str):  Default: '2024-06-14'.
        body (UpdateEventTypeInput): Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventTypeResponse
    """

    return (
        await asyncio_detailed(
            event_type_id=event_type_id,
            client=client,
            body=body,
            cal_api_version=cal_api_version,
        )
    ).parsed
