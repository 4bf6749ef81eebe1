"""Flooding rules: the verdict before a break and the re-check after it."""

from __future__ import annotations

import pytest

from pausecoach.content import catalog
from pausecoach.core.flooding import (
    DEFAULT_LIMIT,
    FIT_LIMIT,
    FLOODED_MINUTES,
    RISING_MINUTES,
    Sign,
    assess,
    recheck,
    resting_ceiling,
)

SIGNS = (
    Sign("heart", "body", "My heart is pounding", "heart"),
    Sign("breath", "body", "My breathing is fast", "breath"),
    Sign("hot", "body", "My face is hot", "hot"),
    Sign("tunnel", "mind", "I can only think of my side", "tunnel"),
    Sign("leave", "behaviour", "I want to walk out", "leave"),
)


def test_limits_are_the_documented_ones() -> None:
    assert (DEFAULT_LIMIT, FIT_LIMIT) == (100, 80)


@pytest.mark.parametrize("pulse", [100, 101, 180])
def test_pulse_at_or_above_the_limit_is_flooded_without_signs(pulse: int) -> None:
    result = assess(SIGNS, [], pulse)
    assert result.level == "flooded" and result.flooded
    assert result.suggested_minutes == FLOODED_MINUTES
    assert f"{pulse} bpm" in result.reasons[0] and "limit of 100" in result.reasons[0]


def test_pulse_just_under_the_limit_is_calm_enough() -> None:
    result = assess(SIGNS, [], 99)
    assert result.level == "calm_enough"
    assert result.suggested_minutes == 0
    assert any("99 bpm, under your limit of 100" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("pulse", "level"), [(79, "calm_enough"), (80, "flooded"), (95, "flooded")]
)
def test_fit_person_limit_of_80(pulse: int, level: str) -> None:
    assert assess(SIGNS, [], pulse, limit=FIT_LIMIT).level == level


def test_exactly_three_signs_is_flooded() -> None:
    result = assess(SIGNS, ["heart", "breath", "hot"], None)
    assert result.level == "flooded"
    assert result.reasons == ("You ticked 3 signs; 3 or more usually means flooded.",)


@pytest.mark.parametrize(
    ("ticked", "phrase"), [(["heart"], "1 sign:"), (["heart", "leave"], "2 signs:")]
)
def test_one_or_two_signs_is_rising(ticked: list[str], phrase: str) -> None:
    result = assess(SIGNS, ticked, None)
    assert result.level == "rising" and not result.flooded
    assert result.suggested_minutes == RISING_MINUTES
    assert phrase in result.reasons[0]


def test_no_signs_and_no_pulse_is_calm_enough() -> None:
    result = assess(SIGNS, [], None)
    assert result.level == "calm_enough"
    assert result.reasons == ("You did not tick any signs of flooding.",)


def test_high_pulse_with_two_signs_names_both_reasons() -> None:
    result = assess(SIGNS, ["heart", "leave"], 110)
    assert result.level == "flooded"
    assert result.reasons == (
        "Your pulse is 110 bpm, at or above your limit of 100.",
        "You also ticked 2 signs.",
    )


def test_high_pulse_and_many_signs_give_both_reasons() -> None:
    result = assess(SIGNS, ["heart", "breath", "hot", "tunnel"], 120)
    assert len(result.reasons) == 2
    assert "120 bpm" in result.reasons[0] and "4 signs" in result.reasons[1]


def test_unknown_and_repeated_signs_do_not_count() -> None:
    assert assess(SIGNS, ["nonsense", "made-up", "heart"], None).level == "rising"
    assert assess(SIGNS, ["heart", "heart", "heart"], None).level == "rising"


def test_pulse_above_resting_ceiling_is_rising() -> None:
    # resting 70 → ceiling 77: 78 is rising, 77 is not
    rising = assess(SIGNS, [], 78, resting=70)
    assert rising.level == "rising"
    assert rising.reasons == ("Your pulse is 78 bpm, more than 10% above your resting 70.",)
    assert assess(SIGNS, [], 77, resting=70).level == "calm_enough"


