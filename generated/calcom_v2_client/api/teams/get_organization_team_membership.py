from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.team_membership_response import TeamMembershipResponse
from ...types import Response


def _get_kwargs(
    org_id: int,
    team_id: int,
    membership_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/organizations/{org_id}/teams/{team_id}/memberships/{membership_id}".format(
            org_id=quote(str(org_id), safe=""),
            team_id=quote(str(team_id), safe=""),
            membership_id=quote(str(membership_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TeamMembershipResponse | None:
    if response.status_code == 200:
        response_200 = TeamMembershipResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TeamMembershipResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    team_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | TeamMembershipResponse]:
    """Fetch one membership of an organization's team

    Args:
        org_id (int):
        team_id (int):
        membership_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TeamMembershipResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        membership_id=membership_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    team_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | TeamMembershipResponse | None:
    """Fetch one membership of an organization's team

    Args:
        org_id (int):
        team_id (int):
        membership_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TeamMembershipResponse
    """

    return sync_detailed(
        org_id=org_id,
        team_id=team_id,
        membership_id=membership_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    team_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | TeamMembershipResponse]:
    """Fetch one membership of an organization's team

    Args:
        org_id (int):
        team_id (int):
        membership_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TeamMembershipResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        membership_id=membership_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    team_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | TeamMembershipResponse | None:
    """Fetch one membership of an organization's team

    Args:
        org_id (int):
        team_id (int):
        membership_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TeamMembershipResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            team_id=team_id,
            membership_id=membership_id,
            client=client,
        )
    ).parsed
