"""The way out is never hidden: "Not safe" and the next step's key are drawn on every screen and
dialog at 80x24, 60x20 and 40x12, text boxes included; notices never pile up or cover help."""

from __future__ import annotations

import pytest
from tests.reliability.screens import ROUTES, TO_RECHECK, Route, follow
from tests.tui.screen_text import screen_text
from textual.widgets import Input, TextArea

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.screens.recheck import RecheckScreen
from pausecoach.tui.screens.safety import SafetyScreen
from pausecoach.tui.widgets.notice_line import NoticeLine
from pausecoach.tui.widgets.title_bar import TitleBar
from pausecoach.tui.widgets.wayout import TEXT_BOX_KEY, WayOutFooter

SIZES = ((80, 24), (60, 20), (40, 12))
TO_SUMMARY = (*TO_RECHECK, "8", "enter", "enter", "enter", "enter", "enter")
EXTRA = (
    Route("SafetyScreen", ("exclamation_mark",)),
    Route("PartnerScreen", ("p", "y"), typing=True),  # the time box has the cursor
    Route("SummaryScreen", (*TO_SUMMARY, "n"), typing=True),  # the note box has the cursor
    Route("PulseCountScreen", ("enter", "c", "t"), typing=True),
)
ALL = (*ROUTES, *EXTRA)


@pytest.mark.parametrize("route", ALL, ids=[f"{r.screen}{'-typing' * r.typing}" for r in ALL])
async def test_not_safe_and_the_next_key_are_on_screen_at_every_size(
    route: Route, store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock, start_at=route.start_at)
    async with app.run_test(size=SIZES[0]) as pilot:
        await follow(pilot, clock, route)
        assert type(app.screen).__name__ == route.screen
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            text = screen_text(app)
            assert "Not safe" in text, (size, text)
            if route.typing:
                assert f"{TEXT_BOX_KEY} Not safe" in text, (size, text)
            screen = app.screen
            if isinstance(screen, FlowScreen) and screen.PRIMARY is not None:
                bar = screen.query_one(TitleBar)
                assert bar.next_text() and bar.next_text() in text, (size, text)
            if isinstance(screen, FlowScreen):  # the footer ends with the way out, uncut
                footer = text.rstrip("\n").splitlines()[-1].rstrip()
                typing = isinstance(screen.focused, Input | TextArea)
                safety = TEXT_BOX_KEY.replace("ctrl+", "^") if typing else "!"
                assert footer.endswith(f"{safety} Not safe"), (size, footer)
                if not typing:
                    assert "q Quit" in footer, (size, footer)


@pytest.mark.parametrize("route", [r for r in ALL if r.typing], ids=lambda r: r.screen)
async def test_the_text_box_key_opens_help(
    route: Route, store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock, start_at=route.start_at)
    async with app.run_test(size=(60, 20)) as pilot:
        await follow(pilot, clock, route)
        await pilot.press(TEXT_BOX_KEY)
        await pilot.pause()
        assert isinstance(app.screen, SafetyScreen)


