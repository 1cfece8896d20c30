"""``python -m calcom_async.testing serve``: the fake Cal.com on 127.0.0.1 for anything to use.

::

    python -m calcom_async.testing serve [--port 8787] [--seed N] [--rate-limit 120/60[/60]|off]
                                         [--faults error=0.05,drop=0.01,lost=0.01,latency=0-0.2]
                                         [--drift all|extra_fields,unknown_values,version_fallback]
                                         [--key cal_test_...]

Seeds a user with an API key (printed; derived from ``--seed`` unless ``--key`` is given), a
Mon-Fri 09:00-17:00 schedule, two event types, and a team with a second member and a
round-robin event type, then serves until Ctrl-C. ``--rate-limit`` is ``LIMIT/TTL`` or
``LIMIT/TTL/BLOCK`` in seconds per API key (default Cal.com's ``120/60/60``; ``off`` disables
throttling). ``--port 0`` picks a free port. Needs the ``testing`` extra.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from ._app import FakeCalcom
from ._drift import Drift
from ._faults import Faults
from ._serve import serving
from ._state import EventType, Schedule, User
from ._throttle import RateLimit

__all__ = ["Seeded", "main", "seed_demo"]

_FAULT_KEYS = {"error": "error_rate", "drop": "drop_rate", "lost": "lost_response_rate"}
_DRIFT_KEYS = ("extra_fields", "unknown_values", "version_fallback")


def _rate_limit(text: str) -> RateLimit | None:
    if text.strip().lower() == "off":
        return None
    parts = text.split("/")
    try:
        if len(parts) not in (2, 3):
            raise ValueError
        limit, ttl = int(parts[0]), float(parts[1])
        block = float(parts[2]) if len(parts) == 3 else 60.0
        return RateLimit(limit, ttl=ttl, block_duration=block)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected LIMIT/TTL[/BLOCK] in seconds (e.g. 120/60) or 'off', got {text!r}"
        ) from None


def _faults(text: str) -> Faults:
    options: dict[str, object] = {}
    try:
        for item in filter(None, (p.strip() for p in text.split(","))):
            key, _, value = item.partition("=")
            if key == "latency":
                lo, _, hi = value.partition("-")
                options["latency"] = (float(lo), float(hi or lo))
            elif key in _FAULT_KEYS:
                options[_FAULT_KEYS[key]] = float(value)
            else:
                raise ValueError(f"unknown fault {key!r}")
        return Faults(**options)  # type: ignore[arg-type]
    except (ValueError, TypeError) as exc:
        raise argparse.ArgumentTypeError(
            f"expected e.g. error=0.05,drop=0.01,lost=0.01,latency=0.05-0.2 ({exc})"
        ) from None


def _drift(text: str) -> Drift:
    names = [p.strip() for p in text.split(",") if p.strip()]
    if names == ["all"]:
        return Drift.all()
    unknown = [n for n in names if n not in _DRIFT_KEYS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"expected 'all' or some of {', '.join(_DRIFT_KEYS)}, got {text!r}"
        )
    return Drift(**dict.fromkeys(names, True))


def _key(text: str) -> str:
    if not text.startswith("cal_") or any(c.isspace() for c in text):
        raise argparse.ArgumentTypeError("API keys start with cal_ and contain no whitespace")
    return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m calcom_async.testing",
        description="A stateful fake Cal.com API v2 on 127.0.0.1.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve a pre-seeded fake until Ctrl-C")
    serve.add_argument("--port", type=int, default=8787, help="default 8787; 0 picks a free one")
    serve.add_argument("--seed", type=int, default=0, help="ids, uids, faults and the key")
    serve.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=RateLimit(),
        metavar="LIMIT/TTL[/BLOCK]|off",
        help="per API key (default Cal.com's 120/60/60)",
    )
    serve.add_argument("--faults", type=_faults, default=None, metavar="SPEC")
    serve.add_argument("--drift", type=_drift, default=None, metavar="all|NAMES")
    serve.add_argument("--key", type=_key, default=None, help="the API key to accept")
    return parser


@dataclass(frozen=True)
class Seeded:
    """What :func:`seed_demo` created."""

    user: User
    schedule: Schedule
    event_types: tuple[EventType, EventType]
    team_event_type: EventType


def seed_demo(fake: FakeCalcom) -> Seeded:
    """Give the fake's first user a schedule, event types and a team to book with."""
    state = fake.state
    user = fake.users[0]
    user.username, user.name, user.email = "ada", "Ada Lovelace", "ada@example.com"
    schedule = state.add_schedule(user.id, time_zone="Europe/London")
    intro = state.add_event_type(user.id, title="Intro call", slug="intro", length_in_minutes=30)
    consult = state.add_event_type(
        user.id, title="Consultation", slug="consultation", length_in_minutes=60
    )
    colleague = state.add_user(
        username="grace", name="Grace Hopper", team_ids=[fake.team.id], role="MEMBER"
    )
    state.add_schedule(colleague.id, time_zone="America/New_York")
    support = state.add_team_event_type(
        fake.team.id, title="Support", slug="support", length_in_minutes=20
    )
    return Seeded(user, schedule, (intro, consult), support)


def _banner(fake: FakeCalcom, url: str, key: str, seeded: Seeded) -> str:
    user = seeded.user
    intro, consult = seeded.event_types
    support = seeded.team_event_type
    drift = ", ".join(name for name in _DRIFT_KEYS if getattr(fake.drift, name))
    limits = fake.throttler.api_key_limits
    rate = (
        ", ".join(f"{x.limit} per {x.ttl:g} s (block {x.block_duration:g} s)" for x in limits)
        if fake.rate_limit is not None
        else "off"
    )
    return "\n".join(
        [
            f"FakeCalcom serving on {url}",
            f"  API key      {key}",
            f"  user         #{user.id} {user.username} <{user.email}>, "
            f"organization #{fake.organization.id}",
            f"  schedule     #{seeded.schedule.id} Mon-Fri 09:00-17:00 Europe/London",
            f"  event types  #{intro.id} intro (30 min), #{consult.id} consultation (60 min)",
            f"  team         #{fake.team.id} {fake.team.slug}: "
            f"#{support.id} support (round robin, 20 min)",
            f"  rate limit   {rate}",
            f"  faults       {fake.faults or 'none'}",
            f"  drift        {drift or 'off'}",
            "",
            f'  curl -H "Authorization: Bearer {key}" {url}/v2/me',
            f"  CALCOM_API_KEY={key} calcom-async --base-url {url} slots --event-type {intro.id} "
            "--start <date> --end <date>",
            "Ctrl-C stops the server.",
        ]
    )


async def _serve(args: argparse.Namespace) -> None:
    key = args.key or "cal_test_" + hashlib.sha256(f"fake-{args.seed}".encode()).hexdigest()[:24]
    fake = FakeCalcom(
        api_keys=[key],
        rate_limit=args.rate_limit,
        faults=args.faults,
        seed=args.seed,
        drift=args.drift,
    )
    seeded = seed_demo(fake)
    try:
        async with serving(fake.app, args.port) as (url, server):
            print(_banner(fake, url, key, seeded), flush=True)
            await server  # until Ctrl-C (uvicorn handles the signal)
    finally:
        await fake.aclose()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        asyncio.run(_serve(args))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
