"""End to end in a real terminal: `--plain` at 60x20 and `--reduce-motion`."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator

import pytest
from tests.e2e.tmux import TmuxSession, installed_command

from pausecoach.models import PauseSession
from pausecoach.storage.store import Store

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def only_session() -> PauseSession:
    """The one pause saved in the test home."""
    store = Store.open()
    try:
        [session] = store.list_sessions()
        return session
    finally:
        store.close()


@pytest.fixture
def plain(terminal_env: dict[str, str]) -> Iterator[TmuxSession]:
    """`pausecoach --plain --minutes 1` in a small terminal."""
    tmux = TmuxSession(
        f"{installed_command()} --plain --minutes 1", terminal_env, 60, 20, keep_after_exit=True
    )
    yield tmux
    tmux.close()


def test_plain_in_a_real_terminal_ends_early_with_e_and_stops_with_ctrl_c(
    plain: TmuxSession,
) -> None:
    plain.wait_for("Press enter to check", timeout=40)
    plain.send("b", "Enter")
    plain.wait_for("Are you afraid of your partner")  # a fresh home: asked before the first break
    plain.send("n", "Enter")
    plain.wait_for("Say this to your partner")
    plain.send("Enter")
    plain.wait_for("1:00 left.")
    time.sleep(2.5)  # quiet: no line per breath until asked
    assert "Breathe" not in plain.screen()
    plain.send("v", "Enter")
    plain.wait_for("Breathe")
    plain.send("hello", "Enter")  # not a command: a hint, and the break carries on
    plain.wait_for("(Type e and press")
    time.sleep(1.5)
    plain.send("e", "Enter")
    plain.wait_for("You ended the break early.")
    plain.wait_for("How calm do you")
    plain.send("C-c")
    plain.wait_for("Stopped.")
    session = only_session()
    assert session.status == "interrupted"
    assert session.step == "recheck"
    assert session.planned_seconds == 60
    assert session.actual_seconds is not None and 1 <= session.actual_seconds < 30


def test_reduce_motion_flag_shows_the_still_pacer(terminal_env: dict[str, str]) -> None:
    tmux = TmuxSession(f"{installed_command()} --reduce-motion", terminal_env)
    try:
        tmux.wait_for("Check how flooded I am", timeout=40)
        tmux.send("b")
        tmux.wait_for("Are you afraid of your partner")  # a fresh home: asked before the break
        tmux.send("n")
        tmux.wait_for("Tell your partner")
        tmux.send("Enter")
        screen = tmux.wait_for("then ")
        assert "▕" not in screen and "█" not in screen
        time.sleep(1.2)
        assert "then " in tmux.screen()
    finally:
        tmux.close()
