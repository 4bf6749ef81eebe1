"""Every time and verdict on screen agrees with the others and with history (the pause's rules, once)."""

from __future__ import annotations

from datetime import timedelta

from rich.console import Console
from tests.pilot_time import catch_up
from textual.widgets import Static

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.content import catalog
from pausecoach.core.countdown import format_clock
from pausecoach.report.history import detail
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.partner import PartnerScreen
from pausecoach.tui.screens.recheck import RecheckScreen
from pausecoach.tui.screens.summary import SummaryScreen
from pausecoach.tui.screens.tell import TellScreen
from pausecoach.tui.widgets.breath_timer import BreathTimer

SIZE = (80, 24)


def text_of(app: PauseCoachApp, selector: str) -> str:
    """The plain text of one Static on the current screen."""
    return " ".join(str(app.screen.query_one(selector, Static).render()).split())


def notices(app: PauseCoachApp) -> str:
    """Every notice on screen, as one string."""
    return " ".join(str(n.message) for n in app._notifications)


async def test_the_tell_line_names_the_end_of_the_break(
    app: PauseCoachApp, clock: FakeClock
) -> None:
    # Seen at 16:55: "I need twenty minutes. I'll be back at 17:19" (a hidden buffer).
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        assert isinstance(app.screen, TellScreen)
        back = format_clock(clock.now() + timedelta(minutes=20))
        assert "twenty minutes" in app.screen.line() and f"back at {back}" in app.screen.line()
        assert f"Back with your partner at {back}" in text_of(app, "#tell-times")


async def test_adding_time_gives_the_new_time_to_tell_the_partner(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    # Seen: "break ends 17:05 · back with your partner at 17:04", and no new time in the notice.
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        before = app.record.session.return_at
        assert before is not None
        await pilot.press("plus")
        await catch_up(pilot)
        after = app.record.session.return_at
        assert after == before + timedelta(minutes=5)
        assert f"you'll be back at {format_clock(after)}" in notices(app)
        times = app.screen.query_one(BreathTimer).times_line
        assert f"back with your partner at {format_clock(after)}" in times
        assert f"break ends {format_clock(after)}" in times
        saved = store.get_session(app.record.session.id)
        assert saved is not None and saved.return_at == after


async def test_minutes_flag_survives_the_check(store: Store, clock: FakeClock) -> None:
    # Seen: `pausecoach --minutes 3`, three signs, and the verdict offered twenty minutes.
    app = make_app(Settings(bell=False), store, clock, minutes=3)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "space", "down", "space", "down", "space", "enter")
        assert "3 minutes" in text_of(app, "#verdict-advice")
        await pilot.press("enter")
        assert "Break: 3 min" in text_of(app, "#tell-times")


async def test_rising_verdict_and_tell_note_agree(app: PauseCoachApp) -> None:
    # Seen: the verdict recommended 10 minutes, the next screen said most bodies need 20.
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "space", "down", "space", "enter")
        assert "10-minute" in text_of(app, "#verdict-advice")
        await pilot.press("enter")
        assert text_of(app, "#tell-note") == catalog.flow().rising_break_note


async def test_a_long_setting_is_not_cut_by_plus(store: Store, clock: FakeClock) -> None:
    # Seen: break_minutes = 200, then + on the tell screen set the break to 120.
    app = make_app(Settings(bell=False, break_minutes=200), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "plus")
        assert app.flow.minutes == 205


async def test_nine_seconds_of_rest_is_never_ready(app: PauseCoachApp, clock: FakeClock) -> None:
    # Seen: "You look ready" after a break of 9 seconds (calm 6/10).
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        clock.advance(9)
        await pilot.press("e", "y")
        await pilot.pause()
        assert isinstance(app.screen, RecheckScreen)
        await pilot.press("6", "enter")
        assert app.screen.readiness is not None
        assert app.screen.readiness.state == "too_soon"
        shown = text_of(app, "#recheck-result")
        assert "You look ready" not in shown and "short break" in shown


async def test_partner_path_own_break_ends_before_they_are_due(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    # Seen: typing 2 gave "They'll be back around 17:01. Your own break runs until 17:04".
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "y", "2")
        assert isinstance(app.screen, PartnerScreen)
        plan = text_of(app, "#partner-plan")
        due = format_clock(clock.now() + timedelta(minutes=2))
        assert f"back around {due}" in plan and "until" in plan
        mine = plan.split("until ")[1][:5]
        assert mine <= due
        await pilot.press("enter")
        assert isinstance(app.screen, BreakScreen)
        saved = store.get_session(app.record.session.id)
        assert saved is not None and saved.return_at is None
        assert saved.planned_seconds is not None and saved.planned_seconds <= 120


async def test_vague_partner_time_gets_a_clear_message(app: PauseCoachApp) -> None:
    # Seen: "tomorrow morning" was "not a time I can read".
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "y", *"tomorrow morning")
        error = text_of(app, "#partner-error")
        assert "Tomorrow" in error and "not a time I can read" not in error


async def test_summary_and_history_say_the_same_break(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    # Seen: the summary said "1 min 30 s taken", history "2 min"; planned ignored the 5 added.
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter", "plus")
        clock.advance(90)
        await catch_up(pilot)
        await pilot.press("e", "y")
        await pilot.pause()
        await pilot.press("g")  # go back without waiting
        await pilot.pause()
        await pilot.press("s")  # no opening line
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        summary = text_of(app, "#summary")
        expected = "25 min planned (5 min added), 1 min 30 s taken"
        assert expected in summary
        session_id = app.record.session.id
    saved = store.get_session(session_id)
    assert saved is not None
    console = Console(width=120, record=True)
    console.print(detail(saved.model_dump(mode="json")))  # what `history show` prints
    assert expected in console.export_text()
