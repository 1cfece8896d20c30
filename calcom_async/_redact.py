"""Scrubbing credentials out of text the SDK did not write.

A proxy or gateway that echoes request headers into its error body, or an exception raised by a
transport or an in-process app, can carry ``Authorization: Bearer cal_...`` into text that ends up
in an exception message, a log line or the CLI's stderr. Everything of that kind goes through
:func:`redact_secrets` first. This module has no imports from the package, so the error classes
(which redact their own messages) and the key handling can both use it.
"""

from __future__ import annotations

import re

__all__ = ["REDACTED", "redact_secrets"]

# Credentials inside free text (a gateway echoing request headers into an error message, a
# foreign exception's text), scrubbed before such text is logged or raised:
# * a bearer credential: the scheme is kept, the token68 value goes;
# * a ``cal_`` key: ``cal_`` starting a word (or after ``%20`` in an encoded header, so
#   ``is_cal_ready`` does not count) followed by key characters. A bare kind prefix such as
#   ``cal_live_...`` in our own prose is not a key and stays;
# * a JWT (Cal.com access tokens): three base64url segments starting with ``eyJ``.
_BEARER_RE = re.compile(r"(?i)\b(bearer)(\s+|%20|\+)[A-Za-z0-9_\-.~+/]+=*")
_KEY_RE = re.compile(
    r"(?:(?<=%20)|(?<![A-Za-z0-9_]))"
    r"cal_(?!(?:live|test)_(?![A-Za-z0-9]))(?=[A-Za-z0-9])[A-Za-z0-9_\-.~+/=]*"
)
_JWT_RE = re.compile(r"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*")
REDACTED = "[redacted]"


def redact_secrets(text: str) -> str:
    """Return *text* with anything shaped like a ``cal_`` key, a bearer token or a JWT replaced.

    Applied to every text the SDK did not compose itself before it reaches an exception message,
    a log line or the CLI's output: the messages and details of Cal.com's (or a proxy's) error
    bodies, redirect targets, the messages of exceptions raised by a transport or an in-process
    app. :class:`~calcom_async.CalcomError` also applies it to its own message.

    >>> redact_secrets("echo: {'authorization': 'Bearer cal_live_0123abcd'}")
    "echo: {'authorization': 'Bearer [redacted]'}"
    """
    text = _BEARER_RE.sub(rf"\1\2{REDACTED}", text)
    text = _KEY_RE.sub(REDACTED, text)
    return _JWT_RE.sub(REDACTED, text)
