"""The break's layout and the pacer's disc: what fits a window, and a shape that grows and shrinks."""

from __future__ import annotations

from itertools import pairwise

import pytest

from pausecoach.content import catalog
from pausecoach.core.breathing import phase_at
from pausecoach.tui.widgets.breath_layout import MOST_SHAPE_ROWS, ROOM_ROWS, Parts, plan_layout
from pausecoach.tui.widgets.pacer import disc, fullness, shape_rows

BREAK = Parts(
    small_clock=2,
    big_clock=5,
    words=1,
    paragraphs=(("idea", 2), ("cycle", 2), ("guard", 2)),
    motion=True,
)


def rows_used(parts: Parts, width: int, height: int) -> int:
    plan = plan_layout(parts, width, height)
    clock = (parts.big_clock if plan.big_clock else parts.small_clock) if plan.times else 1
    aside = sum(rows for _, rows in parts.paragraphs[: plan.aside])
    gaps = (1 + (1 if plan.aside else 0) + (0 if parts.motion else 1)) if plan.gaps else 0
    return clock + plan.shape + parts.words + plan.pattern + aside + gaps + max(0, plan.aside - 1)


@pytest.mark.parametrize("width,height", [(40, 8), (60, 16), (80, 19), (120, 35), (40, 4)])
def test_the_plan_never_overflows_and_a_short_window_keeps_a_blank_last_row(
    width: int, height: int
) -> None:
    used = rows_used(BREAK, width, height)
    assert used <= height
    if height in ROOM_ROWS:
        assert used < height, "the words must not run into the caution below"


def test_a_short_window_keeps_the_clock_words_and_shape_and_drops_the_guard_first() -> None:
    plan = plan_layout(BREAK, 40, 8)
    assert plan.shape >= 1 and plan.times and not plan.big_clock
    assert plan.aside < 3  # the rumination guard went first
    tall = plan_layout(BREAK, 120, 35)
    assert tall.big_clock and tall.aside == 3 and tall.gaps
    assert 1 < tall.shape <= MOST_SHAPE_ROWS


def test_a_needed_paragraph_comes_before_a_bigger_clock() -> None:
    plan = plan_layout(BREAK, 60, 12)
    assert plan.aside >= 1  # the idea
    assert not plan.big_clock


def test_reduced_motion_has_no_shape() -> None:
    still = Parts(2, 5, 2, (("idea", 2),), motion=False)
    assert plan_layout(still, 80, 19).shape == 0


def test_the_disc_is_round_and_grows_with_the_breath() -> None:
    small, large = disc(6, 6), disc(12, 6)
    lit = lambda rows: sum(c == "█" for row in rows for c in row)  # noqa: E731
    assert lit(small) < lit(large)
    assert all(len(row) == 12 for row in large)  # two pixels a cell: as wide as it is tall
    assert large == tuple(reversed([row.translate(str.maketrans("▀▄", "▄▀")) for row in large]))


def test_fullness_rises_on_the_in_breath_and_falls_on_the_out_breath() -> None:
    sigh = catalog.pattern_by_id(catalog.patterns()[0].id)
    values = [fullness(phase_at(sigh, t / 2)) for t in range(0, 18)]
    peak = values.index(max(values))
    assert values[0] == pytest.approx(0)
    assert all(a <= b for a, b in pairwise(values[: peak + 1]))
    assert all(a >= b for a, b in pairwise(values[peak:]))
    # An empty pair of lungs still shows a shape to follow.
    assert any("█" in row for row in shape_rows(0.0, 5, 40))
