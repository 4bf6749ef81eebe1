"""The checker's public API: verdicts, scores, spans, the rule files' validation and the cues."""

from __future__ import annotations

import re
from typing import Any

import pytest

from pausecoach.content.checker_rules import build, check, expanded_patterns, load_checker_data
from pausecoach.core.checker import (
    CheckResult,
    Finding,
    PhraseChecker,
    split_sentences,
    squeeze,
    worst_verdict,
)


def test_gentle_start_up_is_gentle_with_a_high_score() -> None:
    result = check("I feel lonely tonight. Could we walk after dinner?")
    assert isinstance(result, CheckResult)
    assert result.verdict == "gentle"
    assert result.score >= 80
    assert not result.attacks


def test_harsh_start_up_is_harsh_with_spans_on_the_words() -> None:
    text = "You never listen, you're so selfish."
    result = check(text)
    assert result.verdict == "harsh"
    assert result.score < 60
    spans = {f.rule: text[f.start : f.end] for f in result.findings}
    assert spans["absolute"].lower() == "you never"
    assert "selfish" in spans["character"]
    assert all(isinstance(f, Finding) and f.message and f.suggestion for f in result.findings)


def test_a_plain_observation_is_plain_not_harsh() -> None:
    result = check("We haven't cooked together in ages.")
    assert result.verdict == "plain"
    assert not result.attacks
    assert {f.rule for f in result.findings} >= {"no-feeling", "no-need"}


def test_a_repair_is_gentle_and_praised() -> None:
    result = check("I hadn't seen it from your side before.")
    assert result.verdict == "gentle"
    assert "repair" in {s.rule for s in result.strengths}


def test_text_in_another_language_is_not_judged() -> None:
    result = check("Ich bin wirklich müde und brauche eine Pause.")
    assert result.verdict == "not_english"
    assert result.findings == ()


def test_unsafe_when_the_text_speaks_of_fear() -> None:
    result = check("I'm scared of him when he drinks.")
    assert result.verdict == "unsafe"
    assert any(f.category == "safety" for f in result.findings)


def test_empty_text_is_gentle_and_clean() -> None:
    assert check("   ").findings == ()


def test_spans_point_into_the_text_as_typed_when_blanks_are_squeezed() -> None:
    text = "I'm    tired.    You    never    help."
    result = check(text)
    assert any(text[f.start : f.end].startswith("You") for f in result.findings)
    assert squeeze("a  b\t\tc\n\nd") == ("a b c\nd", [0, 1, 3, 4, 6, 7, 9, 10])


def test_sentences_split_on_ends_and_newlines() -> None:
    text = "One. Two!\nThree?"
    assert [text[a:b] for a, b in split_sentences(text)] == ["One", "Two", "Three"]


@pytest.mark.parametrize(
    ("verdicts", "worst"),
    [
        ([], "gentle"),
        (["gentle", "plain"], "plain"),
        (["plain", "not_english"], "not_english"),
        (["gentle", "harsh", "not_english"], "harsh"),
        (["unsafe", "gentle", "harsh"], "unsafe"),
    ],
)
def test_worst_verdict(verdicts: list[Any], worst: str) -> None:
    assert worst_verdict(verdicts) == worst


def test_shipped_patterns_all_compile() -> None:
    for source in expanded_patterns(load_checker_data()):
        re.compile(source, re.IGNORECASE)


def test_the_shipped_cue_file_is_current() -> None:
    """Regenerate with: python -m pausecoach.content.checker_cues"""
    from pausecoach.content.checker_cues import generate
    from pausecoach.content.checker_rules import _shipped_cues

    assert _shipped_cues() == generate()


def test_cues_never_hide_a_match() -> None:
    """Every shipped pattern that matches a labelled line passes its cue formula there."""
    from tests.checker_data import SETS, labelled_startups

    from pausecoach.content.checker_rules import shipped_rules
    from pausecoach.core.cues import may_match

    texts = [t for path in SETS.values() for _, t in labelled_startups(path)]
    patterns = [p for r in shipped_rules().rules for p in (*r.patterns, *r.exceptions)]
    assert all(p.cues is not None for p in patterns[:5])
    for pattern in patterns:
        if pattern.cues is None:
            continue
        regex = re.compile(pattern.source, re.IGNORECASE)
        for text in texts:
            if regex.search(text.replace("’", "'")):
                assert may_match(pattern.cues, text.replace("’", "'").casefold()), (
                    pattern.source,
                    text,
                )


def _file(**changes: object) -> dict[str, Any]:
    data: dict[str, Any] = {
        "settings": {
            "harsh_below": 61,
            "max_bonus": 20,
            "repeat_cap": 2,
            "sentence_limit": 4,
            "severe_at": 35,
            "max_chars": 2000,
            "max_lines": 100,
        },
        "macros": {"you": "(?:you|u)"},
        "horsemen": {"criticism": {"name": "Criticism", "meaning": "m", "antidote": "a"}},
        "rules": [
            {
                "id": "absolute",
                "title": "Always",
                "kind": "match",
                "category": "criticism",
                "message": "m",
                "suggestion": "s",
                "penalty": 30,
                "patterns": [r"\b{you}\s+always\b"],
            }
        ],
    }
    data.update(changes)
    return data


def test_a_small_rule_file_builds_a_working_checker() -> None:
    checker = PhraseChecker(build(_file()).rules)
    assert [f.rule for f in checker.check("U always do this.").findings] == ["absolute"]
    assert checker.check("U always do this.").verdict == "gentle"  # no bare-complaint rules here
    assert checker.check("I always love this.").findings == ()


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"macros": {}}, "unknown macro"),
        ({"unknown": 1}, "unknown tables"),
        ({"horsemen": {}}, "no \\[horsemen\\] entry"),
        ({"settings": {"harsh_below": 61}}, "settings.max_bonus"),
    ],
)
def test_broken_rule_files_are_refused(changes: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        build(_file(**changes))


def test_a_bad_regular_expression_names_its_rule() -> None:
    data = _file()
    data["rules"][0]["patterns"] = [r"\b(unclosed"]
    with pytest.raises(ValueError, match="rule absolute: bad pattern"):
        build(data)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"penalty": "30"}, "penalty must be int"),
        ({"kind": "guess"}, "unknown kind"),
        ({"colour": "red"}, "unknown keys"),
        ({"patterns": []}, "needs patterns"),
    ],
)
def test_a_bad_rule_entry_is_refused(change: dict[str, object], problem: str) -> None:
    data = _file()
    data["rules"][0].update(change)
    with pytest.raises(ValueError, match=problem):
        build(data)


def test_duplicate_rule_ids_are_refused() -> None:
    data = _file()
    data["rules"] = data["rules"] * 2
    with pytest.raises(ValueError, match="unique"):
        build(data)
