"""Safety: typed danger words lead to help, help never leads back to the talk, breathing is safe."""

from __future__ import annotations

import pytest
from tests.reliability.screens import TO_RECHECK, Route, follow
from textual.widgets import Static

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.content import catalog
from pausecoach.core.safety import resolve_region
from pausecoach.storage.store import Store
from pausecoach.tui.app import make_app
from pausecoach.tui.screens.safety import SafetyCheckScreen, SafetyScreen

SIZE = (80, 24)
DANGER = "he hit me"


@pytest.mark.parametrize(
    ("where", "keys", "save"),
    [
        ("tell edit", ("b", "e", "space", *DANGER, "ctrl+s"), ()),
        ("formula", (*TO_RECHECK, "8", "enter", "enter", "w", *DANGER, "ctrl+s"), ()),
        (
            "read-aloud edit",
            (*TO_RECHECK, "8", "enter", "enter", "enter", "enter", "e", "space"),
            (*DANGER, "ctrl+s"),
        ),
        ("summary note", (*TO_RECHECK, "8", "enter", "enter", "s", "n", *DANGER, "enter"), ()),
    ],
)
async def test_danger_words_lead_to_help_that_never_leads_back(
    where: str,
    keys: tuple[str, ...],
    save: tuple[str, ...],
    store: Store,
    clock: FakeClock,
    settings: Settings,
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await follow(pilot, clock, Route("any", (*keys, *save)))
        assert isinstance(app.screen, SafetyCheckScreen), where
        await pilot.press("y")
        screen = app.screen
        assert isinstance(screen, SafetyScreen) and screen.final
        shown = {b.binding.action for b in screen.active_bindings.values() if b.enabled}
        assert "back" not in shown  # no way back to the conversation steps
        await pilot.press("escape", "enter", "c", "s")
        assert app.screen is screen
        session_id = app.record.session.id
        await pilot.press("x")
        await pilot.pause()
    record = store.get_session(session_id)
    assert record is not None and record.status == "safety_exit" and record.step == "safety"
    steps = [e.step for e in record.timeline]
    assert "comeback" not in steps[steps.index("safety") :]


async def test_saying_no_to_the_safety_question_carries_on(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "e", "space", *DANGER, "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SafetyCheckScreen)
        await pilot.press("n")
        assert type(app.screen).__name__ == "TellScreen"


async def test_no_to_the_safety_question_on_the_summary_note_lets_enter_finish(
    store: Store, clock: FakeClock, settings: Settings
) -> None:
    """#16 class 18: enter after "no" asked the same question again, in a loop."""
    app = make_app(settings, store, clock)
    async with app.run_test(size=SIZE) as pilot:
        keys = (*TO_RECHECK, "8", "enter", "enter", "s", "n", *DANGER, "enter")
        await follow(pilot, clock, Route("any", keys))
        assert isinstance(app.screen, SafetyCheckScreen)
        session_id = app.record.session.id
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        await pilot.press("enter")  # the same words: finish, not the question again
        await pilot.pause()
        assert not isinstance(app.screen, SafetyCheckScreen)
    record = store.get_session(session_id)
    assert record is not None and record.status == "completed" and record.note == DANGER


@pytest.mark.parametrize(
    ("setting", "locale", "region"),
    [
        ("UK", None, "UK"),
        ("auto", "en_GB.UTF-8", "UK"),
        ("auto", "en_US.UTF-8", "US"),
        ("auto", "C", "INTL"),
        ("auto", None, "INTL"),
        ("auto", "de_DE.UTF-8", "INTL"),
        ("ZZ", "en_GB.UTF-8", "INTL"),
    ],
)
def test_region_comes_from_settings_then_locale_then_international(
    setting: str, locale: str | None, region: str
) -> None:
    assert resolve_region(setting, locale, set(catalog.helplines())) == region


@pytest.mark.parametrize(("setting", "name"), [("UK", "UK"), ("INTL", "INTL")])
async def test_safety_screen_shows_the_emergency_number_first(
    setting: str, name: str, store: Store, clock: FakeClock
) -> None:
    region = catalog.helplines()[name]
    app = make_app(Settings(bell=False, helpline_region=setting), store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("exclamation_mark")
        first = app.screen.query_one("#emergency", Static)
        assert region.emergency in str(first.render())
        assert first.region.bottom <= 11  # visible without scrolling, even at 40x12
        assert region.name in str(app.screen.query_one("#helplines", Static).render())


@pytest.mark.parametrize("start_at", ["landing", "breathe", "baseline"])
async def test_breathing_screens_say_sit_down_and_stop_if_dizzy(
    start_at: str, store: Store, clock: FakeClock, settings: Settings
) -> None:
    app = make_app(settings, store, clock, start_at=start_at)  # type: ignore[arg-type]
    async with app.run_test(size=(40, 12)) as pilot:
        if start_at == "landing":
            await pilot.press("b", "enter")
        await pilot.pause()
        caution = app.screen.query_one("#caution", Static)
        text = str(caution.render())
        assert caution.display and caution.region.bottom <= 11
    assert "Sit down" in text
    assert "dizzy" in text and "stop and breathe normally" in text
