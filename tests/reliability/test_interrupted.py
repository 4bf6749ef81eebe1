"""A pause cut short is kept as interrupted, mentioned once at the next launch, and can be re-checked."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.pause.interrupted import MENTIONED_DOC
from pausecoach.pause.recorder import PauseRecorder
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.landing import LandingScreen
from pausecoach.tui.screens.recheck import RecheckScreen

SIZE = (80, 24)


def interrupted_break(store: Store, clock: FakeClock) -> str:
    """Save a pause that reached its break and was then cut short; return its id."""
    recorder = PauseRecorder(store, clock)
    recorder.reach("tell")
    recorder.break_planned(20 * 60, None, None)
    recorder.break_started("sigh")
    clock.advance(5 * 60)
    recorder.progress(5 * 60)
    recorder.abandon()
    return recorder.session.id


def landing_text(app: PauseCoachApp) -> str:
    widget = app.screen.query_one("#interrupted", Static)
    return str(widget.render()) if widget.display else ""


async def test_next_launch_mentions_it_once_and_offers_the_recheck(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    old_id = interrupted_break(store, clock)
    clock.advance(60)
    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LandingScreen)
        text = landing_text(app)
        assert "Your last pause was interrupted at 20:19, during the break." in text
        assert "re-check" in text
        assert store.get_document(MENTIONED_DOC) == {"id": old_id, "at": clock.now().isoformat()}
        await pilot.press("r")
        assert isinstance(app.screen, RecheckScreen)
        await pilot.press("8", "enter")
        # Five minutes rested: calm, but too soon for a plain "ready"; the user chooses.
        assert app.screen.readiness.state == "too_soon"  # type: ignore[attr-defined]
        await pilot.press("g")
        await pilot.pause()
    record = store.get_session(old_id)
    assert record is not None and record.ready is False and record.step == "comeback"
    assert record.actual_seconds == 5 * 60
    # The landing row of the new launch was dropped: the re-check continued the old pause.
    assert store.count_sessions() == 1

    again = make_app(settings, store, clock)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert landing_text(again) == ""


async def test_old_or_early_interruptions_are_mentioned_without_a_recheck(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    recorder = PauseRecorder(store, clock)
    recorder.reach("check")
    recorder.abandon()
    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = landing_text(app)
        assert "interrupted at 20:14, during the check." in text
        assert "re-check" not in text
        await pilot.press("r")
        assert isinstance(app.screen, LandingScreen)


async def test_ten_more_minutes_after_a_resumed_recheck_is_a_fresh_ten(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    interrupted_break(store, clock)
    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r", "2", "enter", "plus")
        assert isinstance(app.screen, BreakScreen)
        assert app.screen.timer.countdown.remaining(clock.monotonic()) == 10 * 60


async def test_an_exception_inside_a_screen_keeps_the_pause(
    app: PauseCoachApp, store: Store
) -> None:
    def boom() -> None:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError, match="a bug"):  # Pilot re-raises what the app met
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("b", "enter")
            session_id = app.record.session.id
            app.screen.call_later(boom)
            await pilot.pause()
    assert app.crashed and app.return_code == 1
    record = store.get_session(session_id)
    assert record is not None and record.status == "interrupted" and record.step == "break"
