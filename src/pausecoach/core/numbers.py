"""Reading a typed whole number. `str.isdigit()` is true for '²' and '①', which `int()` refuses."""

from __future__ import annotations

MAX_DIGITS = 9  # far above any count pausecoach asks for; keeps int() away from huge strings


def whole_number(text: str | None, low: int | None = None, high: int | None = None) -> int | None:
    """The whole number typed (ASCII or any script's decimal digits), within bounds, else None."""
    cleaned = (text or "").strip()
    digits = cleaned[1:] if cleaned[:1] in ("-", "+") else cleaned
    if not digits or len(digits) > MAX_DIGITS or not digits.isdecimal():
        return None
    value = int(cleaned)
    if (low is not None and value < low) or (high is not None and value > high):
        return None
    return value


def digit_key(character: str | None) -> int | None:
    """The 0-9 value of one pressed key, or None ('²', '①' and letters are not digits)."""
    if not character or len(character) != 1 or not character.isdecimal():
        return None
    return int(character)
