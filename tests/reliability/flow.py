"""Walk the whole pause flow by keys (shared by the privacy and small-terminal tests)."""

from __future__ import annotations

from tests.pilot_time import catch_up
from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.dialogs.fear import FearQuestionScreen

SCREENS_IN_ORDER = (
    "LandingScreen",
    "CheckScreen",
    "VerdictScreen",
    "TellScreen",
    "BreakScreen",
    "RecheckScreen",
    "ComeBackScreen",
    "ReadAloudScreen",
    "SummaryScreen",
)


async def walk_whole_flow(pilot: Pilot[None], clock: FakeClock) -> list[str]:
    """Check, verdict, tell, a 20-minute break, re-check, come-back, summary with a note.

    Returns the names of the screens seen, in order.
    """
    app = pilot.app
    assert isinstance(app, PauseCoachApp)
    seen = [type(app.screen).__name__]
    steps: list[tuple[str, ...]] = [
        ("enter",),  # landing -> check
        ("space", "down", "space", "down", "space", "enter"),  # three signs -> verdict
        ("enter",),  # verdict -> tell
        ("enter",),  # tell -> break
    ]
    for keys in steps:
        await pilot.press(*keys)
        await pilot.pause()
        if isinstance(app.screen, FearQuestionScreen):  # a store that never heard the answer
            await pilot.press("n")
            await pilot.pause()
        seen.append(type(app.screen).__name__)
    clock.advance(20 * 60 + 1)
    await catch_up(pilot)
    seen.append(type(app.screen).__name__)  # re-check
    for keys in [("8", "enter", "enter"), ("enter", "enter"), ("enter",)]:
        await pilot.press(*keys)
        await pilot.pause()
        seen.append(type(app.screen).__name__)
    await pilot.press("n", *"walk first", "enter")
    await pilot.pause()
    return seen
