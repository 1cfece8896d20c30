"""The generated package's shared pieces: UNSET, lazy models, open enums as type checkers see them,
and ResponseParseError itself."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from calcom_v2_client import models as m
from calcom_v2_client.errors import MISSING, ResponseParseError
from calcom_v2_client.types import UNSET, Unset

REPO = Path(__file__).resolve().parents[1]


def test_unset_prints_as_unset_and_stays_a_singleton() -> None:
    assert repr(UNSET) == str(UNSET) == "UNSET"
    assert (
        repr(m.DeclineBookingInput())
        == "DeclineBookingInput(reason=UNSET, additional_properties={})"
    )
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert isinstance(UNSET, Unset) and not UNSET


LAZY_PROBE = """
import sys
import calcom_v2_client.models as models
loaded = lambda: sorted(n for n in sys.modules if n.startswith("calcom_v2_client.models."))
print(len(loaded()))
models.Webhook
print(len(loaded()), "calcom_v2_client.models.webhook" in sys.modules)
print(len(models.__all__), all(name in dir(models) for name in models.__all__))
try:
    models.NoSuchModel
except AttributeError as exc:
    print(exc)
"""


def test_models_load_lazily() -> None:
    out = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "0"
    count, webhook_loaded = out[1].split()
    assert webhook_loaded == "True" and 1 <= int(count) <= 3  # webhook + its enum module
    total, listed = out[2].split()
    assert int(total) == len(m.__all__) > 50 and listed == "True"
    assert out[3] == "module 'calcom_v2_client.models' has no attribute 'NoSuchModel'"


def test_open_enum_fields_are_known_literals_or_str() -> None:
    import typing

    from calcom_v2_client.models.booking_status import BOOKING_STATUS_VALUES, KnownBookingStatus

    module = sys.modules[m.Booking.__module__]  # only this annotation: the others are lazy
    hint = eval(m.Booking.__annotations__["status"], vars(module))
    literal, plain = typing.get_args(hint)
    assert typing.get_origin(literal) is typing.Literal and plain is str
    assert (
        set(typing.get_args(KnownBookingStatus))
        == BOOKING_STATUS_VALUES
        == set(typing.get_args(literal))
    )


def test_from_import_of_an_unknown_name_fails() -> None:
    with pytest.raises(ImportError):
        exec("from calcom_v2_client.models import NoSuchModel", {})


TYPED = """
from calcom_v2_client.models import Booking, BookingStatus, Webhook
from calcom_v2_client.models.booking_status import KnownBookingStatus

def status(b: Booking) -> BookingStatus:
    reveal_type(b.status)
    return b.status

def known(s: KnownBookingStatus) -> None: ...

