from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.schedule_response import ScheduleResponse
from ...models.update_schedule_input import UpdateScheduleInput
from ...types import Response


def _get_kwargs(
    schedule_id: int,
    *,
    body: UpdateScheduleInput,
    cal_api_version: str = "2024-06-11",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = cal_api_version

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/schedules/{schedule_id}".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ScheduleResponse | None:
    if response.status_code == 200:
        response_200 = ScheduleResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ScheduleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schedule_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateScheduleInput,
    cal_api_version: str = "2024-06-11",
) -> Response[ErrorEnvelope | ScheduleResponse]:
    """Change some fields of a schedule

    Args:
        schedule_id (int):
        cal_api_version (str):  Default: '2024-06-11'.
        body (UpdateScheduleInput): Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduleResponse]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        body=body,
        cal_api_version=cal_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateScheduleInput,
    cal_api_version: str = "2024-06-11",
) -> ErrorEnvelope | ScheduleResponse | None:
    """Change some fields of a schedule

    Args:
        schedule_id (int):
        cal_api_version (str):  Default: '2024-06-11'.
        body (UpdateScheduleInput): Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduleResponse
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        body=body,
        cal_api_version=cal_api_version,
    ).parsed


async def asyncio_detailed(
    schedule_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateScheduleInput,
    cal_api_version: str = "2024-06-11",
) -> Response[ErrorEnvelope | ScheduleResponse]:
    """Change some fields of a schedule

    Args:
        schedule_id (int):
        cal_api_version (str):  Default: '2024-06-11'.
        body (UpdateScheduleInput): Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduleResponse]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        body=body,
        cal_api_version=cal_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateScheduleInput,
    cal_api_version: str = "2024-06-11",
) -> ErrorEnvelope | ScheduleResponse | None:
    """Change some fields of a schedule

    Args:
        schedule_id (int):
        cal_api_version (str):  Default: '2024-06-11'.
        body (UpdateScheduleInput): Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduleResponse
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            body=body,
            cal_api_version=cal_api_version,
        )
    ).parsed
