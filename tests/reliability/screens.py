"""How to reach each screen of the app by keys (for the every-screen tests)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.pilot_time import catch_up
from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.tui.app import StartAt

TO_RECHECK = ("b", "enter", "+20min")


@dataclass(frozen=True)
class Route:
    """Keys from launch to a screen; '+20min' moves the fake clock past the break."""

    screen: str
    keys: tuple[str, ...] = ()
    start_at: StartAt = "landing"
    typing: bool = False  # a text box has the cursor: '!' is a character there


ROUTES = (
    Route("LandingScreen"),
    Route("CheckScreen", ("enter",)),
    Route("PulseCountScreen", ("enter", "c")),
    Route("VerdictScreen", ("enter", "space", "enter")),
    Route("TellScreen", ("b",)),
    Route("EditTextScreen", ("b", "e"), typing=True),
    Route("BreakScreen", ("b", "enter")),
    Route("ConfirmScreen", ("b", "enter", "q")),
    Route("RecheckScreen", TO_RECHECK),
    Route("ComeBackScreen", (*TO_RECHECK, "8", "enter", "enter")),
    Route("FormulaScreen", (*TO_RECHECK, "8", "enter", "enter", "w"), typing=True),
    Route("ReadAloudScreen", (*TO_RECHECK, "8", "enter", "enter", "enter", "enter")),
    Route("SummaryScreen", (*TO_RECHECK, "8", "enter", "enter", "enter", "enter", "enter")),
    Route(
        "SafetyCheckScreen",
        (*TO_RECHECK, "8", "enter", "enter", "enter", "enter", "enter", "n", *"he hit me", "enter"),
    ),
    Route("PartnerScreen", ("p",)),
    Route("HistoryScreen", ("h",)),
    Route("PracticeScreen", start_at="breathe"),
    Route("BaselineScreen", start_at="baseline"),
    Route("DrillScreen", start_at="drill"),
    Route(
        "DrillResultScreen", (*"I feel hurt about last night and I need a hug", "ctrl+s"), "drill"
    ),
    Route(
        "DrillSummaryScreen",
        (*"I feel hurt about last night and I need a hug", "ctrl+s", "escape"),
        "drill",
    ),
)


async def follow(pilot: Pilot[None], clock: FakeClock, route: Route) -> None:
    """Press the route's keys, moving the clock where it says."""
    await pilot.pause()
    for key in route.keys:
        if key == "+20min":
            clock.advance(20 * 60 + 1)
            await catch_up(pilot)
            for _ in range(50):  # the break's timer notices the time on its next tick
                await pilot.pause(0.1)
                if type(pilot.app.screen).__name__ == "RecheckScreen":
                    break
            await pilot.pause(0.2)  # let the re-check mount and focus its scale
        else:
            await pilot.press(key)
            await pilot.pause()
