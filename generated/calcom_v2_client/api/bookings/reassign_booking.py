from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_reassignment_response import BookingReassignmentResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    booking_uid: str,
    *,
    cal_api_version: str = "2024-08-13",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = cal_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/bookings/{booking_uid}/reassign".format(
            booking_uid=quote(str(booking_uid), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingReassignmentResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BookingReassignmentResponse.from_dict(response.json())

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
) -> Response[BookingReassignmentResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    booking_uid: str,
    *,
    client: AuthenticatedClient | Client,
    cal_api_version: str = "2024-08-13",
) -> Response[BookingReassignmentResponse | ErrorEnvelope]:
    """Give a round-robin booking to another host Cal.com picks

    Args:
        booking_uid (str):
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingReassignmentResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        booking_uid=booking_uid,
        cal_api_version=cal_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    booking_uid: str,
    *,
    client: AuthenticatedClient | Client,
    cal_api_version: str = "2024-08-13",
) -> BookingReassignmentResponse | ErrorEnvelope | None:
    """Give a round-robin booking to another host Cal.com picks

    Args:
        booking_uid (str):
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingReassignmentResponse | ErrorEnvelope
    """

    return sync_detailed(
        booking_uid=booking_uid,
        client=client,
        cal_api_version=cal_api_version,
    ).parsed


async def asyncio_detailed(
    booking_uid: str,
    *,
    client: AuthenticatedClient | Client,
    cal_api_version: str = "2024-08-13",
) -> Response[BookingReassignmentResponse | ErrorEnvelope]:
    """Give a round-robin booking to another host Cal.com picks

    Args:
        booking_uid (str):
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingReassignmentResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        booking_uid=booking_uid,
        cal_api_version=cal_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    booking_uid: str,
    *,
    client: AuthenticatedClient | Client,
    cal_api_version: str = "2024-08-13",
) -> BookingReassignmentResponse | ErrorEnvelope | None:
    """Give a round-robin booking to another host Cal.com picks

    Args:
        booking_uid (str):
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingReassignmentResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            booking_uid=booking_uid,
            client=client,
            cal_api_version=cal_api_version,
        )
    ).parsed
