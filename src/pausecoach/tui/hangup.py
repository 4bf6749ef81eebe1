"""Signals from outside the app: a polite kill (SIGTERM), and the window being closed (SIGHUP)."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach as PauseCoachApp

HANGUP_GRACE_SECONDS = 3.0  # a closed window: time for a normal exit before a hard one
EXIT_HANGUP = 128 + signal.SIGHUP  # the shell's code for a process ended by SIGHUP
_RECEIVED: dict[int, int] = {}  # id(app) -> the signal that ended it


def exit_signal(app: object) -> int | None:
    """The signal (SIGTERM, SIGHUP, SIGINT) that ended this app, if one did."""
    return _RECEIVED.get(id(app))


def _quit_on(app: PauseCoachApp, signum: int) -> None:
    _RECEIVED[id(app)] = signum
    if signum == signal.SIGHUP:
        terminal_closed(app)
    else:
        app.action_quit_now()


def install_signal_handlers(app: PauseCoachApp) -> None:
    """Each keeps the pause (interrupted, at its step, with the seconds rested) and leaves
    cleanly; the process then exits with the shell's code for that signal (128 + its number).

    SIGINT is `kill -INT` or ctrl+c outside raw mode: without a handler it would end the app
    as a KeyboardInterrupt, before the break's seconds were kept.
    """
    try:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            loop.add_signal_handler(signum, _quit_on, app, signum)
    except (NotImplementedError, RuntimeError, AttributeError):  # pragma: no cover - not POSIX
        pass


def terminal_closed(app: PauseCoachApp) -> None:
    """The window was closed: keep the pause, then leave, and never outlive the terminal.

    With the terminal gone, Textual's shutdown can wait forever on its output thread (seen
    when tmux is killed mid-break), leaving a process that holds the pause's lock. The record
    is saved first, so a hard exit after a short grace loses nothing.
    """
    watchdog = threading.Timer(HANGUP_GRACE_SECONDS, os._exit, args=(EXIT_HANGUP,))
    watchdog.daemon = True
    watchdog.start()
    app.action_quit_now()
