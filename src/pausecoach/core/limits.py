"""Every length a pause uses, in one place: the CLI, settings, both front ends and the plan read these."""

from __future__ import annotations

MIN_MINUTES = 1
MAX_MINUTES = 240  # a break that runs for hours reads as avoidance; four hours is already long
DEFAULT_MINUTES = 20
STEP_MINUTES = 5  # +/- on the tell screen
USUAL_MINIMUM_MINUTES = 20  # about how long stress hormones take to clear (CONTENT.md 1.4)
RISING_MINUTES = 10  # suggested when the alarm is rising but not yet flooded
EXTEND_MINUTES = 5  # + during a break
MORE_MINUTES = 10  # offered by the re-check when the body is not settled yet
CALM_SCORE_READY = 6  # out of 10: below this, the user says they are not settled


def clamp_minutes(minutes: int) -> int:
    """A break length kept within the allowed range."""
    return max(MIN_MINUTES, min(MAX_MINUTES, minutes))


def longer(minutes: int) -> int:
    """One step longer, never past the maximum."""
    return clamp_minutes(minutes + STEP_MINUTES)


def shorter(minutes: int) -> int:
    """One step shorter, never under the minimum."""
    return clamp_minutes(minutes - STEP_MINUTES)


def minutes_range_text() -> str:
    """The allowed range as people read it: '1 to 240'."""
    return f"{MIN_MINUTES} to {MAX_MINUTES}"
