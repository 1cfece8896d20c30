from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.slot_format import SlotFormat
from ...models.slots_response import SlotsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str,
    end: str,
    event_type_id: int | Unset = UNSET,
    event_type_slug: str | Unset = UNSET,
    username: str | Unset = UNSET,
    team_slug: str | Unset = UNSET,
    organization_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    format_: SlotFormat | Unset = UNSET,
    booking_uid_to_reschedule: str | Unset = UNSET,
    cal_api_version: str = "2024-09-04",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = cal_api_version

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["eventTypeId"] = event_type_id

    params["eventTypeSlug"] = event_type_slug

    params["username"] = username

    params["teamSlug"] = team_slug

    params["organizationSlug"] = organization_slug

    params["usernames"] = usernames

    params["timeZone"] = time_zone

    params["duration"] = duration

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["bookingUidToReschedule"] = booking_uid_to_reschedule

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/slots",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SlotsResponse | None:
    if response.status_code == 200:
        response_200 = SlotsResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SlotsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
    event_type_id: int | Unset = UNSET,
    event_type_slug: str | Unset = UNSET,
    username: str | Unset = UNSET,
    team_slug: str | Unset = UNSET,
    organization_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    format_: SlotFormat | Unset = UNSET,
    booking_uid_to_reschedule: str | Unset = UNSET,
    cal_api_version: str = "2024-09-04",
) -> Response[ErrorEnvelope | SlotsResponse]:
    """Free slots of an event type, user(s) or team between two instants

     Identify what to book by `eventTypeId`, or by `eventTypeSlug` plus `username` or `teamSlug` (plus
    `organizationSlug` inside an organization), or by `usernames` for a dynamic group event.

    Args:
        start (str):
        end (str):
        event_type_id (int | Unset):
        event_type_slug (str | Unset):
        username (str | Unset):
        team_slug (str | Unset):
        organization_slug (str | Unset):
        usernames (str | Unset):
        time_zone (str | Unset):
        duration (int | Unset):
        format_ (SlotFormat | Unset):
        booking_uid_to_reschedule (str | Unset):
        cal_api_version (str):  Default: '2024-09-04'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SlotsResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        event_type_id=event_type_id,
        event_type_slug=event_type_slug,
        username=username,
        team_slug=team_slug,
        organization_slug=organization_slug,
        usernames=usernames,
        time_zone=time_zone,
        duration=duration,
        format_=format_,
        booking_uid_to_reschedule=booking_uid_to_reschedule,
        cal_api_version=cal_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
    event_type_id: int | Unset = UNSET,
    event_type_slug: str | Unset = UNSET,
    username: str | Unset = UNSET,
    team_slug: str | Unset = UNSET,
    organization_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    format_: SlotFormat | Unset = UNSET,
    booking_uid_to_reschedule: str | Unset = UNSET,
    cal_api_version: str = "2024-09-04",
) -> ErrorEnvelope | SlotsResponse | None:
    """Free slots of an event type, user(s) or team between two instants

     Identify what to book by `eventTypeId`, or by `eventTypeSlug` plus `username` or `teamSlug` (plus
    `organizationSlug` inside an organization), or by `usernames` for a dynamic group event.

    Args:
        start (str):
        end (str):
        event_type_id (int | Unset):
        event_type_slug (str | Unset):
        username (str | Unset):
        team_slug (str | Unset):
        organization_slug (str | Unset):
        usernames (str | Unset):
        time_zone (str | Unset):
        duration (int | Unset):
        format_ (SlotFormat | Unset):
        booking_uid_to_reschedule (str | Unset):
        cal_api_version (str):  Default: '2024-09-04'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SlotsResponse
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        event_type_id=event_type_id,
        event_type_slug=event_type_slug,
        username=username,
        team_slug=team_slug,
        organization_slug=organization_slug,
        usernames=usernames,
        time_zone=time_zone,
        duration=duration,
        format_=format_,
        booking_uid_to_reschedule=booking_uid_to_reschedule,
        cal_api_version=cal_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
    event_type_id: int | Unset = UNSET,
    event_type_slug: str | Unset = UNSET,
    username: str | Unset = UNSET,
    team_slug: str | Unset = UNSET,
    organization_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    format_: SlotFormat | Unset = UNSET,
    booking_uid_to_reschedule: str | Unset = UNSET,
    cal_api_version: str = "2024-09-04",
) -> Response[ErrorEnvelope | SlotsResponse]:
    """Free slots of an event type, user(s) or team between two instants

     Identify what to book by `eventTypeId`, or by `eventTypeSlug` plus `username` or `teamSlug` (plus
    `organizationSlug` inside an organization), or by `usernames` for a dynamic group event.

    Args:
        start (str):
        end (str):
        event_type_id (int | Unset):
        event_type_slug (str | Unset):
        username (str | Unset):
        team_slug (str | Unset):
        organization_slug (str | Unset):
        usernames (str | Unset):
        time_zone (str | Unset):
        duration (int | Unset):
        format_ (SlotFormat | Unset):
        booking_uid_to_reschedule (str | Unset):
        cal_api_version (str):  Default: '2024-09-04'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SlotsResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        event_type_id=event_type_id,
        event_type_slug=event_type_slug,
        username=username,
        team_slug=team_slug,
        organization_slug=organization_slug,
        usernames=usernames,
        time_zone=time_zone,
        duration=duration,
        format_=format_,
        booking_uid_to_reschedule=booking_uid_to_reschedule,
        cal_api_version=cal_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
    event_type_id: int | Unset = UNSET,
    event_type_slug: str | Unset = UNSET,
    username: str | Unset = UNSET,
    team_slug: str | Unset = UNSET,
    organization_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    format_: SlotFormat | Unset = UNSET,
    booking_uid_to_reschedule: str | Unset = UNSET,
    cal_api_version: str = "2024-09-04",
) -> ErrorEnvelope | SlotsResponse | None:
    """Free slots of an event type, user(s) or team between two instants

     Identify what to book by `eventTypeId`, or by `eventTypeSlug` plus `username` or `teamSlug` (plus
    `organizationSlug` inside an organization), or by `usernames` for a dynamic group event.

    Args:
        start (str):
        end (str):
        event_type_id (int | Unset):
        event_type_slug (str | Unset):
        username (str | Unset):
        team_slug (str | Unset):
        organization_slug (str | Unset):
        usernames (str | Unset):
        time_zone (str | Unset):
        duration (int | Unset):
        format_ (SlotFormat | Unset):
        booking_uid_to_reschedule (str | Unset):
        cal_api_version (str):  Default: '2024-09-04'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SlotsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            event_type_id=event_type_id,
            event_type_slug=event_type_slug,
            username=username,
            team_slug=team_slug,
            organization_slug=organization_slug,
            usernames=usernames,
            time_zone=time_zone,
            duration=duration,
            format_=format_,
            booking_uid_to_reschedule=booking_uid_to_reschedule,
            cal_api_version=cal_api_version,
        )
    ).parsed
