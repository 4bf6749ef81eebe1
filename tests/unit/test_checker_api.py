"""The checker's public API: verdicts, scores, spans and the shipped rules' validity."""

from __future__ import annotations

import pytest

from pausecoach.checker_rules import build_rules, load_checker_file
from pausecoach.core.checker import CheckResult, Finding, check, split_sentences, worst_verdict


def test_soft_start_up_is_soft_with_a_high_score() -> None:
    result = check("I feel lonely tonight. Could we walk after dinner?")
    assert isinstance(result, CheckResult)
    assert result.verdict == "soft"
    assert result.score >= 80
    assert all(f.category != "criticism" for f in result.findings)


def test_harsh_start_up_is_harsh_with_spans_on_the_words() -> None:
    text = "You never listen, you're so selfish."
    result = check(text)
    assert result.verdict == "harsh"
    assert result.score < 60
    spans = {f.rule: text[f.start : f.end] for f in result.findings}
    assert spans["absolute"].lower() == "you never"
    assert "selfish" in spans["character"]
    assert all(isinstance(f, Finding) and f.message and f.suggestion for f in result.findings)


def test_unsafe_when_the_text_speaks_of_fear() -> None:
    result = check("I'm scared of him when he drinks.")
    assert result.verdict == "unsafe"
    assert any(f.category == "safety" for f in result.findings)


def test_empty_text_is_soft_and_clean() -> None:
    assert check("   ").findings == ()


def test_shipped_rules_validate_and_compile() -> None:
    data = load_checker_file()
    rules = build_rules(data)
    assert {r.id for r in rules.rules} >= {"absolute", "you-opener", "no-need", "formula"}


def test_sentences_split_on_ends_and_newlines() -> None:
    text = "One. Two!\nThree?"
    assert [text[a:b] for a, b in split_sentences(text)] == ["One", "Two", "Three"]


@pytest.mark.parametrize(
    ("verdicts", "worst"),
    [([], "soft"), (["soft", "harsh"], "harsh"), (["unsafe", "soft", "harsh"], "unsafe")],
)
def test_worst_verdict(verdicts: list, worst: str) -> None:
    assert worst_verdict(verdicts) == worst
