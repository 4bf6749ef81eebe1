"""The pacer moves in frames (half a second in a quick phase, a second in a slow one), and the
break's timer wakes only when a frame changes."""

from __future__ import annotations

import pytest
from tests.pilot_time import catch_up, until
from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.widgets.breath_timer import WAKE_LATE, BreathTimer

SHAPE_CELLS = set("█▀▄")


def shape_cells(timer: BreathTimer) -> int:
    """How many cells the pacer's shape fills now."""
    return sum(character in SHAPE_CELLS for character in timer.text())


def next_wake(timer: BreathTimer) -> float | None:
    """Seconds until the timer wakes by itself to draw again (None: it sleeps until told)."""
    if timer._tick_timer is None:
        return None
    return timer._tick_timer._interval


async def on_break(pilot: Pilot[None]) -> BreathTimer:
    """The break, started with the fake clock still."""
    await pilot.press("b", "enter")
    await until(pilot, lambda: pilot.app.screen.query(BreathTimer), "the break")
    await pilot.pause()
    return pilot.app.screen.query_one(BreathTimer)


async def test_the_shape_grows_every_half_second_and_holds_still_within_one(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        timer = await on_break(pilot)
        sizes = []
        for _ in range(4):  # the cyclic sigh breathes in for 2 s
            sizes.append(shape_cells(timer))
            clock.advance(0.2)
            await catch_up(pilot)
            assert shape_cells(timer) == sizes[-1]  # the same frame
            clock.advance(0.3)
            await catch_up(pilot)
        assert sizes == sorted(set(sizes))


async def test_in_a_breath_that_moves_it_wakes_at_the_next_frame(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        timer = await on_break(pilot)
        clock.advance(0.1)
        timer.tick()
        assert next_wake(timer) == pytest.approx(0.4 + WAKE_LATE)


async def test_a_slow_out_breath_moves_once_a_second_with_its_count(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        timer = await on_break(pilot)
        clock.advance(3.1)  # the cyclic sigh's six-second out-breath has begun
        await catch_up(pilot)
        assert timer.words() == "Slowly out  6"
        assert next_wake(timer) == pytest.approx(0.9 + WAKE_LATE)
        size = shape_cells(timer)
        clock.advance(0.5)
        await catch_up(pilot)
        assert shape_cells(timer) == size
        clock.advance(0.5)
        await catch_up(pilot)
        assert (timer.words(), shape_cells(timer) < size) == ("Slowly out  5", True)


async def test_in_a_held_breath_it_wakes_only_when_the_second_turns(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        timer = await on_break(pilot)
        await pilot.press("4")  # the box: in 4, hold 4, out 4, hold 4
        clock.advance(4.2)  # into the first hold
        await catch_up(pilot)
        assert timer.words().startswith("Hold")
        assert next_wake(timer) == pytest.approx(0.8 + WAKE_LATE)


async def test_a_paused_break_sleeps_until_it_is_resumed(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        timer = await on_break(pilot)
        await pilot.press("space")
        await pilot.pause()
        assert timer.countdown.paused
        assert next_wake(timer) is None
        clock.advance(30)
        await pilot.pause(0.2)
        assert timer.clock_text == "20:00"
        await pilot.press("space")
        await pilot.pause()
        assert next_wake(timer) is not None


async def test_the_clock_and_the_count_turn_on_the_same_frame(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        timer = await on_break(pilot)
        clock.advance(0.99)
        await catch_up(pilot)
        assert (timer.clock_text, timer.words()) == ("20:00", "Breathe in  2")
        clock.advance(0.02)
        await catch_up(pilot)
        assert (timer.clock_text, timer.words()) == ("19:59", "Breathe in  1")
