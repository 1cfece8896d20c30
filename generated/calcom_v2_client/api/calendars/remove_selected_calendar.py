from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.selected_calendar_response import SelectedCalendarResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    integration: str,
    external_id: str,
    credential_id: int,
    delegation_credential_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration"] = integration

    params["externalId"] = external_id

    params["credentialId"] = credential_id

    params["delegationCredentialId"] = delegation_credential_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/selected-calendars",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SelectedCalendarResponse | None:
    if response.status_code == 200:
        response_200 = SelectedCalendarResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SelectedCalendarResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    integration: str,
    external_id: str,
    credential_id: int,
    delegation_credential_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SelectedCalendarResponse]:
    """Stop checking a connected calendar for conflicts

    Args:
        integration (str):
        external_id (str):
        credential_id (int):
        delegation_credential_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SelectedCalendarResponse]
    """

    kwargs = _get_kwargs(
        integration=integration,
        external_id=external_id,
        credential_id=credential_id,
        delegation_credential_id=delegation_credential_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    integration: str,
    external_id: str,
    credential_id: int,
    delegation_credential_id: str | Unset = UNSET,
) -> ErrorEnvelope | SelectedCalendarResponse | None:
    """Stop checking a connected calendar for conflicts

    Args:
        integration (str):
        external_id (str):
        credential_id (int):
        delegation_credential_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SelectedCalendarResponse
    """

    return sync_detailed(
        client=client,
        integration=integration,
        external_id=external_id,
        credential_id=credential_id,
        delegation_credential_id=delegation_credential_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    integration: str,
    external_id: str,
    credential_id: int,
    delegation_credential_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SelectedCalendarResponse]:
    """Stop checking a connected calendar for conflicts

    Args:
        integration (str):
        external_id (str):
        credential_id (int):
        delegation_credential_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SelectedCalendarResponse]
    """

    kwargs = _get_kwargs(
        integration=integration,
        external_id=external_id,
        credential_id=credential_id,
        delegation_credential_id=delegation_credential_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    integration: str,
    external_id: str,
    credential_id: int,
    delegation_credential_id: str | Unset = UNSET,
) -> ErrorEnvelope | SelectedCalendarResponse | None:
    """Stop checking a connected calendar for conflicts

    Args:
        integration (str):
        external_id (str):
        credential_id (int):
        delegation_credential_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SelectedCalendarResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            integration=integration,
            external_id=external_id,
            credential_id=credential_id,
            delegation_credential_id=delegation_credential_id,
        )
    ).parsed
