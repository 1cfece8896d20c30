from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..errors import ResponseParseError
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_list,
    as_object,
    as_str,
    unexpected,
)

T = TypeVar("T", bound="SaveIcsFeedInput")


class SaveIcsFeedInput:
    __slots__ = ("urls", "read_only", "additional_properties", "__weakref__")
    __match_args__ = (
        "urls",
        "read_only",
    )

    urls: list[str]
    read_only: bool | Unset
    """ Bookings are not written to the feed (true when omitted). """
    additional_properties: dict[str, Any]

    def __init__(
        self,
        urls: list[str],
        read_only: bool | Unset = UNSET,
    ) -> None:
        self.urls = urls
        self.read_only = read_only
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"urls={self.urls!r}, "
            f"read_only={self.read_only!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that = cast(SaveIcsFeedInput, other)
        return (
            self.urls == that.urls
            and self.read_only == that.read_only
            and self.additional_properties == that.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
            }
        )
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object; raises ResponseParseError for unusable values."""
        if type(src_dict) is not dict:
            src_dict = as_object(src_dict, "SaveIcsFeedInput")
        d = dict(src_dict)
        _key: str = "urls"
        try:
            _urls = d.pop("urls")
            if type(_urls) is not list:
                _urls = as_list(_urls)
            urls = []
            for urls_index, urls_item_data in enumerate(_urls):
                try:
                    urls_item = urls_item_data
                    if type(urls_item) is not str:
                        urls_item = as_str(urls_item)

                except ResponseParseError as exc:
                    exc.at(urls_index)
                    raise
                urls.append(urls_item)

            _key = "readOnly"
            read_only = d.pop("readOnly", UNSET)
            if type(read_only) is not bool and read_only is not UNSET:
                read_only = UNSET if read_only is None else as_bool(read_only)

            save_ics_feed_input = cls(
                urls=urls,
                read_only=read_only,
            )

            save_ics_feed_input.additional_properties = d
        except ResponseParseError as exc:
            exc.enter("SaveIcsFeedInput", _key)
            raise
        except (LookupError, ArithmeticError, TypeError, ValueError, AttributeError) as exc:
            error = unexpected(exc, src_dict, _key)
            error.enter("SaveIcsFeedInput", _key)
            raise error from exc
        return save_ics_feed_input

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
