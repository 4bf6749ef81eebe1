"""The phrasing checker: explainable, offline rules that tell a soft start-up from a harsh one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pausecoach.core.safety import normalise_apostrophes, screen_danger

Verdict = Literal["soft", "harsh", "unsafe"]
RuleKind = Literal[
    "match",  # a finding for each place a pattern matches
    "absent",  # one finding when none of the patterns match (a missing formula part)
    "negative_need",  # the only request is "stop / don't"; pairs with the "absent" need rule
    "caps",  # words in capitals, shouting
    "pile_up",  # complaints spread over several sentences
    "too_long",  # rambling: too many words or sentences
    "bonus",  # a strength: politeness, appreciation
    "formula",  # a strength: feeling, situation and a positive need all present
    "safety",  # words of violence or fear (core/safety.py): the verdict becomes "unsafe"
]
VERDICT_RANK: dict[Verdict, int] = {"soft": 0, "harsh": 1, "unsafe": 2}
_SENTENCE_END = re.compile(r"[.!?;…]+[\"')\]]*(?:\s+|$)|\n+")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']{2,}\b")
COMPLAINT_PENALTY = 15  # pile_up counts sentences holding a finding at least this costly


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


@dataclass(frozen=True)
class Rule:
    """One compiled rule: what it looks for, and what it says when it fires."""

    id: str
    kind: RuleKind
    category: str
    message: str
    suggestion: str
    title: str = ""
    penalty: int = 0
    bonus: int = 0
    patterns: re.Pattern[str] | None = None
    exceptions: re.Pattern[str] | None = None
    words: frozenset[str] = frozenset()  # caps: words that may be written in capitals
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
    bare_complaint: tuple[str, ...] = ()  # rules that, all firing with no strength, mean harsh
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


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _matches(rule: Rule, text: str) -> list[tuple[int, int]]:
    """Spans where the rule's patterns match, minus those an exception covers."""
    if rule.patterns is None:
        return []
    spans = [m.span() for m in rule.patterns.finditer(text) if m.end() > m.start()]
    if spans and rule.exceptions is not None:
        excused = [m.span() for m in rule.exceptions.finditer(text)]
        spans = [s for s in spans if not _overlaps(*s, excused)]
    return spans


def _finding(rule: Rule, start: int, end: int) -> Finding:
    return Finding(
        rule.id, rule.category, rule.message, rule.suggestion, start, end, rule.penalty, rule.title
    )


def _caps_spans(rule: Rule, text: str) -> list[tuple[int, int]]:
    spans = [
        m.span()
        for m in _CAPS_WORD.finditer(text)
        if m.group().strip("'").lower() not in rule.words
    ]
    return sorted(spans + _matches(rule, text))


class PhraseChecker:
    """Runs a rule set over a start-up and scores it."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._kinds: dict[RuleKind, list[Rule]] = {}
        for rule in rules.rules:
            self._kinds.setdefault(rule.kind, []).append(rule)

    def _of(self, kind: RuleKind) -> list[Rule]:
        return self._kinds.get(kind, [])

    def check(self, text: str) -> CheckResult:
        """Check one start-up."""
        clean = normalise_apostrophes(text)
        sentences = split_sentences(clean)
        if not sentences:
            return CheckResult("soft", 100, ())
        found: list[Finding] = []
        for rule in self._of("match"):
            found += [_finding(rule, a, b) for a, b in _matches(rule, clean)]
        for rule in self._of("caps"):
            found += [_finding(rule, a, b) for a, b in _caps_spans(rule, clean)]
        found += self._pile_up(found, sentences)
        found += self._missing_parts(clean, sentences)
        strengths = self._strengths(clean, found)
        penalty = self._penalty(found, sentences)
        bonus = min(self.rules.max_bonus, sum(self.rules.by_id[s.rule].bonus for s in strengths))
        score = max(0, min(100, 100 - penalty + bonus))
        if not strengths and self._bare(found):
            score = min(score, self.rules.harsh_below - 1)
        danger = screen_danger(text)
        for rule in self._of("safety"):
            found += [_finding(rule, hit.start, hit.end) for hit in danger]
        verdict: Verdict = (
            "unsafe" if danger else "harsh" if score < self.rules.harsh_below else "soft"
        )
        found.sort(key=lambda f: (f.start, f.end, f.rule))
        return CheckResult(verdict, score, tuple(found), tuple(strengths))

    def _bare(self, found: Sequence[Finding]) -> bool:
        """Neither a feeling nor a request (a 'stop' counts as none): a bare complaint."""
        fired = {f.rule for f in found}
        fired |= {self.rules.by_id[r].replaces for r in fired if self.rules.by_id[r].replaces}
        return bool(self.rules.bare_complaint) and fired.issuperset(self.rules.bare_complaint)

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

    def _missing_parts(self, text: str, sentences: Sequence[tuple[int, int]]) -> list[Finding]:
        out: list[Finding] = []
        for rule in self._of("absent"):
            stand_in = next((n for n in self._of("negative_need") if n.replaces == rule.id), None)
            negatives = _matches(stand_in, text) if stand_in is not None else []
            if any(not _overlaps(*s, negatives) for s in _matches(rule, text)):
                continue
            if stand_in is not None and negatives:
                out.append(_finding(stand_in, *negatives[0]))
            else:
                out.append(_finding(rule, 0, 0))
        for rule in self._of("too_long"):
            words = len(_WORD.findall(text))
            if words > rule.limit or len(sentences) > self.rules.sentence_limit:
                out.append(_finding(rule, 0, 0))
        return out

    def _strengths(self, text: str, found: Sequence[Finding]) -> list[Finding]:
        # A kind word inside a put-down earns nothing; next to a missing part it still counts.
        problems = [(f.start, f.end) for f in found if f.category != "missing-part"]
        out: list[Finding] = []
        for rule in self._of("bonus"):
            spans = [s for s in _matches(rule, text) if not _overlaps(*s, problems)]
            if spans:
                out.append(_finding(rule, *spans[0]))
        complete = not any(f.category == "missing-part" for f in found)
        for rule in self._of("formula"):
            if complete and self._of("absent"):
                out.append(_finding(rule, 0, 0))
        return out


def worst_verdict(verdicts: Iterable[Verdict]) -> Verdict:
    """The most serious verdict of several (soft when there are none)."""
    return max(verdicts, key=VERDICT_RANK.__getitem__, default="soft")


_default: PhraseChecker | None = None
_loader: Callable[[], RuleSet] | None = None


def use_rules(loader: Callable[[], RuleSet]) -> None:
    """Choose where `check` gets its rules from (the shipped file unless told otherwise)."""
    global _default, _loader
    _loader, _default = loader, None


def default_checker() -> PhraseChecker:
    """The checker with the shipped rules, built on first use."""
    global _default
    if _default is None:
        if _loader is None:
            # The shipped rules are content (TOML validated by pydantic); core stays free of I/O
            # by asking the content layer for them only when a check is first made.
            from pausecoach.content.checker_rules import shipped_rules

            use_rules(shipped_rules)
        assert _loader is not None
        _default = PhraseChecker(_loader())
    return _default


def check(text: str) -> CheckResult:
    """Check one start-up with the shipped rules."""
    return default_checker().check(text)
