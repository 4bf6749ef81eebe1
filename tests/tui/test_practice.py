"""`pausecoach breathe` and `pausecoach baseline` in the app, with a fake clock."""

from __future__ import annotations

from tests.pilot_time import catch_up

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.documents.baseline import load_baseline
from pausecoach.storage.store import SessionFilter, Store
from pausecoach.tui.app import make_app
from pausecoach.tui.dialogs.pulse import PulseCountScreen
from pausecoach.tui.screens.done import DoneScreen
from pausecoach.tui.screens.practice import BaselineScreen, PracticeScreen

SIZE = (80, 24)


async def test_breathe_saves_a_practice_session(store: Store, clock: FakeClock) -> None:
    app = make_app(Settings(bell=False), store, clock, start_at="breathe", minutes=3, pattern="box")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.flow.pattern_id == "box"
        clock.advance(3 * 60 + 1)
        await catch_up(pilot)
        assert isinstance(app.screen, DoneScreen)
        await pilot.press("enter")
    [record] = store.list_sessions(SessionFilter(kind="practice"))
    assert record.status == "completed" and record.kind == "practice"
    assert record.pattern == "box" and record.planned_seconds == 180
    assert store.count_sessions(SessionFilter(kind="pause")) == 0


async def test_baseline_breathes_two_minutes_then_counts(store: Store, clock: FakeClock) -> None:
    app = make_app(Settings(bell=False), store, clock, start_at="baseline")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BaselineScreen)
        clock.advance(119)
        await catch_up(pilot)
        assert isinstance(app.screen, BaselineScreen)
        clock.advance(2)
        await catch_up(pilot)
        assert isinstance(app.screen, PulseCountScreen)
        await pilot.press("enter")
        clock.advance(31)
        await catch_up(pilot)
        await pilot.press("3", "2", "enter")
        await pilot.pause()
        await pilot.pause()  # the count's answer goes through the flow coordinator
        assert isinstance(app.screen, DoneScreen)
        assert "64 bpm" in app.screen.headline
    baseline = load_baseline(store)
    assert baseline is not None and baseline.bpm == 64
    assert store.count_sessions() == 0  # a baseline is not a pause


async def test_recheck_uses_the_measured_baseline(store: Store, clock: FakeClock) -> None:
    from pausecoach.documents.baseline import save_baseline

    save_baseline(store, 60, clock.now())
    app = make_app(Settings(bell=False, resting_pulse=80), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.resting_pulse == 60
        assert app.record.session.resting_pulse == 60
