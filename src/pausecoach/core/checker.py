"""The phrasing checker: explainable, offline rules that tell a gentle start-up from a harsh one.

The rules are handed in (content/checker_rules.py builds them from the TOML files); this module
holds no state between checkers and imports only the standard library.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pausecoach.core.cues import Formula, compiled_if_possible
from pausecoach.core.language import looks_english
from pausecoach.core.safety import normalise_apostrophes, screen_danger

Verdict = Literal["gentle", "plain", "harsh", "unsafe", "not_english"]
RuleKind = Literal[
    "match",  # a finding for each place a pattern matches
    "absent",  # one finding when none of the patterns (or words) match: a missing formula part
    "negative_need",  # the only request is "stop / don't"; pairs with the "absent" need rule
    "caps",  # words in capitals, shouting
    "pile_up",  # complaints spread over several sentences
    "too_long",  # rambling: too many words or sentences
    "bonus",  # a strength: politeness, appreciation, a repair
    "formula",  # a strength: feeling, situation and a positive need all present
    "safety",  # words of violence or fear (core/safety.py): the verdict becomes "unsafe"
]
VERDICTS: tuple[Verdict, ...] = ("gentle", "plain", "not_english", "harsh", "unsafe")
VERDICT_RANK: dict[Verdict, int] = {v: i for i, v in enumerate(VERDICTS)}
_SENTENCE_END = re.compile(r"[.!?;…]+[\"')\]]*(?:\s+|$)|\n+")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']{2,}\b")
_BLANKS = re.compile(r"\s{2,}")  # runs of blanks, squeezed to one so no rule crawls along one
COMPLAINT_PENALTY = 15  # pile_up counts sentences holding a finding at least this costly
MINOR = 15  # a finding this cheap is dropped where a costlier one covers the same words


@dataclass(frozen=True)
class Finding:
    """One thing the checker noticed; an empty span (start == end) means the text as a whole."""

    rule: str
    category: str
    message: str
    suggestion: str
    start: int
    end: int
    penalty: int = 0
    title: str = ""  # a short name for the rule ("Always / never")


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one start-up: problems found, strengths found, and a 0-100 score."""

    verdict: Verdict
    score: int
    findings: tuple[Finding, ...]
    strengths: tuple[Finding, ...] = ()

    @property
    def attacks(self) -> tuple[Finding, ...]:
        """The findings that name an attack (criticism, contempt, defensiveness...)."""
        return tuple(f for f in self.findings if f.penalty and f.category not in _NOT_ATTACKS)


_NOT_ATTACKS = frozenset({"missing-part", "clarity", "positive", "safety"})


@dataclass(frozen=True)
class Pattern:
    """One regular expression, with the literal words its every match must contain."""

    source: str
    # A cue formula (core/cues.py), casefolded; None when none is known. Left out of equality
    # and hashing: it is derived from the source, and lists as read from JSON do not hash.
    cues: Formula = field(default=None, compare=False)


@dataclass(frozen=True)
class Rule:
    """One rule: what it looks for, and what it says when it fires."""

    id: str
    kind: RuleKind
    category: str
    message: str
    suggestion: str
    title: str = ""
    penalty: int = 0
    bonus: int = 0
    patterns: tuple[Pattern, ...] = ()
    exceptions: tuple[Pattern, ...] = ()
    words: frozenset[str] = frozenset()  # caps: allowed in capitals; absent: phrases that count
    frames: frozenset[str] = frozenset()  # absent: a phrase counts only a word or three after one
    limit: int = 0  # too_long: word limit; pile_up: sentences with problems
    replaces: str = ""  # negative_need: the id of the 'absent' need rule it stands in for


@dataclass(frozen=True)
class RuleSet:
    """All rules plus the scoring settings."""

    rules: tuple[Rule, ...]
    harsh_below: int = 60
    max_bonus: int = 20
    repeat_cap: int = 2  # a rule's penalty counts once per sentence, at most this many times
    sentence_limit: int = 4
    bare_complaint: tuple[str, ...] = ()  # rules that, all firing with an attack, mean harsh
    severe_at: int = 35  # one attack this costly makes the start-up harsh whatever else it has
    by_id: dict[str, Rule] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self.by_id.update({rule.id: rule for rule in self.rules})


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences in `text`, without empty ones."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def squeeze(text: str) -> tuple[str, list[int]]:
    """`text` with runs of blanks made one space (one newline if they hold one), and where
    each of its characters came from."""
    where: list[int] = []
    parts: list[str] = []
    last = 0
    for match in _BLANKS.finditer(text):
        parts += [text[last : match.start()], "\n" if "\n" in match.group() else " "]
        where += range(last, match.start() + 1)
        last = match.end()
    parts.append(text[last:])
    where += range(last, len(text) + 1)
    return "".join(parts), where


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _finding(rule: Rule, start: int, end: int) -> Finding:
    return Finding(
        rule.id, rule.category, rule.message, rule.suggestion, start, end, rule.penalty, rule.title
    )


