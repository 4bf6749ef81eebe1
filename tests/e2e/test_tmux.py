"""End to end: the installed program in a real terminal, killed mid-break, leaves an interrupted record."""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.e2e.tmux import TmuxSession, installed_command, run_installed

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def session(terminal_env: dict[str, str]) -> Iterator[TmuxSession]:
    """pausecoach running in tmux at 80x24."""
    tmux = TmuxSession(installed_command(), terminal_env)
    yield tmux
    tmux.close()


def history_json(env: dict[str, str]) -> list[dict[str, object]]:
    """What `pausecoach history --json` prints, parsed."""
    result = run_installed(["history", "--json"], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_killed_mid_break_is_kept_as_interrupted(
    session: TmuxSession, terminal_env: dict[str, str]
) -> None:
    session.start_break()
    first = session.screen()
    time.sleep(2.2)
    second = session.screen()
    assert first != second, "the countdown should be moving"
    os.kill(session.pane_pid(), signal.SIGKILL)
    time.sleep(0.5)

    records = history_json(terminal_env)
    assert len(records) == 1
    record = records[0]
    assert record["status"] == "interrupted"
    assert record["step"] == "break"
    assert record["planned_seconds"] == 20 * 60


def test_closing_the_terminal_keeps_the_pause(
    session: TmuxSession, terminal_env: dict[str, str]
) -> None:
    session.start_break()
    os.kill(session.pane_pid(), signal.SIGHUP)
    deadline = time.monotonic() + 10
    while session.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    records = history_json(terminal_env)
    assert [r["status"] for r in records] == ["interrupted"]


def test_a_drill_round_in_a_real_terminal(
    terminal_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pausecoach.storage.store import Store

    tmux = TmuxSession(f"{installed_command()} drill --count 1", terminal_env)
    try:
        tmux.wait_for("Say it gently")
        tmux.send("I feel lonely tonight. Could we walk after dinner?")
        tmux.wait_for("Gentle so far")
        tmux.send("C-s")
        tmux.wait_for("Gentler ways to say it")
        tmux.send("Enter")
        tmux.wait_for("Round done")
        tmux.send("Enter")
        deadline = time.monotonic() + 10
        while tmux.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        tmux.close()
    monkeypatch.setenv("PAUSECOACH_HOME", terminal_env["PAUSECOACH_HOME"])
    store = Store.open()
    try:
        [attempt] = store.list_drills()
        assert attempt.verdict == "gentle" and attempt.text.startswith("I feel lonely tonight")
        assert store.count_sessions() == 0
    finally:
        store.close()


def still_running(pid: int) -> bool:
    """Whether the process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_a_vanished_terminal_leaves_no_process_behind(
    session: TmuxSession, terminal_env: dict[str, str]
) -> None:
    session.start_break()
    time.sleep(1.5)
    pid = session.pane_pid()
    session.close()  # the whole terminal goes, as when its window is closed
    deadline = time.monotonic() + 15
    while still_running(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not still_running(pid), "pausecoach outlived its terminal"
    [record] = history_json(terminal_env)
    assert record["status"] == "interrupted" and record["step"] == "break"
    assert isinstance(record["actual_seconds"], int) and record["actual_seconds"] >= 1
