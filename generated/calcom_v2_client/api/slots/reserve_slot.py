from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.reserve_slot_input import ReserveSlotInput
from ...models.slot_reservation_response import SlotReservationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReserveSlotInput,
    cal_api_version: str = "2024-09-04",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = cal_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/slots/reservations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SlotReservationResponse | None:
    if response.status_code == 201:
        response_201 = SlotReservationResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SlotReservationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReserveSlotInput,
    cal_api_version: str = "2024-09-04",
) -> Response[ErrorEnvelope | SlotReservationResponse]:
    """Hold a slot for a while so that nobody else can book it

    Args:
        cal_api_version (str):  Default: '2024-09-04'.
        body (ReserveSlotInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SlotReservationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        cal_api_version=cal_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReserveSlotInput,
    cal_api_version: str = "2024-09-04",
) -> ErrorEnvelope | SlotReservationResponse | None:
    """Hold a slot for a while so that nobody else can book it

    Args:
        cal_api_version (str):  Default: '2024-09-04'.
        body (ReserveSlotInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SlotReservationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        cal_api_version=cal_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReserveSlotInput,
    cal_api_version: str = "2024-09-04",
) -> Response[ErrorEnvelope | SlotReservationResponse]:
    """Hold a slot for a while so that nobody else can book it

    Args:
        cal_api_version (str):  Default: '2024-09-04'.
        body (ReserveSlotInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SlotReservationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        cal_api_version=cal_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReserveSlotInput,
    cal_api_version: str = "2024-09-04",
) -> ErrorEnvelope | SlotReservationResponse | None:
    """Hold a slot for a while so that nobody else can book it

    Args:
        cal_api_version (str):  Default: '2024-09-04'.
        body (ReserveSlotInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SlotReservationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            cal_api_version=cal_api_version,
        )
    ).parsed
