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


@pytest.mark.parametrize(
    ("need", "ending"),
    [
        ("could we take turns this week", "and I need us to take turns this week."),
        ("Could we take turns this week?", "and I need us to take turns this week."),
        ("can you text me when you're late?", "and I need you to text me when you're late."),
        ("could you please listen first", "and I need you to listen first."),
        ("please hold me", "and I need you to hold me."),
        ("maybe we could go for a walk", "and I need us to go for a walk."),
        ("let's plan Sunday together", "and I need us to plan Sunday together."),
        ("I need could we take turns", "and I need us to take turns."),
        ("I want us to talk", "and I need us to talk."),
        ("I'd love a quiet evening", "and I need a quiet evening."),
        ("we split the chores", "and I need us to split the chores."),
        ("can I finish my sentence?", "and I need to finish my sentence."),
        ("a hug", "and I need a hug."),
        ("you to listen", "and I need you to listen."),
        ("could we", "and I need could we."),  # nothing after the ask: left as typed
    ],
)
def test_need_box_questions_read_as_a_need(need: str, ending: str) -> None:
    sentence = build_formula("tired", "the dishes", need)
    assert sentence == f"I feel tired about the dishes, {ending}"


def test_missing_parts_in_plain_words() -> None:
    assert missing_parts("", " ", "") == ["a feeling", "a specific situation", "what you need"]
    assert missing_parts("sad", "", "a hug") == ["a specific situation"]
    assert missing_parts("sad", "the call", "a hug") == []
