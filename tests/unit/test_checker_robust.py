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


# Lines built to make a careless pattern crawl: long runs of one thing (issue 16, item 15).
PATHOLOGICAL = [
    "you" + " " * 1990 + "never",
    "you" + "\n" * 1990 + "never",
    "you " * 500,
    "I feel like you " * 125,
    "?" * 2000,
    "!?" * 1000,
    "a" * 2000,
    "thanks for " * 180,
    "No offence, " * 160,
    "you're so " * 200,
    "you" + " " * 32_000 + "never",  # over check's limit; the engine itself must still cope
]


def test_pathological_lines_finish_quickly_in_a_subprocess() -> None:
    """Not a timing test: a generous bound that only a crawling (quadratic) rule would miss."""
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from pausecoach.content.checker_rules import check\n"
        "for line in json.load(sys.stdin): check(line)\n"
        "print('done')\n"
    )
    import json

    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(PATHOLOGICAL),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "done"


def test_no_pattern_has_an_unbounded_gap() -> None:
    """A gap like [^.]* or .* can rescan the rest of a line from every start: bound it."""
    import re
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from pausecoach.content.checker_rules import expanded_patterns, load_checker_data

    def gaps(items: object) -> list[str]:
        found: list[str] = []
        for op, arg in items:  # type: ignore[attr-defined]
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                _, high, item = arg
                wide = any(
                    o in (c.ANY, c.NOT_LITERAL) or (o is c.IN and a and a[0][0] is c.NEGATE)
                    for o, a in item
                )
                if high is c.MAXREPEAT and wide:
                    found.append(str(item))
                found += gaps(item)
            elif op is c.SUBPATTERN:
                found += gaps(arg[-1])
            elif op is c.BRANCH:
                for branch in arg[1]:
                    found += gaps(branch)
        return found

    for source in expanded_patterns(load_checker_data()):
        assert not gaps(_parser.parse(source, re.IGNORECASE)), source
