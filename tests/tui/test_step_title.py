"""A narrow window shows a step's short name ("Tell"), not a cut one ("Te…"); a wide one the full."""

from __future__ import annotations

from tests.tui.screen_text import screen_text

from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.widgets.title_bar import TitleBar


def title(app: PauseCoachApp) -> str:
    shown = app.screen.query_one(TitleBar).title_text()
    assert shown in screen_text(app).splitlines()[0]
    return shown


async def test_the_tell_screens_title_fits_its_window(app: PauseCoachApp) -> None:
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert type(app.screen).__name__ == "TellScreen"
        assert title(app) == "Tell"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert title(app) == "Tell your partner"