def test_short_break_setting_caps_the_suggestion() -> None:
    assert assess(SIGNS, ["heart"], None, break_minutes=5).suggested_minutes == 5
    assert assess(SIGNS, [], 120, break_minutes=30).suggested_minutes == 30
    assert assess(SIGNS, [], 120, break_minutes=0).suggested_minutes == 1


def test_reasons_are_plain_sentences() -> None:
    for ticked, pulse in ([], None), (["heart"], 85), (["heart", "breath", "hot"], 130):
        for reason in assess(SIGNS, ticked, pulse, resting=60).reasons:
            assert reason[0].isupper() and reason.endswith(".")
            assert "_" not in reason and "None" not in reason


def test_shipped_signs_work_with_the_rules() -> None:
    shipped = catalog.signs()
    assert len(shipped) >= 15
    ids = [s.id for s in shipped]
    assert assess(shipped, ids[:3], None).level == "flooded"
    assert assess(shipped, ids[:2], None).level == "rising"


@pytest.mark.parametrize(
    ("resting", "ceiling"), [(60, 66), (70, 77), (72, 79), (55, 60), (82, 90), (100, 110)]
)
def test_resting_ceiling_is_ten_percent_rounded_down(resting: int, ceiling: int) -> None:
    assert resting_ceiling(resting) == ceiling


def test_resting_ceiling_has_no_float_surprises() -> None:
    for resting in range(25, 251):
        assert resting_ceiling(resting) == resting * 11 // 10


# ---------------------------------------------------------------- re-check


def test_ready_when_pulse_under_limit_and_no_resting_known() -> None:
    result = recheck(99, None)
    assert result.ready
    assert result.reasons == ("Your pulse is 99 bpm, back under your limit of 100.",)


@pytest.mark.parametrize("pulse", [100, 130])
def test_not_ready_at_or_above_the_limit(pulse: int) -> None:
    result = recheck(pulse, 9)
    assert not result.ready
    assert f"still {pulse} bpm" in result.reasons[0]


def test_fit_limit_applies_to_recheck() -> None:
    assert recheck(79, None, limit=80).ready
    assert not recheck(80, None, limit=80).ready


@pytest.mark.parametrize(("pulse", "ready"), [(66, True), (67, False), (60, True), (50, True)])
def test_resting_boundary_ten_percent(pulse: int, ready: bool) -> None:
    result = recheck(pulse, None, resting=60)
    assert result.ready is ready
    if not ready:
        assert "more than 10% above your resting 60" in result.reasons[0]
        assert "aim for 66 or less" in result.reasons[0]


def test_feeling_calm_does_not_outrank_the_pulse() -> None:
    assert not recheck(90, 10, resting=70).ready


def test_low_calm_score_is_not_ready_even_with_good_pulse() -> None:
    result = recheck(65, 5, resting=70)
    assert not result.ready
    assert "calm 5 out of 10" in result.reasons[-1]
    assert recheck(65, 6, resting=70).ready


def test_without_a_count_the_reasons_say_a_count_is_surer() -> None:
    result = recheck(None, 8)
    assert result.ready
    assert result.reasons[-1] == "You did not count your pulse; a count is the surer test."


def test_nothing_given_is_not_ready_but_says_what_to_do() -> None:
    # Seen in --plain: "You look ready" with neither a calm rating nor a pulse.
    result = recheck(None, None)
    assert result.state == "unknown" and not result.ready
    assert "count your pulse" in " ".join(result.reasons)


@pytest.mark.parametrize("rested", [0, 9, 60, 19 * 60 + 59])
def test_a_short_break_is_never_a_plain_ready(rested: int) -> None:
    # Seen: "You look ready" after a break of 9 seconds (calm 6/10).
    result = recheck(70, 6, rested_seconds=rested)
    assert result.state == "too_soon" and not result.ready
    assert "20 minutes" in result.reasons[-1]


def test_after_the_usual_minimum_calm_answers_are_ready() -> None:
    assert recheck(70, 6, rested_seconds=20 * 60).state == "ready"
    assert recheck(None, 8, rested_seconds=25 * 60).state == "ready"


def test_a_body_still_on_alert_is_not_yet_whatever_the_time() -> None:
    assert recheck(110, 9, rested_seconds=5).state == "not_yet"
    assert recheck(70, 3, rested_seconds=3600).state == "not_yet"
