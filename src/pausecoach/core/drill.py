"""Drills: choose a round of scenarios, follow it, and sum it up. Pure: randomness is passed in."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

DEFAULT_COUNT = 5
MAX_COUNT = 20
TOP_FINDINGS = 3


@dataclass(frozen=True)
class DrillTopic:
    """A theme scenarios are grouped under (chores, money, ...)."""

    id: str
    title: str


@dataclass(frozen=True)
class Scenario:
    """A situation, the harsh line that came to mind, and gentler ways to say it."""

    id: str
    topic: str
    situation: str
    harsh: str
    rewrites: tuple[str, ...]


class FindingLike(Protocol):
    """What a summary needs from a checker finding (checker results and saved records fit)."""

    @property
    def rule(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def suggestion(self) -> str: ...


class AttemptLike(Protocol):
    """What a summary needs from one scored rewrite."""

    @property
    def score(self) -> int: ...

    @property
    def verdict(self) -> str: ...

    @property
    def findings(self) -> Sequence[FindingLike]: ...


def normalise_topic(name: str) -> str:
    """A topic as typed ("Work hours", "work_hours") in its id form ("work-hours")."""
    return "-".join(name.strip().lower().replace("_", " ").replace("-", " ").split())


def choose_scenarios(
    scenarios: Sequence[Scenario], count: int, rng: random.Random, topic: str | None = None
) -> tuple[Scenario, ...]:
    """Up to `count` different scenarios at random (of one topic, or spread over the topics).

    Without a topic, the round deals one scenario per topic before any topic comes twice.
    """
    if count < 1:
        raise ValueError("a round needs at least one scenario")
    pool = [s for s in scenarios if topic is None or s.topic == topic]
    if not pool:
        raise ValueError(f"no scenarios for topic {topic!r}")
    groups: dict[str, list[Scenario]] = {}
    for scenario in pool:
        groups.setdefault(scenario.topic, []).append(scenario)
    order = sorted(groups)
    rng.shuffle(order)
    for name in order:
        rng.shuffle(groups[name])
    dealt: list[Scenario] = []
    while len(dealt) < count and any(groups.values()):
        for name in order:
            if groups[name] and len(dealt) < count:
                dealt.append(groups[name].pop())
    return tuple(dealt)


@dataclass(frozen=True)
class CommonFinding:
    """A rule that fired in several rewrites of a round."""

    rule: str
    message: str
    suggestion: str
    count: int


@dataclass(frozen=True)
class RoundSummary:
    """How a round went: the scores of the coached rewrites and what came up most."""

    scores: tuple[int, ...]
    soft: int
    unsafe: int
    common: tuple[CommonFinding, ...]

    @property
    def average(self) -> int | None:
        """The mean score, rounded (None when nothing was scored)."""
        return round(sum(self.scores) / len(self.scores)) if self.scores else None

    @property
    def best(self) -> int | None:
        """The highest score (None when nothing was scored)."""
        return max(self.scores) if self.scores else None


def summarise(attempts: Sequence[AttemptLike], top: int = TOP_FINDINGS) -> RoundSummary:
    """Scores of the coached attempts (unsafe ones get help, not a score) and the commonest rules.

    A rule counts once per attempt, so one rewrite that repeats a word does not dominate.
    """
    coached = [a for a in attempts if a.verdict not in ("unsafe", "not_english")]
    counts: Counter[str] = Counter()
    first: dict[str, FindingLike] = {}
    for attempt in coached:
        for finding in attempt.findings:
            first.setdefault(finding.rule, finding)
        counts.update({finding.rule for finding in attempt.findings})
    # Most frequent first; ties keep the order the rules first appeared in.
    ranked = sorted(first, key=lambda rule: -counts[rule])[:top]
    return RoundSummary(
        scores=tuple(a.score for a in coached),
        soft=sum(1 for a in coached if a.verdict in ("gentle", "soft")),
        unsafe=len(attempts) - len(coached),
        common=tuple(
            CommonFinding(rule, first[rule].message, first[rule].suggestion, counts[rule])
            for rule in ranked
        ),
    )


@dataclass
class DrillRound:
    """A round in progress: the chosen scenarios, where we are, and the attempts made."""

    scenarios: tuple[Scenario, ...]
    attempts: list[AttemptLike] = field(default_factory=list)
    index: int = 0

    @property
    def current(self) -> Scenario:
        """The scenario being practised."""
        return self.scenarios[self.index]

    @property
    def number(self) -> int:
        """The 1-based position of the current scenario."""
        return self.index + 1

    @property
    def total(self) -> int:
        """How many scenarios the round has."""
        return len(self.scenarios)

    @property
    def is_last(self) -> bool:
        """True on the round's last scenario."""
        return self.index >= len(self.scenarios) - 1

    def record(self, attempt: AttemptLike) -> None:
        """Keep a scored attempt at the current scenario."""
        self.attempts.append(attempt)

    def advance(self) -> bool:
        """Move to the next scenario; False when the round is over."""
        if self.is_last:
            return False
        self.index += 1
        return True

    def summary(self) -> RoundSummary:
        """The summary of the attempts so far."""
        return summarise(self.attempts)


@dataclass(frozen=True)
class DrillOptions:
    """What `pausecoach drill` asked for: how many scenarios, which topic, and a seed (tests)."""

    count: int = DEFAULT_COUNT
    topic: str | None = None
    seed: int | None = None


def word_bank(
    groups: Sequence[tuple[str, Sequence[str]]], turn: int, size: int = 6
) -> tuple[str, ...]:
    """One word from each of `size` groups, changing with `turn` (a scenario's number), so each
    scenario offers a different handful of feeling or need words."""
    if not groups:
        return ()
    chosen: list[str] = []
    for i in range(min(size, len(groups))):
        _, words = groups[(turn + i) % len(groups)]
        if words:
            chosen.append(words[(turn + i) % len(words)])
    return tuple(chosen)
