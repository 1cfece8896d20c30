"""Contains all the data models used in inputs/outputs"""

from .get_me_me_response import GetMeMeResponse
from .get_me_me_response_status import GetMeMeResponseStatus
from .me import Me

__all__ = (
    "GetMeMeResponse",
    "GetMeMeResponseStatus",
    "Me",
)
