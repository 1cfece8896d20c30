from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.event_type_list_response import EventTypeListResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    event_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    org_slug: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
    cal_api_version: str = "2024-06-14",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = cal_api_version

    params: dict[str, Any] = {}

    params["username"] = username

    params["eventSlug"] = event_slug

    params["usernames"] = usernames

    params["orgSlug"] = org_slug

    params["orgId"] = org_id

    json_sort_created_at: str | Unset = UNSET
    if not isinstance(sort_created_at, Unset):
        json_sort_created_at = sort_created_at

    params["sortCreatedAt"] = json_sort_created_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/event-types",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | EventTypeListResponse | None:
    if response.status_code == 200:
        response_200 = EventTypeListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | EventTypeListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    event_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    org_slug: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
    cal_api_version: str = "2024-06-14",
) -> Response[ErrorEnvelope | EventTypeListResponse]:
    """List event types (not paginated)

    Args:
        username (str | Unset):
        event_slug (str | Unset):
        usernames (str | Unset):
        org_slug (str | Unset):
        org_id (int | Unset):
        sort_created_at (SortOrder | Unset):
        cal_api_version (str):  Default: '2024-06-14'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventTypeListResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        event_slug=event_slug,
        usernames=usernames,
        org_slug=org_slug,
        org_id=org_id,
        sort_created_at=sort_created_at,
        cal_api_version=cal_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    event_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    org_slug: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
    cal_api_version: str = "2024-06-14",
) -> ErrorEnvelope | EventTypeListResponse | None:
    """List event types (not paginated)

    Args:
        username (str | Unset):
        event_slug (str | Unset):
        usernames (str | Unset):
        org_slug (str | Unset):
        org_id (int | Unset):
        sort_created_at (SortOrder | Unset):
        cal_api_version (str):  Default: '2024-06-14'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventTypeListResponse
    """

    return sync_detailed(
        client=client,
        username=username,
        event_slug=event_slug,
        usernames=usernames,
        org_slug=org_slug,
        org_id=org_id,
        sort_created_at=sort_created_at,
        cal_api_version=cal_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    event_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    org_slug: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
    cal_api_version: str = "2024-06-14",
) -> Response[ErrorEnvelope | EventTypeListResponse]:
    """List event types (not paginated)

    Args:
        username (str | Unset):
        event_slug (str | Unset):
        usernames (str | Unset):
        org_slug (str | Unset):
        org_id (int | Unset):
        sort_created_at (SortOrder | Unset):
        cal_api_version (str):  Default: '2024-06-14'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventTypeListResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        event_slug=event_slug,
        usernames=usernames,
        org_slug=org_slug,
        org_id=org_id,
        sort_created_at=sort_created_at,
        cal_api_version=cal_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    event_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    org_slug: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    sort_created_at: SortOrder | Unset = UNSET,
    cal_api_version: str = "2024-06-14",
) -> ErrorEnvelope | EventTypeListResponse | None:
    """List event types (not paginated)

    Args:
        username (str | Unset):
        event_slug (str | Unset):
        usernames (str | Unset):
        org_slug (str | Unset):
        org_id (int | Unset):
        sort_created_at (SortOrder | Unset):
        cal_api_version (str):  Default: '2024-06-14'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventTypeListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            event_slug=event_slug,
            usernames=usernames,
            org_slug=org_slug,
            org_id=org_id,
            sort_created_at=sort_created_at,
            cal_api_version=cal_api_version,
        )
    ).parsed
