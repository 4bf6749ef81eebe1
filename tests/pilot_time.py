"""Pilot tests move a fake clock; this lets the app catch up without trusting real-time timers."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot


async def catch_up(pilot: Pilot[None]) -> None:
    """Run the current screen's clock tick now, then let the messages it posts settle.

    Timers fire on real time, and on a loaded machine (the suite runs in parallel) the next tick
    can come late. Every tick reads the clock afresh, so one tick is all a screen needs.
    """
    from pausecoach.tui.widgets.breath_timer import BreathTimer

    await pilot.pause()
    timers = pilot.app.screen.query(BreathTimer)
    if timers:
        timers.first().tick()
    else:
        for name in ("tick", "_tick"):
            tick = getattr(pilot.app.screen, name, None)
            if callable(tick):
                tick()
                break
    await pilot.pause()
    await pilot.pause()


async def until(
    pilot: Pilot[None], done: Callable[[], bool], what: str, seconds: float = 10
) -> None:
    """Let the app run until `done()` is true, at most `seconds` (a loaded machine is slow)."""
    for _ in range(int(seconds / 0.05)):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")
