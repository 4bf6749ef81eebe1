"""Which parts of the breath view fit a window: pure arithmetic on row counts.

The view measures its parts (how many rows the clock, the words and each paragraph take at this
width) and asks `plan_layout` which of them to show and how tall the disc may grow.
"""

from __future__ import annotations

from dataclasses import dataclass

# Rows of the disc: the largest it gets (a tall window).
MOST_SHAPE_ROWS = 12
# Paragraphs that give way to a bigger clock and disc in a short window (the rumination guard).
LESSER = frozenset({"guard"})
# In a short window (the view from 12 to 17 rows tall, where the caution below has no margin)
# the last row stays blank, so the words never run into the caution; smaller ones need every row.
ROOM_ROWS = range(12, 18)


@dataclass(frozen=True)
class Parts:
    """The rows each part of the view takes at the window's width."""

    small_clock: int  # "16:56 left · break ends 20:34 …" (one line or more)
    big_clock: int  # the big digits and the "left · …" line(s)
    words: int  # "Breathe in  2" (and "then …" with reduced motion)
    paragraphs: tuple[tuple[str, int], ...]  # (kind, rows), most needed first
    motion: bool  # False: no shape at all (reduced motion)


@dataclass(frozen=True)
class Plan:
    """Which parts fit, and how tall the disc is."""

    big_clock: bool
    times: bool
    pattern: bool
    gaps: bool
    aside: int  # how many of the aside's paragraphs
    shape: int


def plan_layout(parts: Parts, width: int, height: int) -> Plan:
    """The richest arrangement that fits `height` rows (the disc gets what is left).

    It starts from the least that works (the time left on one row, a one-row bar, the words)
    and adds parts in order of need while they fit.
    """
    room = height - 1 if height in ROOM_ROWS else height
    motion = parts.motion
    paragraphs = [rows for _, rows in parts.paragraphs]
    kinds = [kind for kind, _ in parts.paragraphs]
    shape = 1 if motion else 0
    used = 1 + parts.words + shape
    gaps = False
    aside = 0

    def fits(extra: int) -> bool:
        nonlocal used
        if used + extra > room:
            return False
        used += extra
        return True

    def add_paragraphs(lesser: bool) -> None:
        nonlocal aside
        while aside < len(paragraphs) and (lesser or kinds[aside] not in LESSER):
            if not fits(paragraphs[aside] + (1 if aside or gaps else 0)):
                return
            aside += 1

    times = fits(parts.small_clock - 1)
    pattern = fits(1)
    if motion and fits(3):
        shape += 3
    add_paragraphs(lesser=False)  # the idea, the cycle: before any decoration
    # A needed paragraph that did not fit: stop there.
    aside_full = aside < len(paragraphs) and kinds[aside] not in LESSER
    # After the clock, before the ideas, and (still) between the words and the patterns.
    gaps = fits((2 if aside else 1) + (0 if motion else 1))
    if motion and fits(2):
        shape += 2
    big_clock = times and fits(parts.big_clock - parts.small_clock)
    if not aside_full:
        add_paragraphs(lesser=True)
    if motion:
        most = min(MOST_SHAPE_ROWS, max(1, (width - 2) // 2))
        shape = max(1, min(most, shape + room - used))
    return Plan(big_clock, times, pattern, gaps, aside, shape)
