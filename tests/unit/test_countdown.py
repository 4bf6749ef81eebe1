"""The break countdown and the times and words shown around it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pausecoach.core.countdown import (
    Countdown,
    format_duration,
    format_remaining,
    minutes_in_words,
)


def test_remaining_is_deadline_minus_now() -> None:
    c = Countdown.start(1200, now=1000.0)
    assert c.remaining(1000.0) == 1200
    assert c.remaining(1450.5) == 749.5
    assert not c.finished(2199.9)
    assert c.finished(2200.0)
    assert c.remaining(5000.0) == 0  # never negative
    assert c.elapsed(1600.0) == 600


def test_late_or_missing_ticks_do_not_drift() -> None:
    ticked = Countdown.start(1200, now=0.0)
    for t in range(0, 700, 1):  # a tick every second, some arriving late
        ticked.remaining(t + 0.37)
    untouched = Countdown.start(1200, now=0.0)
    assert ticked.remaining(700.0) == untouched.remaining(700.0) == 500.0


def test_pause_freezes_and_resume_carries_on() -> None:
    c = Countdown.start(600, now=0.0)
    c.pause(100.0)
    assert c.paused
    assert c.remaining(100.0) == c.remaining(400.0) == 500
    c.pause(300.0)  # a second pause changes nothing
    assert c.remaining(400.0) == 500
    c.resume(400.0)
    assert not c.paused
    assert c.remaining(450.0) == 450
    assert c.elapsed(450.0) == 150  # the 300 s paused are not break time
    c.resume(500.0)  # resuming when running changes nothing
    assert c.remaining(500.0) == 400


def test_extend_while_running_paused_and_after_the_end() -> None:
    c = Countdown.start(600, now=0.0)
    c.extend(300, now=100.0)
    assert c.remaining(100.0) == 800
    c.pause(200.0)
    c.extend(60, now=250.0)
    assert c.remaining(300.0) == 760
    c.resume(300.0)
    assert c.remaining(1060.0) == 0
    # finished late: the extension counts from now, not from the old deadline
    c.extend(120, now=1500.0)
    assert c.remaining(1500.0) == 120
    assert c.elapsed(1620.0) == 600 + 300 + 60 + 120


def test_stop_ends_now_and_keeps_what_really_ran() -> None:
    c = Countdown.start(1200, now=0.0)
    c.stop(300.0)
    assert c.finished(300.0) and c.remaining(900.0) == 0
    assert c.elapsed(300.0) == c.elapsed(5000.0) == 300


def test_stop_while_paused() -> None:
    c = Countdown.start(1200, now=0.0)
    c.pause(200.0)
    c.stop(500.0)
    assert not c.paused and c.finished(500.0)
    assert c.elapsed(900.0) == 200


def test_pause_after_the_end_stays_finished() -> None:
    c = Countdown.start(60, now=0.0)
    c.pause(100.0)
    assert c.finished(100.0)
    c.resume(200.0)
    assert c.finished(200.0)


OPS = st.lists(
    st.tuples(
        st.sampled_from(["pause", "resume", "extend", "look"]),
        st.floats(min_value=0, max_value=400, allow_nan=False),
        st.integers(min_value=1, max_value=900),
    ),
    max_size=25,
)


@given(st.integers(min_value=1, max_value=7200), OPS)
def test_remaining_matches_a_simple_model(duration: int, ops: list[tuple[str, float, int]]) -> None:
    """Whatever happens, remaining = time budget - time run, and never below zero."""
    now = 0.0
    c = Countdown.start(duration, now)
    left, paused = float(duration), False  # the model: seconds left, frozen or running
    for op, gap, seconds in ops:
        now += gap
        if not paused:
            left = max(0.0, left - gap)
        if op == "pause":
            c.pause(now)
            paused = True
        elif op == "resume":
            c.resume(now)
            paused = False
        elif op == "extend":
            c.extend(seconds, now)
            left += seconds
        assert c.remaining(now) == pytest.approx(left, abs=1e-6)
        assert c.paused is paused
        assert c.remaining(now) >= 0
        assert c.finished(now) is (c.remaining(now) <= 0)


@given(st.integers(min_value=1, max_value=7200), st.lists(st.floats(0, 50), max_size=40))
def test_looking_at_the_countdown_never_changes_it(duration: int, gaps: list[float]) -> None:
    c = Countdown.start(duration, 0.0)
    t = 0.0
    for gap in gaps:
        t += gap
        c.remaining(t)
        c.finished(t)
        c.elapsed(t)
    assert c.remaining(t) == max(0.0, duration - t)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (0.5, "0:01"),
        (1, "0:01"),
        (59.2, "1:00"),
        (60, "1:00"),
        (61, "1:01"),
        (1200, "20:00"),
        (1199.01, "20:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3661, "1:01:01"),
        (-5, "0:00"),
    ],
)
def test_format_remaining(seconds: float, shown: str) -> None:
    assert format_remaining(seconds) == shown


@given(st.floats(min_value=0, max_value=10 * 3600))
def test_format_remaining_never_shows_less_than_is_left(seconds: float) -> None:
    parts = [int(x) for x in format_remaining(seconds).split(":")]
    shown = parts[-1] + 60 * parts[-2] + (3600 * parts[0] if len(parts) == 3 else 0)
    assert seconds - 0.001 <= shown < seconds + 1


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (20, "twenty minutes"),
        (30, "half an hour"),
        (60, "an hour"),
        (1, "a minute"),
        (25, "twenty-five minutes"),
        (17, "17 minutes"),
        (90, "an hour and a half"),
    ],
)
def test_minutes_in_words(minutes: int, words: str) -> None:
    assert minutes_in_words(minutes) == words


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (1200, "20 min"),
        (1170, "19 min 30 s"),
        (19, "19 s"),
        (0, "0 s"),
        (60, "1 min"),
        (-3, "0 s"),
        (59.9, "59 s"),
    ],
)
def test_format_duration(seconds: float, said: str) -> None:
    assert format_duration(seconds) == said
