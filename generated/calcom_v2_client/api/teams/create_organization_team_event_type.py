from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_team_event_type_input import CreateTeamEventTypeInput
from ...models.error_envelope import ErrorEnvelope
from ...models.team_event_type_created_response import TeamEventTypeCreatedResponse
from ...types import Response


def _get_kwargs(
    org_id: int,
    team_id: int,
    *,
    body: CreateTeamEventTypeInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/organizations/{org_id}/teams/{team_id}/event-types".format(
            org_id=quote(str(org_id), safe=""),
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TeamEventTypeCreatedResponse | None:
    if response.status_code == 201:
        response_201 = TeamEventTypeCreatedResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorEnvelope | TeamEventTypeCreatedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTeamEventTypeInput,
) -> Response[ErrorEnvelope | TeamEventTypeCreatedResponse]:
    """Create a collective, round-robin or managed team event type

    Args:
        org_id (int):
        team_id (int):
        body (CreateTeamEventTypeInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TeamEventTypeCreatedResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTeamEventTypeInput,
) -> ErrorEnvelope | TeamEventTypeCreatedResponse | None:
    """Create a collective, round-robin or managed team event type

    Args:
        org_id (int):
        team_id (int):
        body (CreateTeamEventTypeInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TeamEventTypeCreatedResponse
    """

    return sync_detailed(
        org_id=org_id,
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTeamEventTypeInput,
) -> Response[ErrorEnvelope | TeamEventTypeCreatedResponse]:
    """Create a collective, round-robin or managed team event type

    Args:
        org_id (int):
        team_id (int):
        body (CreateTeamEventTypeInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TeamEventTypeCreatedResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTeamEventTypeInput,
) -> ErrorEnvelope | TeamEventTypeCreatedResponse | None:
    """Create a collective, round-robin or managed team event type

    Args:
        org_id (int):
        team_id (int):
        body (CreateTeamEventTypeInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TeamEventTypeCreatedResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
