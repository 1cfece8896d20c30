from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_transcripts_response import BookingTranscriptsResponse
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
        "method": "get",
        "url": "/v2/bookings/{booking_uid}/transcripts".format(
            booking_uid=quote(str(booking_uid), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingTranscriptsResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BookingTranscriptsResponse.from_dict(response.json())

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
) -> Response[BookingTranscriptsResponse | ErrorEnvelope]:
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
) -> Response[BookingTranscriptsResponse | ErrorEnvelope]:
    """Download links of a booking's Cal Video transcripts

    Args:
        booking_uid (str):
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingTranscriptsResponse | ErrorEnvelope]
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
) -> BookingTranscriptsResponse | ErrorEnvelope | None:
    """Download links of a booking's Cal Video transcripts

    Args:
        booking_uid (str):
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingTranscriptsResponse | ErrorEnvelope
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
) -> Response[BookingTranscriptsResponse | ErrorEnvelope]:
    """Download links of a booking's Cal Video transcripts

    Args:
        booking_uid (str):
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingTranscriptsResponse | ErrorEnvelope]
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
) -> BookingTranscriptsResponse | ErrorEnvelope | None:
    """Download links of a booking's Cal Video transcripts

    Args:
        booking_uid (str):
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingTranscriptsResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            booking_uid=booking_uid,
            client=client,
            cal_api_version=cal_api_version,
        )
    ).parsed
