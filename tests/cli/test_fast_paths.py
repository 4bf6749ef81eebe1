"""launch.py's paths around Typer give exactly what the Typer commands give."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = str(Path(sys.executable).with_name("pausecoach"))
THROUGH_TYPER = "import sys; sys.argv[0] = 'pausecoach'; from pausecoach.cli import app; app()"


def both(home: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], ...]:
    """`pausecoach ARGS` through launch.py, and the same through Typer."""
    env = {**os.environ, "PAUSECOACH_HOME": str(home), "COLUMNS": "80", "TERM": "dumb"}
    return tuple(
        subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=False)
        for argv in ([SCRIPT, *args], [sys.executable, "-c", THROUGH_TYPER, *args])
    )


@pytest.mark.parametrize(
    "text",
    [
        "I feel lonely tonight. Could we walk after dinner?",
        "You never listen to me.",
        "I am scared he will hurt me.",
        " ",
    ],
)
def test_check_one_line_matches_the_typer_command(tmp_path: Path, text: str) -> None:
    fast, typer = both(tmp_path, "check", text)
    assert fast.stdout == typer.stdout and fast.stderr == typer.stderr
    assert fast.returncode == typer.returncode


@pytest.mark.parametrize("args", [["history"], ["history", "stats"]])
def test_history_matches_the_typer_command(tmp_path: Path, args: list[str]) -> None:
    fast, typer = both(tmp_path, *args)
    assert fast.stdout == typer.stdout and fast.returncode == typer.returncode == 0
