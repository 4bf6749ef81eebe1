"""The top-level command: help, version, and starting the pause flow (with the TUI mocked)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pausecoach import __version__
from pausecoach.cli import app

runner = CliRunner()


def test_help_explains_the_tool_and_its_limits() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "Self-help, not therapy" in result.output
    assert "emergency" in result.output


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"pausecoach {__version__}"


def test_no_command_starts_the_pause_flow(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []
    import pausecoach.commands.pause as pause

    monkeypatch.setattr(pause, "run_pause", lambda **kw: calls.append(kw))
    result = runner.invoke(app, [])
    assert result.exit_code == 0, result.output
    assert len(calls) == 1


def test_unwritable_home_gives_a_message_not_a_traceback(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PAUSECOACH_HOME", str(blocker / "home"))
    result = runner.invoke(app, [])
    assert result.exit_code == 1
    assert "PAUSECOACH_HOME" in result.output
    assert "Traceback" not in result.output


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pausecoach", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert __version__ in result.stdout
