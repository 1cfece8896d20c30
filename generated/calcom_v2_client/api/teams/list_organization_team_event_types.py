from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sort_order import SortOrder
from ...models.team_event_type_list_response import TeamEventTypeListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_id: int,
    team_id: int,
    *,
    event_slug: str | Unset = UNSET,
    hosts_limit: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["eventSlug"] = event_slug

    params["hostsLimit"] = hosts_limit

    json_sort_created_at: str | Unset = UNSET
    if not isinstance(sort_created_at, Unset):
        json_sort_created_at = sort_created_at

    params["sortCreatedAt"] = json_sort_created_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/organizations/{org_id}/teams/{team_id}/event-types".format(
            org_id=quote(str(org_id), safe=""),
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TeamEventTypeListResponse | None:
    if response.status_code == 200:
        response_200 = TeamEventTypeListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TeamEventTypeListResponse]:
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
    event_slug: str | Unset = UNSET,
    hosts_limit: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
) -> Response[ErrorEnvelope | TeamEventTypeListResponse]:
    """Event types of a team in an organization

    Args:
        org_id (int):
        team_id (int):
        event_slug (str | Unset):
        hosts_limit (int | Unset):
        sort_created_at (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TeamEventTypeListResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        event_slug=event_slug,
        hosts_limit=hosts_limit,
        sort_created_at=sort_created_at,
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
    event_slug: str | Unset = UNSET,
    hosts_limit: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
) -> ErrorEnvelope | TeamEventTypeListResponse | None:
    """Event types of a team in an organization

    Args:
        org_id (int):
        team_id (int):
        event_slug (str | Unset):
        hosts_limit (int | Unset):
        sort_created_at (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TeamEventTypeListResponse
    """

    return sync_detailed(
        org_id=org_id,
        team_id=team_id,
        client=client,
        event_slug=event_slug,
        hosts_limit=hosts_limit,
        sort_created_at=sort_created_at,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    event_slug: str | Unset = UNSET,
    hosts_limit: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
) -> Response[ErrorEnvelope | TeamEventTypeListResponse]:
    """Event types of a team in an organization

    Args:
        org_id (int):
        team_id (int):
        event_slug (str | Unset):
        hosts_limit (int | Unset):
        sort_created_at (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TeamEventTypeListResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        event_slug=event_slug,
        hosts_limit=hosts_limit,
        sort_created_at=sort_created_at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    event_slug: str | Unset = UNSET,
    hosts_limit: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
) -> ErrorEnvelope | TeamEventTypeListResponse | None:
    """Event types of a team in an organization

    Args:
        org_id (int):
        team_id (int):
        event_slug (str | Unset):
        hosts_limit (int | Unset):
        sort_created_at (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TeamEventTypeListResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            team_id=team_id,
            client=client,
            event_slug=event_slug,
            hosts_limit=hosts_limit,
            sort_created_at=sort_created_at,
        )
    ).parsed
