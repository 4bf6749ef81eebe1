"""The danger screen: which kinds of danger a text speaks of, and whether to ask or to help now."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pausecoach.core.cues import compiled_if_possible
from pausecoach.core.danger_cues import CUES
from pausecoach.core.danger_rules import RULES
from pausecoach.core.danger_text import Token, canonical, tokens
from pausecoach.core.danger_words import NEG, VETOES

DangerLevel = Literal["none", "ask", "danger"]
CATEGORIES: tuple[str, ...] = (
    "self_harm",
    "violence",
    "weapon",
    "sexual",
    "fear_of_partner",
    "coercive_control",
    "fear_of_self",
)
"""Every category, most urgent first: the order help is offered in when several apply."""
_RANK = {"none": 0, "ask": 1, "danger": 2}
_NEGATION = re.compile(rf"(?:^| ){NEG}(?: |$)|n't(?: |$)")
_NEVER = re.compile(r"(?:^| )(?:never|not once)(?: |$)")


@dataclass(frozen=True)
class DangerHit:
    """A stretch of text that speaks of danger; `kind` is its category."""

    kind: str
    start: int
    end: int
    text: str
    level: DangerLevel = "danger"


@dataclass(frozen=True)
class DangerAssessment:
    """How a text reads: the level, the categories it speaks of (most urgent first), and where."""

    level: DangerLevel
    categories: tuple[str, ...]
    hits: tuple[DangerHit, ...]


_COMPILED: dict[str, re.Pattern[str]] = {}  # each rule's pattern, compiled on first need


@cache
def _rules() -> tuple[tuple[str, DangerLevel, str, bool, Any], ...]:
    """The rules with their cue formulas (core/danger_cues.py; a changed pattern has none and
    always runs: slower, never wrong)."""
    return tuple(
        (category, level, pattern, negatable, CUES.get(pattern))
        for category, level, pattern, negatable in RULES
    )


@cache
def _vetoes() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{v})" for v in VETOES))


def normalise_apostrophes(text: str) -> str:
    """Turn curly apostrophes into straight ones so patterns match how people really type."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")


def _level_after_negation(plain: str, start: int, end: int, level: DangerLevel) -> DangerLevel:
    """'He has never hit me' stands down; 'he didn't hit me' still asks."""
    before = plain[max(0, start - 24) : start]
    before = before[before.rfind(".") + 1 :]  # only this sentence
    before = " ".join(before.split(" ")[-4:])
    if _NEVER.search(before) or _NEVER.search(plain[start:end]):
        return "none"
    if _NEGATION.search(before):
        return "ask"
    return level


def _span(found: list[Token], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The stretch of the original text that plain-text characters start..end came from."""
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_left(starts, end) - 1
    return found[max(first, 0)].start, found[max(last, first, 0)].end


def assess_danger(text: str) -> DangerAssessment:
    """Read `text` for danger: 'none', 'ask' (ambiguous: ask gently) or 'danger' (help now)."""
    clean = normalise_apostrophes(text)
    found = tokens(clean)
    if not found:
        return DangerAssessment("none", (), ())
    plain, starts = canonical(found)
    vetoed = [m.span() for m in _vetoes().finditer(plain)]
    hits: list[DangerHit] = []
    folded = plain.casefold()
    for category, rule_level, source, negatable, cues in _rules():
        # Only the rules whose cue words are all there are compiled and run: most texts
        # need a handful of the ~45 patterns, and compiling them all costs ~20 ms.
        pattern = compiled_if_possible(source, cues, folded, _COMPILED)
        if pattern is None:
            continue
        for match in pattern.finditer(plain):
            if match.end() <= match.start():
                continue
            if any(match.start() < b and a < match.end() for a, b in vetoed):
                continue
            kept = rule_level
            if negatable:
                kept = _level_after_negation(plain, match.start(), match.end(), rule_level)
            if kept not in ("ask", "danger"):
                continue
            start, end = _span(found, starts, match.start(), match.end())
            hits.append(DangerHit(category, start, end, text[start:end], kept))
    if not hits:
        return DangerAssessment("none", (), ())
    hits.sort(key=lambda hit: (hit.start, -hit.end, -_RANK[hit.level]))
    level: DangerLevel = max((hit.level for hit in hits), key=_RANK.__getitem__)
    # The categories behind the level come first; those that only ask follow.
    top = {hit.kind for hit in hits if hit.level == level}
    rest = {hit.kind for hit in hits} - top
    categories = tuple(c for c in CATEGORIES if c in top) + tuple(
        c for c in CATEGORIES if c in rest
    )
    return DangerAssessment(level, categories, tuple(hits))


def screen_danger(text: str) -> list[DangerHit]:
    """Every place in `text` that speaks of danger (ask or danger), in order, without overlaps."""
    merged: list[DangerHit] = []
    for hit in assess_danger(text).hits:
        if merged and hit.start < merged[-1].end:
            continue
        merged.append(hit)
    return merged


def is_unsafe(text: str) -> bool:
    """True when the text speaks of danger at all: every text box then asks the safety question."""
    return assess_danger(text).level != "none"
