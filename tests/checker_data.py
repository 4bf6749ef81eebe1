"""The labelled start-ups (tests/data/startups*.csv), shared by the accuracy tests and benchmark."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"
STARTUPS = DATA / "startups.csv"
# Written after the first rules and held out until issue 14, when its harsh lines (caught only as
# bare complaints) were looked at to name their attacks: no longer an unseen set.
HOLDOUT = DATA / "startups_holdout.csv"
# Written for issue 14 before any rule change, weighted to what failed then (sarcasm, wrappers,
# defensiveness, contempt, plain observations, repairs...), then grown by fresh batches, each
# measured before the rules changed for it. Labels: harsh, gentle, plain, foreign.
TRICKY = DATA / "startups_tricky.csv"
# Same kinds, other wording; measured, never tuned on (one rule was dropped after an ablation
# that included it, so its figure may be a line optimistic).
TRICKY_HOLDOUT = DATA / "startups_tricky_holdout.csv"
SETS = {
    "startups": STARTUPS,
    "holdout": HOLDOUT,
    "tricky": TRICKY,
    "tricky-holdout": TRICKY_HOLDOUT,
}


def labelled_startups(path: Path = STARTUPS) -> list[tuple[str, str]]:
    """(label, text) pairs; label is soft/harsh (older sets) or harsh/gentle/plain/foreign."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["label"], row["text"]) for row in csv.DictReader(handle)]


def kinds(path: Path) -> dict[str, str]:
    """Text -> kind of line (sarcasm, repair...) for the sets that name one."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["text"]: row.get("kind") or row["label"] for row in csv.DictReader(handle)}


@dataclass
class Scores:
    """Harsh-or-not agreement with the labels, plus the full label x verdict table."""

    balanced: float  # mean of recall on harsh lines and on lines that are not harsh
    harsh_recall: float
    other_recall: float
    foreign_recall: float | None  # foreign lines called "not English"
    table: Counter[tuple[str, str]] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)


def score(rows: list[tuple[str, str]], verdict_of: Callable[[str], str]) -> Scores:
    """Score a verdict function: a line labelled harsh must be harsh, any other must not."""
    table: Counter[tuple[str, str]] = Counter()
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    for label, text in rows:
        verdict = verdict_of(text)
        table[label, verdict] += 1
        group = "foreign" if label == "foreign" else "harsh" if label == "harsh" else "other"
        total[group] += 1
        right = (
            verdict == "not_english"
            if group == "foreign"
            else (verdict == "harsh") == (group == "harsh")
        )
        hit[group] += right
        if not right:
            wrong.append(f"{label} read as {verdict}: {text}")
    harsh = hit["harsh"] / total["harsh"] if total["harsh"] else 1.0
    other = hit["other"] / total["other"] if total["other"] else 1.0
    foreign = hit["foreign"] / total["foreign"] if total["foreign"] else None
    return Scores((harsh + other) / 2, harsh, other, foreign, table, wrong)
