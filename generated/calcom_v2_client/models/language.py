from typing import Literal, TypeAlias

from ..errors import ResponseParseError

KnownLanguage: TypeAlias = Literal[
    "ar",
    "az",
    "bg",
    "bn",
    "ca",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "es-419",
    "et",
    "eu",
    "fi",
    "fr",
    "he",
    "hr",
    "hu",
    "id",
    "it",
    "iw",
    "ja",
    "km",
    "ko",
    "lv",
    "nl",
    "no",
    "pl",
    "pt",
    "pt-BR",
    "ro",
    "ru",
    "sk",
    "sr",
    "sv",
    "ta",
    "th",
    "tr",
    "uk",
    "vi",
    "zh-CN",
    "zh-TW",
]
"""The values of ``Language`` this client was generated with."""

Language: TypeAlias = KnownLanguage | str
"""A known value (see ``KnownLanguage``) or one the API added since, kept as it is."""

LANGUAGE_VALUES: frozenset[KnownLanguage] = frozenset(
    {
        "ar",
        "az",
        "bg",
        "bn",
        "ca",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "es-419",
        "et",
        "eu",
        "fi",
        "fr",
        "he",
        "hr",
        "hu",
        "id",
        "it",
        "iw",
        "ja",
        "km",
        "ko",
        "lv",
        "nl",
        "no",
        "pl",
        "pt",
        "pt-BR",
        "ro",
        "ru",
        "sk",
        "sr",
        "sv",
        "ta",
        "th",
        "tr",
        "uk",
        "vi",
        "zh-CN",
        "zh-TW",
    }
)


def check_language(value: object) -> Language:
    """``value`` if it has the enum's JSON type, known or not; ResponseParseError otherwise."""
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string (Language, e.g. 'ar')", value)


__all__ = ["LANGUAGE_VALUES", "KnownLanguage", "Language", "check_language"]
