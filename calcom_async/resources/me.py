"""``cal.me``: the user the API key belongs to."""

from __future__ import annotations

from calcom_v2_client.api.me import get_me
from calcom_v2_client.models import Me, MeResponse

from ._base import Resource

__all__ = ["MeResource"]


class MeResource(Resource):
    async def get(self, *, timeout: float | None = None, max_retries: int | None = None) -> Me:
        """The authenticated user's profile.

        Example::

            me = await cal.me.get()
            print(me.username, me.time_zone)
        """
        result = await self._client._request(
            get_me.asyncio_detailed, MeResponse, timeout=timeout, max_retries=max_retries
        )
        return result.data
