"""Pulse maths: beats counted over a window become beats per minute; odd input is refused."""

from __future__ import annotations

import re

MIN_BPM = 25
MAX_BPM = 250
WINDOWS = (15, 30, 60)


class PulseError(ValueError):
    """Input that cannot be a pulse; the message says what is accepted."""


_NUMBER = re.compile(
    r"^\s*(-?\d+)\s*(bpm|beats\s+per\s+minute|b/min|/min|beats)?\s*$", re.IGNORECASE
)
_DECIMAL = re.compile(r"^\s*-?\d*[.,]\d+\s*(?:bpm|beats)?\s*$", re.IGNORECASE)


def bpm_from_beats(beats: int, window_seconds: int) -> int:
    """Beats counted over `window_seconds` as beats per minute."""
    if window_seconds not in WINDOWS:
        raise PulseError(f"Count for {', '.join(map(str, WINDOWS))} seconds.")
    return beats * 60 // window_seconds


def _accepted(window_seconds: int | None) -> str:
    if window_seconds is None:
        return f"Type your pulse as a whole number from {MIN_BPM} to {MAX_BPM} (beats per minute)."
    low = -(-MIN_BPM * window_seconds // 60)
    high = MAX_BPM * window_seconds // 60
    return (
        f"Type the number of beats you counted in {window_seconds} seconds, "
        f"a whole number from {low} to {high}."
    )


def parse_pulse(text: str, window_seconds: int | None = None) -> int:
    """Turn typed input into bpm: beats over a window when one is given, else bpm directly.

    A number typed with a per-minute unit ("80 bpm") is taken as bpm even in a beats field.
    """
    match = _NUMBER.match(text or "")
    if not match:
        shown = (text or "").strip()
        if not shown:
            prefix = "Nothing was typed. "
        elif _DECIMAL.match(shown):
            prefix = f"'{shown[:20]}' is not a whole number. "
        else:
            prefix = f"'{shown[:20]}' is not a number. "
        raise PulseError(prefix + _accepted(window_seconds))
    digits = match.group(1)
    if len(digits.lstrip("-")) > 6:  # far out of range; also keeps int() away from huge strings
        raise PulseError(
            f"{digits[:20]} is outside what a pulse can be. " + _accepted(window_seconds)
        )
    value = int(digits)
    unit = (match.group(2) or "").lower()
    per_minute = window_seconds is None or (unit != "" and unit != "beats")
    if per_minute:
        window_seconds = None
    bpm = value if window_seconds is None else bpm_from_beats(value, window_seconds)
    if not MIN_BPM <= bpm <= MAX_BPM:
        heard = f"{value}" if window_seconds is None else f"{value} beats ({bpm} bpm)"
        raise PulseError(f"{heard} is outside what a pulse can be. " + _accepted(window_seconds))
    return bpm
