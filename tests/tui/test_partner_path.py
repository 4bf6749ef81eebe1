"""The partner-stepped-away path: reframe, their return time, my own break, a welcome-back line."""

from __future__ import annotations

from datetime import timedelta

from tests.pilot_time import catch_up
from textual.widgets import Static

from pausecoach.clock import FakeClock
from pausecoach.content import catalog
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.comeback import ComeBackScreen
from pausecoach.tui.screens.partner import PartnerScreen
from pausecoach.tui.screens.recheck import RecheckScreen
from pausecoach.tui.screens.summary import SummaryScreen
from pausecoach.tui.widgets.breath_timer import BreathTimer

SIZE = (80, 24)


def text_of(app: PauseCoachApp, selector: str) -> str:
    """The plain text a widget on the current screen shows."""
    return str(app.screen.query_one(selector, Static).render())


async def test_partner_path_saves_role_and_their_return_time(
    app: PauseCoachApp, store: Store, clock: FakeClock
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PartnerScreen)
        assert "not a verdict on you" in text_of(app, "#reframe")
        assert "when they will be back" in text_of(app, "#partner-question")
        await pilot.press("y")
        await pilot.press(*"half an hour")  # said the way people say it
        assert "back around 20:44" in text_of(app, "#partner-plan")
        assert "until 20:41" in text_of(app, "#partner-plan")
        await pilot.press("enter")
        assert isinstance(app.screen, BreakScreen)
        session_id = app.record.session.id
        saved = store.get_session(session_id)
        assert saved is not None
        assert saved.role == "partner_stepped_away"
        assert saved.partner_return_at == clock.now().replace(microsecond=0) + timedelta(minutes=30)
        assert saved.planned_seconds == 27 * 60  # my break ends three minutes before they return
        assert "they'll be back around 20:44" in app.screen.query_one(BreathTimer).times_line
        aside = app.screen.query_one(BreathTimer).aside_shown()
        assert aside["idea"].removeprefix("Try: ") in catalog.flow().partner.soothe
        guards = {g.format(time="20:44") for g in catalog.flow().partner.rumination}
        assert aside["guard"] in guards

        clock.advance(27 * 60 + 1)
        await catch_up(pilot)
        assert isinstance(app.screen, RecheckScreen)
        await pilot.press("8", "enter", "enter")
        assert isinstance(app.screen, ComeBackScreen)
        thanks = catalog.flow().welcome_back
        assert thanks[0] in text_of(app, "#thanks")
        await pilot.press("a")  # other words of appreciation
        assert thanks[1] in text_of(app, "#thanks")
        await pilot.press("enter", "enter")  # first topic, first soft start-up
        first_script = catalog.scripts().topics[0].scripts[0]
        assert app.flow.startup_text == f"{thanks[1]} {first_script}"
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        assert "Your partner was expected back at 20:44" in text_of(app, "#summary")
        await pilot.press("enter")
        await pilot.pause()
    record = store.get_session(session_id)
    assert record is not None
    assert record.status == "completed" and record.role == "partner_stepped_away"
    # Their return time is theirs: "back on time" is never judged against you for it.
    assert record.back_on_time is None and record.return_at is None
    assert record.startup_text == f"{thanks[1]} {first_script}"
    steps = [event.step for event in record.timeline]
    assert steps == ["land", "reframe", "break", "recheck", "comeback", "summary"]


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


async def test_a_return_time_many_hours_away_is_questioned(app: PauseCoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "y", *"8am")  # said at 20:14: that is tomorrow morning
        plan = text_of(app, "#partner-plan")
        assert "tomorrow, 11 hours from now: check the time" in plan
        await pilot.press("backspace", "backspace", "backspace", *"9pm")
        assert "check the time" not in text_of(app, "#partner-plan")
