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