known("accepted")
known("awaiting_host")
wrong: int = Webhook
"""


def test_type_checkers_see_the_lazy_models_and_open_enums(tmp_path: Path) -> None:
    from mypy import api

    probe = tmp_path / "probe.py"
    probe.write_text(textwrap.dedent(TYPED))
    # As a user's project sees the installed package: through its py.typed marker.
    args = ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache")]
    out, _, _ = api.run([*args, "--config-file", "", "--python-version", "3.11", str(probe)])
    # mypy shows `Literal[...] | str` as plain str (pyright keeps the literals for completion);
    # either way it is a str, not Any, so the lazily imported model is seen with its types.
    assert 'Revealed type is "str"' in out or "Literal['accepted']" in out, out
    assert 'Argument 1 to "known" has incompatible type "Literal[\'awaiting_host\']"' in out, out
    assert 'Incompatible types in assignment (expression has type "type[Webhook]"' in out, out
    assert out.count("error:") == 2, out


def test_parse_error_pickles_and_reads_well() -> None:
    err = ResponseParseError("expected an integer", 5001.5)
    err.enter("BookingHost", "id")
    err.at(0)
    err.enter("Booking", "hosts")
    assert str(err) == "Booking.hosts[0].id: expected an integer, got 5001.5 (BookingHost.id)"
    back = pickle.loads(pickle.dumps(err))
    assert (back.model, back.field, back.root, back.path, back.value) == (
        "BookingHost",
        "id",
        "Booking",
        ("hosts", 0, "id"),
        5001.5,
    )
    missing = ResponseParseError("required field is missing", MISSING)
    missing.enter("Me", "username")
    assert str(missing) == "Me.username: required field is missing (Me.username)"


def test_long_values_are_cut_in_messages() -> None:
    err = ResponseParseError("expected a string", ["x" * 1000])
    assert len(str(err)) < 260 and str(err).endswith("...")


def test_booking_unions_are_decided_by_recurring_booking_uid(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from test_generated_models import BOOKING, PAGINATION, RECURRING, ok

    tried: list[str] = []
    for cls in (m.Booking, m.RecurringBooking):
        original = cls.from_dict.__func__  # type: ignore[attr-defined]

        def spy(klass: type, src: object, _original: object = original) -> object:
            tried.append(klass.__name__)
            return _original(klass, src)  # type: ignore[operator]

        monkeypatch.setattr(cls, "from_dict", classmethod(spy))
    page = m.BookingListResponse.from_dict(ok([BOOKING, RECURRING, BOOKING], pagination=PAGINATION))
    assert [type(b).__name__ for b in page.data] == ["Booking", "RecurringBooking", "Booking"]
    assert tried == ["Booking", "RecurringBooking", "Booking"]  # each parsed once, as itself


def _booking_host(**changes: object) -> m.BookingHost:
    fields: dict[str, object] = {"id": 1, "name": "Ada", "email": "ada@example.com"}
    fields.update(changes)
    return m.BookingHost.from_dict({"timeZone": "Europe/London", **fields})


def test_models_compare_by_value_and_print_every_field() -> None:
    a, b = _booking_host(), _booking_host()
    assert a == b
    assert not a.__ne__(b)
    assert a != _booking_host(name="Grace")
    assert a != _booking_host(extra="kept")  # additional_properties take part
    assert (a == object()) is False and a.__eq__(object()) is NotImplemented
    assert repr(a).startswith("BookingHost(id=1, name='Ada', email='ada@example.com'")
    assert repr(a).endswith(", additional_properties={})")
    with pytest.raises(TypeError, match="unhashable"):
        hash(a)  # mutable, as the attrs models were


def test_models_are_slotted_and_construct_positionally_or_by_keyword() -> None:
    host = m.BookingHost(1, "Ada", "ada@example.com")
    assert host == m.BookingHost(id=1, name="Ada", email="ada@example.com")
    assert host.time_zone is UNSET and host.additional_properties == {}
    assert m.BookingHost.__match_args__[:3] == ("id", "name", "email")
    with pytest.raises(AttributeError):
        host.no_such_field = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        m.BookingHost(id=1, name="Ada")  # type: ignore[call-arg]


def test_models_survive_pickle_and_copy() -> None:
    import copy

    host = _booking_host(extra={"nested": [1, 2]})
    for clone in (pickle.loads(pickle.dumps(host)), copy.copy(host), copy.deepcopy(host)):
        assert clone == host and clone is not host
    assert copy.deepcopy(host).additional_properties is not host.additional_properties


def test_generated_client_keeps_its_constructor_and_builders() -> None:
    from calcom_v2_client import AuthenticatedClient, Client

    client = Client(
        base_url="https://api.example", headers={"a": "1"}, raise_on_unexpected_status=True
    )
    other = client.with_headers({"b": "2"})
    assert other is not client and other._headers == {"a": "1", "b": "2"}
    assert client._headers == {"a": "1"} and other.raise_on_unexpected_status
    assert "secret" not in repr(AuthenticatedClient("https://api.example", token="secret"))
    auth = AuthenticatedClient("https://api.example", token="t", prefix="")
    assert auth.get_httpx_client().headers["Authorization"] == "t"


def test_the_generated_package_does_not_need_attrs() -> None:
    probe = (
        "import sys, calcom_v2_client, calcom_v2_client.models as m;"
        "from calcom_v2_client.api.bookings import get_booking;"
        "m.BookingResponse, m.Booking, m.RecurringBooking, m.Webhook;"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('attr', 'attrs')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
