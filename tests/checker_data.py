"""The labelled start-ups in tests/data/startups.csv, shared by the accuracy test and benchmark."""

from __future__ import annotations

import csv
from pathlib import Path

STARTUPS = Path(__file__).parent / "data" / "startups.csv"
# Written after the rules, measured once, never used to tune them: an honest estimate.
HOLDOUT = Path(__file__).parent / "data" / "startups_holdout.csv"


def labelled_startups(path: Path = STARTUPS) -> list[tuple[str, str]]:
    """(label, text) pairs; label is 'soft' or 'harsh'."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["label"], row["text"]) for row in csv.DictReader(handle)]
