"""`--help`, `history` and `check` must not pay for Textual: they run without importing it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

GUARDED_MODULES = [
    "pausecoach.cli",
    "pausecoach.core.flooding",
    "pausecoach.core.breathing",
    "pausecoach.storage.store",
    "pausecoach.config.settings",
    "pausecoach.content.catalog",
    "pausecoach.report",
]


def run_isolated(code: str) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh interpreter (so earlier imports in this process do not count)."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )


def test_importing_the_cli_and_core_does_not_import_textual() -> None:
    result = run_isolated(
        f"""
        import importlib, sys
        for name in {GUARDED_MODULES!r}:
            importlib.import_module(name)
        loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
        print("LOADED", loaded)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        (["--help"], 0),
        (["--version"], 0),
        (["drill", "--help"], 0),
        (["drill", "--topic", "weather"], 2),
        (["history", "--help"], 0),
        (["history"], 0),
        (["history", "--json"], 0),
        (["check", "I feel lonely tonight. Could we walk after dinner?"], 0),
        (["check", "You never listen, you're so selfish."], 1),
        (["cycle", "--show"], 1),
        (["cycle", "--markdown"], 1),
        (["resources", "--region", "UK"], 0),
        (["resources"], 0),
    ],
)
def test_commands_run_without_textual(args: list[str], exit_code: int) -> None:
    result = run_isolated(
        f"""
        import sys
        from typer.testing import CliRunner
        from pausecoach.cli import app
        outcome = CliRunner().invoke(app, {args!r})
        if outcome.exception and not isinstance(outcome.exception, SystemExit):
            raise outcome.exception
        print("EXIT", outcome.exit_code, "TEXTUAL", "textual" in sys.modules)
        """
    )
    assert result.returncode == 0, result.stderr
    assert f"EXIT {exit_code} TEXTUAL False" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--version"],
        ["history", "--help"],
        ["history", "--since", "30d"],
        ["drill", "--help"],
        ["check", "--help"],
    ],
)
def test_commands_that_only_print_do_not_import_pydantic(args: list[str]) -> None:
    # Typer 0.29 imported pydantic to coerce any option value; pyproject pins below it.
    result = run_isolated(
        f"""
        import sys
        from typer.testing import CliRunner
        from pausecoach.cli import app
        outcome = CliRunner().invoke(app, {args!r})
        print("EXIT", outcome.exit_code, "PYDANTIC", "pydantic" in sys.modules)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "EXIT 0 PYDANTIC False" in result.stdout


def test_plain_history_runs_without_typer(tmp_path: Path) -> None:
    # launch.py sends `pausecoach history` straight to its listing; Typer costs more than it.
    result = run_launch(tmp_path / "home", "history")
    assert result.returncode == 0, result.stderr
    assert "No pauses saved yet" in result.stdout
    assert "TYPER False" in result.stdout


def test_checking_one_line_runs_without_typer(tmp_path: Path) -> None:
    result = run_launch(tmp_path / "home", "check", "You never listen to me.")
    assert result.returncode == 1, result.stderr
    assert "TYPER False" in result.stdout


def test_plain_history_fails_cleanly_without_typer(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    result = run_launch(tmp_path / "file", "history")
    assert result.returncode == 1
    assert "pausecoach:" in result.stderr and "Traceback" not in result.stderr


def run_launch(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The console script's entry point with `args`, in a fresh interpreter; reports Typer."""
    code = f"""
        import atexit, sys
        atexit.register(lambda: print("TYPER", "typer" in sys.modules))
        sys.argv = ["pausecoach", *{list(args)!r}]
        from pausecoach.launch import main
        main()
        """
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PAUSECOACH_HOME": str(home), "COLUMNS": "80"},
    )
