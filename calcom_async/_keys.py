"""The Cal.com API key and the base URL: lookup, validation and redaction.

The key is the one secret the SDK handles, so it lives in :class:`ApiKey`, a small wrapper whose
``repr``/``str`` show only the key's *kind* (``cal_test_****``, ``cal_live_****`` or ``cal_****``).
The secret comes out through :meth:`ApiKey.reveal` (and :meth:`ApiKey.authorization_header`) and
nowhere else, so an ``ApiKey`` that ends up in a log line, a traceback's locals or an error message
leaks nothing. Validation errors name the broken rule and never echo the key, not even a part of it:
a key pasted into the wrong variable is still a key.

Validation is deliberately shallow: Cal.com does not document the exact key format beyond the
``cal_`` prefix (``cal_test_`` / ``cal_live_`` for the two kinds), so we reject only what cannot
possibly work -- a missing key, a wrong prefix, a bare prefix, characters that cannot travel in an
HTTP header -- and leave authenticity to the server (401 -> ``AuthenticationError``).

:func:`validate_base_url` refuses to send the key in clear text: ``https`` is required unless the
host is loopback (the in-process fake server, a local proxy), and credentials embedded in the URL
(``https://user:pass@host``) are refused because they would be sent alongside ours and tend to show
up in logs.
"""

from __future__ import annotations

import hmac
import ipaddress
import os

import httpx

from ._errors import ConfigurationError
from ._redact import REDACTED, redact_secrets

__all__ = [
    "ACCESS_TOKEN_ENV_VAR",
    "ENV_VAR",
    "AccessToken",
    "ApiKey",
    "Credential",
    "REDACTED",
    "redact_secrets",
    "resolve_credential",
    "validate_base_url",
]

ENV_VAR = "CALCOM_API_KEY"
"""The environment variable :meth:`ApiKey.resolve` reads when no key is passed."""

_PREFIX = "cal_"
_TEST_PREFIX = "cal_test_"
_LIVE_PREFIX = "cal_live_"


def _kind_prefix(secret: str) -> str:
    if secret.startswith(_TEST_PREFIX):
        return _TEST_PREFIX
    if secret.startswith(_LIVE_PREFIX):
        return _LIVE_PREFIX
    return _PREFIX


class ApiKey:
    """A validated Cal.com API key that never shows itself.

    Build one with :meth:`resolve` (argument or ``CALCOM_API_KEY``) or ``ApiKey("cal_...")``;
    both raise :class:`~calcom_async.ConfigurationError` for a key that cannot work.

    >>> key = ApiKey("cal_test_0123456789abcdef")
    >>> key
    ApiKey('cal_test_****')
    >>> key.is_test_key
    True
    """

    __slots__ = ("_secret",)

    _secret: str

    def __init__(self, secret: str, *, source: str = "api_key") -> None:
        """Validate *secret*; *source* names where it came from, for error messages only."""
        _check(secret, source)
        object.__setattr__(self, "_secret", secret)

    @classmethod
    def resolve(cls, api_key: str | ApiKey | None = None) -> ApiKey:
        """The key passed in, or else the one in the ``CALCOM_API_KEY`` environment variable.

        Only ``None`` falls back to the environment: an explicit empty string is an error rather
        than a silent switch to whatever key the environment happens to hold.

        Raises:
            ConfigurationError: no key anywhere, or the key breaks a rule (the message names the
                rule and where the key came from, never the key).
        """
        if isinstance(api_key, ApiKey):
            return api_key
        if api_key is not None:
            if not isinstance(api_key, str):
                raise ConfigurationError(f"api_key must be a string, not {type(api_key).__name__}")
            return cls(api_key, source="api_key")
        from_env = os.environ.get(ENV_VAR)
        if from_env is None:
            raise ConfigurationError(
                f"no Cal.com API key: pass api_key='cal_...' or set the {ENV_VAR} "
                "environment variable"
            )
        return cls(from_env, source=ENV_VAR)

    @property
    def is_test_key(self) -> bool:
        """True for a test-mode key (``cal_test_`` prefix)."""
        return self._secret.startswith(_TEST_PREFIX)

    @property
    def is_live_key(self) -> bool:
        """True for a live key (``cal_live_`` prefix)."""
        return self._secret.startswith(_LIVE_PREFIX)

    @property
    def redacted(self) -> str:
        """The key's kind, secret masked: ``cal_test_****``, ``cal_live_****`` or ``cal_****``.

        No character of the secret part is shown: even a last-four suffix narrows a brute force and
        identifies the key across logs, and the kind is all a reader needs to spot a mix-up.
        """
        return _kind_prefix(self._secret) + "****"

    def reveal(self) -> str:
        """The secret itself -- the only way to get it. Do not log the result."""
        return self._secret

    def authorization_header(self) -> str:
        """The ``Authorization`` header value: ``"Bearer cal_..."``."""
        return f"Bearer {self._secret}"

    def __repr__(self) -> str:
        return f"ApiKey({self.redacted!r})"

    def __str__(self) -> str:
        return self.redacted

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApiKey):
            return NotImplemented
        # Constant-time, so equality checks cannot be used as a timing oracle.
        return hmac.compare_digest(self._secret.encode(), other._secret.encode())

    def __hash__(self) -> int:
        return hash((ApiKey, self._secret))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("ApiKey is immutable")

    def __reduce__(self) -> tuple[type[ApiKey], tuple[str]]:
        # Pickling (multiprocessing, caches) works, but spells out that the secret goes along.
        return (ApiKey, (self._secret,))


