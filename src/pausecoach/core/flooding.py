"""Flooding assessment: the verdict before a break and the re-check after it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

Level = Literal["flooded", "rising", "calm_enough"]

DEFAULT_LIMIT = 100
FIT_LIMIT = 80
SIGNS_FOR_FLOODED = 3
RESTING_MARGIN = 0.10
FLOODED_MINUTES = 20
RISING_MINUTES = 10
READY_CALM_SCORE = 6


@dataclass(frozen=True)
class Sign:
    """One sign of flooding the user may tick."""

    id: str
    group: str
    text: str
    short: str


@dataclass(frozen=True)
class Assessment:
    """How flooded the user is, why, and how long a break to suggest."""

    level: Level
    reasons: tuple[str, ...]
    suggested_minutes: int

    @property
    def flooded(self) -> bool:
        """True for the flooded verdict."""
        return self.level == "flooded"


def resting_ceiling(resting: int) -> int:
    """The highest pulse still counted as 'back near resting' (resting + 10%, rounded down)."""
    return int(resting * (1 + RESTING_MARGIN))


def _signs_phrase(count: int) -> str:
    return "1 sign" if count == 1 else f"{count} signs"


def assess(
    catalogue: Sequence[Sign],
    ticked: Collection[str],
    pulse: int | None,
    limit: int = DEFAULT_LIMIT,
    resting: int | None = None,
    break_minutes: int = FLOODED_MINUTES,
) -> Assessment:
    """Judge flooding from ticked signs and an optional pulse; every verdict says why."""
    known = {sign.id: sign for sign in catalogue}
    chosen = [
        known[s] for s in dict.fromkeys(ticked) if s in known
    ]  # a sign ticked twice counts once
    reasons: list[str] = []
    flooded = False
    if pulse is not None and pulse >= limit:
        flooded = True
        reasons.append(f"Your pulse is {pulse} bpm, at or above your limit of {limit}.")
    if len(chosen) >= SIGNS_FOR_FLOODED:
        flooded = True
        reasons.append(
            f"You ticked {_signs_phrase(len(chosen))}; {SIGNS_FOR_FLOODED} or more usually means flooded."
        )
    if flooded:
        if len(chosen) < SIGNS_FOR_FLOODED and chosen:
            reasons.append(f"You also ticked {_signs_phrase(len(chosen))}.")
        return Assessment("flooded", tuple(reasons), max(break_minutes, 1))

    rising_pulse = pulse is not None and resting is not None and pulse > resting_ceiling(resting)
    if chosen or rising_pulse:
        if chosen:
            reasons.append(
                f"You ticked {_signs_phrase(len(chosen))}: your body is starting to raise the alarm."
            )
        if rising_pulse and resting is not None and pulse is not None:
            reasons.append(
                f"Your pulse is {pulse} bpm, more than 10% above your resting {resting}."
            )
        return Assessment("rising", tuple(reasons), min(RISING_MINUTES, break_minutes))

    if pulse is not None:
        reasons.append(f"Your pulse is {pulse} bpm, under your limit of {limit}.")
    reasons.append("You did not tick any signs of flooding.")
    return Assessment("calm_enough", tuple(reasons), 0)


@dataclass(frozen=True)
class Readiness:
    """Whether the user is ready to go back, and why."""

    ready: bool
    reasons: tuple[str, ...]


def recheck(
    pulse: int | None,
    calm_score: int | None,
    limit: int = DEFAULT_LIMIT,
    resting: int | None = None,
) -> Readiness:
    """Ready only when the pulse (if counted) is under the limit and near resting, if known.

    People feel calm before their body is, so a counted pulse outranks how calm they feel.
    """
    reasons: list[str] = []
    ready = True
    if pulse is not None:
        if pulse >= limit:
            ready = False
            reasons.append(f"Your pulse is still {pulse} bpm, at or above your limit of {limit}.")
        elif resting is not None and pulse > resting_ceiling(resting):
            ready = False
            reasons.append(
                f"Your pulse is {pulse} bpm: under your limit, but more than 10% above your "
                f"resting {resting} (aim for {resting_ceiling(resting)} or less)."
            )
        else:
            reasons.append(f"Your pulse is {pulse} bpm, back under your limit of {limit}.")
    if calm_score is not None and calm_score < READY_CALM_SCORE:
        ready = False
        reasons.append(f"You rate your calm {calm_score} out of 10; give it a little longer.")
    elif calm_score is not None:
        reasons.append(f"You rate your calm {calm_score} out of 10.")
    if pulse is None:
        reasons.append("You did not count your pulse; a count is the surer test.")
    return Readiness(ready, tuple(reasons))
