from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="DeletedPrivateLink")


class DeletedPrivateLink:
    __slots__ = ("link_id", "message", "additional_properties", "__weakref__")
    __match_args__ = (
        "link_id",
        "message",
    )

    link_id: str
    message: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        link_id: str,
        message: str | Unset = UNSET,
    ) -> None:
        self.link_id = link_id
        self.message = message
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"link_id={self.link_id!r}, "
            f"message={self.message!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(DeletedPrivateLink, other)
        return (
            self.link_id == that.link_id
            and self.message == that.message
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "linkId": link_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "DeletedPrivateLink")
        d = dict(src_dict)
        _key: str = "linkId"
        try:
            link_id = d.pop("linkId")
            if type(link_id) is not str:
                link_id = as_str(link_id)

            _key = "message"
            message = d.pop("message", UNSET)
            if type(message) is not str and message is not UNSET:
                message = UNSET if message is None else as_str(message)

            deleted_private_link = cls(
                link_id=link_id,
                message=message,
            )

            deleted_private_link.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("DeletedPrivateLink", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("DeletedPrivateLink", _key)
            raise error from exc
        return deleted_private_link

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
