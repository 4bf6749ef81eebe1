"""Each flow step's primary action is a button with its key on it; a click does what the key does.

Reached as a user would (keys from launch); then the button is clicked, not the key pressed.
"""

from __future__ import annotations

import pytest
from tests.pilot_time import until
from tests.reliability.screens import ROUTES, TO_RECHECK, Route, follow
from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.widgets.action_button import ActionButton

ROUTE = {route.screen: route for route in ROUTES}
SIZES = ((80, 24), (40, 12))


def name(app: PauseCoachApp) -> str:
    return type(app.screen).__name__


def button(app: PauseCoachApp) -> ActionButton:
    return app.screen.query_one("#primary-action", ActionButton)


async def click(pilot: Pilot[None]) -> None:
    app = pilot.app
    found = button(app)  # type: ignore[arg-type]
    found.scroll_visible(animate=False)  # a short window scrolls the body to it, as a user would
    # Textual ignores a click while the button still shows the last one (0.2 s): wait it out,
    # as a person's second click would.
    await until(pilot, lambda: not found.has_class("-active"), "the button to settle")
    await pilot.pause()
    assert await pilot.click("#primary-action")
    await pilot.pause()
    await pilot.pause()


async def reach(pilot: Pilot[None], clock: FakeClock, route: Route, want: str) -> None:
    await follow(pilot, clock, route)
    assert name(pilot.app) == want  # type: ignore[arg-type]


@pytest.fixture
def launch(store: Store, clock: FakeClock) -> PauseCoachApp:
    return make_app(Settings(bell=False, notify=False), store, clock)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("screen", "key", "words", "then"),
    [
        ("VerdictScreen", "enter", "Take a 10-minute break", "TellScreen"),  # rising: 10
        ("TellScreen", "enter", "Start the break", "BreakScreen"),
        ("ReadAloudScreen", "enter", "Done: on to the summary", "SummaryScreen"),
    ],
)
async def test_a_click_moves_on_as_the_key_does(
    launch: PauseCoachApp,
    clock: FakeClock,
    size: tuple[int, int],
    screen: str,
    key: str,
    words: str,
    then: str,
) -> None:
    async with launch.run_test(size=size) as pilot:
        await reach(pilot, clock, ROUTE[screen], screen)
        shown = button(launch)
        assert (shown.key, shown.words) == (key, words)
        assert shown.region.height == (3 if size == (80, 24) else 1)  # one line when short
        await click(pilot)
        assert name(launch) == then


async def test_verdict_calm_enough_offers_the_talk(launch: PauseCoachApp, clock: FakeClock) -> None:
    async with launch.run_test(size=(80, 24)) as pilot:
        await reach(pilot, clock, Route("VerdictScreen", ("enter", "enter")), "VerdictScreen")
        assert (button(launch).key, button(launch).words) == ("c", "Choose how to say it")
        await click(pilot)
        assert name(launch) == "ComeBackScreen"


@pytest.mark.parametrize("size", SIZES)
async def test_recheck_button_follows_the_answer(
    launch: PauseCoachApp, clock: FakeClock, size: tuple[int, int]
) -> None:
    async with launch.run_test(size=size) as pilot:
        await reach(pilot, clock, Route("RecheckScreen", TO_RECHECK), "RecheckScreen")
        assert button(launch).words == "See if I'm ready"
        await pilot.press("8")
        await click(pilot)
        assert name(launch) == "RecheckScreen"
        assert button(launch).words == "Choose how to open the talk"
        assert launch.focused is not None and launch.focused.id == "calm"  # arrows still work
        await pilot.press("2")  # not settled after all: the button becomes "ten more minutes"
        await pilot.press("enter")
        await pilot.pause()
        assert (button(launch).key, button(launch).words) == ("+", "Ten more minutes (recommended)")
        await click(pilot)
        assert name(launch) == "BreakScreen"


async def test_recheck_ready_click_goes_to_the_words(
    launch: PauseCoachApp, clock: FakeClock
) -> None:
    async with launch.run_test(size=(80, 24)) as pilot:
        await reach(
            pilot, clock, Route("RecheckScreen", (*TO_RECHECK, "8", "enter")), "RecheckScreen"
        )
        await click(pilot)
        assert name(launch) == "ComeBackScreen"


@pytest.mark.parametrize("size", SIZES)
async def test_come_back_click_chooses_like_enter(
    launch: PauseCoachApp, clock: FakeClock, size: tuple[int, int]
) -> None:
    async with launch.run_test(size=size) as pilot:
        await reach(pilot, clock, ROUTE["ComeBackScreen"], "ComeBackScreen")
        await click(pilot)  # the topic: on to its lines, as enter does
        assert name(launch) == "ComeBackScreen"
        assert launch.focused is not None and launch.focused.id == "lines"
        await click(pilot)  # the highlighted line
        assert name(launch) == "ReadAloudScreen"


async def test_summary_click_finishes(launch: PauseCoachApp, clock: FakeClock) -> None:
    async with launch.run_test(size=(80, 24)) as pilot:
        await reach(pilot, clock, ROUTE["SummaryScreen"], "SummaryScreen")
        recorder = launch.recorder
        assert recorder is not None
        await click(pilot)
        assert recorder.session.status == "completed"


async def test_the_button_shows_a_rebound_key(store: Store, clock: FakeClock) -> None:
    app = make_app(Settings(bell=False, keys={"tell-start": "s"}), store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await reach(pilot, clock, ROUTE["TellScreen"], "TellScreen")
        assert button(app).key == "s"
        assert str(button(app).label).startswith(" s ")
