"""Feelings and needs (content/feelings.toml): broad, known to the checker, offered in the drill."""

from __future__ import annotations

import pytest

from pausecoach.content import catalog
from pausecoach.content.checker_rules import check
from pausecoach.core.drill import word_bank

FEELINGS = [w for group in catalog.feelings() for w in group.words]


def test_the_lists_are_broad_and_hold_everyday_words() -> None:
    assert len(FEELINGS) >= 150
    assert len({w for group in catalog.needs() for w in group.words}) >= 40
    assert {"frustrating", "hurt", "lonely", "on edge", "let down", "furious"} <= set(FEELINGS)
    assert len(FEELINGS) == len(set(FEELINGS)), "a feeling word is listed twice"


@pytest.mark.parametrize("word", FEELINGS)
def test_the_checker_hears_every_feeling_word_as_a_feeling(word: str) -> None:
    result = check(f"I'm feeling {word} about the bills this week. Could we talk tonight?")
    assert "no-feeling" not in {f.rule for f in result.findings}, word


def test_a_feeling_word_used_for_something_else_is_not_a_feeling() -> None:
    # "down" and "close" are feelings after "I feel", not in "put it down" or "close the door".
    result = check("Put the box down and close the door.")
    assert "no-feeling" in {f.rule for f in result.findings}


def test_word_bank_takes_one_word_per_group_and_changes_with_the_turn() -> None:
    groups = [("a", ["a1", "a2"]), ("b", ["b1"]), ("c", ["c1", "c2", "c3"])]
    assert word_bank(groups, 0, size=2) == ("a1", "b1")
    assert word_bank(groups, 1, size=3) == ("b1", "c3", "a2")
    assert word_bank([], 3) == ()
