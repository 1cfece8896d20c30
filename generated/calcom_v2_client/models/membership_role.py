from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownMembershipRole: TypeAlias = Literal["ADMIN", "MEMBER", "OWNER"]
"""The values of ``MembershipRole`` this client was generated with."""

MembershipRole: TypeAlias = KnownMembershipRole | str
"""A known value (see ``KnownMembershipRole``) or one the API added since, kept as it is."""

MEMBERSHIP_ROLE_VALUES: frozenset[KnownMembershipRole] = frozenset(
    {
        "ADMIN",
        "MEMBER",
        "OWNER",
    }
)


def check_membership_role(value: object) -> MembershipRole:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (MembershipRole, e.g. 'ADMIN')", value)


__all__ = ["MEMBERSHIP_ROLE_VALUES", "KnownMembershipRole", "MembershipRole", "check_membership_role"]
