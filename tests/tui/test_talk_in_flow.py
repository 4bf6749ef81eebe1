"""After the opening line: talk in turns, and "I'm flooding again" is another break with a new time."""

from __future__ import annotations

from tests.pilot_time import catch_up

from pausecoach.clock import FakeClock
from pausecoach.core.countdown import format_clock
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.readaloud import ReadAloudScreen
from pausecoach.tui.screens.recheck import RecheckScreen
from pausecoach.tui.screens.summary import SummaryScreen
from pausecoach.tui.screens.talk import TalkScreen
from pausecoach.tui.widgets.breath_timer import BreathTimer

SIZE = (80, 24)


async def to_the_opening_line(app: PauseCoachApp, pilot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    """A whole 20-minute break, ready at the re-check, a topic's first line."""
    await pilot.press("b", "enter")
    clock.advance(20 * 60 + 1)
    await catch_up(pilot)
    await pilot.pause(0.3)
    assert isinstance(app.screen, RecheckScreen)
    await pilot.press("8", "enter", "enter")
    await pilot.press("enter", "enter")
    await pilot.pause()
    assert isinstance(app.screen, ReadAloudScreen)


async def test_talk_in_turns_then_the_summary(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await to_the_opening_line(app, pilot, clock)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TalkScreen)
        await pilot.press("enter", "enter", "enter")  # one turn, said back, swapped
        await pilot.press("e", *"Walk on Sunday", "enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, SummaryScreen)
        session_id = app.record.session.id
    talks = store.documents_named("talk/")
    assert talks and any(body.get("pause_id") == session_id for _, body in talks)


async def test_flooding_again_is_another_break_with_a_new_time(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await to_the_opening_line(app, pilot, clock)
        first_promise = app.record.session.return_at
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause(0.3)
        assert isinstance(app.screen, BreakScreen)
        promise = app.record.session.return_at
        assert promise is not None and first_promise is not None and promise > first_promise
        times = app.screen.timer.times_line
        assert f"back with your partner at {format_clock(promise)}" in times
        saved = store.get_session(app.record.session.id)
        assert saved is not None and saved.step == "break"
        assert [e.seconds for e in saved.extensions] == [20 * 60]


async def test_first_words_chosen_in_the_last_minutes_wait_at_the_come_back(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    from pausecoach.content import catalog
    from pausecoach.tui.screens.comeback import ComeBackScreen

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        clock.advance(16 * 60)  # four minutes left
        await catch_up(pilot)
        assert catalog.flow().prepare in app.screen.query_one(BreathTimer).aside_shown()["guard"]
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"worried", "tab", *"the bills", "tab", *"a plan for Sunday", "ctrl+s")
        await pilot.pause()
        words = app.flow.startup_text
        assert words and "worried" in words
        clock.advance(4 * 60 + 1)
        await catch_up(pilot)
        await pilot.pause(0.3)
        await pilot.press("8", "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ComeBackScreen)
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadAloudScreen)
        assert app.flow.startup_text == words
