"""The checker's public API: verdicts, scores, spans and the shipped rules' validity."""

from __future__ import annotations

import pytest

from pausecoach.content.checker_rules import build_rules, load_checker_file
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


def _file(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "settings": {"harsh_below": 61, "max_bonus": 20, "repeat_cap": 2, "sentence_limit": 4},
        "macros": {"you": "(?:you|u)"},
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
    from pausecoach.content.checker_rules import CheckerFile
    from pausecoach.core.checker import PhraseChecker

    checker = PhraseChecker(build_rules(CheckerFile.model_validate(_file())))
    assert [f.rule for f in checker.check("U always do this.").findings] == ["absolute"]
    assert checker.check("I always love this.").findings == ()


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"macros": {}}, "unknown macro"),
        ({"unknown": 1}, "Extra inputs"),
    ],
)
def test_broken_rule_files_are_refused(changes: dict[str, object], problem: str) -> None:
    from pydantic import ValidationError

    from pausecoach.content.checker_rules import CheckerFile

    with pytest.raises(ValidationError, match=problem):
        CheckerFile.model_validate(_file(**changes))


def test_a_bad_regular_expression_names_its_rule() -> None:
    from pausecoach.content.checker_rules import CheckerFile

    data = _file()
    data["rules"][0]["patterns"] = [r"\b(unclosed"]  # type: ignore[index]
    with pytest.raises(ValueError, match="rule absolute: bad pattern"):
        build_rules(CheckerFile.model_validate(data))


def test_duplicate_rule_ids_are_refused() -> None:
    from pydantic import ValidationError

    from pausecoach.content.checker_rules import CheckerFile

    data = _file()
    data["rules"] = data["rules"] * 2  # type: ignore[operator]
    with pytest.raises(ValidationError, match="unique"):
        CheckerFile.model_validate(data)