def _check(secret: object, source: str) -> None:
    """Raise ConfigurationError naming the first rule *secret* breaks; never echo it."""
    if not isinstance(secret, str):
        raise ConfigurationError(f"{source} must be a string, not {type(secret).__name__}")
    if secret == "":
        raise ConfigurationError(f"the Cal.com API key from {source} is empty")
    if any(ch.isspace() for ch in secret):
        # Typically a trailing newline from a file or a copy-paste; say so, but don't strip it
        # silently -- the same value may be used elsewhere and fail there.
        raise ConfigurationError(
            f"the Cal.com API key from {source} contains whitespace or a line break "
            "(check for a trailing newline or surrounding spaces)"
        )
    if not secret.isascii() or not secret.isprintable():
        raise ConfigurationError(
            f"the Cal.com API key from {source} contains characters that cannot be sent in an "
            "HTTP header (non-ASCII or control characters)"
        )
    if not secret.startswith(_PREFIX):
        raise ConfigurationError(
            f"the Cal.com API key from {source} does not start with 'cal_' "
            "(Cal.com API keys look like 'cal_live_...' or 'cal_test_...')"
        )
    if len(secret) <= len(_kind_prefix(secret)):
        raise ConfigurationError(
            f"the Cal.com API key from {source} is too short: it is only the "
            f"'{_kind_prefix(secret)}' prefix"
        )


