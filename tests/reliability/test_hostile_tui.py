"""The full-screen app's halves of #16 classes 5 and 10.

5: text stored with terminal escapes (an older version's import, another tool) is shown as
visible `\\x1b` text on the landing screen's plan and on the history screen, never sent raw.
10: digits from other scripts (`²`, `①`, `٣`) in the check screen, the pulse count and the calm
scale never crash; `--plain` asks again, even for a 5000-digit number.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import unicodedata

import pytest
from rich.console import Console
from tests.reliability.test_hostile_cli import NASTY, nasty_pause, nasty_plan
from tests.tui.screen_text import screen_console, screen_update
from textual.widgets import DataTable, Static
from typer.testing import CliRunner

from pausecoach.cli import app as cli
from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.documents.plan import PLAN_DOC
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.dialogs.pulse import PulseCountScreen
from pausecoach.tui.screens.check import CheckScreen
from pausecoach.tui.screens.history import HistoryScreen
from pausecoach.tui.screens.recheck import RecheckScreen
from pausecoach.tui.widgets.scale import CalmScale

SIZE = (100, 40)


def raw_controls(app: PauseCoachApp) -> list[str]:
    """Control characters in the text the screen sends (not the terminal's own cursor moves)."""
    return [
        segment.text
        for segment in screen_console(app).render(screen_update(app))
        if not segment.control
        and any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in segment.text)
    ]


@pytest.fixture
def nasty(store: Store) -> Store:
    store.save_session(PauseSession.model_validate(nasty_pause()))
    store.put_document(PLAN_DOC, nasty_plan())
    return store


async def test_stored_escapes_are_shown_not_sent(nasty: Store, clock: FakeClock) -> None:
    assert "\x1b" in NASTY
    app = make_app(Settings(bell=False), nasty, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan = str(app.screen.query_one("#landing-plan").render())
        assert "Sam\\x1b[2J" in plan  # the plan's name, with its escape made visible
        assert raw_controls(app) == []
        await pilot.press("h")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        table = screen.query_one("#history-table", DataTable)
        cells = " ".join(str(cell) for cell in table.get_row_at(0))
        assert "\x1b" not in cells
        console = Console(width=96, record=True, file=io.StringIO(), color_system=None)
        console.print(screen.query_one("#history-record", Static).content)
        detail = console.export_text()
        assert "\\x1b]0;owned" in detail and "\x1b" not in detail
        assert raw_controls(app) == []


ODD_DIGITS = ["²", "①", "³"]


async def test_odd_digits_on_the_check_screen_and_the_calm_scale(
    store: Store, clock: FakeClock
) -> None:
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, CheckScreen)
        await pilot.press(*ODD_DIGITS, "٣")  # the sign list: never a crash
        await pilot.pause()
        await pilot.press("c", "t")  # the pulse count: "I know my bpm"
        await pilot.pause()
        assert isinstance(app.screen, PulseCountScreen)
        await pilot.press(*"1²0", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PulseCountScreen)  # refused, asked again
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CheckScreen) and app.is_running
        await pilot.press("escape", "b", "enter")
        clock.advance(21 * 60)
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, RecheckScreen)
        scale = app.screen.query_one(CalmScale)
        await pilot.press(*ODD_DIGITS)
        assert scale.value is None  # not digits: nothing chosen
        await pilot.press("٧")  # an Arabic-Indic seven is a digit
        assert scale.value == 7
    assert app.is_running is False


BIG = "9" * 5000
PLAIN_ANSWERS = {
    "signs": ["", "1 ² 2", BIG, "1 2 3", "55", "", "n", "", "8", "40", "", "1", "2", ""],
    "pulse": ["", "1 2 3", "²", BIG, "55", "", "n", "", "8", "40", "", "1", "2", ""],
    "minutes": ["", "1 2 3", "55", "", "n", "²", BIG, "", "8", "40", "", "1", "2", ""],
    "calm": ["", "1 2 3", "55", "", "n", "", "²", BIG, "8", "40", "", "1", "2", ""],
    "topic": ["", "1 2 3", "55", "", "n", "", "8", "40", "", "²", BIG, "1", "①", BIG, "2", ""],
}


@pytest.mark.parametrize("where", list(PLAIN_ANSWERS))
def test_plain_asks_again_for_odd_and_huge_numbers(where: str) -> None:
    answers = "\n".join(PLAIN_ANSWERS[where]) + "\n"
    result = CliRunner().invoke(
        cli, ["--plain", "--break-seconds", "1", "--no-save"], input=answers
    )
    assert result.exit_code == 0, (result.output, result.exception)
    assert "Traceback" not in result.output
    assert "Your break is over." in result.output


@pytest.mark.parametrize(
    "command", [["--plain", "--no-save"], ["talk", "--plain"], ["debrief", "--plain"]]
)
def test_piped_answers_are_echoed_with_escapes_made_visible(command: list[str]) -> None:
    """The transcript of piped answers (the terminal does not echo them) never replays escapes."""
    nasty = "\x1b[2J\x1b]0;owned\x07"
    result = CliRunner().invoke(cli, command, input=f"{nasty}\n" * 3)
    assert "Traceback" not in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "> \\x1b[2J\\x1b]0;owned\\x07" in result.output


def test_piped_bytes_that_are_not_utf8_are_stored_cleaned_in_a_debrief() -> None:
    """Standard input with bytes that are not UTF-8 reaches Python as lone surrogates: the
    debrief's answers keep the words around them and save, with no traceback."""
    answers = b"1\n2\n" + b"I felt \xff\xfe small\n" * 5
    result = subprocess.run(
        [sys.executable, "-m", "pausecoach", "debrief", "--plain"],
        input=answers,
        capture_output=True,
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-800:]
    assert b"Traceback" not in result.stdout + result.stderr
    [(_name, body)] = Store.open().documents_named("debrief/")
    assert body["my_view"] == "I felt    small"
