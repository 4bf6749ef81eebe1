"""End to end: keys sent in one burst land where they would have landed one by one."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from tests.e2e.tmux import TmuxSession, installed_command

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def session(terminal_env: dict[str, str]) -> Iterator[TmuxSession]:
    """pausecoach running in tmux at 80x24."""
    tmux = TmuxSession(installed_command(), terminal_env, keep_after_exit=True)
    yield tmux
    tmux.close()


def ticked_rows(screen: str) -> list[str]:
    """The sign rows shown ticked."""
    return [line for line in screen.splitlines() if "[x]" in line]


def test_check_screen_burst_ticks_the_signs_the_cursor_reached(session: TmuxSession) -> None:
    session.wait_for("Check how flooded I am", timeout=40)  # a first start compiles
    session.send("Enter")
    session.wait_for("Tick what is true")
    session.burst(*["Down"] * 6, "1", "2")
    screen = session.wait_for("[x]")
    session.wait_for("lands like an attack")
    rows = ticked_rows(session.screen())
    assert len(rows) == 2, screen
    assert any("blurring" in row for row in rows) and any("attack" in row for row in rows), rows


def test_partner_time_typed_in_one_burst(session: TmuxSession) -> None:
    session.wait_for("Check how flooded I am", timeout=40)  # a first start compiles
    session.send("p")
    session.wait_for("Are you afraid of your partner")  # a fresh home: asked before any break
    session.send("n")
    session.wait_for("Did they say when")
    session.burst("y", "in 30", "Enter")
    session.wait_for("they'll be back around")
