from typing import Literal

MembershipRole = Literal["ADMIN", "MEMBER", "OWNER"]

MEMBERSHIP_ROLE_VALUES: set[MembershipRole] = {
    "ADMIN",
    "MEMBER",
    "OWNER",
}


def check_membership_role(value: str) -> MembershipRole:
    if value in MEMBERSHIP_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_ROLE_VALUES!r}")
