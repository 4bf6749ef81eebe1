"""Real processes in a real terminal: killed mid-break, signals, odd terminals, --no-save."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.e2e.test_tmux import history_json
from tests.e2e.tmux import TmuxSession, installed_command, run_installed

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def env(terminal_env: dict[str, str]) -> dict[str, str]:
    """A clean environment with a private home (shared with the other end-to-end tests)."""
    return terminal_env


@pytest.fixture
def terminals() -> Iterator[list[TmuxSession]]:
    """Sessions opened by a test, closed after it."""
    opened: list[TmuxSession] = []
    yield opened
    for session in opened:
        session.close()


def open_terminal(
    terminals: list[TmuxSession],
    env: dict[str, str],
    command: str = "",
    size: tuple[int, int] = (80, 24),
) -> TmuxSession:
    session = TmuxSession(command or installed_command(), env, *size)
    terminals.append(session)
    return session


def program_pid(session: TmuxSession) -> int:
    """The pausecoach process: the pane itself, or the child of a wrapping shell."""
    pane = session.pane_pid()
    children = subprocess.run(
        ["ps", "--ppid", str(pane), "-o", "pid="], capture_output=True, text=True
    ).stdout.split()
    return int(children[0]) if children else pane


SLOW = 40.0  # seconds: the full suite runs many of these at once on a small machine


def start_break(session: TmuxSession) -> None:
    session.start_break(SLOW)
    time.sleep(0.5)


@pytest.mark.parametrize(
    "how", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name
)
def test_killed_mid_break_is_kept_and_mentioned_once_next_time(
    how: signal.Signals, env: dict[str, str], terminals: list[TmuxSession]
) -> None:
    first = open_terminal(terminals, env)
    start_break(first)
    os.kill(program_pid(first), how)
    deadline = time.monotonic() + SLOW
    while first.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    [record] = history_json(env)
    assert record["status"] == "interrupted" and record["step"] == "break"

    second = open_terminal(terminals, env)
    screen = second.wait_for("Your last pause was interrupted at", SLOW)
    assert "during the break" in screen and "re-check" in screen
    second.send("r")
    second.wait_for("Are you ready to go back?", SLOW)
    second.send("q")
    time.sleep(0.5)

    third = open_terminal(terminals, env)
    third.wait_for("Check how flooded I am", SLOW)
    time.sleep(2)  # the notice would appear once the store is open, just after the first frame
    assert "interrupted" not in third.screen()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_sigterm_and_sighup_restore_the_terminal(
    how: signal.Signals, env: dict[str, str], terminals: list[TmuxSession]
) -> None:
    command = f"sh -c '{installed_command()}; echo EXITED $?; stty -a; echo STTY-DONE; sleep 30'"
    session = open_terminal(terminals, env, command)
    start_break(session)
    os.kill(program_pid(session), how)
    screen = session.wait_for("STTY-DONE", SLOW)
    assert "Your break" not in screen  # back on the normal screen, not the app's
    assert " icanon" in screen and " echo" in screen  # line editing and echo are back on
    assert "Traceback" not in screen


@pytest.mark.parametrize(
    "extra",
    [
        {"NO_COLOR": "1"},
        {"TERM": "dumb"},
        {"LANG": "C", "LC_ALL": "C"},
        {"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"},  # a truly 7-bit terminal
    ],
    ids=["NO_COLOR", "TERM=dumb", "LANG=C", "ascii-only"],
)
def test_odd_terminals_run_a_pause(
    extra: dict[str, str], env: dict[str, str], terminals: list[TmuxSession]
) -> None:
    env = {**env, **extra}
    session = open_terminal(terminals, env)
    start_break(session)
    session.send("q")
    session.wait_for("Quit during your break?", SLOW)
    session.send("y")
    deadline = time.monotonic() + 10
    while session.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    [record] = history_json(env)
    assert record["status"] == "interrupted" and record["step"] == "break"
    for args in (["--help"], ["history"], ["resources"], ["check", "You never listen to me."]):
        result = run_installed(args, env)
        assert result.returncode in (0, 1), (args, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout.strip(), args
        if "NO_COLOR" in extra:
            assert "\x1b[" not in result.stdout


def test_no_save_writes_nothing_in_a_real_terminal(
    env: dict[str, str], terminals: list[TmuxSession]
) -> None:
    session = open_terminal(terminals, env, f"{installed_command()} --no-save")
    screen = session.wait_for("Check how flooded I am", SLOW)
    assert "nothing from this pause is written to disk" in screen
    session.send("b")
    session.wait_for("Are you afraid of your partner", SLOW)  # nothing remembered: asked again
    session.send("n")
    session.wait_for("not saving", SLOW)
    session.send("Enter")
    session.wait_for("break ends", SLOW)
    os.kill(program_pid(session), signal.SIGTERM)
    time.sleep(1)
    assert not Path(env["PAUSECOACH_HOME"]).exists()


def test_unusable_home_is_a_message(tmp_path: Path, env: dict[str, str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = {**env, "PAUSECOACH_HOME": str(blocker / "home")}
    for args in ([], ["history"]):
        result = run_installed(args, env)
        assert result.returncode == 1, args
        squeezed = "".join(result.stderr.split())  # the console wraps long paths anywhere
        assert f"cannotwriteto{blocker / 'home'}" in squeezed
        assert "PAUSECOACH_HOME" in result.stderr and "Traceback" not in result.stderr


def test_markup_in_a_settings_problem_is_shown_not_a_crash(
    env: dict[str, str], terminals: list[TmuxSession]
) -> None:
    """The problem line quotes config.toml; shown in a notice as typed (before: a MarkupError
    ended `pausecoach breathe` at its first frame; found by the #16 re-run)."""
    home = Path(env["PAUSECOACH_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    link = "[link=http://example.invalid]x[/link]"
    (home / "config.toml").write_text(f'region = "{link}"\nbreak_minutes = "{link}"\n')
    session = open_terminal(terminals, env, f"{installed_command()} breathe -m 1")
    session.wait_for("Using defaults", SLOW)
    session.wait_for("Sit down", SLOW)
    screen = session.screen()
    assert session.alive() and "MarkupError" not in screen and "Traceback" not in screen
