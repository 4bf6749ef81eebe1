"""Flooding assessment: the verdict before a break and the re-check after it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from pausecoach.core.limits import (
    CALM_SCORE_READY,
    DEFAULT_MINUTES,
    RISING_MINUTES,
    USUAL_MINIMUM_MINUTES,
)

Level = Literal["flooded", "rising", "calm_enough"]

DEFAULT_LIMIT = 100
FIT_LIMIT = 80
SIGNS_FOR_FLOODED = 3
RESTING_MARGIN = 0.10
FLOODED_MINUTES = DEFAULT_MINUTES
READY_CALM_SCORE = CALM_SCORE_READY


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


ReadyState = Literal["ready", "not_yet", "too_soon", "unknown"]


@dataclass(frozen=True)
class Readiness:
    """Whether the user is ready to go back, and why.

    `ready` only when the body had time to settle and something says it did; `too_soon` when
    every answer says calm but the break was shorter than bodies usually need (the user
    chooses); `unknown` when there is nothing to go on.
    """

    state: ReadyState
    reasons: tuple[str, ...]

    @property
    def ready(self) -> bool:
        """True only for a plain 'you look ready'."""
        return self.state == "ready"


def _rested_words(seconds: float) -> str:
    whole = int(seconds)
    if whole < 60:
        return "less than a minute" if whole >= 1 else "no time at all"
    minutes = whole // 60
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


def recheck(
    pulse: int | None,
    calm_score: int | None,
    limit: int = DEFAULT_LIMIT,
    resting: int | None = None,
    rested_seconds: float | None = None,
) -> Readiness:
    """Judge readiness from the pulse, how calm the user feels, and how long they really rested.

    People feel calm before their body is, so a counted pulse outranks how calm they feel, and a
    break shorter than the usual minimum is never a plain 'ready'. `rested_seconds` None means
    no break was timed (nothing to hold against the answers).
    """
    if pulse is None and calm_score is None:
        return Readiness(
            "unknown",
            (
                "There is nothing to go on yet: no calm rating and no pulse.",
                "Rate how calm you feel from 0 to 10, or count your pulse; "
                "if you can't do either, give it ten more minutes.",
            ),
        )
    reasons: list[str] = []
    settled = True
    if pulse is not None:
        if pulse >= limit:
            settled = False
            reasons.append(f"Your pulse is still {pulse} bpm, at or above your limit of {limit}.")
        elif resting is not None and pulse > resting_ceiling(resting):
            settled = False
            reasons.append(
                f"Your pulse is {pulse} bpm: under your limit, but more than 10% above your "
                f"resting {resting} (aim for {resting_ceiling(resting)} or less)."
            )
        else:
            reasons.append(f"Your pulse is {pulse} bpm, back under your limit of {limit}.")
    if calm_score is not None and calm_score < READY_CALM_SCORE:
        settled = False
        reasons.append(f"You rate your calm {calm_score} out of 10; give it a little longer.")
    elif calm_score is not None:
        reasons.append(f"You rate your calm {calm_score} out of 10.")
    if pulse is None:
        reasons.append("You did not count your pulse; a count is the surer test.")
    if not settled:
        return Readiness("not_yet", tuple(reasons))
    usual = USUAL_MINIMUM_MINUTES * 60
    if rested_seconds is not None and rested_seconds < usual:
        reasons.append(
            f"You rested {_rested_words(rested_seconds)}. Bodies usually need about "
            f"{USUAL_MINIMUM_MINUTES} minutes to settle, and people feel calm before their body is."
        )
        return Readiness("too_soon", tuple(reasons))
    return Readiness("ready", tuple(reasons))
