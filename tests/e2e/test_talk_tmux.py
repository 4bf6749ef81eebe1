"""End to end: `pausecoach talk` in a real terminal, two turns and an agreement, then saved."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator

import pytest
from tests.e2e.tmux import TmuxSession, installed_command, run_installed

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def session(terminal_env: dict[str, str]) -> Iterator[TmuxSession]:
    """`pausecoach talk` running in tmux at 80x24."""
    tmux = TmuxSession(f"{installed_command()} talk", terminal_env)
    yield tmux
    tmux.close()


def test_a_talk_in_two_turns_is_saved(session: TmuxSession, terminal_env: dict[str, str]) -> None:
    session.wait_for("ME SPEAKS")
    session.send("Enter", "Enter")
    session.wait_for("speaks next")
    session.send("Enter")
    session.wait_for("MY PARTNER SPEAKS")
    session.send("Enter", "Enter", "e")
    session.send(*"Tea on Sunday", "Enter")
    session.wait_for("Thank you for talking in turns.")
    deadline = time.monotonic() + 15
    while session.alive() and time.monotonic() < deadline:  # it closes by itself
        time.sleep(0.2)
    assert not session.alive()

    exported = run_installed(["export"], terminal_env)
    assert exported.returncode == 0, exported.stderr
    documents = json.loads(exported.stdout)["documents"]
    [talk] = [body for name, body in documents.items() if name.startswith("talk/")]
    assert talk["outcome"] == "agreed" and talk["agreement"] == "Tea on Sunday"
    assert [t["speaker"] for t in talk["turns"]] == ["Me", "My partner"]
    assert json.loads(exported.stdout)["sessions"] == []  # a talk alone is not a pause
