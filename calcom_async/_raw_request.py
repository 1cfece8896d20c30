"""``cal.request(...)``: any Cal.com v2 operation, through the client's one request path.

The escape hatch for operations without a typed method. :func:`prepare` checks everything
before anything is sent (:class:`CalcomValueError` otherwise) and :func:`send` plays the part
of a generated endpoint function, so :meth:`AsyncCalcom._request` applies the same transport
(key, pacing, 429 waits, retry and ambiguity rules), typed errors and ``raw_response()``
capture as to every typed method.

Paths are templates: ``"/v2/bookings/{bookingUid}/references"`` takes ``bookingUid`` from
``params``, checked like any path segment (not empty, not ``.``/``..``, no ``/``) and
percent-encoded; the other ``params`` become the query string. Literal segments may use only
unreserved URL characters (letters, digits, ``-._~``), so nothing in a path is ever decoded,
normalised or re-encoded behind the caller's back.
"""

from __future__ import annotations

import json as _json
import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import attrs
import httpx
from calcom_v2_client.types import Response

from . import _validate as v
from ._errors import CalcomValueError

if TYPE_CHECKING:
    from calcom_v2_client import Client

__all__ = ["METHODS", "PreparedRequest", "RawData", "prepare", "send"]

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_LITERAL = re.compile(r"^[A-Za-z0-9._~-]+$")
_PLACEHOLDER = re.compile(r"^\{([A-Za-z_][A-Za-z0-9_]*)\}$")
_PARAM_NAME = re.compile(r"^[A-Za-z0-9_.\[\]-]{1,100}$")
_API_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_PATH = 2048
_MAX_QUERY = 8192  # all query values together; keeps the URL far below httpx's limit
_MAX_SAFE_INT = 2**53 - 1


@attrs.frozen
class PreparedRequest:
    """A checked request: method, encoded path, query items, JSON body, extra headers."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: Any
    has_body: bool
    headers: Mapping[str, str]


@attrs.frozen
class RawData:
    """The unwrapped ``data`` of a successful answer (plain JSON; ``None`` when absent)."""

    data: Any


def _method(value: object) -> str:
    if not isinstance(value, str) or value.upper() not in METHODS:
        raise CalcomValueError(f"method must be one of {list(METHODS)}, got {v.shown(value)}")
    return value.upper()


def _path(template: object, params: dict[str, Any]) -> str:
    if not isinstance(template, str):
        raise CalcomValueError(f"path must be a string, not {type(template).__name__}")
    if len(template) > _MAX_PATH or not template.startswith("/v2/"):
        raise CalcomValueError(
            f"path must start with /v2/, like '/v2/conferencing', got {v.shown(template)}"
        )
    segments = []
    for segment in template[len("/v2/") :].split("/"):
        placeholder = _PLACEHOLDER.match(segment)
        if placeholder:
            name = placeholder.group(1)
            if name not in params:
                raise CalcomValueError(f"path placeholder {{{name}}} needs params[{name!r}]")
            value = v.path_segment(params.pop(name), f"params[{name!r}]")
            segments.append(quote(value, safe=""))
        elif _LITERAL.match(segment) and segment not in (".", ".."):
            segments.append(segment)
        else:
            raise CalcomValueError(
                f"path segment {v.shown(segment)} must be a {{placeholder}} or letters, digits "
                "and -._~ (not empty, not '.' or '..'); pass other values through params"
            )
    return "/v2/" + "/".join(segments)


def _query_value(value: object, field: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if abs(value) > _MAX_SAFE_INT:
            raise CalcomValueError(f"{field} is too large for the API (2**53)")
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CalcomValueError(f"{field} must be a finite number, not {value!r}")
        return repr(value)
    if isinstance(value, datetime):
        return v.wire_datetime(value, field)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return v.query_text(value, field)
    raise CalcomValueError(
        f"{field} must be a string, number, boolean, date or aware datetime (or a list of "
        f"them), not {type(value).__name__}"
    )


def _query(params: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    items: list[tuple[str, str]] = []
    for key, value in params.items():
        field = f"params[{v.shown(key)}]"
        if not isinstance(key, str) or not _PARAM_NAME.match(key):
            raise CalcomValueError(f"{field}: parameter names are letters, digits and _.-[]")
        if value is None:
            continue
        if isinstance(value, list | tuple):
            if not value:
                raise CalcomValueError(f"{field} must not be an empty list")
            items += [(key, _query_value(x, f"{field}[{i}]")) for i, x in enumerate(value)]
        else:
            items.append((key, _query_value(value, field)))
    if sum(len(k) + len(x) + 2 for k, x in items) > _MAX_QUERY:
        raise CalcomValueError(f"the query string is longer than {_MAX_QUERY} characters")
    return tuple(items)


def prepare(
    method: object, path: object, params: object, json: object, api_version: object
) -> PreparedRequest:
    """Check and encode the arguments of ``cal.request`` (:class:`CalcomValueError`)."""
    verb = _method(method)
    if params is not None and not isinstance(params, Mapping):
        raise CalcomValueError(f"params must be a mapping, not {type(params).__name__}")
    remaining = dict(params or {})
    url_path = _path(path, remaining)
    query = _query(remaining)
    if json is not None and verb == "GET":
        raise CalcomValueError("a GET request takes no json body")
    body = None if json is None else v.json_value(json, "json")
    headers: dict[str, str] = {}
    if api_version is not None:
        if not isinstance(api_version, str) or not _API_VERSION.match(api_version):
            raise CalcomValueError(
                f"api_version must be a date like '2024-08-13', got {v.shown(api_version)}"
            )
        headers["cal-api-version"] = api_version
    return PreparedRequest(verb, url_path, query, body, json is not None, headers)


def _unwrap(response: httpx.Response) -> Any:
    """``data`` of Cal.com's success envelope; a body without the envelope, whole."""
    if not response.content.strip():
        return None
    body = _json.loads(response.content)  # a ValueError here is an unusable 2xx answer
    if isinstance(body, dict) and body.get("status") == "success":
        return body.get("data")
    return body


async def send(*, client: Client, request: PreparedRequest) -> Response[RawData]:
    """Send ``request`` with the client's httpx client; shaped like a generated endpoint."""
    kwargs: dict[str, Any] = {"params": list(request.query), "headers": dict(request.headers)}
    if request.has_body:
        kwargs["json"] = request.body
    response = await client.get_async_httpx_client().request(request.method, request.path, **kwargs)
    parsed = RawData(_unwrap(response)) if response.is_success else None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )
