from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_list_response import BookingListResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    teams_ids: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    after_created_at: str | Unset = UNSET,
    before_created_at: str | Unset = UNSET,
    after_updated_at: str | Unset = UNSET,
    before_updated_at: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    sort_updated_at: SortOrder | Unset = UNSET,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    cal_api_version: str = "2024-08-13",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = cal_api_version

    params: dict[str, Any] = {}

    params["status"] = status

    params["attendeeEmail"] = attendee_email

    params["attendeeName"] = attendee_name

    params["bookingUid"] = booking_uid

    params["eventTypeIds"] = event_type_ids

    params["eventTypeId"] = event_type_id

    params["teamsIds"] = teams_ids

    params["teamId"] = team_id

    params["afterStart"] = after_start

    params["beforeEnd"] = before_end

    params["afterCreatedAt"] = after_created_at

    params["beforeCreatedAt"] = before_created_at

    params["afterUpdatedAt"] = after_updated_at

    params["beforeUpdatedAt"] = before_updated_at

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

    json_sort_updated_at: str | Unset = UNSET
    if not isinstance(sort_updated_at, Unset):
        json_sort_updated_at = sort_updated_at

    params["sortUpdatedAt"] = json_sort_updated_at

    params["take"] = take

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/bookings",
        "params": params,
    }

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    teams_ids: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    after_created_at: str | Unset = UNSET,
    before_created_at: str | Unset = UNSET,
    after_updated_at: str | Unset = UNSET,
    before_updated_at: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    sort_updated_at: SortOrder | Unset = UNSET,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    cal_api_version: str = "2024-08-13",
) -> Response[BookingListResponse | ErrorEnvelope]:
    """List bookings (take/skip pagination)

    Args:
        status (str | Unset):  Example: upcoming,unconfirmed.
        attendee_email (str | Unset):
        attendee_name (str | Unset):
        booking_uid (str | Unset):
        event_type_ids (str | Unset):
        event_type_id (int | Unset):
        teams_ids (str | Unset):
        team_id (int | Unset):
        after_start (str | Unset):
        before_end (str | Unset):
        after_created_at (str | Unset):
        before_created_at (str | Unset):
        after_updated_at (str | Unset):
        before_updated_at (str | Unset):
        sort_start (SortOrder | Unset):
        sort_end (SortOrder | Unset):
        sort_created (SortOrder | Unset):
        sort_updated_at (SortOrder | Unset):
        take (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        status=status,
        attendee_email=attendee_email,
        attendee_name=attendee_name,
        booking_uid=booking_uid,
        event_type_ids=event_type_ids,
        event_type_id=event_type_id,
        teams_ids=teams_ids,
        team_id=team_id,
        after_start=after_start,
        before_end=before_end,
        after_created_at=after_created_at,
        before_created_at=before_created_at,
        after_updated_at=after_updated_at,
        before_updated_at=before_updated_at,
        sort_start=sort_start,
        sort_end=sort_end,
        sort_created=sort_created,
        sort_updated_at=sort_updated_at,
        take=take,
        skip=skip,
        cal_api_version=cal_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    teams_ids: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    after_created_at: str | Unset = UNSET,
    before_created_at: str | Unset = UNSET,
    after_updated_at: str | Unset = UNSET,
    before_updated_at: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    sort_updated_at: SortOrder | Unset = UNSET,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    cal_api_version: str = "2024-08-13",
) -> BookingListResponse | ErrorEnvelope | None:
    """List bookings (take/skip pagination)

    Args:
        status (str | Unset):  Example: upcoming,unconfirmed.
        attendee_email (str | Unset):
        attendee_name (str | Unset):
        booking_uid (str | Unset):
        event_type_ids (str | Unset):
        event_type_id (int | Unset):
        teams_ids (str | Unset):
        team_id (int | Unset):
        after_start (str | Unset):
        before_end (str | Unset):
        after_created_at (str | Unset):
        before_created_at (str | Unset):
        after_updated_at (str | Unset):
        before_updated_at (str | Unset):
        sort_start (SortOrder | Unset):
        sort_end (SortOrder | Unset):
        sort_created (SortOrder | Unset):
        sort_updated_at (SortOrder | Unset):
        take (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingListResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        status=status,
        attendee_email=attendee_email,
        attendee_name=attendee_name,
        booking_uid=booking_uid,
        event_type_ids=event_type_ids,
        event_type_id=event_type_id,
        teams_ids=teams_ids,
        team_id=team_id,
        after_start=after_start,
        before_end=before_end,
        after_created_at=after_created_at,
        before_created_at=before_created_at,
        after_updated_at=after_updated_at,
        before_updated_at=before_updated_at,
        sort_start=sort_start,
        sort_end=sort_end,
        sort_created=sort_created,
        sort_updated_at=sort_updated_at,
        take=take,
        skip=skip,
        cal_api_version=cal_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    teams_ids: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    after_created_at: str | Unset = UNSET,
    before_created_at: str | Unset = UNSET,
    after_updated_at: str | Unset = UNSET,
    before_updated_at: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    sort_updated_at: SortOrder | Unset = UNSET,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    cal_api_version: str = "2024-08-13",
) -> Response[BookingListResponse | ErrorEnvelope]:
    """List bookings (take/skip pagination)

    Args:
        status (str | Unset):  Example: upcoming,unconfirmed.
        attendee_email (str | Unset):
        attendee_name (str | Unset):
        booking_uid (str | Unset):
        event_type_ids (str | Unset):
        event_type_id (int | Unset):
        teams_ids (str | Unset):
        team_id (int | Unset):
        after_start (str | Unset):
        before_end (str | Unset):
        after_created_at (str | Unset):
        before_created_at (str | Unset):
        after_updated_at (str | Unset):
        before_updated_at (str | Unset):
        sort_start (SortOrder | Unset):
        sort_end (SortOrder | Unset):
        sort_created (SortOrder | Unset):
        sort_updated_at (SortOrder | Unset):
        take (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        status=status,
        attendee_email=attendee_email,
        attendee_name=attendee_name,
        booking_uid=booking_uid,
        event_type_ids=event_type_ids,
        event_type_id=event_type_id,
        teams_ids=teams_ids,
        team_id=team_id,
        after_start=after_start,
        before_end=before_end,
        after_created_at=after_created_at,
        before_created_at=before_created_at,
        after_updated_at=after_updated_at,
        before_updated_at=before_updated_at,
        sort_start=sort_start,
        sort_end=sort_end,
        sort_created=sort_created,
        sort_updated_at=sort_updated_at,
        take=take,
        skip=skip,
        cal_api_version=cal_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    teams_ids: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    after_created_at: str | Unset = UNSET,
    before_created_at: str | Unset = UNSET,
    after_updated_at: str | Unset = UNSET,
    before_updated_at: str | Unset = UNSET,
    sort_start: SortOrder | Unset = UNSET,
    sort_end: SortOrder | Unset = UNSET,
    sort_created: SortOrder | Unset = UNSET,
    sort_updated_at: SortOrder | Unset = UNSET,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    cal_api_version: str = "2024-08-13",
) -> BookingListResponse | ErrorEnvelope | None:
    """List bookings (take/skip pagination)

    Args:
        status (str | Unset):  Example: upcoming,unconfirmed.
        attendee_email (str | Unset):
        attendee_name (str | Unset):
        booking_uid (str | Unset):
        event_type_ids (str | Unset):
        event_type_id (int | Unset):
        teams_ids (str | Unset):
        team_id (int | Unset):
        after_start (str | Unset):
        before_end (str | Unset):
        after_created_at (str | Unset):
        before_created_at (str | Unset):
        after_updated_at (str | Unset):
        before_updated_at (str | Unset):
        sort_start (SortOrder | Unset):
        sort_end (SortOrder | Unset):
        sort_created (SortOrder | Unset):
        sort_updated_at (SortOrder | Unset):
        take (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        cal_api_version (str):  Default: '2024-08-13'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            attendee_email=attendee_email,
            attendee_name=attendee_name,
            booking_uid=booking_uid,
            event_type_ids=event_type_ids,
            event_type_id=event_type_id,
            teams_ids=teams_ids,
            team_id=team_id,
            after_start=after_start,
            before_end=before_end,
            after_created_at=after_created_at,
            before_created_at=before_created_at,
            after_updated_at=after_updated_at,
            before_updated_at=before_updated_at,
            sort_start=sort_start,
            sort_end=sort_end,
            sort_created=sort_created,
            sort_updated_at=sort_updated_at,
            take=take,
            skip=skip,
            cal_api_version=cal_api_version,
        )
    ).parsed
