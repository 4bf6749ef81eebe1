"""`--help` from its saved copy: the same text as Typer draws, and remade whenever anything differs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pausecoach.commands import help_cache


def pausecoach(home: Path, *args: str, columns: int = 80) -> subprocess.CompletedProcess[str]:
    """The installed `pausecoach ARGS` (through launch.py)."""
    env = {**os.environ, "PAUSECOACH_HOME": str(home), "COLUMNS": str(columns), "TERM": "dumb"}
    return subprocess.run(
        [str(Path(sys.executable).with_name("pausecoach")), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def typer_help(*args: str, columns: int = 80) -> str:
    """The help exactly as Typer draws it, without launch.py."""
    code = "import sys; sys.argv[0] = 'pausecoach'; from pausecoach.cli import app; app()"
    env = {**os.environ, "COLUMNS": str(columns), "TERM": "dumb"}
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--help"], True),
        (["-h"], True),
        (["history", "--help"], True),
        (["config", "set", "-h"], True),
        ([], False),
        (["--help", "history"], False),
        (["--minutes", "5", "--help"], False),
        (["check", "You never listen", "--help"], False),
    ],
)
def test_only_plain_help_requests_use_the_copy(args: list[str], expected: bool) -> None:
    assert help_cache.is_help(args) is expected


@pytest.mark.parametrize("args", [["--help"], ["history", "--help"]])
def test_the_copy_is_what_typer_draws(tmp_path: Path, args: list[str]) -> None:
    first = pausecoach(tmp_path, *args)
    again = pausecoach(tmp_path, *args)
    assert first.returncode == again.returncode == 0
    assert first.stdout == again.stdout == typer_help(*args)
    assert len(list((tmp_path / "cache").iterdir())) == 1


def test_another_width_is_drawn_anew(tmp_path: Path) -> None:
    pausecoach(tmp_path, "--help", columns=80)
    wide = pausecoach(tmp_path, "--help", columns=120)
    assert wide.stdout == typer_help("--help", columns=120)
    assert pausecoach(tmp_path, "--help", columns=80).stdout == typer_help("--help", columns=80)


def test_a_copy_made_under_other_conditions_is_not_shown(tmp_path: Path) -> None:
    pausecoach(tmp_path, "--help")
    (saved,) = (tmp_path / "cache").iterdir()
    saved.write_text("some older version\nOLD HELP\n", encoding="utf-8")
    shown = pausecoach(tmp_path, "--help").stdout
    assert "OLD HELP" not in shown and shown == typer_help("--help")


def test_an_error_is_not_kept(tmp_path: Path) -> None:
    result = pausecoach(tmp_path, "nosuch", "--help")
    assert result.returncode == 2 and "No such command" in result.stderr
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_help_still_prints_when_nothing_can_be_saved(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder would go", encoding="utf-8")
    for _ in range(2):
        result = pausecoach(tmp_path, "--help")
        assert result.returncode == 0 and result.stdout == typer_help("--help")
