"""Words and boxes: escape goes back on every step before the break, c copies the words, the
formula's boxes keep their labels, and --no-save never claims anything was saved."""

from __future__ import annotations

from tests.tui.screen_text import screen_text

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.dialogs.formula import FormulaScreen


def name(app: PauseCoachApp) -> str:
    """The current screen's class name."""
    return type(app.screen).__name__


async def test_escape_walks_back_from_tell_to_the_landing(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "space", "enter", "enter")
        assert name(app) == "TellScreen"
        for expected in ("VerdictScreen", "CheckScreen", "LandingScreen"):
            await pilot.press("escape")
            await pilot.pause()
            assert name(app) == expected
        assert app.flow.ticked  # the ticks are kept


async def test_escape_from_tell_without_a_check_and_from_the_partner_step(
    app: PauseCoachApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "escape")
        await pilot.pause()
        assert name(app) == "LandingScreen"
        await pilot.press("p", "escape")
        await pilot.pause()
        assert name(app) == "LandingScreen"
        assert app.record.session.role == "flooded"


async def test_c_copies_the_words_on_the_tell_screen(app: PauseCoachApp) -> None:
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("b", "c")
        await pilot.pause()
        screen = app.screen
        assert copied and copied[0] == screen.line()  # type: ignore[attr-defined]
        assert "select the words" in screen_text(app)


async def test_the_formula_boxes_keep_their_labels_once_filled(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FormulaScreen())
        await pilot.pause()
        await pilot.press(*"hurt", "enter", *"last night", "enter", *"a hug")
        await pilot.pause(0.5)
        text = screen_text(app)
        for label in ("I feel", "about", "I need"):
            assert any(
                label in row and ("hurt" in row or "night" in row or "hug" in row)
                for row in text.splitlines()
            ), (label, text)


async def test_quitting_a_break_without_saving_says_nothing_was_saved(
    clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, Store.in_memory(), clock, saving=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "n", "enter", "q")  # nothing remembered: the fear question first
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "Nothing was saved" in text and "saved as interrupted" not in text
