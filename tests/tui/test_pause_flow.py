"""The whole pause flow, driven by keys, with a fake clock: a 20-minute break in test time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.pilot_time import catch_up
from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.content import catalog
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.dialogs.pulse import PulseCountScreen
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.check import CheckScreen
from pausecoach.tui.screens.comeback import ComeBackScreen
from pausecoach.tui.screens.landing import LandingScreen
from pausecoach.tui.screens.readaloud import ReadAloudScreen
from pausecoach.tui.screens.recheck import RecheckScreen
from pausecoach.tui.screens.summary import SummaryScreen
from pausecoach.tui.screens.tell import TellScreen
from pausecoach.tui.screens.verdict import VerdictScreen

SIZE = (80, 24)


async def settle(pilot: Pilot[None], seconds: float = 0.3) -> None:
    """Let the app catch up after the fake clock moved (a tick now, then a short wait)."""
    await catch_up(pilot)
    await pilot.pause(seconds)


async def count_pulse(pilot: Pilot[None], clock: FakeClock, beats: str) -> None:
    """Press c, run the 30-second guided count on the fake clock, and type the beats."""
    await pilot.press("c")
    assert isinstance(pilot.app.screen, PulseCountScreen)
    await pilot.press("f")  # the window key works: no hidden field swallows it
    assert pilot.app.screen.stage == "ready" and pilot.app.screen.window == 15
    await pilot.press("f", "enter")
    assert pilot.app.screen.stage == "counting" and pilot.app.screen.window == 30
    clock.advance(30)
    await settle(pilot)
    assert pilot.app.screen.stage == "entry"
    await pilot.press(*beats, "enter")
    await pilot.pause()


async def test_whole_flow_saves_a_completed_pause(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    started = clock.now()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, LandingScreen)
        session_id = app.record.session.id
        assert store.get_session(session_id) is not None  # a row exists from the first screen

        await pilot.press("enter")
        assert isinstance(app.screen, CheckScreen)
        await pilot.press("space", "down", "space", "down", "space")  # three body signs
        await count_pulse(pilot, clock, "56")  # 56 beats in 30 s = 112 bpm
        assert isinstance(app.screen, CheckScreen)
        saved = store.get_session(session_id)
        assert saved is not None and saved.pulse_before == 112  # saved before the verdict
        await pilot.press("enter")
        assert isinstance(app.screen, VerdictScreen)
        assert app.flow.assessment is not None and app.flow.assessment.level == "flooded"
        saved = store.get_session(session_id)
        assert saved is not None and saved.verdict == "flooded" and saved.status == "in_progress"

        await pilot.press("enter")
        assert isinstance(app.screen, TellScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, BreakScreen)
        break_began = clock.now()
        on_break = store.get_session(session_id)
        assert on_break is not None and on_break.step == "break"
        assert on_break.planned_seconds == 20 * 60 and on_break.return_at is not None

        clock.advance(10 * 60)
        await settle(pilot)
        assert isinstance(app.screen, BreakScreen)
        clock.advance(10 * 60 + 1)
        await settle(pilot, 0.5)
        assert isinstance(app.screen, RecheckScreen)

        await count_pulse(pilot, clock, "36")  # 72 bpm
        await pilot.press("8", "enter")
        assert app.screen.readiness is not None and app.screen.readiness.ready  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert isinstance(app.screen, ComeBackScreen)
        await pilot.press("enter", "enter")  # topic, then its first line
        assert isinstance(app.screen, ReadAloudScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("n")
        await pilot.press(*"walk first")
        await pilot.press("enter")
        await pilot.pause()

    record = store.get_session(session_id)
    assert record is not None
    assert record.status == "completed" and record.kind == "pause" and record.role == "flooded"
    assert record.started_at == started
    assert record.ended_at is not None and record.ended_at >= record.started_at + timedelta(
        minutes=20
    )
    assert record.signs == ["heart", "breath", "hot"]
    assert record.verdict == "flooded"
    assert record.verdict_reasons == [
        "Your pulse is 112 bpm, at or above your limit of 100.",
        "You ticked 3 signs; 3 or more usually means flooded.",
    ]
    assert (record.pulse_before, record.pulse_after) == (112, 72)
    assert [(p.when, p.bpm, p.beats, p.window_seconds) for p in record.pulses] == [
        ("before", 112, 56, 30),
        ("after", 72, 36, 30),
    ]
    assert record.planned_seconds == 20 * 60
    assert record.actual_seconds is not None and abs(record.actual_seconds - 20 * 60) <= 2
    assert record.extensions == []
    assert record.pattern == "sigh" and record.patterns == ["sigh"]
    assert record.break_started_at == break_began.replace(microsecond=0)
    # told at 20:14:30 (after the 30 s count): the end of a 20 min break, rounded up, no buffer
    assert break_began == datetime(2026, 11, 18, 20, 14, 30, tzinfo=UTC)
    assert record.return_at == datetime(2026, 11, 18, 20, 35, tzinfo=UTC)
    assert record.tell_text is not None and "20:35" in record.tell_text
    assert record.calm_score == 8 and record.ready is True
    assert record.back_on_time is True
    expected = catalog.scripts().topics[0]
    assert record.startup_topic == expected.id == "chores"
    assert record.startup_text == expected.scripts[0]
    assert record.note == "walk first"
    assert [e.step for e in record.timeline] == [
        "land",
        "check",
        "verdict",
        "tell",
        "break",
        "recheck",
        "comeback",
        "summary",
    ]


async def test_break_now_skips_the_check(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        assert isinstance(app.screen, TellScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, BreakScreen)
        record = store.get_session(app.record.session.id)
        assert record is not None and record.verdict is None and record.step == "break"


async def test_countdown_follows_the_clock_not_the_ticks(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        screen = app.screen
        assert isinstance(screen, BreakScreen)
        clock.advance(7 * 60 + 30)  # one big jump, as if ticks were missed
        await settle(pilot)
        left = screen.timer.countdown.remaining(clock.monotonic())
        assert left == 12 * 60 + 30
        digits = screen.timer.clock_text
        assert digits == "12:30"


async def test_pause_resume_and_extend(app: PauseCoachApp, store: Store, clock: FakeClock) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        screen = app.screen
        assert isinstance(screen, BreakScreen)
        clock.advance(60)
        await pilot.press("space")
        clock.advance(300)  # paused: no time passes on the break
        await settle(pilot)
        assert screen.timer.countdown.remaining(clock.monotonic()) == 19 * 60
        await pilot.press("space", "plus")
        assert screen.timer.countdown.remaining(clock.monotonic()) == 24 * 60
        record = store.get_session(app.record.session.id)
        assert record is not None and [e.seconds for e in record.extensions] == [300]


async def test_end_early_asks_once_under_twenty_minutes(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        clock.advance(5 * 60)
        await pilot.press("e")
        assert app.screen.__class__.__name__ == "ConfirmScreen"
        await pilot.press("n")
        assert isinstance(app.screen, BreakScreen)
        await pilot.press("e", "y")
        assert isinstance(app.screen, RecheckScreen)
        assert app.record.session.actual_seconds == 5 * 60


async def test_not_ready_offers_ten_more_minutes(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        clock.advance(20 * 60 + 1)
        await settle(pilot, 0.5)
        assert isinstance(app.screen, RecheckScreen)
        await pilot.press("2", "enter")  # calm 2/10: not ready
        assert app.screen.readiness is not None and not app.screen.readiness.ready  # type: ignore[attr-defined]
        await pilot.press("plus")
        assert isinstance(app.screen, BreakScreen)
        assert app.screen.timer.countdown.remaining(clock.monotonic()) == 10 * 60
        record = store.get_session(app.record.session.id)
        assert record is not None
        assert [(e.seconds, e.reason) for e in record.extensions] == [(600, "not_ready")]


async def test_quit_during_break_asks_then_keeps_an_interrupted_record(
    app: PauseCoachApp, store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        session_id = app.record.session.id
        await pilot.press("q")
        assert app.screen.__class__.__name__ == "ConfirmScreen"
        await pilot.press("y")
        await pilot.pause()
    record = store.get_session(session_id)
    assert record is not None and record.status == "interrupted" and record.step == "break"


async def test_quitting_at_once_leaves_no_record(app: PauseCoachApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert store.count_sessions() == 0


async def test_ctrl_c_quits_from_the_break_without_asking(app: PauseCoachApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        session_id = app.record.session.id
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code is not None or not app.is_running
    record = store.get_session(session_id)
    assert record is not None and record.status == "interrupted"
