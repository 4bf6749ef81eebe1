"""During a break, a brief reminder of the saved cycle; at the summary, the quiet help line."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.pilot_time import catch_up
from textual.widgets import Static

from pausecoach.clock import FakeClock
from pausecoach.content import catalog
from pausecoach.core.cycle import CycleMap
from pausecoach.documents.cycle import save_cycle
from pausecoach.documents.help_line import last_shown
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.summary import SummaryScreen
from pausecoach.tui.widgets.breath_timer import BreathTimer

ANSWERS = {
    "my_move": "push for an answer and follow them from room to room",
    "my_feeling": "scared",
    "my_longing": "to know we're okay",
    "their_move": "He goes quiet and turns his back",
    "their_feeling": "blamed",
    "my_next": "push even harder",
}


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_break_shows_the_cycle_briefly_and_it_fits(
    app: PauseCoachApp, store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    save_cycle(store, CycleMap.from_answers(ANSWERS, clock.now()))
    async with app.run_test(size=size) as pilot:
        await pilot.press("b", "enter")
        assert isinstance(app.screen, BreakScreen)
        await pilot.pause()
        timer = app.screen.query_one(BreathTimer)
        text = timer.aside_shown().get("cycle", "")
        assert text.startswith("The cycle, not the person")
        assert "you go quiet and turn your back" in text
        assert list(timer.aside_shown()) == ["idea", "cycle", "guard"][: len(timer.aside_shown())]
        shown = " ".join(timer.text().split())
        assert text in shown, "the reminder is drawn whole"
        caution = app.screen.query_one("#caution", Static)
        assert timer.region.bottom <= caution.region.y, "the reminder must not run into the caution"
        clock.advance(100)  # "briefly": gone after the first minute or so
        await catch_up(pilot)
        assert "cycle" not in timer.aside_shown()
        clock.advance(200)  # and back a few minutes later
        await catch_up(pilot)
        assert "cycle" in timer.aside_shown()


async def test_without_a_cycle_map_the_break_shows_no_reminder(app: PauseCoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")
        await pilot.pause()
        assert "cycle" not in app.screen.query_one(BreathTimer).aside_shown()


async def _to_summary(app: PauseCoachApp, pilot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("b", "enter")
    clock.advance(20 * 60 + 1)
    await catch_up(pilot)
    await pilot.press("8", "enter", "g")
    await pilot.pause()
    await pilot.press("s")
    assert isinstance(app.screen, SummaryScreen)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_heavy_fortnight_adds_one_quiet_line_to_the_summary_once_a_week(
    app: PauseCoachApp, store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    for days in (2, 5):
        store.save_session(
            PauseSession(started_at=clock.now() - timedelta(days=days), status="completed")
        )
    async with app.run_test(size=size) as pilot:
        await _to_summary(app, pilot, clock)
        line = app.screen.query_one("#help-line", Static)
        assert str(line.render()) == catalog.help_directories().heavy_pattern
        assert line.display and line.region.height >= 2
        assert line.region.bottom <= app.screen.size.height - 1
    assert last_shown(store) is not None


async def test_the_line_is_not_repeated_within_a_week(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    for days in (1, 2, 3):
        store.save_session(
            PauseSession(started_at=clock.now() - timedelta(days=days), status="completed")
        )
    store.put_document("help_line_shown", {"at": (clock.now() - timedelta(days=2)).isoformat()})
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_summary(app, pilot, clock)
        assert not app.screen.query("#help-line")