def is_loopback_host(host: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ``::1``: hosts where plain http stays local."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_base_url(url: str | httpx.URL) -> httpx.URL:
    """Parse and check the API base URL the key will be sent to.

    Rules: an absolute ``http``/``https`` URL with a host; ``https`` unless the host is loopback
    (``localhost``, ``127.0.0.0/8``, ``::1``), since the key travels in every request; no
    ``user:password@`` part.

    Raises:
        ConfigurationError: the URL breaks a rule. The message never includes credentials.
    """
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if parsed.userinfo:
        raise ConfigurationError(
            "base_url must not contain credentials (user:password@); the API key is sent in "
            "the Authorization header"
        )
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(
            "base_url must be an absolute http(s) URL such as 'https://api.cal.com' "
            f"(got scheme {parsed.scheme or 'none'!r})"
        )
    if parsed.scheme == "http" and not is_loopback_host(parsed.host):
        raise ConfigurationError(
            f"base_url must use https: refusing to send the API key in clear text to "
            f"{parsed.host!r} (plain http is allowed only for loopback hosts)"
        )
    return parsed


ACCESS_TOKEN_ENV_VAR = "CALCOM_ACCESS_TOKEN"
"""The environment variable read for an access token when neither credential is passed."""


class AccessToken:
    """A managed-user or OAuth access token, which never shows itself (like :class:`ApiKey`).

    Cal.com treats any bearer token without the ``cal_`` prefix as an access token and answers
    HTTP 498 once it has expired. Validation is as shallow as for keys: non-empty, no whitespace,
    printable ASCII, and not a ``cal_`` key (which belongs in ``api_key=``).

    >>> AccessToken("eyJhbGciOiJIUzI1NiJ9.e30.c2ln")
    AccessToken('****')
    """

    __slots__ = ("_secret",)

    _secret: str

    def __init__(self, secret: str, *, source: str = "access_token") -> None:
        _check_token(secret, source)
        object.__setattr__(self, "_secret", secret)

    is_test_key = False
    """Access tokens carry no test/live kind."""

    @property
    def redacted(self) -> str:
        return "****"

    def reveal(self) -> str:
        """The token itself -- the only way to get it. Do not log the result."""
        return self._secret

    def authorization_header(self) -> str:
        return f"Bearer {self._secret}"

    def __repr__(self) -> str:
        return f"AccessToken({self.redacted!r})"

    def __str__(self) -> str:
        return self.redacted

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AccessToken):
            return NotImplemented
        return hmac.compare_digest(self._secret.encode(), other._secret.encode())

    def __hash__(self) -> int:
        return hash((AccessToken, self._secret))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("AccessToken is immutable")

    def __reduce__(self) -> tuple[type[AccessToken], tuple[str]]:
        return (AccessToken, (self._secret,))


def _check_token(secret: object, source: str) -> None:
    """Raise ConfigurationError naming the first rule *secret* breaks; never echo it."""
    if not isinstance(secret, str):
        raise ConfigurationError(f"{source} must be a string, not {type(secret).__name__}")
    if secret == "":
        raise ConfigurationError(f"the access token from {source} is empty")
    if any(ch.isspace() for ch in secret):
        raise ConfigurationError(
            f"the access token from {source} contains whitespace or a line break "
            "(check for a trailing newline or surrounding spaces)"
        )
    if not secret.isascii() or not secret.isprintable():
        raise ConfigurationError(
            f"the access token from {source} contains characters that cannot be sent in an "
            "HTTP header (non-ASCII or control characters)"
        )
    if secret.startswith(_PREFIX):
        raise ConfigurationError(
            f"the access token from {source} starts with 'cal_', so it is an API key: "
            "pass it as api_key= (or CALCOM_API_KEY) instead"
        )


Credential = ApiKey | AccessToken


def resolve_credential(
    api_key: str | ApiKey | None = None, access_token: str | AccessToken | None = None
) -> Credential:
    """The credential the client sends: an API key or an access token.

    Explicit arguments win over the environment; with neither, ``CALCOM_API_KEY`` is used, else
    ``CALCOM_ACCESS_TOKEN``.

    Raises:
        ConfigurationError: both arguments given, none found anywhere, or the one found breaks a
            rule (never echoed).
    """
    if api_key is not None and access_token is not None:
        raise ConfigurationError("pass api_key or access_token, not both")
    if isinstance(access_token, AccessToken):
        return access_token
    if access_token is not None:
        return AccessToken(access_token, source="access_token")
    if api_key is not None or os.environ.get(ENV_VAR) is not None:
        return ApiKey.resolve(api_key)
    from_env = os.environ.get(ACCESS_TOKEN_ENV_VAR)
    if from_env is not None:
        return AccessToken(from_env, source=ACCESS_TOKEN_ENV_VAR)
    raise ConfigurationError(
        f"no Cal.com API key: pass api_key='cal_...' or set the {ENV_VAR} environment variable "
        f"(or, for a managed user or OAuth app, access_token=... / {ACCESS_TOKEN_ENV_VAR})"
    )
