"""`--help` loads Typer's help renderer without rich.markdown and rich.traceback, and looks the same."""

from __future__ import annotations

import subprocess
import sys
import textwrap

HELP_AND_MODULES = """
    import sys
    {preload}
    from typer.testing import CliRunner
    from pausecoach.cli import app
    result = CliRunner().invoke(app, {args!r}, env={{"COLUMNS": "80", "TERM": "dumb"}})
    sys.stdout.write(result.output)
    print("HEAVY", sorted(m for m in ("rich.markdown", "rich.traceback", "pygments") if m in sys.modules))
"""


def run(code: str) -> str:
    """Standard output of `code` in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_help_does_not_load_markdown_or_tracebacks_and_is_unchanged() -> None:
    for args in (["--help"], ["history", "--help"], ["check", "--help"]):
        lean = run(HELP_AND_MODULES.format(preload="", args=args))
        # With the real modules already loaded the stand-ins are not used: Typer as it ships.
        full = run(
            HELP_AND_MODULES.format(preload="import rich.markdown, rich.traceback", args=args)
        )
        lean_help, lean_heavy = lean.rsplit("HEAVY", 1)
        full_help, _ = full.rsplit("HEAVY", 1)
        assert "Usage" in lean_help
        assert lean_help == full_help
        assert lean_heavy.strip() == "[]"


def test_the_stand_ins_become_the_real_classes_when_used() -> None:
    out = run(
        """
        from pausecoach.commands import lean_help
        lean_help.install()
        import typer.rich_utils as ru
        import sys
        print("LOADED", "rich.markdown" in sys.modules)
        md = ru.Markdown("**bold**")
        try:
            raise ValueError("boom")
        except ValueError as exc:
            tb = ru.Traceback.from_exception(type(exc), exc, exc.__traceback__)
        import rich.markdown, rich.traceback
        print(type(md) is rich.markdown.Markdown, type(tb) is rich.traceback.Traceback)
        print(ru.Markdown | None)
        """
    )
    assert "LOADED False" in out
    assert "True True" in out


def test_a_crash_still_prints_richs_traceback() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import typer
                from pausecoach.commands import lean_help
                lean_help.install()
                app = typer.Typer(pretty_exceptions_show_locals=False)
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