async def test_clicking_not_safe_in_the_footer_opens_help(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("b", "enter")  # the break: the longest footer
        await pilot.pause()
        footer = app.screen.query_one(WayOutFooter)
        assert app.screen.region.contains_region(footer.region)
        safety = footer.placed[-1]
        assert safety.item.action == "safety" and safety.end == footer.size.width - 1
        assert await pilot.click(footer, offset=(safety.start, 0))
        await pilot.pause()
        assert isinstance(app.screen, SafetyScreen)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
async def test_clicking_a_footer_key_presses_it(
    size: tuple[int, int], store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(WayOutFooter)
        shown = {p.item.description: p for p in footer.placed}
        assert "Break now" in shown and "Quit" in shown and "Not safe" in shown
        text = screen_text(app).rstrip("\n").splitlines()[-1]
        for placed in shown.values():  # the hit box is where the words are drawn
            assert placed.item.description[:3] in text[placed.start : placed.end], text
        assert await pilot.click(footer, offset=(shown["Break now"].end - 1, 0))
        await pilot.pause()
        assert type(app.screen).__name__ == "TellScreen"


async def test_a_footer_key_is_lit_under_the_mouse(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(WayOutFooter)
        quit_key = next(p for p in footer.placed if p.item.description == "Quit")
        plain = footer.render().get_style_at_offset(app.console, quit_key.start)
        await pilot.hover(footer, offset=(quit_key.start, 0))
        await pilot.pause()
        lit = footer.render().get_style_at_offset(app.console, quit_key.start)
        assert lit.bgcolor != plain.bgcolor
        await pilot.hover(app.screen.query_one("#body"))
        await pilot.pause()
        assert footer.render().get_style_at_offset(app.console, quit_key.start) == plain


async def test_clicking_not_safe_opens_help(app: object) -> None:
    from pausecoach.tui.app import PauseCoachApp

    assert isinstance(app, PauseCoachApp)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(TitleBar)
        way_out = next(p for p in bar.parts() if p.name == "way-out")
        assert way_out.end == 40 and "Not safe" in screen_text(app).splitlines()[0]
        assert await pilot.click(bar, offset=(way_out.start, 0))
        await pilot.pause()
        assert isinstance(app.screen, SafetyScreen)


# ---------------------------------------------------------------- notices
async def test_a_notice_is_cleared_when_the_screen_changes(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify("about the landing screen", timeout=60)
        await pilot.press("enter")  # to the check
        await pilot.pause()
        assert type(app.screen).__name__ == "CheckScreen"
        assert not app._notifications
        assert "about the landing" not in screen_text(app)


async def test_at_most_one_notice_at_a_time(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify("a first thing to say", timeout=60)
        app.notify("a second thing to say", timeout=60)
        await pilot.pause()
        await pilot.pause()
        assert len(app._notifications) == 1
        assert "a second thing" in screen_text(app)
        assert "a first thing" not in screen_text(app)


async def test_no_notice_covers_the_safety_screen(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await pilot.press("b", "enter", "2")  # a pattern notice, then help
        await pilot.pause()
        assert app._notifications
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, SafetyScreen)
        assert not app._notifications
        app.notify("a late notice", timeout=60)  # said while help is open: not drawn over it
        await pilot.pause()
        assert "a late notice" not in screen_text(app)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
async def test_a_notice_takes_its_own_room_and_covers_nothing(
    size: tuple[int, int], store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=size, notifications=True) as pilot:
        await follow(pilot, clock, Route("RecheckScreen", TO_RECHECK))
        assert isinstance(app.screen, RecheckScreen)
        app.notify("Your break is over; a longer notice that wraps in a narrow window.", timeout=60)
        await pilot.pause()
        await pilot.pause()
        line = app.screen.query_one(NoticeLine)
        assert line.display and line.region.height >= 1
        body = app.screen.query_one("#body")
        for part in (body, app.screen.query_one("#title-bar"), app.screen.query_one(WayOutFooter)):
            assert not line.region.overlaps(part.region), part
        assert "Your break is over" in screen_text(app)
        # The step's keys are still there to be read (scrolled to, if the window is short).
        keys = app.screen.query_one("#more-keys")
        keys.scroll_visible(animate=False)
        await pilot.pause()
        assert body.region.contains_region(keys.region.intersection(body.region))
        assert keys.region.intersection(body.region).height >= 1
        assert not line.region.overlaps(keys.region)


async def test_a_notice_line_goes_when_its_time_is_up(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await pilot.pause()
        app.notify("soon gone", timeout=0.2)
        await pilot.pause()
        line = app.screen.query_one(NoticeLine)
        assert line.display
        await pilot.pause(0.5)
        assert not line.display and "soon gone" not in screen_text(app)


async def test_the_footer_is_rebuilt_only_when_its_keys_change(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(WayOutFooter)
        keys = footer.placed
        assert keys
        app.screen.refresh_bindings()  # "may have changed", but nothing did
        await pilot.pause()
        await pilot.pause()
        assert all(a.item is b.item for a, b in zip(footer.placed, keys, strict=True))
        await pilot.press("p")  # the partner screen: other keys, a footer of its own
        await pilot.pause()
        assert "Not safe" in screen_text(app).splitlines()[-1]


async def test_the_title_bars_way_out_and_next_step_are_lit_under_the_mouse(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(TitleBar)
        parts = {part.name: part for part in bar.parts()}

        def background(x: int) -> object:
            return bar.render().get_style_at_offset(app.console, x).bgcolor

        for name in ("way-out", "next"):
            x = parts[name].start + 1
            plain = background(x)
            await pilot.hover(bar, offset=(x, 0))
            await pilot.pause()
            assert background(x) != plain, name
            await pilot.hover(app.screen.query_one("#body"))
            await pilot.pause()
            assert background(x) == plain, name
