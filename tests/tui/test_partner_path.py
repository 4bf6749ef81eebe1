"""The partner-stepped-away path: reframe, their return time, my own break, a welcome-back line."""

from __future__ import annotations

from datetime import timedelta

from pausecoach.clock import FakeClock
from pausecoach.store import Store
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.comeback import ComeBackScreen
from pausecoach.tui.screens.partner import PartnerScreen
from pausecoach.tui.screens.recheck import RecheckScreen
from pausecoach.tui.screens.summary import SummaryScreen

SIZE = (80, 24)


async def test_partner_path_saves_role_and_their_return_time(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PartnerScreen)
        await pilot.press("y")
        await pilot.press(*"30", "enter")  # they said thirty minutes
        assert isinstance(app.screen, BreakScreen)
        session_id = app.record.session.id
        saved = store.get_session(session_id)
        assert saved is not None
        assert saved.role == "partner_stepped_away"
        assert saved.partner_return_at == clock.now().replace(microsecond=0) + timedelta(minutes=30)
        assert saved.planned_seconds == 27 * 60  # my break ends three minutes before they return
        guard = str(app.screen.query_one("#guard").render())
        assert (
            "follow" in guard
            or "they don't care" in guard
            or "shut out" in guard
            or "Chasing" in guard
        )

        clock.advance(27 * 60 + 1)
        await pilot.pause(0.5)
        assert isinstance(app.screen, RecheckScreen)
        await pilot.press("8", "enter", "enter")
        assert isinstance(app.screen, ComeBackScreen)
        await pilot.press("enter", "enter")  # first topic, first line: a welcome-back line
        assert app.flow.startup_text is not None and "back" in app.flow.startup_text.lower()
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("enter")
        await pilot.pause()
    record = store.get_session(session_id)
    assert (
        record is not None
        and record.status == "completed"
        and record.role == "partner_stepped_away"
    )
    assert record.back_on_time is True


async def test_no_time_given_offers_a_gentle_ask_and_defaults_to_twenty_minutes(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "n")
        ask = str(app.screen.query_one("#partner-ask").render())
        await pilot.press("o")
        assert str(app.screen.query_one("#partner-ask").render()) != ask
        await pilot.press("enter")
        assert isinstance(app.screen, BreakScreen)
        saved = store.get_session(app.record.session.id)
        assert saved is not None and saved.partner_return_at is not None
        assert saved.partner_return_at - saved.started_at == timedelta(minutes=20)


async def test_unreadable_time_is_refused_with_what_is_accepted(app: PauseCoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "y", *"soon", "enter")
        assert isinstance(app.screen, PartnerScreen)
        assert "20:40" in str(app.screen.query_one("#partner-error").render())
