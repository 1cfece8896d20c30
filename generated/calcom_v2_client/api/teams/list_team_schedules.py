from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.schedule_list_response import ScheduleListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: int,
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
        "url": "/v2/teams/{team_id}/schedules".format(
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

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
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> Response[ErrorEnvelope | ScheduleListResponse]:
    """Schedules of a team's members (take/skip, no pagination block)

    Args:
        team_id (int):
        take (int | Unset):  Default: 250.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduleListResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        take=take,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> ErrorEnvelope | ScheduleListResponse | None:
    """Schedules of a team's members (take/skip, no pagination block)

    Args:
        team_id (int):
        take (int | Unset):  Default: 250.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduleListResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        take=take,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> Response[ErrorEnvelope | ScheduleListResponse]:
    """Schedules of a team's members (take/skip, no pagination block)

    Args:
        team_id (int):
        take (int | Unset):  Default: 250.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduleListResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        take=take,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> ErrorEnvelope | ScheduleListResponse | None:
    """Schedules of a team's members (take/skip, no pagination block)

    Args:
        team_id (int):
        take (int | Unset):  Default: 250.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduleListResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            take=take,
            skip=skip,
        )
    ).parsed
