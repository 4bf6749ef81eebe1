"""What past pauses teach: weekly counts, break lengths, pulse drops, signs, on-time returns.

Pure: plain data in (facts read from stored records), plain numbers out; no I/O, no clock.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from statistics import median
from typing import Any, NamedTuple

WEEKS = 12
MIN_FOR_PATTERN = 3
TOP_SIGNS = 5
DRILL_WEEKS = 6
ROLES = ("flooded", "partner_stepped_away")
MIXED = "mixed"


class PauseFacts(NamedTuple):
    """The parts of one saved pause that the statistics use (a tuple: 100,000 build fast)."""

    started_at: datetime
    role: str = "flooded"
    status: str = "completed"
    planned_seconds: int | None = None
    actual_seconds: int | None = None
    pulse_before: int | None = None
    pulse_after: int | None = None
    signs: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    back_on_time: bool | None = None

    @classmethod
    def from_columns(cls, row: Sequence[Any]) -> PauseFacts:
        """Facts from the store's stats columns (lists of ids comma-joined, booleans 0/1)."""
        started, role, status, planned, actual, before, after, back, signs, patterns = row
        return cls(
            datetime.fromisoformat(started),
            role,
            status,
            planned,
            actual,
            before,
            after,
            tuple(signs.split(",")) if signs else (),
            tuple(patterns.split(",")) if patterns else (),
            None if back is None else bool(back),
        )

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> PauseFacts:
        """Facts from a stored record (a dict as in `history --json`)."""
        patterns = tuple(record.get("patterns") or ())
        if not patterns and record.get("pattern"):
            patterns = (record["pattern"],)
        return cls(
            started_at=datetime.fromisoformat(record["started_at"]),
            role=record.get("role", "flooded"),
            status=record.get("status", "completed"),
            planned_seconds=record.get("planned_seconds"),
            actual_seconds=record.get("actual_seconds"),
            pulse_before=record.get("pulse_before"),
            pulse_after=record.get("pulse_after"),
            signs=tuple(record.get("signs") or ()),
            patterns=patterns,
            back_on_time=record.get("back_on_time"),
        )


@dataclass(frozen=True)
class DrillFacts:
    """One drill attempt: when, and its score (0-100)."""

    at: datetime
    score: int


@dataclass(frozen=True)
class Rate:
    """A share: `hits` out of `total` (rate None when there is nothing to count)."""

    hits: int
    total: int

    @property
    def rate(self) -> float | None:
        """hits / total, or None when total is 0."""
        return self.hits / self.total if self.total else None


@dataclass(frozen=True)
class PatternDrop:
    """How far the pulse fell with one breathing pattern (None below MIN_FOR_PATTERN pauses)."""

    pattern: str
    count: int
    median_drop: float | None


@dataclass(frozen=True)
class RoleSplit:
    """Pauses in one role: how many, how many finished, how often back on time."""

    role: str
    count: int
    completed: int
    on_time: Rate


@dataclass(frozen=True)
class DrillProgress:
    """Drill attempts: how many, and the median score of each week that had some."""

    attempts: int
    best: int | None
    weekly_median: tuple[tuple[date, float], ...]


@dataclass(frozen=True)
class Insights:
    """Every statistic `history stats` shows."""

    pauses: int
    weekly: tuple[tuple[date, int], ...]
    median_planned: float | None
    median_actual: float | None
    median_pulse_before: float | None
    median_pulse_after: float | None
    median_pulse_drop: float | None
    common_signs: tuple[tuple[str, int], ...]
    pattern_drops: tuple[PatternDrop, ...]
    on_time: Rate
    interrupted: int
    safety_exits: int
    roles: tuple[RoleSplit, ...]
    drills: DrillProgress = field(default_factory=lambda: DrillProgress(0, None, ()))


def _median(values: Iterable[float]) -> float | None:
    items = list(values)
    return float(median(items)) if items else None


def week_start(moment: datetime, tz: tzinfo | None) -> date:
    """The Monday of the local week holding `moment` (tz None: the system's zone)."""
    day = moment.astimezone(tz).date()
    return day - timedelta(days=day.weekday())


def weekly_counts(
    moments: Iterable[datetime], now: datetime, tz: tzinfo | None, weeks: int = WEEKS
) -> tuple[tuple[date, int], ...]:
    """How many moments fall in each of the last `weeks` local weeks, oldest week first."""
    this_week = week_start(now, tz)
    starts = [this_week - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    rough_cutoff = now - timedelta(weeks=weeks + 1)  # skip old ones before the costly zone maths
    counts = Counter(week_start(m, tz) for m in moments if m >= rough_cutoff)
    return tuple((start, counts.get(start, 0)) for start in starts)


def pulse_drop(fact: PauseFacts) -> int | None:
    """Pulse before minus pulse after, when both were counted."""
    if fact.pulse_before is None or fact.pulse_after is None:
        return None
    return fact.pulse_before - fact.pulse_after


def common_signs(facts: Sequence[PauseFacts], top: int = TOP_SIGNS) -> tuple[tuple[str, int], ...]:
    """The signs ticked most often, most first (ties in alphabetical order)."""
    counts = Counter(sign for fact in facts for sign in fact.signs)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:top])


