"""The break ends at its deadline, not at the next drawing tick, however pausing moved it."""

from __future__ import annotations

from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.recheck import RecheckScreen


async def near_the_end(pilot: Pilot[None], clock: FakeClock) -> BreakScreen:
    """A running break 0.2 s from its end, its drawing ticks stopped: only the deadline timer
    (armed for the old deadline, 20 minutes of real time away) can end it now."""
    await pilot.press("b", "enter")
    await pilot.pause(0.3)
    screen = pilot.app.screen
    assert isinstance(screen, BreakScreen)
    timer = screen.timer
    assert timer._tick_timer is not None
    timer._tick_timer.pause()
    clock.advance(timer.countdown.remaining(clock.monotonic()) - 0.2)
    return screen


async def test_the_deadline_timer_alone_ends_a_resumed_break(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await near_the_end(pilot, clock)
        await pilot.press("space", "space")  # pause and resume: the deadline is now 0.2 s away
        clock.advance(0.2)
        await pilot.pause(0.6)
        assert isinstance(app.screen, RecheckScreen)


async def test_a_paused_break_does_not_end(app: PauseCoachApp, clock: FakeClock) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await near_the_end(pilot, clock)
        await pilot.press("space", "space", "space")  # armed for 0.2 s, then paused
        clock.advance(5)
        await pilot.pause(0.6)
        assert app.screen is screen
        assert screen.timer.countdown.paused


async def test_added_time_moves_the_deadline_timer(app: PauseCoachApp, clock: FakeClock) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await near_the_end(pilot, clock)
        await pilot.press("space", "space", "plus")  # armed for 0.2 s, then five more minutes
        clock.advance(0.3)
        await pilot.pause(0.6)
        assert app.screen is screen
        # The new deadline passes while the timer sleeps; resuming re-arms it at once.
        clock.advance(5 * 60)
        await pilot.press("space", "space")
        await pilot.pause(0.3)
        assert isinstance(app.screen, RecheckScreen)
