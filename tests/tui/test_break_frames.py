"""The pacer moves once a second with the count, and the break's timer wakes only when the second
turns (never between, never while paused)."""

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


async def sizes_at(pilot: Pilot[None], clock: FakeClock, moments: list[float]) -> list[int]:
    """The shape's size at each moment (seconds into the break, in order)."""
    timer = pilot.app.screen.query_one(BreathTimer)
    at, sizes = 0.0, []
    for moment in moments:
        clock.advance(moment - at)
        at = moment
        await catch_up(pilot)
        sizes.append(shape_cells(timer))
    return sizes


async def test_the_shape_moves_with_the_count_and_holds_still_within_a_second(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await on_break(pilot)
        # The cyclic sigh: in for 2 s, a little more for 1 s, out for 6 s.
        sizes = await sizes_at(pilot, clock, [0.1, 0.9, 1.1, 1.9, 2.5, 3.2, 3.8, 4.5])
        assert sizes[0] == sizes[1] < sizes[2] == sizes[3] < sizes[4]  # in, a little more
        assert sizes[4] > sizes[5] == sizes[6] > sizes[7]  # slowly out


async def test_the_shape_is_full_as_the_in_breath_ends_and_smallest_as_the_out_breath_ends(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await on_break(pilot)
        # The last second of the top-up, the first and last of the out-breath, the next in-breath.
        top, out, bottom, again = await sizes_at(pilot, clock, [2.5, 3.5, 8.5, 9.5])
        assert top > out > again > bottom > 0


@pytest.mark.parametrize("seconds, pattern", [(0.1, "1"), (4.2, "4")])
async def test_it_wakes_only_when_the_second_turns(
    app: PauseCoachApp, clock: FakeClock, seconds: float, pattern: str
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        timer = await on_break(pilot)
        await pilot.press(pattern)  # 1: the sigh, moving; 4: the box, holding after 4 s
        clock.advance(seconds)
        await catch_up(pilot)
        assert next_wake(timer) == pytest.approx(1 - seconds % 1 + WAKE_LATE)


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
