"""ApiKey rules and redaction, base_url rules."""

from __future__ import annotations

import pickle

import httpx
import pytest

from calcom_async._errors import ConfigurationError
from calcom_async._keys import ApiKey, redact_secrets, validate_base_url

SECRET = "cal_live_4f9c2d1e8b7a6c5d4e3f2a1b0c9d8e7f"
TEST_SECRET = "cal_test_0123456789abcdef0123456789abcdef"


def _assert_no_secret(text: str, secret: str = SECRET) -> None:
    # Not the key, and not a recognisable fragment of its secret part either.
    body = secret.split("_")[-1]
    assert secret not in text
    assert body[:6] not in text
    assert body[-4:] not in text


# --- resolution ------------------------------------------------------------------------------


def test_resolve_prefers_argument_over_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", TEST_SECRET)
    assert ApiKey.resolve(SECRET).reveal() == SECRET


def test_resolve_reads_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", TEST_SECRET)
    assert ApiKey.resolve().reveal() == TEST_SECRET
    assert ApiKey.resolve(None).is_test_key


def test_resolve_passes_an_apikey_through() -> None:
    key = ApiKey(SECRET)
    assert ApiKey.resolve(key) is key


def test_missing_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="CALCOM_API_KEY"):
        ApiKey.resolve()


def test_explicit_empty_does_not_fall_back_to_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", TEST_SECRET)
    with pytest.raises(ConfigurationError, match="empty"):
        ApiKey.resolve("")


def test_empty_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", "")
    with pytest.raises(ConfigurationError, match=r"from CALCOM_API_KEY is empty"):
        ApiKey.resolve()


def test_non_string() -> None:
    with pytest.raises(ConfigurationError, match="must be a string"):
        ApiKey.resolve(12345)  # type: ignore[arg-type]


# --- rules: each names the rule, none echoes the key -----------------------------------------


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        (SECRET + "\n", "whitespace"),
        (" " + SECRET, "whitespace"),
        (SECRET + " ", "whitespace"),
        (SECRET[:12] + " " + SECRET[12:], "whitespace"),
        (SECRET[:12] + "\t" + SECRET[12:], "whitespace"),
        (SECRET + "\r\n", "whitespace"),
        ("sk_live_4f9c2d1e8b7a6c5d4e3f2a1b0c9d8e7f", "does not start with 'cal_'"),
        ("CAL_live_4f9c2d1e8b7a6c5d4e3f2a1b0c9d8e7f", "does not start with 'cal_'"),
        ("4f9c2d1e8b7a6c5d4e3f2a1b0c9d8e7f", "does not start with 'cal_'"),
        ("cal_", "too short"),
        ("cal_test_", "too short"),
        ("cal_live_", "too short"),
        (SECRET + "\x00", "cannot be sent in an HTTP header"),
        (SECRET + "é", "cannot be sent in an HTTP header"),
    ],
)
def test_rules(value: str, rule: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        ApiKey(value)
    message = str(info.value)
    assert rule in message
    _assert_no_secret(message)
    _assert_no_secret(repr(info.value))
    assert info.value.__cause__ is None


def test_env_rule_names_the_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALCOM_API_KEY", SECRET + "\n")
    with pytest.raises(ConfigurationError, match="from CALCOM_API_KEY contains whitespace") as info:
        ApiKey.resolve()
    _assert_no_secret(str(info.value))


@pytest.mark.parametrize("value", ["cal_x", "cal_test_x", "cal_live_x", "cal_abc_def"])
def test_minimal_valid_keys(value: str) -> None:
    assert ApiKey(value).reveal() == value


# --- kind and redaction ----------------------------------------------------------------------


def test_kinds_and_redaction() -> None:
    live, test, other = ApiKey(SECRET), ApiKey(TEST_SECRET), ApiKey("cal_0123456789abcdef")
    assert live.is_live_key and not live.is_test_key
    assert test.is_test_key and not test.is_live_key
    assert not other.is_test_key and not other.is_live_key
    assert live.redacted == "cal_live_****"
    assert test.redacted == "cal_test_****"
    assert other.redacted == "cal_****"
    assert repr(live) == "ApiKey('cal_live_****')"
    assert str(live) == f"{live}" == "cal_live_****"
    for text in (repr(live), str(live), f"{live!r} {live!s}", repr([live]), repr({"k": live})):
        _assert_no_secret(text)


def test_reveal_and_header() -> None:
    key = ApiKey(SECRET)
    assert key.reveal() == SECRET
    assert key.authorization_header() == f"Bearer {SECRET}"


def test_immutable_and_not_a_str() -> None:
    key = ApiKey(SECRET)
    assert not isinstance(key, str)
    with pytest.raises(AttributeError):
        key._secret = "cal_other"
    with pytest.raises(AttributeError):
        key.__dict__  # noqa: B018 - slots: no instance dict for vars() to dump


def test_equality_and_hash() -> None:
    assert ApiKey(SECRET) == ApiKey(SECRET)
    assert ApiKey(SECRET) != ApiKey(TEST_SECRET)
    assert ApiKey(SECRET) != SECRET  # no accidental comparison with plain strings
    assert len({ApiKey(SECRET), ApiKey(SECRET)}) == 1


def test_pickle_round_trip() -> None:
    assert pickle.loads(pickle.dumps(ApiKey(SECRET))).reveal() == SECRET


def test_redact_secrets() -> None:
    text = f"failed with headers {{'authorization': 'Bearer {SECRET}'}} key={TEST_SECRET}"
    scrubbed = redact_secrets(text)
    _assert_no_secret(scrubbed)
    _assert_no_secret(scrubbed, TEST_SECRET)
    assert "failed with headers" in scrubbed


# --- base_url --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://api.cal.com",
        "https://api.cal.com/v2",
        "https://example.com:8443",
        "http://localhost:8000",
        "http://LOCALHOST",
        "http://127.0.0.1:5555",
        "http://127.1.2.3",
        "http://[::1]:8080",
        "https://127.0.0.1",
    ],
)
def test_base_url_accepted(url: str) -> None:
    assert isinstance(validate_base_url(url), httpx.URL)
    assert validate_base_url(httpx.URL(url)) == httpx.URL(url)


@pytest.mark.parametrize(
    ("url", "rule"),
    [
        ("http://api.cal.com", "must use https"),
        ("http://10.0.0.5", "must use https"),
        ("http://192.168.1.1:8000", "must use https"),
        ("http://localhost.example.com", "must use https"),
        ("http://0.0.0.0:8000", "must use https"),
        ("ftp://api.cal.com", "absolute http(s) URL"),
        ("api.cal.com", "absolute http(s) URL"),
        ("/v2", "absolute http(s) URL"),
        ("https://", "absolute http(s) URL"),
    ],
)
def test_base_url_refused(url: str, rule: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        validate_base_url(url)
    assert rule in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://user:hunter2@api.cal.com",
        "https://hunter2@api.cal.com",
        "http://u:hunter2@localhost",
    ],
)
def test_base_url_refuses_userinfo_without_echoing_it(url: str) -> None:
    with pytest.raises(ConfigurationError, match="credentials") as info:
        validate_base_url(url)
    assert "hunter2" not in str(info.value)
