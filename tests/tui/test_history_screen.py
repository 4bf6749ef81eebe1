"""`h` on the landing screen: the saved pauses as a table, the chosen one in full."""

from __future__ import annotations

from rich.console import Console
from tests.cli.history_data import seed
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.screens.history import HistoryScreen
from pausecoach.tui.screens.landing import LandingScreen


def shown_text(screen: HistoryScreen) -> str:
    """The detail pane as plain text."""
    console = Console(width=76, record=True, file=None, force_terminal=False)
    with console.capture() as capture:
        console.print(screen.query_one("#history-record", Static).content)
    return capture.get()


async def open_history(pilot: Pilot[None]) -> HistoryScreen:
    """Press h on the landing screen; return the history screen it opened."""
    await pilot.pause()
    await pilot.press("h")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, HistoryScreen)
    return screen


async def test_history_lists_pauses_and_shows_the_chosen_one(
    app: PauseCoachApp, store: Store
) -> None:
    seed(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        table = screen.query_one("#history-table", DataTable)
        # Four pauses: not the practice session, not the pause just opened on the landing screen.
        assert table.row_count == 4
        assert [str(c.label) for c in table.columns.values()][:3] == ["When", "Level", "Pulse"]
        assert screen.shown_id == "d9e0f1a2b3c4"
        assert "safety" in shown_text(screen)
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert screen.shown_id == "a1b2c3d4e5f6"
        text = shown_text(screen)
        assert "heart pounding, fast breathing, clenched" in text
        assert "I feel swamped by the dishes tonight" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LandingScreen)


async def test_history_when_nothing_is_saved_says_so(app: PauseCoachApp) -> None:
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_history(pilot)
        assert not screen.query_one("#history-table", DataTable).display
        assert "No pauses saved yet" in str(screen.query_one("#history-empty", Static).content)
        assert screen.shown_id is None
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, LandingScreen)
