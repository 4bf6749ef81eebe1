"""The next step is a button you can click: the landing's menu rows and the title bar's next step
do what their keys do, at every size."""

from __future__ import annotations

import pytest
from tests.reliability.screens import TO_RECHECK, Route, follow

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.widgets.menu import MenuRow
from pausecoach.tui.widgets.wayout import NextStep

SIZES = ((80, 24), (60, 20), (40, 12))


def row(app: PauseCoachApp, words: str) -> MenuRow:
    return next(r for r in app.screen.query(MenuRow) if r.label.startswith(words))


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize(
    "words,screen",
    [
        ("Check how flooded", "CheckScreen"),
        ("Break now", "TellScreen"),
        ("My partner needs", "PartnerScreen"),
        ("Look back", "HistoryScreen"),
        ("Not safe", "SafetyScreen"),
    ],
)
async def test_clicking_a_landing_row_does_what_its_key_does(
    app: PauseCoachApp, size: tuple[int, int], words: str, screen: str
) -> None:
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        target = row(app, words)
        target.scroll_visible(animate=False)
        await pilot.pause()
        assert await pilot.click(target)
        await pilot.pause()
        assert type(app.screen).__name__ == screen


async def test_the_first_row_is_drawn_as_the_main_step(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = list(app.screen.query(MenuRow))
        assert rows[0].has_class("-primary") and not any(r.has_class("-primary") for r in rows[1:])
        assert rows[0].styles.background != rows[1].styles.background


async def test_long_words_wrap_under_the_words_not_under_the_key(app: PauseCoachApp) -> None:
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        partner = row(app, "My partner needs")
        lines = [strip.text for strip in partner.render_lines(partner.region.reset_offset)]
        shown = [line for line in lines if line.strip()]
        assert len(shown) >= 2, shown  # it wraps at 40 columns
        indent = len(shown[0]) - len(shown[0].lstrip()) + len("p   ")
        assert shown[1].startswith(" " * indent), shown


@pytest.mark.parametrize(
    "route,after",
    [
        (Route("LandingScreen"), "CheckScreen"),
        (Route("TellScreen", ("b",)), "BreakScreen"),
        (Route("RecheckScreen", (*TO_RECHECK, "8")), "ComeBackScreen"),
    ],
    ids=lambda value: getattr(value, "screen", value),
)
async def test_clicking_the_next_step_in_the_title_bar_takes_it(
    route: Route, after: str, store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await follow(pilot, clock, route)
        assert type(app.screen).__name__ == route.screen
        step = app.screen.query_one(NextStep)
        assert app.screen.region.contains_region(step.region)
        assert await pilot.click(step)
        await pilot.pause()
        await pilot.pause()
        if type(app.screen).__name__ == "RecheckScreen":  # enter checks first, then goes on
            assert await pilot.click(app.screen.query_one(NextStep))
            await pilot.pause()
        assert type(app.screen).__name__ == after
