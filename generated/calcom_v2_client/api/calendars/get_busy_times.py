from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busy_times_response import BusyTimesResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    credential_id: int,
    external_id: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    logged_in_users_tz: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["credentialId"] = credential_id

    params["externalId"] = external_id

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["timeZone"] = time_zone

    params["loggedInUsersTz"] = logged_in_users_tz

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/calendars/busy-times",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusyTimesResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BusyTimesResponse.from_dict(response.json())

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
) -> Response[BusyTimesResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    credential_id: int,
    external_id: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    logged_in_users_tz: str | Unset = UNSET,
) -> Response[BusyTimesResponse | ErrorEnvelope]:
    """Busy intervals of one connected calendar

    Args:
        credential_id (int):
        external_id (str):
        date_from (str | Unset):
        date_to (str | Unset):
        time_zone (str | Unset):
        logged_in_users_tz (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusyTimesResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        external_id=external_id,
        date_from=date_from,
        date_to=date_to,
        time_zone=time_zone,
        logged_in_users_tz=logged_in_users_tz,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    credential_id: int,
    external_id: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    logged_in_users_tz: str | Unset = UNSET,
) -> BusyTimesResponse | ErrorEnvelope | None:
    """Busy intervals of one connected calendar

    Args:
        credential_id (int):
        external_id (str):
        date_from (str | Unset):
        date_to (str | Unset):
        time_zone (str | Unset):
        logged_in_users_tz (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusyTimesResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        credential_id=credential_id,
        external_id=external_id,
        date_from=date_from,
        date_to=date_to,
        time_zone=time_zone,
        logged_in_users_tz=logged_in_users_tz,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    credential_id: int,
    external_id: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    logged_in_users_tz: str | Unset = UNSET,
) -> Response[BusyTimesResponse | ErrorEnvelope]:
    """Busy intervals of one connected calendar

    Args:
        credential_id (int):
        external_id (str):
        date_from (str | Unset):
        date_to (str | Unset):
        time_zone (str | Unset):
        logged_in_users_tz (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusyTimesResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        external_id=external_id,
        date_from=date_from,
        date_to=date_to,
        time_zone=time_zone,
        logged_in_users_tz=logged_in_users_tz,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    credential_id: int,
    external_id: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    logged_in_users_tz: str | Unset = UNSET,
) -> BusyTimesResponse | ErrorEnvelope | None:
    """Busy intervals of one connected calendar

    Args:
        credential_id (int):
        external_id (str):
        date_from (str | Unset):
        date_to (str | Unset):
        time_zone (str | Unset):
        logged_in_users_tz (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusyTimesResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            credential_id=credential_id,
            external_id=external_id,
            date_from=date_from,
            date_to=date_to,
            time_zone=time_zone,
            logged_in_users_tz=logged_in_users_tz,
        )
    ).parsed
