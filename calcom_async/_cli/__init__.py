"""The ``calcom-async`` command, one module per concern (the entry point is
:func:`calcom_async.cli.main`).

``_app`` parses arguments and maps errors to exit statuses; ``_common`` holds what every command
shares (the client, JSON output, plural forms); ``_commands`` the everyday commands; ``_import``,
``_import_rows``, ``_csv`` the bulk import; ``_render`` and ``_progress`` the rich output;
``_waits`` the wall-clock wait accounting. Only ``_render`` and ``_progress`` import rich, and
only when a command runs, so a missing ``cli`` extra is reported in one clear line.
"""

from ._app import build_parser, main
from ._common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]
