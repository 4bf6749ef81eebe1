"""The rules of a talk in turns, on a fake clock."""

from __future__ import annotations

import pytest

from pausecoach.clock import FakeClock
from pausecoach.core.talk import (
    DEFAULT_TURN_SECONDS,
    MAX_TURN_SECONDS,
    MIN_TURN_SECONDS,
    Talk,
    TalkError,
    clamp_turn_seconds,
)


def begin(clock: FakeClock, seconds: int = DEFAULT_TURN_SECONDS) -> Talk:
    return Talk.begin(clock.monotonic(), clock.now(), ("Sam", "Alex"), seconds)


def test_first_turn_runs_on_a_deadline(clock: FakeClock) -> None:
    talk = begin(clock)
    assert (talk.speaker, talk.listener) == ("Sam", "Alex")
    assert talk.remaining(clock.monotonic()) == DEFAULT_TURN_SECONDS
    clock.advance(100)
    assert talk.remaining(clock.monotonic()) == DEFAULT_TURN_SECONDS - 100
    assert not talk.time_up(clock.monotonic())
    clock.advance(60)
    assert talk.remaining(clock.monotonic()) == 0
    assert talk.time_up(clock.monotonic())
    assert talk.phase == "speaking"  # time up is a prompt, not a forced swap


def test_default_is_two_to_three_minutes_and_length_is_bounded() -> None:
    assert 120 <= DEFAULT_TURN_SECONDS <= 180
    assert clamp_turn_seconds(5) == MIN_TURN_SECONDS
    assert clamp_turn_seconds(10_000) == MAX_TURN_SECONDS
    assert clamp_turn_seconds(200) == 200


def test_swap_only_after_the_listener_has_summarised(clock: FakeClock) -> None:
    talk = begin(clock)
    with pytest.raises(TalkError):
        talk.swap(clock.monotonic(), clock.now())
    clock.advance(90)
    talk.done_speaking(clock.monotonic(), clock.now())
    assert talk.phase == "summarising"
    assert talk.remaining(clock.monotonic()) == 0
    with pytest.raises(TalkError):
        talk.swap(clock.monotonic(), clock.now())
    clock.advance(40)
    talk.summarised(clock.monotonic(), clock.now())
    assert talk.turn.spoke_seconds == 90  # the summary is not speaking time
    talk.swap(clock.monotonic(), clock.now())
    assert (talk.speaker, talk.listener) == ("Alex", "Sam")
    assert talk.remaining(clock.monotonic()) == DEFAULT_TURN_SECONDS
    assert [t.summarised for t in talk.turns] == [True, False]
    assert talk.full_turns == 1


def test_summarised_straight_from_speaking(clock: FakeClock) -> None:
    talk = begin(clock)
    clock.advance(30)
    talk.summarised(clock.monotonic(), clock.now())
    assert talk.phase == "swap"
    assert talk.turn.spoke_seconds == 30


def test_speaking_past_the_time_counts(clock: FakeClock) -> None:
    talk = begin(clock, 60)
    clock.advance(20)
    talk.pause(clock.monotonic(), clock.now())
    clock.advance(100)
    talk.resume(clock.monotonic(), clock.now())
    clock.advance(55)
    talk.done_speaking(clock.monotonic(), clock.now())
    assert talk.turn.spoke_seconds == 75


def test_pause_freezes_the_turn_and_resume_carries_on(clock: FakeClock) -> None:
    talk = begin(clock)
    clock.advance(50)
    talk.pause(clock.monotonic(), clock.now())
    talk.pause(clock.monotonic(), clock.now())  # twice is once
    assert talk.paused
    clock.advance(600)
    assert talk.remaining(clock.monotonic()) == DEFAULT_TURN_SECONDS - 50
    talk.resume(clock.monotonic(), clock.now())
    clock.advance(10)
    assert talk.remaining(clock.monotonic()) == DEFAULT_TURN_SECONDS - 60
    assert [e.kind for e in talk.events] == ["turn_started", "paused", "resumed"]


def test_late_ticks_do_not_drift(clock: FakeClock) -> None:
    ticked, untouched = begin(clock), begin(clock)
    for _ in range(70):
        clock.advance(1.37)
        ticked.remaining(clock.monotonic())
    assert ticked.remaining(clock.monotonic()) == untouched.remaining(clock.monotonic())


def test_changing_the_length_moves_the_running_turn(clock: FakeClock) -> None:
    talk = begin(clock, 120)
    clock.advance(100)
    assert talk.longer(clock.monotonic(), clock.now()) == 150
    assert talk.remaining(clock.monotonic()) == 50
    talk.pause(clock.monotonic(), clock.now())
    assert talk.shorter(clock.monotonic(), clock.now()) == 120
    assert talk.remaining(clock.monotonic()) == 20
    for _ in range(10):
        talk.shorter(clock.monotonic(), clock.now())
    assert talk.turn_seconds == MIN_TURN_SECONDS
    assert talk.remaining(clock.monotonic()) == 0  # never negative


def test_repairs_are_counted_and_kept(clock: FakeClock) -> None:
    talk = begin(clock)
    talk.use_repair("Let's slow down.", clock.now())
    talk.done_speaking(clock.monotonic(), clock.now())
    talk.use_repair("  I can see my part in this. ", clock.now())
    assert talk.repairs_used == 2
    assert talk.repairs[1] == "I can see my part in this."
    with pytest.raises(TalkError):
        talk.use_repair("   ", clock.now())


def test_flooding_again_ends_the_talk_for_a_new_break(clock: FakeClock) -> None:
    talk = begin(clock)
    clock.advance(45)
    talk.flooding_again(clock.monotonic(), clock.now())
    assert talk.ended and talk.outcome == "new_break" and not talk.held
    assert talk.turn.spoke_seconds == 45
    assert talk.ended_at == clock.now()
    with pytest.raises(TalkError):
        talk.swap(clock.monotonic(), clock.now())
    with pytest.raises(TalkError):
        talk.flooding_again(clock.monotonic(), clock.now())


@pytest.mark.parametrize(
    ("typed", "outcome", "kept"),
    [
        ("  Walk   together on Sunday. ", "agreed", "Walk together on Sunday."),
        ("", "skipped", None),
        (None, "skipped", None),
    ],
)
def test_ends_with_one_small_agreement_or_none(
    clock: FakeClock, typed: str | None, outcome: str, kept: str | None
) -> None:
    talk = begin(clock)
    talk.summarised(clock.monotonic(), clock.now())
    talk.end(typed, clock.monotonic(), clock.now())
    assert (talk.outcome, talk.agreement) == (outcome, kept)
    assert talk.held


def test_leaving_keeps_what_happened_and_is_once(clock: FakeClock) -> None:
    talk = begin(clock)
    talk.use_repair("Thank you for hearing me out.", clock.now())
    clock.advance(20)
    talk.leave(clock.monotonic(), clock.now())
    talk.leave(clock.monotonic(), clock.now(), "safety")
    assert talk.outcome == "left"
    assert talk.repairs == ["Thank you for hearing me out."]
    assert [e.kind for e in talk.events][-1] == "ended"


def test_first_speaker_may_be_either(clock: FakeClock) -> None:
    talk = Talk.begin(clock.monotonic(), clock.now(), ("Sam", "Alex"), first_speaker=1)
    assert talk.speaker == "Alex"
    with pytest.raises(TalkError):
        Talk.begin(clock.monotonic(), clock.now(), ("Sam", "Alex"), first_speaker=2)
