"""The breathing pacer's shape: a disc that grows as you breathe in and shrinks as you breathe out.

Pure drawing, no widget: the breathing timer asks for the rows and repaints only those that
changed. Each character cell holds two square "pixels" (upper and lower half blocks), so the
disc is round on screen and a row of it is twice as wide as it is tall.
"""

from __future__ import annotations

from functools import lru_cache

from pausecoach.core.breathing import PhaseState

TOP_UP_START = 0.8
# The smallest disc, as a share of the largest: empty lungs still show a shape to follow.
SMALLEST = 0.3
# Half blocks by (upper pixel lit, lower pixel lit).
HALVES = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def fullness(state: PhaseState) -> float:
    """How full the lungs are (0-1) at this moment of the pattern."""
    phases = state.pattern.phases
    kind = state.phase.kind
    if kind == "inhale":
        nxt = phases[(state.index + 1) % len(phases)]
        top = TOP_UP_START if nxt.kind == "top_up" else 1.0
        return top * state.progress
    if kind == "top_up":
        return TOP_UP_START + (1 - TOP_UP_START) * state.progress
    if kind == "hold":
        return 1.0
    if kind == "exhale":
        return 1.0 - state.progress
    return 0.0


def radius(fraction: float, rows: int) -> float:
    """The disc's radius in pixels for lungs `fraction` full, in a space `rows` cells tall."""
    fraction = max(0.0, min(1.0, fraction))
    largest = float(rows)  # a diameter of 2 * rows pixels: the full height
    return largest * (SMALLEST + (1 - SMALLEST) * fraction)


@lru_cache(maxsize=512)
def disc(pixels: int, rows: int) -> tuple[str, ...]:
    """The rows of a disc of radius `pixels` / 2 (half-pixel steps), `rows` cells tall.

    Every row is 2 * rows cells wide, the disc centred in it; blank rows are spaces.
    """
    size = 2 * rows  # pixels each way
    centre = size / 2
    reach = (pixels / 2) ** 2
    lit = [
        [(x + 0.5 - centre) ** 2 + (y + 0.5 - centre) ** 2 <= reach for x in range(size)]
        for y in range(size)
    ]
    return tuple(
        "".join(
            HALVES[(upper, lower)]
            for upper, lower in zip(lit[2 * row], lit[2 * row + 1], strict=True)
        )
        for row in range(rows)
    )


def shape_step(fraction: float, rows: int, width: int) -> int:
    """Which of its sizes the pacer has at this fullness (equal steps look the same)."""
    fraction = max(0.0, min(1.0, fraction))
    if rows <= 1:
        cells = max(2, round(width * (SMALLEST + (1 - SMALLEST) * fraction)))
        return max(2, cells - (width - cells) % 2)
    return round(2 * radius(fraction, rows))


def shape_rows(fraction: float, rows: int, width: int) -> tuple[str, ...]:
    """The pacer for lungs `fraction` full in `rows` rows: a disc, or a bar when only one row fits.

    The bar (one row) grows from its middle, `width` cells at most.
    """
    step = shape_step(fraction, rows, width)
    if rows <= 1:
        return ("█" * step,)
    return disc(step, rows)
