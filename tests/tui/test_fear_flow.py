"""The fear question comes before the first break on every path; yes is help for good."""

from __future__ import annotations

import pytest

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.documents.fear import fear_question_due
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.dialogs.fear import FearQuestionScreen
from pausecoach.tui.screens.breaktime import BreakScreen
from pausecoach.tui.screens.comeback import ComeBackScreen
from pausecoach.tui.screens.partner import PartnerScreen
from pausecoach.tui.screens.safety import SafetyScreen
from pausecoach.tui.screens.tell import TellScreen

pytestmark = pytest.mark.ask_fear
SIZE = (80, 24)

# Each path to a first break, up to the moment the question must come.
PATHS = {
    "break now": ("b",),
    "after the check": ("enter", "space", "down", "space", "down", "space", "enter", "enter"),
    "partner path": ("p",),
}


@pytest.mark.parametrize("path", PATHS)
async def test_asked_before_the_first_break_on_every_path(
    app: PauseCoachApp, store: Store, path: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*PATHS[path])
        await pilot.pause()
        assert isinstance(app.screen, FearQuestionScreen), path
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PartnerScreen if path == "partner path" else TellScreen)
    assert not fear_question_due(store)


@pytest.mark.parametrize("path", PATHS)
async def test_yes_is_help_and_never_leads_back_to_the_talk(
    app: PauseCoachApp, store: Store, path: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*PATHS[path], "y")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SafetyScreen) and screen.final
        session_id = app.record.session.id
        # No key on the help screen leads back into the conversation.
        for key in ("escape", "enter", "b", "c", "n", "space", "p"):
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, TellScreen | BreakScreen | ComeBackScreen), key
        await pilot.press("x")
        await pilot.pause()
    saved = store.get_session(session_id)
    assert saved is not None and saved.status == "safety_exit"
    assert saved.step == "safety" and saved.planned_seconds is None


async def test_asked_once_then_not_again(store: Store, clock: FakeClock) -> None:
    for expected in (True, False):
        app = make_app(Settings(bell=False), store, clock)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("b")
            await pilot.pause()
            assert isinstance(app.screen, FearQuestionScreen) is expected
            if expected:
                await pilot.press("n")


async def test_danger_words_bring_the_question_back(store: Store, clock: FakeClock) -> None:
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "n")
        await pilot.pause()
        assert isinstance(app.screen, TellScreen)
        assert not fear_question_due(store)
        await pilot.press("e")  # edit the words to say
        await pilot.press("ctrl+a")
        await pilot.press(*"he threw a plate at me", "ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "SafetyCheckScreen"
        await pilot.press("n")  # not now
    assert fear_question_due(store)  # asked again before the next break


async def test_an_enter_out_of_habit_answers_nothing(app: PauseCoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FearQuestionScreen)


async def test_typed_words_put_their_own_help_first(store: Store, clock: FakeClock) -> None:
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "n", "e", "ctrl+a")
        await pilot.press(*"i want to end my life", "ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "SafetyCheckScreen"
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SafetyScreen) and app.screen.final
        assert app.screen.categories[:1] == ("self_harm",)  # so a crisis line comes first


async def test_danger_typed_as_the_partners_time_is_asked_about_not_timed(
    store: Store, clock: FakeClock
) -> None:
    app = make_app(Settings(bell=False), store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "n")
        await pilot.pause()
        assert isinstance(app.screen, PartnerScreen)
        await pilot.press("y", *"he said he will kill me when he gets back", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "SafetyCheckScreen"
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SafetyScreen) and "violence" in app.screen.categories
