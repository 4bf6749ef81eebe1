"""Our own labelled danger lines (tests/data/danger_*.csv), written for this project."""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def danger_lines(holdout: bool = False) -> list[tuple[str, str]]:
    """(category, text) for lines that speak of danger."""
    name = "danger_lines_holdout.csv" if holdout else "danger_lines.csv"
    return [(row["category"], row["text"]) for row in _rows(name)]


def benign_lines(holdout: bool = False) -> list[str]:
    """Lines a keyword list would flag that are not danger (figures of speech, ordinary hurt)."""
    name = "danger_benign_holdout.csv" if holdout else "danger_benign.csv"
    return [row["text"] for row in _rows(name)]


def ask_lines() -> list[str]:
    """Ambiguous lines: the screen should ask the safety question, gently."""
    return [row["text"] for row in _rows("danger_ask.csv")]
