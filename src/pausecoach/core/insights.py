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
    """The parts of one saved pause that the statistics use (PauseTable holds many as columns)."""

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


class PauseTable(NamedTuple):
    """The same facts as columns, one sequence per field in PauseFacts order.

    Counting 100,000 pauses column by column is about twice as fast as row by row.
    """

    started_at: Sequence[datetime]
    role: Sequence[str]
    status: Sequence[str]
    planned_seconds: Sequence[int | None]
    actual_seconds: Sequence[int | None]
    pulse_before: Sequence[int | None]
    pulse_after: Sequence[int | None]
    signs: Sequence[tuple[str, ...]]
    patterns: Sequence[tuple[str, ...]]
    back_on_time: Sequence[bool | None]

    @classmethod
    def from_facts(cls, facts: Sequence[PauseFacts]) -> PauseTable:
        """Rows turned into columns."""
        if not facts:
            return cls(*([()] * len(cls._fields)))
        return cls(*zip(*facts, strict=True))

    @classmethod
    def from_store_rows(cls, rows: Sequence[Sequence[Any]]) -> PauseTable:
        """Columns from the store's stats rows (ids comma-joined, booleans as 0/1).

        Rows are (started_at, role, status, planned, actual, before, after, back, signs,
        patterns), as schema.STATS_COLUMNS lists them.
        """
        if not rows:
            return cls.from_facts([])
        started, role, status, planned, actual, before, after, back, signs, patterns = zip(
            *rows, strict=True
        )
        return cls(
            [datetime.fromisoformat(text) for text in started],
            role,
            status,
            planned,
            actual,
            before,
            after,
            _split_all(signs),
            _split_all(patterns),
            list(map(BOOLEANS.get, back)),
        )


BOOLEANS: dict[int | None, bool | None] = {None: None, 0: False, 1: True}


def _split_all(joined: Sequence[str | None]) -> list[tuple[str, ...]]:
    """Comma-joined ids as tuples; each distinct text is split once (people repeat themselves)."""
    parts: dict[str | None, tuple[str, ...]] = {
        text: tuple(text.split(",")) for text in set(joined) if text
    }
    empty: tuple[str, ...] = ()
    return [parts.get(text, empty) for text in joined]


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


def _known(values: Iterable[int | None]) -> list[int]:
    return [v for v in values if v is not None]


def pulse_drops(before: Sequence[int | None], after: Sequence[int | None]) -> list[int]:
    """Pulse before minus pulse after, for the pauses where both were counted."""
    return [b - a for b, a in zip(before, after, strict=True) if b is not None and a is not None]


def common_signs(
    signs: Iterable[tuple[str, ...]], top: int = TOP_SIGNS
) -> tuple[tuple[str, int], ...]:
    """The signs ticked most often, most first (ties in alphabetical order)."""
    counts: Counter[str] = Counter()
    for ticked, pauses in Counter(signs).items():  # the same set of signs comes back often
        for sign in ticked:
            counts[sign] += pauses
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:top])


def pattern_drops(table: PauseTable) -> tuple[PatternDrop, ...]:
    """Median pulse drop per breathing pattern; a pause that mixed patterns counts as 'mixed'."""
    drops: dict[str, list[int]] = {}
    for used, before, after in zip(
        table.patterns, table.pulse_before, table.pulse_after, strict=True
    ):
        if used and before is not None and after is not None:
            key = used[0] if len(used) == 1 else MIXED
            drops.setdefault(key, []).append(before - after)
    result = [
        PatternDrop(name, len(values), _median(values) if len(values) >= MIN_FOR_PATTERN else None)
        for name, values in drops.items()
    ]
    return tuple(
        sorted(result, key=lambda p: (p.median_drop is None, -(p.median_drop or 0), p.pattern))
    )


def on_time_rate(back_on_time: Iterable[bool | None]) -> Rate:
    """How often the user was back by the time they promised (pauses with a promise only)."""
    counts = Counter(back_on_time)
    return Rate(counts[True], counts[True] + counts[False])


def role_splits(table: PauseTable) -> tuple[RoleSplit, ...]:
    """The pauses split by role: I was flooded / my partner stepped away."""
    counts = Counter(zip(table.role, table.status, table.back_on_time, strict=True))
    splits = []
    for role in ROLES:
        mine = {key: n for key, n in counts.items() if key[0] == role}
        completed = sum(n for (_, status, _), n in mine.items() if status == "completed")
        hits = sum(n for (_, _, back), n in mine.items() if back is True)
        misses = sum(n for (_, _, back), n in mine.items() if back is False)
        splits.append(RoleSplit(role, sum(mine.values()), completed, Rate(hits, hits + misses)))
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
    pauses: PauseTable | Sequence[PauseFacts],
    now: datetime,
    tz: tzinfo | None = None,
    drills: Sequence[DrillFacts] = (),
) -> Insights:
    """All the statistics over these pauses (weeks are local weeks in `tz`, ending at `now`)."""
    table = pauses if isinstance(pauses, PauseTable) else PauseTable.from_facts(pauses)
    statuses = Counter(table.status)
    return Insights(
        pauses=len(table.status),
        weekly=weekly_counts(table.started_at, now, tz),
        median_planned=_median(_known(table.planned_seconds)),
        median_actual=_median(_known(table.actual_seconds)),
        median_pulse_before=_median(_known(table.pulse_before)),
        median_pulse_after=_median(_known(table.pulse_after)),
        median_pulse_drop=_median(pulse_drops(table.pulse_before, table.pulse_after)),
        common_signs=common_signs(table.signs),
        pattern_drops=pattern_drops(table),
        on_time=on_time_rate(table.back_on_time),
        interrupted=statuses["interrupted"],
        safety_exits=statuses["safety_exit"],
        roles=role_splits(table),
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
