from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.schedule_list_response import ScheduleListResponse
from ...types import Response


def _get_kwargs(
    *,
    cal_api_version: str = "2024-06-11",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = cal_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/schedules",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ScheduleListResponse | None:
    if response.status_code == 200:
        response_200 = ScheduleListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ScheduleListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cal_api_version: str = "2024-06-11",
) -> Response[ErrorEnvelope | ScheduleListResponse]:
    """List the user's schedules (not paginated)

    Args:
        cal_api_version (str):  Default: '2024-06-11'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduleListResponse]
    """

    kwargs = _get_kwargs(
        cal_api_version=cal_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cal_api_version: str = "2024-06-11",
) -> ErrorEnvelope | ScheduleListResponse | None:
    """List the user's schedules (not paginated)

    Args:
        cal_api_version (str):  Default: '2024-06-11'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduleListResponse
    """

    return sync_detailed(
        client=client,
        cal_api_version=cal_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cal_api_version: str = "2024-06-11",
) -> Response[ErrorEnvelope | ScheduleListResponse]:
    """List the user's schedules (not paginated)

    Args:
        cal_api_version (str):  Default: '2024-06-11'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduleListResponse]
    """

    kwargs = _get_kwargs(
        cal_api_version=cal_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cal_api_version: str = "2024-06-11",
) -> ErrorEnvelope | ScheduleListResponse | None:
    """List the user's schedules (not paginated)

    Args:
        cal_api_version (str):  Default: '2024-06-11'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduleListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cal_api_version=cal_api_version,
        )
    ).parsed
