"""Signals from outside the app: a polite kill (SIGTERM), and the window being closed (SIGHUP)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach as PauseCoachApp

# A closed window: time for a normal exit before a hard one. With the terminal gone, Textual's
# shutdown can wait forever on its output thread (seen when tmux is killed mid-break), leaving a
# process that holds the pause's lock; the record is saved first, so the hard exit loses nothing.
HANGUP_GRACE_SECONDS = 3.0
# SIGTERM, SIGINT: longer than the 20 s a quit waits for a held database, so nothing is cut short.
QUIT_GRACE_SECONDS = 30.0
GRACE_SECONDS: dict[int, float] = {signal.SIGHUP: HANGUP_GRACE_SECONDS}
_RECEIVED: dict[int, int] = {}  # id(app) -> the signal that ended it


def exit_signal(app: object) -> int | None:
    """The signal (SIGTERM, SIGHUP, SIGINT) that ended this app, if one did."""
    return _RECEIVED.get(id(app))


def _quit_on(app: PauseCoachApp, signum: int) -> None:
    _RECEIVED[id(app)] = signum
    app.action_quit_now()


def install_signal_handlers(app: PauseCoachApp) -> None:
    """Each keeps the pause (interrupted, at its step, with the seconds rested) and leaves
    cleanly; the process then exits with the shell's code for that signal (128 + its number).

    SIGINT is `kill -INT` or ctrl+c outside raw mode: without a handler it would end the app
    as a KeyboardInterrupt, before the break's seconds were kept.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # pragma: no cover - always called from the running app
        return

    before: dict[int, object] = {}

    def received(signum: int, _frame: object) -> None:
        if loop.is_closed():  # the app has ended: the signal means what it meant before it
            signal.signal(signum, before[signum])  # type: ignore[arg-type]
            os.kill(os.getpid(), signum)
            return
        # Runs in the main thread even when the event loop is stuck: with the output pipe's
        # reader gone, Textual's writer thread dies and the loop blocks on its full queue, so
        # a handler the loop runs never ran (SIGTERM ignored until SIGKILL). A watchdog now
        # ends the process if the polite way has not within its grace.
        _watchdog(GRACE_SECONDS.get(signum, QUIT_GRACE_SECONDS), 128 + signum)
        loop.call_soon_threadsafe(_quit_on, app, signum)

    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        # Not the main thread, or not POSIX: Textual's own handling stays.
        with contextlib.suppress(ValueError, OSError):
            before[signum] = signal.signal(signum, received)


def _watchdog(seconds: float, code: int) -> None:
    """Leave with `code` after `seconds` unless the process has ended by then."""
    timer = threading.Timer(seconds, os._exit, args=(code,))
    timer.daemon = True
    timer.start()