def framed_phrases(text: str, frames: frozenset[str], most: int = 3) -> set[str]:
    """Runs of one to `most` words, lower case, that start at most three words after a frame
    word ("I'm really fed up": "really", "really fed", "fed", "fed up", ...)."""
    words = [w.lower() for w in _WORD.findall(text)]
    starts = {i + gap for i, w in enumerate(words) if w in frames for gap in (1, 2, 3)}
    return {
        " ".join(words[i : i + n]) for i in starts for n in range(1, most + 1) if i < len(words)
    }


class _Text:
    """One text being checked: its squeezed form, lower-cased for cues, and compiled patterns."""

    def __init__(self, clean: str, compiled: dict[str, re.Pattern[str]]) -> None:
        self.clean = clean
        self.folded = clean.casefold()
        self._compiled = compiled

    def spans(self, patterns: Sequence[Pattern]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for pattern in patterns:
            regex = compiled_if_possible(
                pattern.source, pattern.cues, self.folded, self._compiled, re.IGNORECASE
            )
            if regex is None:
                continue
            out += [m.span() for m in regex.finditer(self.clean) if m.end() > m.start()]
        return out

    def matches(self, rule: Rule) -> list[tuple[int, int]]:
        """Spans where the rule's patterns match, minus those an exception covers."""
        spans = self.spans(rule.patterns)
        if spans and rule.exceptions:
            excused = self.spans(rule.exceptions)
            spans = [s for s in spans if not _overlaps(*s, excused)]
        return sorted(spans)

    def has_words(self, rule: Rule) -> bool:
        if not rule.words:
            return False
        return not framed_phrases(self.clean, rule.frames).isdisjoint(rule.words)


class PhraseChecker:
    """Runs a rule set over a start-up and gives its verdict; patterns compile on first need."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._kinds: dict[RuleKind, list[Rule]] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        for rule in rules.rules:
            self._kinds.setdefault(rule.kind, []).append(rule)

    def _of(self, kind: RuleKind) -> list[Rule]:
        return self._kinds.get(kind, [])

    def check(self, text: str) -> CheckResult:
        """Check one start-up."""
        squeezed, where = squeeze(normalise_apostrophes(text))
        sentences = split_sentences(squeezed)
        if not sentences:
            return CheckResult("gentle", 100, ())
        danger = screen_danger(text)
        if not danger and not looks_english(squeezed):
            return CheckResult("not_english", 0, ())
        t = _Text(squeezed, self._compiled)
        found: list[Finding] = []
        for rule in self._of("match"):
            found += [_finding(rule, a, b) for a, b in t.matches(rule)]
        for rule in self._of("caps"):
            found += [_finding(rule, a, b) for a, b in self._caps_spans(rule, t)]
        found = _without_echoes(found)
        found += self._pile_up(found, sentences)
        found += self._missing_parts(t, sentences)
        strengths = self._strengths(t, found)
        penalty = self._penalty(found, sentences)
        bonus = min(self.rules.max_bonus, sum(self.rules.by_id[s.rule].bonus for s in strengths))
        score = max(0, min(100, 100 - penalty + bonus))
        verdict = self._verdict(found, strengths, score)
        if verdict == "harsh":
            score = min(score, self.rules.harsh_below - 1)
        found = [_moved(f, where) for f in found]
        for rule in self._of("safety"):
            found += [_finding(rule, hit.start, hit.end) for hit in danger]
        if danger:
            verdict = "unsafe"
        found.sort(key=lambda f: (f.start, f.end, f.rule))
        return CheckResult(verdict, score, tuple(found), tuple(_moved(s, where) for s in strengths))

    def _verdict(
        self, found: Sequence[Finding], strengths: Sequence[Finding], score: int
    ) -> Verdict:
        """Harsh needs an attack; without one, warm words make it gentle, their lack plain."""
        attacks = [f for f in found if f.penalty and f.category not in _NOT_ATTACKS]
        points = sum(f.penalty for f in attacks)
        # One minor charge next to a feeling or a request is a rough edge, not an attack.
        if attacks and (
            (score < self.rules.harsh_below and points > MINOR)
            or self._bare(found)
            or max(f.penalty for f in attacks) >= self.rules.severe_at
        ):
            return "harsh"
        return "plain" if self._bare(found) and not strengths else "gentle"

    def _bare(self, found: Sequence[Finding]) -> bool:
        """Neither a feeling nor a request (a 'stop' counts as none)."""
        fired = {f.rule for f in found}
        fired |= {self.rules.by_id[r].replaces for r in fired if self.rules.by_id[r].replaces}
        return bool(self.rules.bare_complaint) and fired.issuperset(self.rules.bare_complaint)

    def _caps_spans(self, rule: Rule, t: _Text) -> list[tuple[int, int]]:
        spans = [
            m.span()
            for m in _CAPS_WORD.finditer(t.clean)
            if m.group().strip("'").lower() not in rule.words
        ]
        return sorted(spans + t.matches(rule))

    def _penalty(self, found: Sequence[Finding], sentences: Sequence[tuple[int, int]]) -> int:
        """Each rule costs once per sentence it fires in, at most `repeat_cap` times."""
        seen: dict[str, set[int]] = {}
        total_whole = 0
        for item in found:
            if item.start == item.end:
                total_whole += item.penalty
                continue
            index = next((i for i, (_, b) in enumerate(sentences) if item.start < b), -1)
            seen.setdefault(item.rule, set()).add(index)
        cap = self.rules.repeat_cap
        return total_whole + sum(
            self.rules.by_id[rule].penalty * min(cap, len(where)) for rule, where in seen.items()
        )

    def _pile_up(
        self, found: Sequence[Finding], sentences: Sequence[tuple[int, int]]
    ) -> list[Finding]:
        out: list[Finding] = []
        for rule in self._of("pile_up"):
            hit = {
                i
                for f in found
                if f.penalty >= COMPLAINT_PENALTY
                for i, (a, b) in enumerate(sentences)
                if a <= f.start < b
            }
            if len(hit) >= rule.limit:
                last = sentences[max(hit)]
                out.append(_finding(rule, last[0], last[1]))
        return out

    def _missing_parts(self, t: _Text, sentences: Sequence[tuple[int, int]]) -> list[Finding]:
        out: list[Finding] = []
        for rule in self._of("absent"):
            stand_in = next((n for n in self._of("negative_need") if n.replaces == rule.id), None)
            negatives = t.matches(stand_in) if stand_in is not None else []
            if any(not _overlaps(*s, negatives) for s in t.matches(rule)):
                continue
            if not negatives and t.has_words(rule):
                continue
            if stand_in is not None and negatives:
                out.append(_finding(stand_in, *negatives[0]))
            else:
                out.append(_finding(rule, 0, 0))
        for rule in self._of("too_long"):
            words = len(_WORD.findall(t.clean))
            if words > rule.limit or len(sentences) > self.rules.sentence_limit:
                out.append(_finding(rule, 0, 0))
        return out

    def _strengths(self, t: _Text, found: Sequence[Finding]) -> list[Finding]:
        # A kind word inside a put-down earns nothing; next to a missing part it still counts.
        problems = [(f.start, f.end) for f in found if f.category not in _NOT_ATTACKS]
        out: list[Finding] = []
        for rule in self._of("bonus"):
            spans = [s for s in t.matches(rule) if not _overlaps(*s, problems)]
            if spans:
                out.append(_finding(rule, *spans[0]))
        complete = not any(f.category == "missing-part" for f in found)
        for rule in self._of("formula"):
            if complete and self._of("absent"):
                out.append(_finding(rule, 0, 0))
        return out


def _without_echoes(found: list[Finding]) -> list[Finding]:
    """Drop a minor finding (penalty up to MINOR) on words another one already names: one
    phrase, one charge ("You never" is an absolute, not also a 'you did' charge)."""
    kept: list[Finding] = []
    for f in sorted(found, key=lambda f: (-f.penalty, f.start)):
        named = [(k.start, k.end) for k in kept if k.category != "tone"]
        if f.penalty > MINOR or not _overlaps(f.start, f.end, named):
            kept.append(f)
    return kept


def _moved(finding: Finding, where: Sequence[int]) -> Finding:
    """The finding with its span in the text as typed (blanks were squeezed)."""
    start, end = where[finding.start], where[finding.end]
    if (start, end) == (finding.start, finding.end):
        return finding
    return Finding(
        finding.rule,
        finding.category,
        finding.message,
        finding.suggestion,
        start,
        end,
        finding.penalty,
        finding.title,
    )


def worst_verdict(verdicts: Iterable[Verdict]) -> Verdict:
    """The most serious verdict of several (gentle when there are none)."""
    return max(verdicts, key=VERDICT_RANK.__getitem__, default="gentle")
