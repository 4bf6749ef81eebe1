"""A screen left behind gives its memory back: its widgets and their rendered lines are freed."""

from __future__ import annotations

import weakref

from textual._styles_cache import StylesCache
from textual.color import Color

from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.flow import SWEEP_AFTER_SECONDS
from pausecoach.tui.screens.check import CheckScreen
from pausecoach.tui.screens.verdict import VerdictScreen
from pausecoach.tui.sweep import sweep_left_screens
from pausecoach.tui.widgets.signs import SignRow


def test_the_sweep_lets_go_of_a_line_cache_textual_would_keep() -> None:
    cache = StylesCache()
    cache.get_inner_outer(Color(0, 0, 0), Color(10, 10, 10))
    gone = weakref.ref(cache)
    del cache
    sweep_left_screens()
    assert gone() is None


async def test_the_signs_screen_is_freed_once_the_verdict_shows(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, CheckScreen)
        await pilot.press("space", "down", "space")
        await pilot.pause()
        rows = list(app.screen.query(SignRow))
        assert len(rows) > 5
        widgets = [weakref.ref(row) for row in rows]
        line_caches = [weakref.ref(row._styles_cache) for row in rows]
        del rows
        await pilot.press("enter")
        assert isinstance(app.screen, VerdictScreen)
        await pilot.pause(SWEEP_AFTER_SECONDS + 0.5)
        assert not [ref for ref in widgets if ref() is not None]
        assert not [ref for ref in line_caches if ref() is not None]
