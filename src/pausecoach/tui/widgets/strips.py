"""Rows of cells for widgets that draw themselves line by line (the breath view).

Small pure helpers over Rich segments and Textual strips: centring a row, the digit font's rows,
and which cells of a row changed between two frames (so only those are repainted).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from textual.renderables.digits import Digits as DigitsFont
from textual.strip import Strip


def digit_rows(text: str, style: Style) -> list[list[Segment]]:
    """The three rows of `text` in Textual's digit font, in `style`."""
    glyphs = [_digit_glyph(character, bool(style.bold)) for character in text]
    return [[Segment("".join(glyph[row] for glyph in glyphs), style)] for row in range(3)]


@lru_cache(maxsize=64)
def _digit_glyph(character: str, bold: bool) -> tuple[str, str, str]:
    """One character's three rows in the digit font (drawn once: the clock redraws every second,
    and the font's own renderer adds a fresh click-offset style each time, which we never use)."""
    rows = [
        segment.text
        for segment in DigitsFont(character).render(Style(bold=bold))
        if isinstance(segment, Segment) and segment.text != "\n"
    ]
    return (rows[0], rows[1], rows[2])


def centred(strip: Strip, width: int, base: Style) -> Strip:
    """`strip` in the middle of `width` cells, on the base style (background) throughout."""
    left = max(0, (width - strip.cell_length) // 2)
    padded = Strip.join([Strip.blank(left), strip]) if left else strip
    return padded.adjust_cell_length(width).apply_style(base)


def runs_of(row: str) -> list[str]:
    """`row` cut where the character changes: "  ▄██▄  " -> ["  ", "▄", "██", "▄", "  "]."""
    runs: list[str] = []
    for character in row:
        if runs and runs[-1][0] == character:
            runs[-1] += character
        else:
            runs.append(character)
    return runs


def changed_cells(old: Strip | None, new: Strip | None, width: int) -> tuple[int, int] | None:
    """The columns [start, end) where row `new` differs from `old`; None when it is the same."""
    if old == new:
        return None
    if old is None or new is None:
        return (0, width)
    before, after = cells(old), cells(new)
    if len(before) != len(after):
        return (0, width)  # wide characters: the whole row
    start = next((i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b), None)
    if start is None:
        return None
    end = len(after) - next(
        i for i, (a, b) in enumerate(zip(reversed(before), reversed(after), strict=True)) if a != b
    )
    return (start, end)


def cells(strip: Strip) -> list[tuple[str, Style | None]]:
    """Each character of the row with its style."""
    return [(character, style) for text, style, _ in strip for character in text]


def row_at(lines: list[Strip], y: int) -> Strip | None:
    return lines[y] if y < len(lines) else None


def runs(rows: Iterable[int]) -> Iterable[tuple[int, int]]:
    """Consecutive rows as (start, end) ranges."""
    start = end = -1
    for y in rows:
        if y == end:
            end += 1
            continue
        if start >= 0:
            yield start, end
        start, end = y, y + 1
    if start >= 0:
        yield start, end
