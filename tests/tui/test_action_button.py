"""The primary action as a button: clicking it does what its key does, and it fits small windows."""

from __future__ import annotations

from tests.tui.harness import Harness

from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.widgets.action_button import ActionButton


async def test_a_click_runs_the_screens_action() -> None:
    app = Harness()
    async with app.run_test(size=(80, 24)) as pilot:
        assert await pilot.click("#primary")
        await pilot.pause()
        assert app.step.done == ["check"]


async def test_a_click_can_run_an_app_action() -> None:
    app = Harness()
    async with app.run_test(size=(80, 24)) as pilot:
        assert await pilot.click("#safety-button")
        await pilot.pause()
        assert app.done == ["safety"]
        assert app.step.done == []


async def test_the_button_never_takes_the_keyboard() -> None:
    """Focus on a button would make enter press it instead of doing the screen's enter."""
    app = Harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "tab")
        assert not isinstance(app.focused, ActionButton)
        await pilot.click("#safety-button")
        await pilot.press("enter")
        await pilot.pause()
        assert app.step.done == ["check"]


async def test_the_key_on_the_button_follows_a_rebinding() -> None:
    app = Harness(keymap={"landing-check": "c"})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        button = app.screen.query_one("#primary", ActionButton)
        assert button.key == "c"
        assert str(button.label).startswith(" c ")


async def test_it_is_a_framed_button_at_80x24_and_one_line_at_40x12() -> None:
    app = Harness()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        button = app.screen.query_one("#primary", ActionButton)
        assert button.region.height == 3
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert button.region.height == 1
        assert button.region.right <= 40
        assert "Check how flooded I am" in str(button.label)
        await pilot.hover("#primary")  # hovering must not bring the frame back and hide the words
        await pilot.pause()
        assert button.region.height == 1 and button.content_region.height == 1
        assert await pilot.click("#primary")
        await pilot.pause()
        assert app.step.done == ["check"]


async def test_on_the_real_landing_a_click_starts_the_check(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        landing = app.screen
        await landing.query_one("#body").mount(
            ActionButton("Check how flooded I am", "enter", "check", id="go")
        )
        await pilot.pause()
        assert await pilot.click("#go")
        await pilot.pause()
        assert app.screen is not landing
        assert type(app.screen).__name__ == "CheckScreen"
