"""Shell completion: installed by `--install-completion`, answered by the real console script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
SCRIPT = BIN / "pausecoach"

pytestmark = pytest.mark.skipif(
    shutil.which("bash") is None or not SCRIPT.exists(),
    reason="needs bash and the installed pausecoach script",
)


def complete(words: str, cword: int) -> list[str]:
    """What the console script offers for the words typed so far (as the shell asks it)."""
    env = {
        **os.environ,
        "_PAUSECOACH_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(cword),
    }
    result = subprocess.run(
        [str(SCRIPT)], env=env, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_the_console_script_answers_completion_instead_of_starting_a_pause() -> None:
    # With no arguments the script normally opens the full-screen coach at once.
    assert "config" in complete("pausecoach co", 1)
    assert set(complete("pausecoach config s", 2)) == {"set", "show"}
    assert "--markdown" in complete("pausecoach plan --", 2)


def test_install_completion_then_tab_in_bash(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    # Typer finds the shell by walking up the process tree, so run it from bash, as a user would
    # (straight under pytest the walk found no shell once: "Shell None is not supported").
    installed = subprocess.run(
        ["bash", "--norc", "-c", '"$0" --install-completion', str(SCRIPT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert installed.returncode == 0, installed.stderr
    assert "pausecoach.sh" in (tmp_path / ".bashrc").read_text()
    # What bash does on tab: source the start-up file, then call the completion function.
    probe = (
        "source ~/.bashrc; COMP_WORDS=(pausecoach config s); COMP_CWORD=2; "
        '_pausecoach_completion pausecoach; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    result = subprocess.run(
        ["bash", "--norc", "-c", probe], env=env, capture_output=True, text=True, timeout=30
    )
    assert set(result.stdout.split()) == {"set", "show"}, result.stderr
