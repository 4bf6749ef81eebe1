"""Helpers every command uses: opening the store with friendly errors, and consoles.

No Typer here: `check TEXT` and `history` run their command without it (launch.py), so
ending a command is a plain SystemExit, which Typer passes through unchanged.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from rich.console import Console

    from pausecoach.storage.store import Store

EXIT_USAGE = 2


def out() -> Console:
    """A console for normal output (honours NO_COLOR and non-terminals).

    emoji=False: ':smile:' in what someone typed stays as typed (and Rich's 4,000-name emoji
    table is never loaded).
    """
    from pausecoach.report.safeconsole import SafeConsole

    return SafeConsole(highlight=False, soft_wrap=False, emoji=False)


def err() -> Console:
    """A console for messages on standard error."""
    from pausecoach.report.safeconsole import SafeConsole

    return SafeConsole(stderr=True, highlight=False, emoji=False)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a message (no traceback) and exit with `code`; the message is never read as markup."""
    from rich.markup import escape

    # soft_wrap: a long path must stay whole, so it can be copied from the terminal.
    err().print(f"[bold red]pausecoach:[/] {escape(message)}", markup=True, soft_wrap=True)
    raise SystemExit(code)


def open_store() -> Store:
    """Open the default store, reporting any notices (moved-aside files) on stderr."""
    from pausecoach.paths import DataDirError
    from pausecoach.storage.store import Store, StoreError

    try:
        store = Store.open()
    except (DataDirError, StoreError) as exc:
        fail(str(exc))
    for notice in store.notices:
        err().print(notice, markup=False)
    return store


def stdout_is_terminal() -> bool:
    """True when standard output is an interactive terminal."""
    return sys.stdout.isatty()


SINCE_HELP = "Only since then: 7d, 2w, 3m (days, weeks, months back) or a local date (2026-01-31)."


def since_value(text: str | None) -> datetime | None:
    """--since as an aware time, or a friendly exit 2."""
    if text is None:
        return None
    from pausecoach.core.since import SinceError, parse_since

    try:
        return parse_since(text, datetime.now().astimezone(), lambda naive: naive.astimezone())
    except SinceError as exc:
        fail(str(exc), EXIT_USAGE)
