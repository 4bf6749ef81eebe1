"""Every screen: '!' opens the safety screen, and each stays usable in a 40x12 terminal."""

from __future__ import annotations

import pytest
from tests.reliability.screens import ROUTES, Route, follow
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.screen import ModalScreen

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.safety import SafetyScreen
from pausecoach.tui.widgets.breath_timer import BreathTimer
from pausecoach.tui.widgets.wayout import WayOutFooter

IDS = [route.screen for route in ROUTES]


@pytest.mark.parametrize("route", ROUTES, ids=IDS)
async def test_exclamation_mark_opens_help_from_every_screen(
    route: Route, store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock, start_at=route.start_at)
    async with app.run_test(size=(80, 24)) as pilot:
        await follow(pilot, clock, route)
        assert type(app.screen).__name__ == route.screen
        if route.typing:
            # In a text box '!' is a character; escape leaves the box, then '!' works.
            await pilot.press("escape")
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, SafetyScreen), type(app.screen).__name__
        await pilot.press("escape")  # pressed by mistake: back to where you were
        assert not isinstance(app.screen, SafetyScreen)


@pytest.mark.parametrize("route", ROUTES, ids=IDS)
async def test_every_screen_is_usable_at_40x12(
    route: Route, store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock, start_at=route.start_at)
    async with app.run_test(size=(40, 12)) as pilot:
        await follow(pilot, clock, route)
        screen = app.screen
        assert type(screen).__name__ == route.screen
        window = Region(0, 0, 40, 12)
        # The frame fits the window: the title, the body (which scrolls) and the keys.
        frame = [w for w in screen.children if w.display]
        if isinstance(screen, ModalScreen):
            frame = list(screen.query("#dialog"))
        assert frame
        for widget in frame:
            assert window.contains_region(widget.region), (widget, widget.region)
        if not isinstance(screen, ModalScreen):
            footer = screen.query_one(WayOutFooter)
            assert footer.region.bottom == 12 and footer.region.height >= 1
            body = screen.query_one("#body")
            if isinstance(body, VerticalScroll):
                pass  # whatever does not fit can be scrolled to
            elif screen.focused is not None and screen.focused.region.area:
                # A screen built around one list (the check, history): the list is on screen.
                focused = screen.focused.region
                assert window.contains_region(focused) and focused.height >= 3, focused
            elif screen.query(BreathTimer):
                # Built to fit: time left, the pacer's shape and words, and the caution stay.
                timer = screen.query_one(BreathTimer)
                caution = screen.query_one("#caution")
                for part in (timer, caution):
                    assert part.display and window.contains_region(part.region), part
                shown = timer.text()
                assert timer.clock_text in shown and timer.words().split("\n")[0] in shown
                assert set("█▀▄") & set(shown) or timer.reduce_motion, shown
            else:  # e.g. an empty history: its message starts on screen
                shown = [w for w in body.children if w.display and w.region.area]
                assert shown and shown[0].region.y < 11, shown
        # Still works: the step's main key does what it says.
        await pilot.press("exclamation_mark" if not route.typing else "escape")
        assert type(app.screen).__name__ != route.screen or route.screen == "SafetyScreen"
