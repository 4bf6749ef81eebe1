"""The debrief, step by step with keys, saved and linked to its pause."""

from __future__ import annotations

from tests.tui.talk_apps import CoordinatorStandIn, saved_pause
from textual.pilot import Pilot

from pausecoach.clock import FakeClock
from pausecoach.content.talk import debrief_texts
from pausecoach.documents.debrief import load_debriefs
from pausecoach.storage.store import Store
from pausecoach.tui.screens.debrief import DebriefScreen
from pausecoach.tui.talk_messages import DebriefSaved

SIZE = (80, 24)


async def open_debrief(pilot: Pilot[None], pause_id: str | None) -> DebriefScreen:
    screen = DebriefScreen(pause_id)
    await pilot.app.push_screen(screen)
    await pilot.pause()
    return screen


async def test_a_whole_debrief_is_saved_and_linked(store: Store, clock: FakeClock) -> None:
    pause = saved_pause(store)
    app = CoordinatorStandIn(clock, store)
    feelings = debrief_texts().feelings
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_debrief(pilot, pause.id)
        assert screen.step == "felt"
        await pilot.press("space", "down", "space", "tab", "down", "down", "space")
        await pilot.press("enter")
        assert screen.step == "saw"
        await pilot.press(*"I saw a late dinner", "enter", *"a tiring day", "enter")
        assert screen.step == "touched"
        await pilot.press("escape")  # back, and forward again: answers are kept
        assert screen.step == "saw"
        await pilot.press("enter", "enter")
        assert screen.step == "touched"
        await pilot.press(*"being left out as a kid", "enter")
        await pilot.press(*"I raised my voice", "enter")
        await pilot.press(*"call the break sooner", "enter")
        await pilot.pause()
        assert [type(m) for m in app.seen] == [DebriefSaved]
    [debrief] = load_debriefs(store, pause.id)
    assert debrief.status == "done"
    assert debrief.my_feelings == [feelings[0], feelings[1]]
    assert debrief.their_feelings == [feelings[2]]
    assert (debrief.my_view, debrief.their_view) == ("I saw a late dinner", "a tiring day")
    assert debrief.touched == "being left out as a kid"
    assert debrief.my_part == "I raised my voice"
    assert debrief.next_time == "call the break sooner"


async def test_danger_words_ask_the_safety_question(store: Store, clock: FakeClock) -> None:
    app = CoordinatorStandIn(clock, store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_debrief(pilot, None)
        await pilot.press("enter", *"he hit me", "enter", "enter")
        await pilot.pause()
        assert app.safety_asked == 1
        assert screen.step == "saw"  # the step waits for the answer
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("enter")  # the same words do not ask twice
        assert app.safety_asked == 1 and screen.step == "touched"
    [debrief] = load_debriefs(store)
    assert debrief.status == "safety" and debrief.my_view == "he hit me"


async def test_leaving_part_way_keeps_the_answers(store: Store, clock: FakeClock) -> None:
    app = CoordinatorStandIn(clock, store)
    async with app.run_test(size=SIZE) as pilot:
        await open_debrief(pilot, None)
        await pilot.press("enter", *"a long day", "ctrl+c")
        await pilot.pause()
    [debrief] = load_debriefs(store)
    assert debrief.status == "in_progress" and debrief.my_view == "a long day"
