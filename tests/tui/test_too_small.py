"""Below 40×12 a notice covers the screen and offers `pausecoach --plain`; keys keep working."""

from __future__ import annotations

from tests.tui.harness import Harness
from textual.geometry import Size
from textual.widgets import Footer, Static

from pausecoach.tui.widgets.too_small import MIN_SIZE, TooSmall, too_small


def test_the_threshold() -> None:
    assert not too_small(MIN_SIZE)
    assert too_small(Size(MIN_SIZE.width - 1, 40))
    assert too_small(Size(200, MIN_SIZE.height - 1))


async def test_the_notice_comes_and_goes_with_the_window() -> None:
    app = Harness()
    async with app.run_test(size=(38, 10)) as pilot:
        await pilot.pause()
        notice = app.screen.query_one(TooSmall)
        words = " ".join(str(s.render()) for s in notice.query(Static))
        assert "pausecoach --plain" in words
        assert "38 × 10" in words
        assert notice.region == app.screen.region
        assert not app.screen.query_one(Footer).display  # its keys would not fit anyway
        await pilot.resize_terminal(36, 9)
        await pilot.pause()
        assert "36 × 9" in " ".join(str(s.render()) for s in notice.query(Static))
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.query(TooSmall)
        assert app.screen.query_one(Footer).display


async def test_help_is_still_one_key_away() -> None:
    app = Harness()
    async with app.run_test(size=(30, 8)) as pilot:
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert app.done == ["safety"]
