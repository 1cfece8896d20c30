"""A client library for accessing Cal.com API v2 (calcom-async subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
