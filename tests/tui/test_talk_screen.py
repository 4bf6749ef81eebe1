"""A whole talk in turns on the talk screen, driven by keys on a fake clock, checked in the store."""

from __future__ import annotations

from tests.tui.talk_apps import CoordinatorStandIn, saved_pause
from textual.pilot import Pilot
from textual.widgets import Digits

from pausecoach.clock import FakeClock
from pausecoach.content.talk import repair_phrases, talk_texts
from pausecoach.documents.talk import load_talks
from pausecoach.storage.store import Store
from pausecoach.tui.screens.talk import RepairPhrases, TalkScreen
from pausecoach.tui.talk_messages import FloodingAgain, TalkBlocked, TalkEnded

SIZE = (80, 24)


async def open_talk(pilot: Pilot[None], pause_id: str | None) -> TalkScreen:
    screen = TalkScreen(pause_id=pause_id, names=("Sam", "Alex"), turn_seconds=120)
    await pilot.app.push_screen(screen)
    await pilot.pause()
    return screen


async def advance(pilot: Pilot[None], clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    pilot.app.screen.tick()  # type: ignore[attr-defined]
    await pilot.pause()


async def test_two_turns_a_repair_and_an_agreement(store: Store, clock: FakeClock) -> None:
    pause = saved_pause(store)
    app = CoordinatorStandIn(clock, store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_talk(pilot, pause.id)
        whose = str(screen.query_one("#talk-whose").render())
        assert "SAM SPEAKS" in whose and "Alex listens" in whose
        assert screen.query_one(Digits).value == "2:00"
        await advance(pilot, clock, 45)
        assert screen.query_one(Digits).value == "1:15"

        await pilot.press("space")  # a knock at the door: the turn waits
        await advance(pilot, clock, 300)
        assert screen.query_one(Digits).value == "1:15"
        await pilot.press("space")

        await pilot.press("r")
        assert isinstance(app.screen, RepairPhrases)
        await pilot.press("down", "enter")  # the second phrase, read aloud
        assert app.screen is screen

        await advance(pilot, clock, 80)
        assert "say back what you heard" in str(screen.query_one("#talk-prompt").render())
        await pilot.press("enter", "enter")  # done speaking, then Alex said it back
        assert screen.talk is not None and screen.talk.phase == "swap"
        await pilot.press("enter")  # swap
        assert "ALEX SPEAKS" in str(screen.query_one("#talk-whose").render())
        saved = load_talks(store, pause.id)
        assert len(saved) == 1 and len(saved[0].turns) == 2  # saved at each turn

        await advance(pilot, clock, 60)
        await pilot.press("enter", "enter", "e")
        await pilot.press(*"Walk on Sunday", "enter")
        await pilot.pause()

    [talk] = load_talks(store, pause.id)
    assert talk.status == "ended" and talk.outcome == "agreed" and talk.held
    assert talk.agreement == "Walk on Sunday"
    assert [t.speaker for t in talk.turns] == ["Sam", "Alex"]
    assert all(t.summarised for t in talk.turns)
    assert talk.turns[0].spoke_seconds == 125  # the 300 s paused are not speaking time
    assert talk.repairs == [repair_phrases()[1]]
    assert [type(m) for m in app.seen] == [TalkEnded]
    ended = app.seen[0]
    assert isinstance(ended, TalkEnded) and ended.outcome == "agreed"
    assert ended.pause_id == pause.id


async def test_flooding_again_posts_and_keeps_the_talk(store: Store, clock: FakeClock) -> None:
    pause = saved_pause(store)
    app = CoordinatorStandIn(clock, store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_talk(pilot, pause.id)
        await advance(pilot, clock, 30)
        await pilot.press("enter", "enter", "enter")  # one turn, swapped
        await advance(pilot, clock, 20)
        await pilot.press("f")
        await pilot.pause()
        assert talk_texts().flooding in str(screen.query_one("#talk-prompt").render())
        await pilot.press("enter")  # nothing more happens in an ended talk
        assert [type(m) for m in app.seen] == [FloodingAgain]
    [talk] = load_talks(store, pause.id)
    assert talk.outcome == "new_break" and not talk.held
    assert [e.kind for e in talk.events][-2:] == ["flooding_again", "ended"]
    assert talk.turns[-1].spoke_seconds == 20


async def test_leaving_mid_talk_keeps_what_was_said(store: Store, clock: FakeClock) -> None:
    app = CoordinatorStandIn(clock, store)
    async with app.run_test(size=SIZE) as pilot:
        await open_talk(pilot, None)
        await advance(pilot, clock, 50)
        await pilot.press("enter", "enter", "enter")
        await pilot.press("ctrl+c")
        await pilot.pause()
    [talk] = load_talks(store)
    assert talk.outcome == "left" and talk.status == "ended"
    assert len(talk.turns) == 2 and talk.turns[0].summarised


async def test_danger_words_in_the_agreement_ask_the_safety_question(
    store: Store, clock: FakeClock
) -> None:
    app = CoordinatorStandIn(clock, store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_talk(pilot, None)
        await pilot.press("e", *"he will hurt me", "enter")
        await pilot.pause()
        assert app.safety_asked == 1
        assert app.seen == []  # not ended towards the next step while the question is open
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert [type(m) for m in app.seen] == [TalkEnded]


async def test_no_talk_after_a_safety_exit(store: Store, clock: FakeClock) -> None:
    pause = saved_pause(store, "safety_exit")
    app = CoordinatorStandIn(clock, store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_talk(pilot, pause.id)
        assert screen.talk is None and screen.blocked
        assert "will not start" in str(screen.query_one("#talk-whose").render())
        await pilot.press("enter", "f", "e", "r")
        assert screen.talk is None and app.screen is screen
        assert [type(m) for m in app.seen] == [TalkBlocked]
    assert load_talks(store) == []
