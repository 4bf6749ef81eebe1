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
EXIT_HANGUP = 129  # the shell's code for a process ended by SIGHUP


def install_signal_handlers(app: PauseCoachApp) -> None:
    """Both keep the pause (interrupted, at its step) and leave cleanly."""
    try:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, app.action_quit_now)
        loop.add_signal_handler(signal.SIGHUP, lambda: terminal_closed(app))
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
