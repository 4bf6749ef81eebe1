"""`--help` is drawn plainly by Click's formatter inside Typer: every word of each command's
first paragraph, no Rich (commands/plain_help.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from pausecoach.cli import app
from pausecoach.commands.plain_help import first_paragraph

runner = CliRunner()


def run(code: str) -> str:
    """Standard output of `code` in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("args", [["--help"], ["history", "--help"], ["check", "--help"]])
def test_help_loads_neither_rich_nor_textual(args: list[str]) -> None:
    out = run(
        f"""
        import sys
        from typer.testing import CliRunner
        from pausecoach.cli import app
        result = CliRunner().invoke(app, {args!r}, env={{"COLUMNS": "80"}})
        assert result.exit_code == 0, result.output
        sys.stdout.write(result.output)
        print("LOADED", sorted({{m.split(".")[0] for m in sys.modules}} & {{"rich", "textual"}}))
        """
    )
    assert out.startswith("Usage: pausecoach")
    assert "LOADED []" in out


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("group", [[], ["history"], ["config"], ["partner"]])
def test_each_command_is_listed_with_its_whole_first_paragraph(group: list[str]) -> None:
    import typer.main

    command = typer.main.get_command(app)
    for name in group:
        command = command.commands[name]  # type: ignore[attr-defined]
    output = runner.invoke(app, [*group, "--help"], env={"COLUMNS": "80"}).output
    listed = output.split("Commands:", 1)[1]
    assert "..." not in listed  # Click alone would cut each line short
    for name, sub in command.commands.items():  # type: ignore[attr-defined]
        if sub.hidden:
            continue
        summary = first_paragraph(sub.short_help or sub.help or "")
        assert summary, name
        assert " ".join(_words(summary)) in " ".join(_words(listed)), (name, summary)


def test_help_and_errors_are_plain_text() -> None:
    shown = runner.invoke(app, ["--help"], env={"COLUMNS": "80"}).output
    assert "╭" not in shown and "│" not in shown
    assert "Options:" in shown and "-m, --minutes" in shown and "[1<=x<=240]" in shown
    wrong = runner.invoke(app, ["check", "--no-such-flag"], env={"COLUMNS": "80"})
    assert wrong.exit_code == 2
    assert "No such option: --no-such-flag" in wrong.output
    assert "Try 'pausecoach check -h' for help." in wrong.output


def test_a_crash_still_prints_richs_traceback() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                from pausecoach.commands.plain_help import plain_typer
                app = plain_typer(pretty_exceptions_show_locals=False)
                @app.command()
                def go() -> None:
                    raise ValueError("boom from a bug")
                app()
                """
            ),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"COLUMNS": "80", "TERM": "dumb", "PATH": ""},
    )
    assert result.returncode == 1
    # Rich's traceback is a panel; Python's own would start "Traceback (most recent call last):".
    assert "╭" in result.stderr
    assert "Traceback (most recent call last) ─" in result.stderr
    assert "ValueError: boom from a bug" in result.stderr
