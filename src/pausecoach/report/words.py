"""Small wording helpers shared by the command-line reports."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """'1 pause', '3 pauses'."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
