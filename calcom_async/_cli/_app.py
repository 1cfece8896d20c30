"""The ``calcom-async`` argument parser and entry point (the commands live in their modules)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .._client import DEFAULT_BASE_URL
from .._errors import CalcomError
from .._keys import ENV_VAR
from .._version import __version__
from ._common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, ConnectionProblem, UsageError

__all__ = ["build_parser", "main"]

_STATUSES = ("upcoming", "recurring", "past", "cancelled", "unconfirmed")
_DEFAULT_STOP_AFTER = 10


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be an integer >= 0, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be an integer >= 0, got {text!r}")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, got {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text!r}")
    return value


def _common_options() -> argparse.ArgumentParser:
    """Options accepted before or after any command (defaults filled in by :func:`main`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--base-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=f"API origin (default: $CALCOM_BASE_URL, else {DEFAULT_BASE_URL}; plain http only "
        "for loopback hosts)",
    )
    common.add_argument(
        "--api-key-env",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"environment variable holding the API key (default {ENV_VAR})",
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print the result as JSON on stdout (the API's field names) instead of a table",
    )
    return common


def _add_import(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from ._import import cmd_import

    imp = actions.add_parser(
        "import",
        parents=[common],
        help="create bookings from a CSV file, each exactly once",
        description="Create one booking per CSV row. Columns: start (ISO 8601 with offset), "
        "name, email (required); time_zone, phone_number, language, guests "
        "(';'-separated), length_in_minutes, event_type_id, metadata.<key> (optional). "
        "The key and every event type named are checked before anything is booked.",
    )
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument(
        "--event-type",
        type=_positive_int,
        metavar="ID",
        help="event type for rows without an event_type_id cell (see 'event-types list')",
    )
    imp.add_argument(
        "--journal",
        metavar="PATH|URL",
        help="JSONL journal; re-running with the same journal skips what is done "
        "(default: next to the CSV, FILE.journal.jsonl). redis://HOST:6379/0#NAME: a journal "
        "several workers share (run the same import in each; they also share the key's rate "
        "budget there; needs the redis extra)",
    )
    imp.add_argument(
        "--worker-id",
        metavar="NAME",
        help="this worker's name in a shared journal (default: host:pid:random)",
    )
    imp.add_argument("--concurrency", type=_positive_int, default=8, metavar="N", help="default 8")
    imp.add_argument(
        "--settle-delay",
        type=_non_negative_float,
        metavar="SECONDS",
        help="after an ambiguous create, wait this long before looking the booking up "
        "(default: 2 x the timeout + 1 s, so a late commit is seen)",
    )
    imp.add_argument(
        "--failures", metavar="OUT.csv", help="also write failed rows (line,reason,error) here"
    )
    imp.add_argument(
        "--max-identical-failures",
        type=_non_negative_int,
        default=_DEFAULT_STOP_AFTER,
        metavar="N",
        help=f"stop sending after N failures in a row with the same reason and error (default "
        f"{_DEFAULT_STOP_AFTER}; 0 never stops)",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="check every row and show what would be booked; send nothing (no key needed)",
    )
    imp.set_defaults(handler=cmd_import)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``calcom-async`` (all commands)."""
    from . import _commands as c

    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="calcom-async",
        description="Cal.com API v2 from the command line.",
        parents=[common],
        epilog="Exit status: 0 ok, 1 some bookings or API calls failed, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    me = commands.add_parser("me", parents=[common], help="whom the API key belongs to")
    me.set_defaults(handler=c.cmd_me)

    event_types = commands.add_parser("event-types", parents=[common], help="event types")
    et_actions = event_types.add_subparsers(dest="action", metavar="ACTION", required=True)
    et_list = et_actions.add_parser(
        "list", parents=[common], help="your event types (the ids the import asks for)"
    )
    et_list.add_argument("--username", help="another user's public event types")
    et_list.set_defaults(handler=c.cmd_event_types)

    webhooks = commands.add_parser("webhooks", parents=[common], help="webhooks")
    wh_actions = webhooks.add_subparsers(dest="action", metavar="ACTION", required=True)
    wh_list = wh_actions.add_parser(
        "list", parents=[common], help="your webhooks (secrets are not shown)"
    )
    wh_list.add_argument(
        "--limit", type=_positive_int, default=100, metavar="N", help="default 100"
    )
    wh_list.set_defaults(handler=c.cmd_webhooks)

    slots = commands.add_parser(
        "slots", parents=[common], help="list free slots of an event type, grouped by date"
    )
    slots.add_argument("--event-type", type=_positive_int, required=True, metavar="ID")
    slots.add_argument("--start", required=True, metavar="DATE|DATETIME")
    slots.add_argument("--end", required=True, metavar="DATE|DATETIME")
    slots.add_argument(
        "--time-zone",
        metavar="TZ",
        help="IANA zone for the output, and for date-times given without an offset (default UTC)",
    )
    slots.set_defaults(handler=c.cmd_slots)

    bookings = commands.add_parser("bookings", parents=[common], help="bookings commands")
    actions = bookings.add_subparsers(dest="action", metavar="ACTION", required=True)
    _add_import(actions, common)

    lst = actions.add_parser("list", parents=[common], help="list bookings as a table")
    lst.add_argument("--status", choices=_STATUSES)
    lst.add_argument("--attendee-email", metavar="EMAIL")
    lst.add_argument("--event-type", type=_positive_int, metavar="ID")
    lst.add_argument("--limit", type=_positive_int, default=50, metavar="N", help="default 50")
    lst.set_defaults(handler=c.cmd_bookings_list)

    get = actions.add_parser("get", parents=[common], help="one booking by uid")
    get.add_argument("uid", metavar="UID")
    get.set_defaults(handler=c.cmd_booking_get)

    cancel = actions.add_parser("cancel", parents=[common], help="cancel a booking")
    cancel.add_argument("uid", metavar="UID")
    cancel.add_argument("--reason", metavar="TEXT", help="shown to the attendee")
    cancel.set_defaults(handler=c.cmd_booking_cancel)

    move = actions.add_parser(
        "reschedule", parents=[common], help="move a booking (Cal.com creates a new uid)"
    )
    move.add_argument("uid", metavar="UID")
    move.add_argument("--start", required=True, metavar="DATETIME", help="with a UTC offset")
    move.add_argument("--time-zone", metavar="TZ", help="for a --start given without an offset")
    move.add_argument("--reason", metavar="TEXT")
    move.set_defaults(handler=c.cmd_booking_reschedule)
    return parser


def _require_rich() -> None:
    """Fail with install instructions when the optional rich dependency is missing."""
    try:
        import rich  # noqa: F401
    except ImportError:
        raise UsageError(
            "the calcom-async command needs rich: pip install 'calcom-async[cli]'"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``calcom-async`` with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    defaults = {"base_url": None, "api_key_env": ENV_VAR, "json": False}
    for name, value in defaults.items():
        if not hasattr(args, name):
            setattr(args, name, value)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        _require_rich()
        return handler(args)
    except UsageError as exc:
        print(f"calcom-async: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (CalcomError, ConnectionProblem, OSError) as exc:
        print(f"calcom-async: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(
            "calcom-async: interrupted; requests in flight are reconciled when the same "
            "command runs again (same --journal)",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
