"""`--help`, `history` and `check` must not pay for Textual: they run without importing it."""

from __future__ import annotations

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


def test_an_unpaired_device_checks_the_link_without_loading_it(tmp_path: Path) -> None:
    """Every pause asks the link (the landing's partner line, each break event): an unpaired
    device answers from one file check, without pairing, keys or events (hashlib, hmac)."""
    result = run_isolated(
        f"""
        import sys
        from datetime import UTC, datetime
        from pathlib import Path
        from pausecoach import link
        home, now = Path({str(tmp_path)!r}), datetime.now(UTC)
        print("STATUS", link.partner_status(now, home=home), link.publish("back", None, now, home=home))
        print("LOADED", sorted(m for m in sys.modules if m.startswith("pausecoach.link.")
                               and m != "pausecoach.link.names" or m in ("hmac", "hashlib")))
        """
    )
    assert result.returncode == 0, result.stderr
    assert "STATUS None False" in result.stdout
    assert "LOADED []" in result.stdout


def test_a_whole_break_never_loads_richs_emoji_table() -> None:
    """The break's words are markup without emoji codes: Rich's 4,000-name table (0.8 MiB) stays
    out of a pause's peak memory."""
    result = run_isolated(
        """
        import asyncio, sys
        from pausecoach.clock import FakeClock
        from pausecoach.config.settings import Settings
        from pausecoach.documents.fear import remember_no
        from pausecoach.storage.store import Store
        from pausecoach.tui.app import make_app

        async def main():
            clock = FakeClock()
            store = Store.in_memory()
            remember_no(store, clock.now())
            app = make_app(Settings(bell=False), store, clock)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("b", "enter")
                await pilot.pause(0.5)
                timer = app.screen.query_one("#timer")
                print("TIMES", timer.times_line)
                clock.advance(20 * 60 + 1)
                timer.tick()
                for _ in range(100):
                    await pilot.pause(0.05)
                    if type(app.screen).__name__ == "RecheckScreen":
                        break
                print("SCREEN", type(app.screen).__name__)
            print("EMOJI", "rich._emoji_codes" in sys.modules)

        asyncio.run(main())
        """
    )
    assert result.returncode == 0, result.stderr
    assert "TIMES left · break ends" in result.stdout
    assert "SCREEN RecheckScreen" in result.stdout
    assert "EMOJI False" in result.stdout
