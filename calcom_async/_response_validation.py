"""Answers the SDK cannot use: the typed error, and listings that keep going despite one.

:func:`validation_error` turns what the generated parser raised for a 2xx answer into a
:class:`ResponseValidationError` naming the model, the field path and the value.

A list answer is parsed in one go; when that fails on one item (``data[i]``), the page is parsed
again item by item so the other items are still returned. The unusable ones are logged and kept
as :class:`ResponseValidationError` on the page (``Page.skipped``), so one bad booking never ends
an iteration -- and a caller that must not miss anything (``bookings.find``, which makes bulk
booking exactly-once) can see that something was skipped and decide.

This is the slow path only: a page whose items are all usable is parsed once, as before.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from ._errors import ResponseValidationError

if TYPE_CHECKING:
    from calcom_v2_client.errors import ResponseParseError

    from ._client import AsyncCalcom

# ``calcom_v2_client.errors`` is imported where it is needed: importing any module of the
# generated package runs its ``__init__``, which loads attrs (kept out of ``import calcom_async``).

__all__ = ["fetch_listing", "salvage_listing", "skipped_item", "validation_error"]

logger = logging.getLogger("calcom_async")


class _Listing(Protocol):
    data: list[Any]

    @classmethod
    def from_dict(cls, src_dict: Any) -> Any: ...


L = TypeVar("L", bound=_Listing)


def validation_error(
    exc: Exception, response: httpx.Response, expect: type[Any]
) -> ResponseValidationError:
    """The error for a 2xx answer the generated parser could not use, naming the field."""
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = None
    request = response.request
    where = f"HTTP {response.status_code} answer to {request.method} {request.url.path}"
    request_id = response.headers.get("x-request-id")
    rid = f" [request id {request_id}]" if request_id else ""
    from calcom_v2_client.errors import ResponseParseError

    if isinstance(exc, ResponseParseError):
        return _from_parse_error(f"unusable {where}: {exc}{rid}", response, body, exc)
    if body is None:
        text = response.text[:200]
        reason = "expected a JSON body"
        return ResponseValidationError(
            f"unusable {where}: {expect.__name__}: {reason}, got {text!r}{rid}",
            response=response,
            value=text,
            reason=reason,
        )
    reason = f"cannot be used ({type(exc).__name__}: {exc})"
    return ResponseValidationError(
        f"unusable {where}: {expect.__name__}: {reason}{rid}",
        response=response,
        body=body,
        reason=reason,
    )


def _from_parse_error(
    message: str, response: httpx.Response, body: object, exc: ResponseParseError
) -> ResponseValidationError:
    """The public error for what a generated parser reported (model, field path, value)."""
    return ResponseValidationError(
        message,
        response=response,
        body=body,
        model=exc.model,
        field=exc.field,
        path=_path_text(exc.path),
        value=exc.value,
        reason=exc.reason,
    )


def _path_text(path: tuple[str | int, ...]) -> str:
    """``("data", 3, "start")`` -> ``"data[3].start"``."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


async def fetch_listing(
    client: AsyncCalcom,
    endpoint: Callable[..., Awaitable[Any]],
    model: type[L],
    **kwargs: Any,
) -> tuple[L, list[ResponseValidationError]]:
    """``client._request`` for a list endpoint: ``(listing, errors of the items left out)``."""
    try:
        return await client._request(endpoint, model, **kwargs), []
    except ResponseValidationError as error:
        return salvage_listing(error, model)


def _item_index(error: ResponseValidationError) -> int | None:
    """``i`` when ``error`` is about ``data[i]`` of a listing body, else None."""
    head, _, _ = error.path.partition("]")
    if not head.startswith("data[") or not isinstance(error.body, dict):
        return None
    items = error.body.get("data")
    try:
        index = int(head[len("data[") :])
    except ValueError:
        return None
    return index if isinstance(items, list) and 0 <= index < len(items) else None


def salvage_listing(
    error: ResponseValidationError, model: type[L]
) -> tuple[L, list[ResponseValidationError]]:
    """Parse the listing of ``error.body`` item by item: ``(listing of the usable items, errors)``.

    Re-raises ``error`` when it is not about an item (a bad envelope or pagination block).
    """
    from calcom_v2_client.errors import ResponseParseError

    if _item_index(error) is None:
        raise error
    body: dict[str, Any] = error.body
    try:
        listing = model.from_dict({**body, "data": []})
    except ResponseParseError:
        raise error from None
    usable: list[Any] = []
    skipped: list[ResponseValidationError] = []
    for index, item in enumerate(body["data"]):
        try:
            usable.extend(model.from_dict({**body, "data": [item]}).data)
        except ResponseParseError as exc:
            exc.path = ("data", index, *exc.path[2:])
            what = f"skipped an unusable item of {error.response.request.url.path}: {exc}"
            skipped.append(_from_parse_error(what, error.response, body, exc))
            logger.warning("%s", skipped[-1])
    listing.data = usable
    return listing, skipped


def skipped_item(error: ResponseValidationError) -> Any:
    """The raw JSON item a skipped-item error is about (``None`` if it is not one)."""
    index = _item_index(error)
    return None if index is None else error.body["data"][index]
