"""Choosing a drill round, following it, and summing it up (core/drill.py)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from pausecoach.content import catalog
from pausecoach.core.drill import (
    DrillRound,
    Scenario,
    choose_scenarios,
    normalise_topic,
    summarise,
)


def scenario(sid: str, topic: str) -> Scenario:
    return Scenario(sid, topic, "situation", "harsh", ("soft one", "soft two"))


POOL = [scenario(f"{topic}-{n}", topic) for topic in ("a", "b", "c") for n in range(3)]


@dataclass(frozen=True)
class F:
    rule: str
    message: str = "m"
    suggestion: str = "s"


@dataclass(frozen=True)
class A:
    score: int
    verdict: str
    findings: Sequence[F] = ()


# ------------------------------------------------------------------ choosing
def test_choice_is_repeatable_with_the_same_seed() -> None:
    first = choose_scenarios(POOL, 5, random.Random(7))
    assert first == choose_scenarios(POOL, 5, random.Random(7))
    assert len(first) == 5 and len({s.id for s in first}) == 5


def test_different_seeds_give_different_rounds() -> None:
    rounds = {tuple(s.id for s in choose_scenarios(POOL, 4, random.Random(n))) for n in range(20)}
    assert len(rounds) > 5


def test_without_a_topic_each_topic_comes_once_before_any_repeats() -> None:
    for seed in range(20):
        chosen = choose_scenarios(POOL, 3, random.Random(seed))
        assert sorted(s.topic for s in chosen) == ["a", "b", "c"]
        six = choose_scenarios(POOL, 6, random.Random(seed))
        assert sorted(s.topic for s in six) == ["a", "a", "b", "b", "c", "c"]


def test_a_topic_keeps_to_that_topic() -> None:
    chosen = choose_scenarios(POOL, 2, random.Random(1), topic="b")
    assert [s.topic for s in chosen] == ["b", "b"]


def test_asking_for_more_than_there_are_gives_all_of_them() -> None:
    assert len(choose_scenarios(POOL, 50, random.Random(1))) == len(POOL)
    assert len(choose_scenarios(POOL, 5, random.Random(1), topic="c")) == 3


def test_unknown_topic_and_zero_count_are_refused() -> None:
    with pytest.raises(ValueError, match="no scenarios"):
        choose_scenarios(POOL, 3, random.Random(1), topic="weather")
    with pytest.raises(ValueError, match="at least one"):
        choose_scenarios(POOL, 0, random.Random(1))


def test_shipped_scenarios_give_a_default_round_over_five_topics() -> None:
    chosen = choose_scenarios(catalog.scenarios(), 5, random.Random(3))
    assert len({s.topic for s in chosen}) == 5


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Work hours", "work-hours"), ("work_hours", "work-hours"), (" MONEY ", "money")],
)
def test_topic_names_are_normalised(typed: str, expected: str) -> None:
    assert normalise_topic(typed) == expected


# ------------------------------------------------------------------ summary
def test_summary_scores_and_counts() -> None:
    summary = summarise([A(80, "soft"), A(40, "harsh"), A(90, "soft")])
    assert summary.scores == (80, 40, 90)
    assert summary.soft == 2 and summary.unsafe == 0
    assert summary.average == 70 and summary.best == 90


def test_unsafe_attempts_are_not_scored() -> None:
    summary = summarise([A(10, "unsafe", (F("R01"),)), A(60, "harsh", (F("R02"),))])
    assert summary.scores == (60,)
    assert summary.unsafe == 1
    assert [c.rule for c in summary.common] == ["R02"]


def test_most_frequent_findings_first_counted_once_per_attempt() -> None:
    attempts = [
        A(50, "harsh", (F("R01", "absolute", "name one time"), F("R01"), F("R14"))),
        A(60, "harsh", (F("R14"), F("R02"))),
        A(70, "harsh", (F("R14"), F("R02"))),
        A(80, "soft", (F("R09"),)),
    ]
    summary = summarise(attempts)
    assert [(c.rule, c.count) for c in summary.common] == [("R14", 3), ("R02", 2), ("R01", 1)]
    assert summary.common[2].message == "absolute"
    assert summary.common[2].suggestion == "name one time"


def test_empty_summary() -> None:
    summary = summarise([])
    assert summary.scores == () and summary.common == ()
    assert summary.average is None and summary.best is None


# -------------------------------------------------------------------- round
def test_round_walks_through_its_scenarios() -> None:
    chosen = tuple(POOL[:2])
    drill = DrillRound(chosen)
    assert drill.current == chosen[0] and drill.number == 1 and drill.total == 2
    drill.record(A(70, "soft"))
    assert not drill.is_last
    assert drill.advance()
    assert drill.current == chosen[1] and drill.is_last
    drill.record(A(30, "harsh"))
    assert not drill.advance()
    assert drill.current == chosen[1]
    assert drill.summary().scores == (70, 30)
