"""Vague spoken times ("later", "tomorrow morning") that no countdown can be set to."""

from __future__ import annotations

import re

_VAGUE = re.compile(
    r"\b(?:tomorrow|tmrw|tonight|this\s+(?:morning|afternoon|evening)|morning|afternoon|evening|"
    r"later|soon|a\s+while|whenever|some\s*time|when\s+(?:they|he|she|i)(?:'re|\s+are|'m|\s+am|\s+is|'s)\s+ready|"
    r"next\s+week|weekend|day\s+after)\b",
    re.IGNORECASE,
)


def vague_time_message(text: str) -> str | None:
    """A kind explanation when `text` names no clock time a break can count down to, else None."""
    if not _VAGUE.search(text):
        return None
    if re.search(r"\b(?:tomorrow|tmrw|next\s+week|weekend|day\s+after)\b", text, re.IGNORECASE):
        return (
            "Tomorrow is past what one break can cover. Take your own break now (type 20 for "
            "twenty minutes), and agree a clock time with them for tomorrow."
        )
    return (
        "That is not a time a break can count down to. If they didn't give one, type 20 for "
        "twenty minutes, or a clock time like 20:40."
    )
