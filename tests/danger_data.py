"""Our own labelled danger lines (tests/data/danger_*.csv), written for this project."""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


HELD_OUT = ("_holdout", "_holdout2", "_holdout3")


def danger_lines(holdout: bool = False) -> list[tuple[str, str]]:
    """(category, text) for lines that speak of danger; `holdout` gives both held-out files."""
    names = (
        [f"danger_lines{suffix}.csv" for suffix in HELD_OUT] if holdout else ["danger_lines.csv"]
    )
    return [(row["category"], row["text"]) for name in names for row in _rows(name)]


def held_out_sets() -> list[tuple[list[tuple[str, str]], list[str]]]:
    """Each held-out set on its own: (danger lines, benign lines)."""
    return [
        (
            [(row["category"], row["text"]) for row in _rows(f"danger_lines{suffix}.csv")],
            [row["text"] for row in _rows(f"danger_benign{suffix}.csv")],
        )
        for suffix in HELD_OUT
    ]


def benign_lines(holdout: bool = False) -> list[str]:
    """Lines a keyword list would flag that are not danger (figures of speech, ordinary hurt)."""
    names = (
        [f"danger_benign{suffix}.csv" for suffix in HELD_OUT] if holdout else ["danger_benign.csv"]
    )
    return [row["text"] for name in names for row in _rows(name)]


def ask_lines() -> list[str]:
    """Ambiguous lines: the screen should ask the safety question, gently."""
    return [row["text"] for row in _rows("danger_ask.csv")]
