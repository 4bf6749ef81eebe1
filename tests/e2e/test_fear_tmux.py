"""End to end: a fresh install asks about fear before the first break; yes is help, for good."""

from __future__ import annotations

import json
import shutil
import time

import pytest
from tests.e2e.tmux import TmuxSession, installed_command, run_installed

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def test_yes_shows_the_region_helplines_and_no_key_leads_back(
    terminal_env: dict[str, str],
) -> None:
    env = {**terminal_env, "LANG": "en_GB.UTF-8"}  # the UK's lines, from the locale
    session = TmuxSession(installed_command(), env)
    try:
        session.wait_for("Check how flooded I am")
        session.send("b")
        session.wait_for("Are you afraid of your partner")
        session.send("y")
        screen = session.wait_for("999")  # the UK's emergency number, first
        assert "Refuge" in screen or "Samaritans" in screen
        for key in ("Escape", "Enter", "b", "c", "n", "Space"):
            session.send(key)
            time.sleep(0.2)
            shown = session.screen()
            assert "Tell your partner" not in shown and "Coming back" not in shown, key
            assert "Say this calmly" not in shown
        session.send("x")
        time.sleep(1.0)
    finally:
        session.close()
    result = run_installed(["history", "--json"], terminal_env)
    assert result.returncode == 0, result.stderr
    [record] = json.loads(result.stdout)
    assert record["status"] == "safety_exit"
