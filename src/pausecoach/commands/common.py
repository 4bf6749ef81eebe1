"""Helpers every command uses: opening the store with friendly errors, and consoles."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from rich.console import Console

    from pausecoach.storage.store import Store

EXIT_USAGE = 2


def out() -> Console:
    """A console for normal output (honours NO_COLOR and non-terminals)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def err() -> Console:
    """A console for messages on standard error."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a message (no traceback) and exit with `code`."""
    # soft_wrap: a long path must stay whole, so it can be copied from the terminal.
    err().print(f"[bold red]pausecoach:[/] {message}", markup=True, soft_wrap=True)
    # SystemExit, not typer.Exit: Typer lets it through with its code, and the paths that run
    # without Typer (launch.py) need not import it.
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
