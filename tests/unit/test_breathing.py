"""Breathing pacer maths: where in a pattern a moment falls, for every shipped pattern."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pausecoach.content import catalog
from pausecoach.core.breathing import Pattern, phase_at

PATTERNS = catalog.patterns()
BY_ID = {p.id: p for p in PATTERNS}


def test_the_five_patterns_ship_in_key_order() -> None:
    assert [p.id for p in PATTERNS] == ["sigh", "4-6", "5-5", "box", "4-7-8"]
    assert [p.key for p in PATTERNS] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize(
    ("pattern_id", "timings"),
    [
        ("sigh", [("inhale", 2), ("top_up", 1), ("exhale", 6)]),
        ("4-6", [("inhale", 4), ("exhale", 6)]),
        ("5-5", [("inhale", 5), ("exhale", 5)]),
        ("box", [("inhale", 4), ("hold", 4), ("exhale", 4), ("rest", 4)]),
        ("4-7-8", [("inhale", 4), ("hold", 7), ("exhale", 8)]),
    ],
)
def test_phase_boundaries(pattern_id: str, timings: list[tuple[str, int]]) -> None:
    pattern = BY_ID[pattern_id]
    start = 0.0
    for index, (kind, seconds) in enumerate(timings):
        at_start = phase_at(pattern, start)
        assert (at_start.phase.kind, at_start.index) == (kind, index)
        assert at_start.progress == 0.0
        assert at_start.seconds_left == seconds
        assert at_start.count == seconds
        middle = phase_at(pattern, start + seconds / 2)
        assert middle.phase.kind == kind and middle.progress == pytest.approx(0.5)
        assert middle.seconds_left == pytest.approx(seconds / 2)
        near_end = phase_at(pattern, start + seconds - 0.001)
        assert near_end.phase.kind == kind and near_end.count == 1
        assert near_end.progress == pytest.approx(1, abs=0.001)
        start += seconds
    assert pattern.cycle_seconds == start
    assert phase_at(pattern, start).index == 0 and phase_at(pattern, start).cycle == 1


@pytest.mark.parametrize(
    "pattern", [p for p in PATTERNS if p.max_cycles is None], ids=lambda p: p.id
)
def test_uncapped_patterns_repeat_every_cycle(pattern: Pattern) -> None:
    for t in (0.0, 0.5, 1.7, 3.2, pattern.cycle_seconds - 0.25):
        first, later = phase_at(pattern, t), phase_at(pattern, t + 7 * pattern.cycle_seconds)
        assert (first.phase, first.index) == (later.phase, later.index)
        assert first.seconds_left == pytest.approx(later.seconds_left)
        assert later.cycle == first.cycle + 7


def test_four_seven_eight_stops_after_four_rounds_then_eases_into_four_six() -> None:
    pattern = BY_ID["4-7-8"]
    assert pattern.max_cycles == 4 and pattern.fallback is not None and pattern.fallback.id == "4-6"
    cap = 4 * 19
    last_round = phase_at(pattern, cap - 0.5)
    assert last_round.pattern.id == "4-7-8" and last_round.phase.kind == "exhale"
    assert last_round.cycle == 3
    after = phase_at(pattern, cap)
    assert after.pattern.id == "4-6" and after.phase.kind == "inhale" and after.progress == 0
    assert after.cycle == 4
    much_later = phase_at(pattern, cap + 10 * 10 + 5)
    assert much_later.pattern.id == "4-6" and much_later.phase.kind == "exhale"
    assert much_later.cycle == 14
    # never a hold again once it has fallen back
    assert all(phase_at(pattern, cap + t / 3).phase.kind != "hold" for t in range(0, 600))


@pytest.mark.parametrize("elapsed", [-1.0, -1e9, float("-inf"), float("nan"), float("inf")])
def test_odd_elapsed_times_start_at_the_beginning(elapsed: float) -> None:
    for pattern in PATTERNS:
        state = phase_at(pattern, elapsed)
        assert state.index == 0 and state.progress == 0 and state.cycle == 0


def test_huge_elapsed_still_gives_a_valid_phase() -> None:
    for pattern in PATTERNS:
        state = phase_at(pattern, 1e12)
        assert 0 <= state.progress <= 1
        assert 0 <= state.seconds_left <= state.phase.seconds


@given(st.sampled_from(PATTERNS), st.floats(min_value=0, max_value=1e7, allow_nan=False))
def test_progress_and_seconds_left_stay_in_range(pattern: Pattern, elapsed: float) -> None:
    state = phase_at(pattern, elapsed)
    assert 0.0 <= state.progress <= 1.0
    assert 0.0 <= state.seconds_left <= state.phase.seconds
    assert 1 <= state.count <= math.ceil(state.phase.seconds)
    assert state.phase in state.pattern.phases


@given(
    st.sampled_from(PATTERNS),
    st.floats(min_value=0, max_value=3600),
    st.floats(min_value=0.01, max_value=0.5),
)
def test_time_only_moves_forward_through_a_phase(pattern: Pattern, t: float, step: float) -> None:
    now, later = phase_at(pattern, t), phase_at(pattern, t + step)
    if (later.pattern.id, later.cycle, later.index) == (now.pattern.id, now.cycle, now.index):
        assert later.progress >= now.progress
        assert later.seconds_left <= now.seconds_left


def test_patterns_are_slow_and_calming() -> None:
    """No fast breathing, no over-breathing followed by a hold (CONTENT.md section 3)."""
    for pattern in PATTERNS:
        assert pattern.breaths_per_minute <= 10, pattern.id
        inhale = sum(p.seconds for p in pattern.phases if p.kind in ("inhale", "top_up"))
        exhale = sum(p.seconds for p in pattern.phases if p.kind == "exhale")
        assert exhale >= inhale, f"{pattern.id}: out-breath shorter than in-breath"
        kinds = [p.kind for p in pattern.phases]
        for before, after in zip(kinds, kinds[1:] + kinds[:1], strict=True):
            if after in ("hold", "rest"):
                # a hold is only ever after one slow in-breath or a full out-breath, never after fast breaths
                assert before in ("inhale", "exhale")
        assert min(p.seconds for p in pattern.phases) >= 1
        if "hold" in kinds and pattern.max_cycles is None:
            assert pattern.id == "box"
        if pattern.fallback is not None:
            assert "hold" not in [p.kind for p in pattern.fallback.phases]
