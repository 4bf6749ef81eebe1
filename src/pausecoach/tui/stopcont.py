"""Stopped and continued from outside (`kill -STOP`, a debugger, a job-control slip).

Textual's Linux driver answers every SIGCONT by starting application mode again, as if the app
had been suspended through SIGTSTP. After a plain SIGSTOP nothing was suspended, so that second
start saved the raw terminal as "the settings to restore at exit" (the shell was left without
echo) and started a second input thread (`q` could then blank the screen and never end the
process). Here a SIGCONT resumes through Textual only after Textual's own SIGTSTP suspend;
otherwise the terminal is put back into the app's mode and the screen drawn again in full.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from typing import Any


def install_stop_continue(app: Any) -> None:
    """Wrap the driver's SIGTSTP/SIGCONT handlers (real terminals on POSIX only)."""
    driver = getattr(app, "_driver", None)
    if driver is None or app.is_headless or not hasattr(signal, "SIGCONT"):
        return
    textual_tstp = signal.getsignal(signal.SIGTSTP)
    textual_cont = signal.getsignal(signal.SIGCONT)
    if not callable(textual_tstp) or not callable(textual_cont):
        return
    loop = asyncio.get_running_loop()
    suspended = [False]

    def on_tstp(signum: int, frame: Any) -> None:
        suspended[0] = True  # Textual stops application mode, then really stops the process
        textual_tstp(signum, frame)

    def on_cont(signum: int, frame: Any) -> None:
        if suspended[0]:
            suspended[0] = False
            textual_cont(signum, frame)
            return
        with contextlib.suppress(RuntimeError):  # the loop is closing: nothing to draw
            loop.call_soon_threadsafe(continued, app)

    signal.signal(signal.SIGTSTP, on_tstp)
    signal.signal(signal.SIGCONT, on_cont)


def continued(app: Any) -> None:
    """After a SIGSTOP: the terminal back in the app's mode, and every cell drawn again.

    While the process was stopped a shell may have taken the terminal (cooked mode, echo, its
    prompt over the app's screen); nothing of the app's own state changed.
    """
    driver = getattr(app, "_driver", None)
    if driver is None or not app.is_running:
        return
    _raw_again(driver)
    with contextlib.suppress(Exception):
        driver.write("\x1b[?1049h\x1b[?25l")  # the app's screen, cursor hidden
        driver.flush()
    app.refresh(layout=True)
    screen = app.screen
    screen.refresh(screen.region)  # the whole screen dirty: a full update, not a partial one


def _raw_again(driver: Any) -> None:
    """The terminal settings Textual chose at start, derived again from the saved originals."""
    try:
        import termios
        import tty
    except ImportError:  # pragma: no cover - not POSIX
        return
    before = getattr(driver, "attrs_before", None)
    fileno = getattr(driver, "fileno", None)
    if before is None or fileno is None or not os.isatty(fileno):
        return
    attrs = [*before[:6], list(before[6])]
    attrs[tty.LFLAG] = driver._patch_lflag(attrs[tty.LFLAG])
    attrs[tty.IFLAG] = driver._patch_iflag(attrs[tty.IFLAG])
    attrs[tty.CC][termios.VMIN] = 1
    with contextlib.suppress(termios.error, OSError):
        termios.tcsetattr(fileno, termios.TCSANOW, attrs)
