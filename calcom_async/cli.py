"""The ``calcom-async`` command: look things up, act on bookings, bulk-import bookings from CSV.

Usage::

    calcom-async me
    calcom-async event-types list [--username NAME]
    calcom-async webhooks list [--limit N]
    calcom-async slots --event-type ID --start DATE|DATETIME --end DATE|DATETIME [--time-zone TZ]
    calcom-async bookings list [--status upcoming] [--attendee-email E] [--event-type ID]
                               [--limit N]
    calcom-async bookings get UID
    calcom-async bookings cancel UID [--reason TEXT]
    calcom-async bookings reschedule UID --start DATETIME [--time-zone TZ] [--reason TEXT]
    calcom-async bookings import FILE.csv --event-type ID [--journal PATH] [--concurrency N]
                 [--failures OUT.csv] [--max-identical-failures N] [--settle-delay S] [--dry-run]

Every command also takes, before or after its name: ``--json`` (the result as one JSON document
on stdout, in the API's field names), ``--base-url URL`` (default ``$CALCOM_BASE_URL``, else
``https://api.cal.com``, as the library; plain http only for loopback hosts, e.g. a local fake
server) and ``--api-key-env NAME`` (the environment variable holding the key, default
``CALCOM_API_KEY``). The key is never printed. The CSV format is described in
:mod:`calcom_async._cli._csv`.

Exit status: ``0`` success (for an import: every row booked or already done); ``1`` some rows
failed or were not sent, an API call failed, or the API could not be reached; ``2`` usage or setup
error (bad arguments, missing file, bad CSV header, missing or rejected key, an unknown event
type, rich not installed) -- nothing was booked; ``130`` interrupted (re-run the same import to
resume).

Needs the ``cli`` extra (``pip install 'calcom-async[cli]'``) for rich.
"""

from __future__ import annotations

import sys

from ._cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, build_parser, main

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

if __name__ == "__main__":
    sys.exit(main())
