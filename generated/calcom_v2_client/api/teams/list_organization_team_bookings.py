from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_list_response import BookingListResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_id: int,
    team_id: int,
    *,
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    skip: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["attendeeEmail"] = attendee_email

    params["attendeeName"] = attendee_name

    params["bookingUid"] = booking_uid

    params["eventTypeIds"] = event_type_ids

    params["eventTypeId"] = event_type_id

    params["afterStart"] = after_start

    params["beforeEnd"] = before_end

    json_sort_start: str | Unset = UNSET
    if not isinstance(sort_start, Unset):
        json_sort_start = sort_start

    params["sortStart"] = json_sort_start

    json_sort_end: str | Unset = UNSET
    if not isinstance(sort_end, Unset):
        json_sort_end = sort_end

    params["sortEnd"] = json_sort_end

    json_sort_created: str | Unset = UNSET
    if not isinstance(sort_created, Unset):
        json_sort_created = sort_created

    params["sortCreated"] = json_sort_created

    params["take"] = take

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/organizations/{org_id}/teams/{team_id}/bookings".format(
            org_id=quote(str(org_id), safe=""),
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BookingListResponse.from_dict(response.json())

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
) -> Response[BookingListResponse | ErrorEnvelope]:
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
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    skip: int | Unset = 0,
) -> Response[BookingListResponse | ErrorEnvelope]:
    """Bookings of an organization team's event types (take/skip pagination)

    Args:
        org_id (int):
        team_id (int):
        status (str | Unset):  Example: upcoming,past.
        attendee_email (str | Unset):
        attendee_name (str | Unset):
        booking_uid (str | Unset):
        event_type_ids (str | Unset):
        event_type_id (int | Unset):
        after_start (str | Unset):
        before_end (str | Unset):
        sort_start (SortOrder | Unset):
        sort_end (SortOrder | Unset):
        sort_created (SortOrder | Unset):
        take (int | Unset):
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        status=status,
        attendee_email=attendee_email,
        attendee_name=attendee_name,
        booking_uid=booking_uid,
        event_type_ids=event_type_ids,
        event_type_id=event_type_id,
        after_start=after_start,
        before_end=before_end,
        sort_start=sort_start,
        sort_end=sort_end,
        sort_created=sort_created,
        take=take,
        skip=skip,
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
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    skip: int | Unset = 0,
) -> BookingListResponse | ErrorEnvelope | None:
    """Bookings of an organization team's event types (take/skip pagination)

    Args:
        org_id (int):
        team_id (int):
        status (str | Unset):  Example: upcoming,past.
        attendee_email (str | Unset):
        attendee_name (str | Unset):
        booking_uid (str | Unset):
        event_type_ids (str | Unset):
        event_type_id (int | Unset):
        after_start (str | Unset):
        before_end (str | Unset):
        sort_start (SortOrder | Unset):
        sort_end (SortOrder | Unset):
        sort_created (SortOrder | Unset):
        take (int | Unset):
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingListResponse | ErrorEnvelope
    """

    return sync_detailed(
        org_id=org_id,
        team_id=team_id,
        client=client,
        status=status,
        attendee_email=attendee_email,
        attendee_name=attendee_name,
        booking_uid=booking_uid,
        event_type_ids=event_type_ids,
        event_type_id=event_type_id,
        after_start=after_start,
        before_end=before_end,
        sort_start=sort_start,
        sort_end=sort_end,
        sort_created=sort_created,
        take=take,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    skip: int | Unset = 0,
) -> Response[BookingListResponse | ErrorEnvelope]:
    """Bookings of an organization team's event types (take/skip pagination)

    Args:
        org_id (int):
        team_id (int):
        status (str | Unset):  Example: upcoming,past.
        attendee_email (str | Unset):
        attendee_name (str | Unset):
        booking_uid (str | Unset):
        event_type_ids (str | Unset):
        event_type_id (int | Unset):
        after_start (str | Unset):
        before_end (str | Unset):
        sort_start (SortOrder | Unset):
        sort_end (SortOrder | Unset):
        sort_created (SortOrder | Unset):
        take (int | Unset):
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        team_id=team_id,
        status=status,
        attendee_email=attendee_email,
        attendee_name=attendee_name,
        booking_uid=booking_uid,
        event_type_ids=event_type_ids,
        event_type_id=event_type_id,
        after_start=after_start,
        before_end=before_end,
        sort_start=sort_start,
        sort_end=sort_end,
        sort_created=sort_created,
        take=take,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    skip: int | Unset = 0,
) -> BookingListResponse | ErrorEnvelope | None:
    """Bookings of an organization team's event types (take/skip pagination)

    Args:
        org_id (int):
        team_id (int):
        status (str | Unset):  Example: upcoming,past.
        attendee_email (str | Unset):
        attendee_name (str | Unset):
        booking_uid (str | Unset):
        event_type_ids (str | Unset):
        event_type_id (int | Unset):
        after_start (str | Unset):
        before_end (str | Unset):
        sort_start (SortOrder | Unset):
        sort_end (SortOrder | Unset):
        sort_created (SortOrder | Unset):
        take (int | Unset):
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            team_id=team_id,
            client=client,
            status=status,
            attendee_email=attendee_email,
            attendee_name=attendee_name,
            booking_uid=booking_uid,
            event_type_ids=event_type_ids,
            event_type_id=event_type_id,
            after_start=after_start,
            before_end=before_end,
            sort_start=sort_start,
            sort_end=sort_end,
            sort_created=sort_created,
            take=take,
            skip=skip,
        )
    ).parsed