def pattern_drops(facts: Sequence[PauseFacts]) -> tuple[PatternDrop, ...]:
    """Median pulse drop per breathing pattern; a pause that mixed patterns counts as 'mixed'."""
    drops: dict[str, list[int]] = {}
    for fact in facts:
        if fact.patterns and fact.pulse_before is not None and fact.pulse_after is not None:
            key = fact.patterns[0] if len(fact.patterns) == 1 else MIXED
            drops.setdefault(key, []).append(fact.pulse_before - fact.pulse_after)
    result = [
        PatternDrop(name, len(values), _median(values) if len(values) >= MIN_FOR_PATTERN else None)
        for name, values in drops.items()
    ]
    return tuple(
        sorted(result, key=lambda p: (p.median_drop is None, -(p.median_drop or 0), p.pattern))
    )


def on_time_rate(facts: Iterable[PauseFacts]) -> Rate:
    """How often the user was back by the time they promised (pauses with a promise only)."""
    known = [f.back_on_time for f in facts if f.back_on_time is not None]
    return Rate(sum(1 for k in known if k), len(known))


def role_splits(facts: Sequence[PauseFacts]) -> tuple[RoleSplit, ...]:
    """The pauses split by role: I was flooded / my partner stepped away."""
    splits = []
    for role in ROLES:
        mine = [f for f in facts if f.role == role]
        completed = sum(1 for f in mine if f.status == "completed")
        splits.append(RoleSplit(role, len(mine), completed, on_time_rate(mine)))
    return tuple(splits)


def drill_progress(
    attempts: Sequence[DrillFacts], tz: tzinfo | None, weeks: int = DRILL_WEEKS
) -> DrillProgress:
    """Attempts, best score, and the median score of the last `weeks` weeks that had attempts."""
    by_week: dict[date, list[int]] = {}
    for attempt in attempts:
        by_week.setdefault(week_start(attempt.at, tz), []).append(attempt.score)
    recent = sorted(by_week)[-weeks:]
    weekly = tuple((start, float(median(by_week[start]))) for start in recent)
    best = max((a.score for a in attempts), default=None)
    return DrillProgress(len(attempts), best, weekly)


def compute(
    facts: Sequence[PauseFacts],
    now: datetime,
    tz: tzinfo | None = None,
    drills: Sequence[DrillFacts] = (),
) -> Insights:
    """All the statistics over these pauses (weeks are local weeks in `tz`, ending at `now`)."""
    drops = [d for d in (pulse_drop(f) for f in facts) if d is not None]
    return Insights(
        pauses=len(facts),
        weekly=weekly_counts((f.started_at for f in facts), now, tz),
        median_planned=_median(f.planned_seconds for f in facts if f.planned_seconds is not None),
        median_actual=_median(f.actual_seconds for f in facts if f.actual_seconds is not None),
        median_pulse_before=_median(f.pulse_before for f in facts if f.pulse_before is not None),
        median_pulse_after=_median(f.pulse_after for f in facts if f.pulse_after is not None),
        median_pulse_drop=_median(drops),
        common_signs=common_signs(facts),
        pattern_drops=pattern_drops(facts),
        on_time=on_time_rate(facts),
        interrupted=sum(1 for f in facts if f.status == "interrupted"),
        safety_exits=sum(1 for f in facts if f.status == "safety_exit"),
        roles=role_splits(facts),
        drills=drill_progress(drills, tz),
    )


def _rate_dict(rate: Rate) -> dict[str, Any]:
    return {"hits": rate.hits, "total": rate.total, "rate": rate.rate}


def to_dict(insights: Insights) -> dict[str, Any]:
    """Plain JSON-ready data (dates as ISO text, rates with their counts)."""
    return {
        "pauses": insights.pauses,
        "weekly": [{"week_start": w.isoformat(), "pauses": n} for w, n in insights.weekly],
        "median_planned_seconds": insights.median_planned,
        "median_actual_seconds": insights.median_actual,
        "median_pulse_before": insights.median_pulse_before,
        "median_pulse_after": insights.median_pulse_after,
        "median_pulse_drop": insights.median_pulse_drop,
        "common_signs": [{"sign": s, "count": n} for s, n in insights.common_signs],
        "pattern_drops": [
            {"pattern": p.pattern, "count": p.count, "median_drop": p.median_drop}
            for p in insights.pattern_drops
        ],
        "on_time": _rate_dict(insights.on_time),
        "interrupted": insights.interrupted,
        "safety_exits": insights.safety_exits,
        "roles": [
            {
                "role": r.role,
                "count": r.count,
                "completed": r.completed,
                "on_time": _rate_dict(r.on_time),
            }
            for r in insights.roles
        ],
        "drills": {
            "attempts": insights.drills.attempts,
            "best": insights.drills.best,
            "weekly_median": [
                {"week_start": w.isoformat(), "median_score": m}
                for w, m in insights.drills.weekly_median
            ],
        },
    }
