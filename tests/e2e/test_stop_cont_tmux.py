"""SIGSTOP then SIGCONT (a debugger, `kill -STOP`, a job-control slip): the app carries on (#16 class 14).

Textual's SIGCONT handler restarts application mode even when nothing suspended it, which
saved the raw terminal as "the terminal to restore" and started a second input thread: after
exit the shell had no echo, and `q` could leave a blank screen and a process that never ended.
"""

from __future__ import annotations

import os
import shutil
import signal
import time

import pytest
from tests.e2e.test_faults_tmux import SLOW, open_terminal, program_pid, terminals
from tests.e2e.tmux import TmuxSession, installed_command

__all__ = ["terminals"]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.mark.parametrize("where", ["landing", "break"])
def test_stop_and_continue_then_quit_gives_the_terminal_back(
    where: str, terminal_env: dict[str, str], terminals: list[TmuxSession]
) -> None:
    command = f"sh -c '{installed_command()}; echo EXITED $?; stty -a; echo STTY-DONE; sleep 30'"
    session = open_terminal(terminals, terminal_env, command)
    if where == "break":
        session.start_break(SLOW)
    else:
        session.wait_for("Check how flooded I am", SLOW)
    time.sleep(0.5)
    pid = program_pid(session)
    tty = session._tmux("display-message", "-p", "-t", session.name, "#{pane_tty}").strip()
    for _ in range(2):
        os.kill(pid, signal.SIGSTOP)
        time.sleep(0.5)
        # What a shell might print over the app while it is stopped.
        with open(tty, "w") as pane:
            pane.write("\x1b[2J\x1b[HSCRIBBLED-WHILE-STOPPED\r\n")
        assert "SCRIBBLED-WHILE-STOPPED" in session.wait_for("SCRIBBLED", SLOW)
        os.kill(pid, signal.SIGCONT)
        # Drawn again in full: the scribble is gone, the app's own words are back.
        deadline = time.monotonic() + SLOW
        while "SCRIBBLED" in session.screen() and time.monotonic() < deadline:
            time.sleep(0.1)
        screen = session.screen()
        assert "SCRIBBLED" not in screen
        assert ("break ends" if where == "break" else "Check how flooded I am") in screen
    # Still running and drawing: the next key still works.
    if where == "break":
        before = session.screen()
        session.send("q")
        session.wait_for("Quit during your break?", SLOW)
        assert before != session.screen()
        session.send("y")
    else:
        session.send("q")
    screen = session.wait_for("STTY-DONE", SLOW)
    assert "EXITED 0" in screen
    assert " icanon" in screen and " echo " in screen, screen  # line editing and echo are back
    assert "Traceback" not in screen
