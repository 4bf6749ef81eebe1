"""No pattern asks for a space before an apostrophe: "you'd" has none, so `you\\s+(?:had|'d)`
never matched "if you'd told me" (found by a fresh probe set; the same slip hid "I'm going to
snap" from the danger screen)."""

from __future__ import annotations

from pausecoach.content.checker_rules import shipped
from pausecoach.core.danger_rules import RULES


def _group_end(source: str, start: int) -> int:
    """Index of the parenthesis closing the group that opens at `start`."""
    depth = 0
    index = start
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return index
        index += 1
    return len(source)


def _top_level_alternatives(body: str) -> list[str]:
    parts, depth, current, index = [], 0, "", 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            current += body[index : index + 2]
            index += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        index += 1
    return [*parts, current]


def space_before_apostrophe(source: str) -> list[str]:
    """Places where whitespace is required right before a contraction's apostrophe."""
    found = []
    for marker in ("\\s+", "\\s", " "):
        start = source.find(marker)
        while start != -1:
            after = start + len(marker)
            if source.startswith("'", after):
                found.append(source[max(0, start - 20) : after + 6])
            elif source.startswith("(?:", after):
                end = _group_end(source, after)
                alternatives = _top_level_alternatives(source[after + 3 : end])
                if any(alt.startswith("'") for alt in alternatives):
                    found.append(source[max(0, start - 20) : end + 1])
            start = source.find(marker, after)
    return found


def test_the_finder_finds_the_slip() -> None:
    assert space_before_apostrophe(r"\bif\s+you\s+(?:had|'d)\s+told")
    assert space_before_apostrophe(r"\bi\s+'m\b")
    assert not space_before_apostrophe(r"\bif\s+you(?:\s+had|'d)\s+told")


def test_no_checker_pattern_needs_a_space_before_an_apostrophe() -> None:
    rules = shipped().rules.rules
    sources = [p.source for rule in rules for p in (*rule.patterns, *rule.exceptions)]
    assert sources
    slips = [slip for source in sources for slip in space_before_apostrophe(source)]
    assert not slips


def test_no_danger_pattern_needs_a_space_before_an_apostrophe() -> None:
    slips = [slip for *_, pattern, _ in RULES for slip in space_before_apostrophe(pattern)]
    assert not slips
