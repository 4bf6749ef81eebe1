"""Breathing patterns and where in a pattern a given moment falls (a pure function of time)."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Phase:
    """One part of a breath: inhale, top_up, hold, exhale or rest."""

    kind: str
    seconds: float
    word: str


@dataclass(frozen=True)
class Pattern:
    """A breathing pattern; `max_cycles` caps it, after which `fallback` takes over."""

    id: str
    name: str
    short: str
    key: str
    summary: str
    evidence: str
    phases: tuple[Phase, ...]
    max_cycles: int | None = None
    fallback: Pattern | None = None

    @property
    def cycle_seconds(self) -> float:
        """Length of one full breath."""
        return sum(phase.seconds for phase in self.phases)

    @property
    def breaths_per_minute(self) -> float:
        """Breaths per minute at this pace."""
        return 60 / self.cycle_seconds


@dataclass(frozen=True)
class PhaseState:
    """Where the breath is now."""

    pattern: Pattern
    phase: Phase
    index: int
    seconds_left: float
    progress: float
    cycle: int

    @property
    def count(self) -> int:
        """The whole seconds left in this phase, counting down (at least 1)."""
        return max(1, int(self.seconds_left + 0.999))


def phase_at(pattern: Pattern, elapsed: float) -> PhaseState:
    """The phase, seconds left in it and progress (0-1) at `elapsed` seconds into the pattern."""
    elapsed = elapsed if math.isfinite(elapsed) and elapsed > 0 else 0.0
    cycle_length = pattern.cycle_seconds
    if pattern.max_cycles is not None and pattern.fallback is not None:
        capped = pattern.max_cycles * cycle_length
        if elapsed >= capped:
            state = phase_at(pattern.fallback, elapsed - capped)
            return PhaseState(
                state.pattern,
                state.phase,
                state.index,
                state.seconds_left,
                state.progress,
                state.cycle + pattern.max_cycles,
            )
    cycle, into = divmod(elapsed, cycle_length)
    for index, phase in enumerate(pattern.phases):
        if into < phase.seconds:
            return PhaseState(
                pattern,
                phase,
                index,
                phase.seconds - into,
                into / phase.seconds,
                int(cycle),
            )
        into -= phase.seconds
    last = pattern.phases[-1]  # floating-point remainder at the very end of a cycle
    return PhaseState(pattern, last, len(pattern.phases) - 1, 0.0, 1.0, int(cycle))
