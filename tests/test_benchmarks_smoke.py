"""`python -m benchmarks` runs every section with tiny sizes and gives a table of the right shape.

No timing is asserted: speed is what the benchmarks report, not what tests decide.
"""

from __future__ import annotations

import shutil

import pytest
from benchmarks import run
from benchmarks.terminal import Pairs, breathe_command

TINY = run.Settings(
    runs=1,
    cpu_runs=1,
    cpu_seconds=2.0,
    memory_runs=1,
    history_pauses=20,
    drill_samples=2,
    break_runs=1,
    checker_rounds=1,
)
# A real break lasts at least a minute; that section is left to the full run.
QUICK_SECTIONS = [name for name in run.SECTIONS if name != "break-timing"]
NEEDS_TMUX = {"break-cpu", "first-frame", "memory", "drill", "reduced-motion"}


@pytest.mark.parametrize("name", QUICK_SECTIONS)
def test_each_section_gives_rows_of_the_table_shape(name: str) -> None:
    if name in NEEDS_TMUX and shutil.which("tmux") is None:
        pytest.skip("needs tmux")
    rows = run.SECTIONS[name](TINY)  # not run.measure: a failure here must fail the test
    assert rows
    text = run.table(rows)
    lines = text.splitlines()
    assert len(lines) == len(rows) + 2
    assert all(line.count("|") == len(run.HEAD) + 1 for line in lines)
    for row in rows:
        assert row.figure and row.ours
        if name in run.ISSUE_18 and row.ours != "not measured" and row.ratio != "–":
            assert row.ratio.startswith("**") and "(" in row.ratio  # median (min–max)
            assert row.goal.startswith("≤ ")


def test_a_section_without_its_peer_says_how_to_get_it() -> None:
    if breathe_command() is not None:
        pytest.skip("breathe-cli is installed here")
    (row,) = run.help_rows(TINY)
    assert row.ours == "not measured" and "[bench]" in row.reference


def test_pair_ratios_are_taken_within_each_pair() -> None:
    pairs = Pairs([2.0, 30.0, 4.0], [1.0, 10.0, 4.0])
    assert pairs.ratios.values == [2.0, 3.0, 1.0]
    row = run.pair_row("x", pairs, "ref", 1.5)
    assert row.ratio == "**2.00** (1.00–3.00)" and row.met is False
    assert row.ours == "2000–4000–30000 ms"


def test_a_reference_that_measured_nothing_gives_no_ratio() -> None:
    row = run.pair_row("x", Pairs([0.01], [0.0]), "ref", 1.5, "%", 100.0, 1)
    assert row.ratio == "–" and row.met is None and row.ours == "1.0–1.0–1.0 %"


def test_a_broken_measurement_becomes_a_row_not_a_lost_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(settings: run.Settings) -> list[run.Row]:
        raise RuntimeError("tmux went away")

    monkeypatch.setitem(run.SECTIONS, "help", broken)
    (row,) = run.measure("help", TINY)
    assert "not measured" in row.figure and "tmux went away" in row.ours and row.met is False
