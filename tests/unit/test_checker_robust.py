"""Any text at all: the checker never fails, and its spans and score stay in range."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pausecoach.content.checker_rules import check

WORDS = st.sampled_from(
    [
        "you",
        "always",
        "never",
        "I",
        "feel",
        "like",
        "why",
        "don't",
        "dont",
        "youre",
        "so",
        "lazy",
        "please",
        "could",
        "we",
        "stop",
        "again",
        "!!",
        "SHOUT",
        "’",
        "\n",
        "😡",
        ".",
        "?",
    ]
)


@settings(max_examples=120, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join)))
def test_any_text_gives_a_result_in_range(text: str) -> None:
    result = check(text)
    assert result.verdict in {"gentle", "plain", "harsh", "unsafe", "not_english"}
    assert 0 <= result.score <= 100
    for finding in (*result.findings, *result.strengths):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.message


def test_a_very_long_text_is_handled() -> None:
    text = "I feel worried about the bills this week. You never help!! " * 170  # ~10,000 chars
    result = check(text)
    assert result.verdict == "harsh"
    assert any(f.rule == "too-long" for f in result.findings)
    assert all(f.end <= len(text) for f in result.findings)


def test_the_same_text_always_gets_the_same_result() -> None:
    text = "Why do you always do this? I feel like you don't care."
    assert check(text) == check(text)
