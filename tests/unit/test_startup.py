"""The soft start-up formula: three boxes become one gentle sentence."""

from __future__ import annotations

import pytest

from pausecoach.core.startup import build_formula, missing_parts


@pytest.mark.parametrize(
    ("feeling", "situation", "need", "sentence"),
    [
        (
            "worn out",
            "the dishes",
            "a hand tonight",
            "I feel worn out about the dishes, and I need a hand tonight.",
        ),
        (
            "I feel worn out.",
            "about the dishes",
            "I need a hand tonight!",
            "I feel worn out about the dishes, and I need a hand tonight.",
        ),
        (
            "I'm stressed",
            "when you come home late",
            "a text",
            "I feel stressed when you come home late, and I need a text.",
        ),
        (
            "I\u2019m feeling lonely",
            "that we rarely talk",
            "I\u2019d like a walk together",
            "I feel lonely when we rarely talk, and I need a walk together.",
        ),
        ("Im tired", "money", "a plan", "I feel tired about money, and I need a plan."),
        ("immensely sad", "", "", "I feel immensely sad."),
        ("feeling   unheard", "  ", "", "I feel unheard."),
        ("", "the dishes", "", "About the dishes."),
        ("", "when you leave the dishes", "help", "When you leave the dishes, I need help."),
        ("", "", "I need a hug", "I need a hug."),
        ("tired", "", "a rest", "I feel tired, and I need a rest."),
        ("", "", "", ""),
    ],
)
def test_build_formula(feeling: str, situation: str, need: str, sentence: str) -> None:
    assert build_formula(feeling, situation, need) == sentence


def test_missing_parts_in_plain_words() -> None:
    assert missing_parts("", " ", "") == ["a feeling", "a specific situation", "what you need"]
    assert missing_parts("sad", "", "a hug") == ["a specific situation"]
    assert missing_parts("sad", "the call", "a hug") == []
