"""In the app itself: below 40×12 every screen, dialogs too, is covered by the too-small notice,
which offers `pausecoach --plain`; the keys keep working; a bigger window brings the screen back."""

from __future__ import annotations

from textual.widgets import Static

from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.widgets.too_small import TooSmall


def notice_words(app: PauseCoachApp) -> str:
    return " ".join(str(s.render()) for s in app.screen.query_one(TooSmall).query(Static))


async def test_a_small_window_from_the_start_shows_the_notice(app: PauseCoachApp) -> None:
    async with app.run_test(size=(30, 10)) as pilot:
        await pilot.pause()
        assert "pausecoach --plain" in notice_words(app)
        assert app.screen.query_one(TooSmall).region == app.screen.region
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.query(TooSmall)
        assert type(app.screen).__name__ == "LandingScreen"


async def test_shrinking_covers_the_screen_and_growing_uncovers_it(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query(TooSmall)
        await pilot.resize_terminal(39, 20)
        await pilot.pause()
        assert "39 × 20" in notice_words(app)
        await pilot.resize_terminal(60, 11)
        await pilot.pause()
        assert "60 × 11" in notice_words(app)
        await pilot.resize_terminal(40, 12)  # the smallest that works
        await pilot.pause()
        assert not app.screen.query(TooSmall)


async def test_keys_work_under_it_and_a_new_screen_is_covered_too(app: PauseCoachApp) -> None:
    async with app.run_test(size=(36, 10)) as pilot:
        await pilot.pause()
        landing = app.screen
        await pilot.press("enter")  # the landing's next step: the check
        await pilot.pause()
        assert app.screen is not landing
        assert app.screen.query(TooSmall)
        await pilot.press("exclamation_mark")  # help is still one key away
        await pilot.pause()
        assert type(app.screen).__name__ == "SafetyScreen"
        assert app.screen.query(TooSmall)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.query(TooSmall)


async def test_a_dialog_is_covered_and_the_screen_under_it_uncovered_later(
    app: PauseCoachApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")  # a break
        await pilot.pause(0.3)
        await pilot.press("q")  # "Quit during your break?"
        await pilot.pause()
        dialog = app.screen
        assert type(dialog).__name__ == "ConfirmScreen"
        await pilot.resize_terminal(30, 8)
        await pilot.pause()
        assert dialog.query(TooSmall)
        await pilot.press("n")  # keep breathing: the break, still in a small window
        await pilot.pause()
        assert type(app.screen).__name__ == "BreakScreen"
        assert app.screen.query(TooSmall)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.query(TooSmall)
