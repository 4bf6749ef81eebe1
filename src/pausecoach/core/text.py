"""Free text as typed by a shaking hand: made safe to store and to show again."""

from __future__ import annotations

import unicodedata

MAX_TEXT = 2000
# Control characters could replay as terminal escapes when shown later; lone surrogates
# cannot be stored as UTF-8. Format characters (emoji joiners, direction marks) are kept.
_DROPPED = {"Cc", "Cs"}


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """One tidy line: control characters dropped, runs of space collapsed, at most `limit`
    characters. Emoji and right-to-left text are kept as typed."""
    kept = "".join(" " if unicodedata.category(ch) in _DROPPED else ch for ch in text)
    return " ".join(kept.split())[:limit]
