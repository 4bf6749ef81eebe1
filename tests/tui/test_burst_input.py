"""Keys sent in one write land where they would have landed one by one."""

from __future__ import annotations

from tests.tui.burst import burst, settle

from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.dialogs.formula import FormulaScreen

MIND_1_AND_2 = ["attack", "blur"]  # Body has five signs: six downs reach Mind's second row


async def test_check_screen_burst_ticks_the_group_the_cursor_reached(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        burst(app, *["down"] * 6, "1", "2")
        await settle(pilot)
        assert sorted(app.flow.ticked) == MIND_1_AND_2


async def test_check_screen_keys_in_one_press_call(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", *["down"] * 6, "1", "2")
        await settle(pilot)
        assert sorted(app.flow.ticked) == MIND_1_AND_2


async def test_formula_burst_enter_moves_the_rest_to_the_next_box(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FormulaScreen())
        await settle(pilot)
        burst(app, *"hurt", "enter", *"xyz", "enter", *"a walk")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormulaScreen)
        assert screen.parts() == ("hurt", "xyz", "a walk")


async def test_formula_keys_in_one_press_call(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FormulaScreen())
        await settle(pilot)
        await pilot.press(*"hurt", "enter", *"xyz")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FormulaScreen)
        assert screen.parts() == ("hurt", "xyz", "")


async def test_partner_time_burst_starts_the_break(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await settle(pilot)
        burst(app, "y", *"in 30", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "BreakScreen"
