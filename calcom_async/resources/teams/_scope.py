"""Plain or organization team: which endpoint a ``cal.teams`` call goes to.

Cal.com serves most team operations twice: ``/v2/teams/{teamId}/...`` for a team of its own,
and ``/v2/organizations/{orgId}/teams/{teamId}/...`` for a team inside an organization (which
checks the caller's organization membership). The facade has one method for both; ``org_id=``
picks the organization endpoint. A few exist only for organizations (``my_teams``,
``event_types.list_all``, ``booking_references``, a member's schedules): they require it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ... import _validate as v
from ..._errors import CalcomValueError

__all__ = ["Endpoint", "check_team_id", "scoped"]

Endpoint = Callable[..., Awaitable[Any]]


def check_team_id(value: object) -> int:
    return v.positive_int(value, "team_id")


def scoped(
    org_id: int | None, plain: Endpoint | None, organization: Endpoint, *, what: str
) -> tuple[Endpoint, dict[str, int]]:
    """``(endpoint, {"org_id": ...})``: the organization endpoint when ``org_id`` is given,
    else the plain one (``None`` when Cal.com has none: then ``org_id`` is required)."""
    if org_id is None:
        if plain is None:
            raise CalcomValueError(f"{what} needs org_id: Cal.com offers it for organization teams")
        return plain, {}
    return organization, {"org_id": v.positive_int(org_id, "org_id")}
