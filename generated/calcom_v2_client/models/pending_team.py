from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    as_object,
    as_str,
    unexpected,
)

if TYPE_CHECKING:
    from ..models.team import Team


T = TypeVar("T", bound="PendingTeam")


class PendingTeam:
    """A team that exists once it is paid for (where Cal.com charges for teams)."""

    __slots__ = ("message", "payment_link", "pending_team", "additional_properties", "__weakref__")
    __match_args__ = (
        "message",
        "payment_link",
        "pending_team",
    )

    message: str
    payment_link: str
    pending_team: Team
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message: str,
        payment_link: str,
        pending_team: Team,
    ) -> None:
        self.message = message
        self.payment_link = payment_link
        self.pending_team = pending_team
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"message={self.message!r}, "
            f"payment_link={self.payment_link!r}, "
            f"pending_team={self.pending_team!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(PendingTeam, other)
        return (
            self.message == that.message
            and self.payment_link == that.payment_link
            and self.pending_team == that.pending_team
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        message = self.message

        payment_link = self.payment_link

        pending_team = self.pending_team.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "paymentLink": payment_link,
                "pendingTeam": pending_team,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if not _models_bound:
            _bind_models()
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "PendingTeam")
        d = dict(src_dict)
        _key: str = "message"
        try:
            message = d.pop("message")
            if type(message) is not str:
                message = as_str(message)

            _key = "paymentLink"
            payment_link = d.pop("paymentLink")
            if type(payment_link) is not str:
                payment_link = as_str(payment_link)

            _key = "pendingTeam"
            pending_team = Team.from_dict(d.pop("pendingTeam"))

            pending_team = cls(
                message=message,
                payment_link=payment_link,
                pending_team=pending_team,
            )

            pending_team.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("PendingTeam", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("PendingTeam", _key)
            raise error from exc
        return pending_team

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to may refer back to it, so they are imported on first use rather
# than at import time -- once, into the module's globals, instead of an import statement on
# every call.
_models_bound = False


def _bind_models() -> None:
    global _models_bound, Team
    from ..models.team import Team  # noqa: PLC0415

    _models_bound = True
