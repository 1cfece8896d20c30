from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_credential_response import CalendarCredentialResponse
from ...models.calendar_provider import CalendarProvider
from ...models.disconnect_calendar_input import DisconnectCalendarInput
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    calendar: CalendarProvider,
    *,
    body: DisconnectCalendarInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/calendars/{calendar}/disconnect".format(
            calendar=quote(str(calendar), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarCredentialResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CalendarCredentialResponse.from_dict(response.json())

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
) -> Response[CalendarCredentialResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    calendar: CalendarProvider,
    *,
    client: AuthenticatedClient | Client,
    body: DisconnectCalendarInput,
) -> Response[CalendarCredentialResponse | ErrorEnvelope]:
    """Remove a calendar connection (its credential)

    Args:
        calendar (CalendarProvider): A calendar provider with a direct connection.
        body (DisconnectCalendarInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarCredentialResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        calendar=calendar,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendar: CalendarProvider,
    *,
    client: AuthenticatedClient | Client,
    body: DisconnectCalendarInput,
) -> CalendarCredentialResponse | ErrorEnvelope | None:
    """Remove a calendar connection (its credential)

    Args:
        calendar (CalendarProvider): A calendar provider with a direct connection.
        body (DisconnectCalendarInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarCredentialResponse | ErrorEnvelope
    """

    return sync_detailed(
        calendar=calendar,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    calendar: CalendarProvider,
    *,
    client: AuthenticatedClient | Client,
    body: DisconnectCalendarInput,
) -> Response[CalendarCredentialResponse | ErrorEnvelope]:
    """Remove a calendar connection (its credential)

    Args:
        calendar (CalendarProvider): A calendar provider with a direct connection.
        body (DisconnectCalendarInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarCredentialResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        calendar=calendar,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar: CalendarProvider,
    *,
    client: AuthenticatedClient | Client,
    body: DisconnectCalendarInput,
) -> CalendarCredentialResponse | ErrorEnvelope | None:
    """Remove a calendar connection (its credential)

    Args:
        calendar (CalendarProvider): A calendar provider with a direct connection.
        body (DisconnectCalendarInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarCredentialResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            calendar=calendar,
            client=client,
            body=body,
        )
    ).parsed
