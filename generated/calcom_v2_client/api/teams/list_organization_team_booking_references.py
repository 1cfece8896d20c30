from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_reference_type import BookingReferenceType
from ...models.booking_references_response import BookingReferencesResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_id: int,
    team_id: int,
    booking_uid: str,
    *,
    type_: BookingReferenceType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/organizations/{org_id}/teams/{team_id}/bookings/{booking_uid}/references".format(
            org_id=quote(str(org_id), safe=""),
            team_id=quote(str(team_id), safe=""),
            booking_uid=quote(str(booking_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingReferencesResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BookingReferencesResponse.from_dict(response.json())

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
) -> Response[BookingReferencesResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    team_id: int,
    booking_uid: str,
    *,
    client: AuthenticatedClient | Client,
    type_: BookingReferenceType | Unset = UNSET,
) -> Response[BookingReferencesResponse | ErrorEnvelope]:
    """Calendar events and video meetings created for a booking of an organization's team

    Args:
        org_id (int):
        team_id (int):
        booking_uid (str):
        type_ (BookingReferenceType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingReferencesResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        booking_uid=booking_uid,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    team_id: int,
    booking_uid: str,
    *,
    client: AuthenticatedClient | Client,
    type_: BookingReferenceType | Unset = UNSET,
) -> BookingReferencesResponse | ErrorEnvelope | None:
    """Calendar events and video meetings created for a booking of an organization's team

    Args:
        org_id (int):
        team_id (int):
        booking_uid (str):
        type_ (BookingReferenceType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingReferencesResponse | ErrorEnvelope
    """

    return sync_detailed(
        org_id=org_id,
        team_id=team_id,
        booking_uid=booking_uid,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    team_id: int,
    booking_uid: str,
    *,
    client: AuthenticatedClient | Client,
    type_: BookingReferenceType | Unset = UNSET,
) -> Response[BookingReferencesResponse | ErrorEnvelope]:
    """Calendar events and video meetings created for a booking of an organization's team

    Args:
        org_id (int):
        team_id (int):
        booking_uid (str):
        type_ (BookingReferenceType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingReferencesResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        booking_uid=booking_uid,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    team_id: int,
    booking_uid: str,
    *,
    client: AuthenticatedClient | Client,
    type_: BookingReferenceType | Unset = UNSET,
) -> BookingReferencesResponse | ErrorEnvelope | None:
    """Calendar events and video meetings created for a booking of an organization's team

    Args:
        org_id (int):
        team_id (int):
        booking_uid (str):
        type_ (BookingReferenceType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingReferencesResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            team_id=team_id,
            booking_uid=booking_uid,
            client=client,
            type_=type_,
        )
    ).parsed
