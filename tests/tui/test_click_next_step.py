"""The next step is a button you can click: the landing's menu rows and the title bar's next step
do what their keys do, at every size."""

from __future__ import annotations

import pytest
from tests.reliability.screens import TO_RECHECK, Route, follow
from textual.geometry import Region

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.screens.base import StepBody
from pausecoach.tui.widgets.menu import DrawnRow, Menu
from pausecoach.tui.widgets.title_bar import TitleBar

SIZES = ((80, 24), (60, 20), (40, 12))


def row(app: PauseCoachApp, words: str) -> tuple[Menu, int, DrawnRow]:
    """The menu, the row's index and where it is drawn, scrolled into view."""
    menu = app.screen.query_one(Menu)
    index = next(i for i, r in enumerate(menu.rows) if r.label.startswith(words))
    drawn = menu.layout_rows(menu.size.width)[index]
    where = menu.virtual_region
    body = app.screen.query_one("#body", StepBody)
    body.scroll_to_region(
        Region(where.x, where.y + drawn.top, drawn.width, len(drawn.lines)),
        animate=False,
        immediate=True,
    )
    return menu, index, drawn


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
        menu, _index, drawn = row(app, words)
        await pilot.pause()
        # The far end of its last line: the whole row is the button.
        offset = (drawn.width - 1, drawn.top + len(drawn.lines) - 1)
        assert await pilot.click(menu, offset=offset)
        await pilot.pause()
        assert type(app.screen).__name__ == screen


async def test_a_click_beside_a_row_or_between_rows_does_nothing(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        menu, _index, drawn = row(app, "Check how flooded")
        assert await pilot.click(menu, offset=(drawn.width, drawn.top))  # just right of it
        assert await pilot.click(menu, offset=(1, drawn.top + 1))  # the gap under the main step
        await pilot.pause()
        assert type(app.screen).__name__ == "LandingScreen"


async def test_the_row_under_the_mouse_is_lit(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        menu, _index, drawn = row(app, "Look back")
        line = drawn.top

        def background() -> object:
            return next(iter(menu.render_line(line))).style.bgcolor  # type: ignore[union-attr]

        plain = background()
        await pilot.hover(menu, offset=(2, line))
        await pilot.pause()
        assert background() != plain
        await pilot.hover(menu, offset=(menu.size.width - 1, line))  # beside it: not lit
        await pilot.pause()
        assert background() == plain


async def test_the_first_row_is_drawn_as_the_main_step(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one(Menu)
        first, second = menu.layout_rows(menu.size.width)[:2]
        assert second.top == first.top + 2  # set apart by a blank line

        def style(line: int) -> object:
            return list(menu.render_line(line))[1].style  # the key, past the row's padding

        assert style(first.top).bgcolor != style(second.top).bgcolor  # type: ignore[union-attr]
        assert style(first.top).bold  # type: ignore[union-attr]


async def test_long_words_wrap_under_the_words_not_under_the_key(app: PauseCoachApp) -> None:
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        menu, _index, drawn = row(app, "My partner needs")
        lines = [menu.render_line(drawn.top + n).text for n in range(len(drawn.lines))]
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
        bar = app.screen.query_one(TitleBar)
        step = next(p for p in bar.parts() if p.name == "next")
        assert 0 <= step.start < step.end <= 40
        assert await pilot.click(bar, offset=(step.end - 1, 0))
        await pilot.pause()
        await pilot.pause()
        if type(app.screen).__name__ == "RecheckScreen":  # enter checks first, then goes on
            bar = app.screen.query_one(TitleBar)
            step = next(p for p in bar.parts() if p.name == "next")
            assert await pilot.click(bar, offset=(step.start, 0))
            await pilot.pause()
        assert type(app.screen).__name__ == after
