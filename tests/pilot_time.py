"""Pilot tests move a fake clock; this lets the app catch up without trusting real-time timers."""

from __future__ import annotations

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
