"""Every flow screen at 80x24, 60x20 and 40x12: fixed clock, in-memory store, no cursor blink."""

from __future__ import annotations

from typing import Any

import pytest
from tests.reliability.screens import ROUTES, Route, follow
from textual.containers import ScrollableContainer
from textual.pilot import Pilot
from textual.widgets import Input

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.documents.fear import remember_no
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app

FLOW = {
    "LandingScreen", "CheckScreen", "VerdictScreen", "TellScreen", "BreakScreen", "RecheckScreen",
    "ComeBackScreen", "ReadAloudScreen", "SummaryScreen", "PartnerScreen",
}  # fmt: skip
CASES = [*(r for r in ROUTES if r.screen in FLOW), Route("SafetyScreen", ("exclamation_mark",))]
SIZES = ((80, 24), (60, 20), (40, 12))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("route", CASES, ids=[r.screen for r in CASES])
def test_screen_at_size(snap_compare: Any, route: Route, size: tuple[int, int]) -> None:
    clock = FakeClock()
    store = Store.in_memory()
    remember_no(store, clock.now())  # the fear question was answered on an earlier day
    app = make_app(Settings(bell=False), store, clock, start_at=route.start_at)

    async def reach(pilot: Pilot[None]) -> None:
        await follow(pilot, clock, route)
        for box in app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause(0.3)
        # Where a small window's body rests depends on whether a notice line or the focus came
        # first; from the top, then scrolled to the focused widget, it rests in one place.
        for body in app.screen.query(ScrollableContainer):
            body.scroll_home(animate=False, immediate=True)
        if app.screen.focused is not None:
            app.screen.focused.scroll_visible(animate=False, immediate=True)
        await pilot.pause(0.1)

    assert snap_compare(app, run_before=reach, terminal_size=size)
