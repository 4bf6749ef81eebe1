"""A narrow window shows a step's short name ("Tell"), not a cut one ("Te…"); a wide one the full."""

from __future__ import annotations

from textual.widgets import Static

from pausecoach.tui.app import PauseCoachApp


def title(app: PauseCoachApp) -> str:
    return str(app.screen.query_one("#step-title", Static).render())


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
