"""The danger screen runs only the rules whose cue words a text holds, and that never changes
what it finds (core/cues.py, core/danger_cues.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.checker_data import SETS, labelled_startups
from tests.danger_data import benign_lines, danger_lines

from pausecoach.core import danger
from pausecoach.core.cues import formula, literals, may_match


def test_the_shipped_danger_cues_are_current() -> None:
    """Regenerate with: python -m pausecoach.content.checker_cues"""
    from pausecoach.content.checker_cues import DANGER_FILE, danger_module_text

    assert DANGER_FILE.read_text(encoding="utf-8") == danger_module_text()


def test_every_danger_rule_has_cues() -> None:
    """A rule without cues would be compiled for every text: keep each pattern cue-able."""
    assert all(cues is not None for *_, cues in danger._rules())


def _every_line() -> list[str]:
    lines = [text for _, text in danger_lines()] + [t for _, t in danger_lines(holdout=True)]
    lines += benign_lines() + benign_lines(holdout=True)
    return lines + [t for path in SETS.values() for _, t in labelled_startups(path)]


def test_cues_never_change_what_the_danger_screen_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every labelled line (danger, benign and start-ups) reads the same with every rule run."""
    lines = _every_line()
    assert len(lines) > 1000
    with_cues = [danger.assess_danger(text) for text in lines]
    danger._rules.cache_clear()
    monkeypatch.setattr(danger, "CUES", {})
    try:
        assert all(cues is None for *_, cues in danger._rules())
        every_rule = [danger.assess_danger(text) for text in lines]
    finally:
        danger._rules.cache_clear()
    assert with_cues == every_rule
    assert sum(a.level != "none" for a in with_cues) > 200  # the lines do speak of danger


def test_a_rule_is_compiled_only_when_a_text_can_match_it() -> None:
    danger._COMPILED.clear()
    danger.assess_danger("I feel lonely tonight. Could we walk after dinner?")
    assert len(danger._COMPILED) < 5
    assert danger.assess_danger("he hit me and I am scared of him").level == "danger"


@pytest.mark.parametrize(
    ("pattern", "must", "mustnt"),
    [
        (r"\bnever (?:listen|hear)s?\b", "you never listen", "you never ask"),
        (r"(?:a|b)c+d?e", "xbcce", "xbd"),
        (r"\byou (?:always|never)\b|\bso (?:lazy|selfish)\b", "so lazy", "so kind"),
        (r"(?:kind )?words?", "word", "wor"),
    ],
)
def test_formulas_keep_what_can_match_and_drop_what_cannot(
    pattern: str, must: str, mustnt: str
) -> None:
    cues = formula(pattern)
    assert cues is not None
    assert re.search(pattern, must) and may_match(cues, must)
    assert not may_match(cues, mustnt)


def test_a_pattern_with_no_certain_literal_has_no_formula() -> None:
    assert formula(r"\w+") is None
    assert formula(r"(?:kind|\w+) words") == " words"
    assert literals(formula(r"(?:abc|de)f")) == {"abc", "de", "f"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcde ", max_size=12))
def test_a_formula_never_hides_a_match(text: str) -> None:
    for pattern in (r"ab+(?:c|dd)e?", r"(?:a|bc)(?:d|e)", r"\ba(?:b|c)?d\b", r"(?:ab){2,}c|e"):
        if re.search(pattern, text):
            assert may_match(formula(pattern), text.casefold()), (pattern, text)


def test_a_rule_missing_from_the_cue_file_always_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern changed (or added) without regenerating core/danger_cues.py has no formula:
    it is compiled and run for every text, never skipped."""
    text = "he hit me and I am scared of him"
    before = danger.assess_danger(text)
    assert before.level == "danger"
    compiled = danger._COMPILED
    hit = next(p for _, _, p, _ in danger.RULES if p in compiled and compiled[p].search(text))
    assert hit in danger.CUES
    monkeypatch.setattr(danger, "CUES", {k: v for k, v in danger.CUES.items() if k != hit})
    danger._rules.cache_clear()
    danger._COMPILED.clear()
    try:
        assert [cues for *_, p, _, cues in danger._rules() if p == hit] == [None]
        danger.assess_danger("I feel lonely tonight. Could we walk after dinner?")
        assert hit in danger._COMPILED  # run even for a text without its cue words
        assert danger.assess_danger(text) == before
    finally:
        danger._rules.cache_clear()
        danger._COMPILED.clear()
