"""The checker's short note on a line being written, once for both front ends."""

from __future__ import annotations

from dataclasses import dataclass

from pausecoach.content.checker_rules import check

VERDICT_WORDS = {
    "soft": "gentle",
    "gentle": "gentle",
    "plain": "plain, could be warmer",
    "harsh": "still harsh",
    "not_english": "not English",
    "unsafe": "about safety",
}
ALL_PARTS = "All three parts are there. Read it back: would you like to hear it?"


def brief(suggestion: str) -> str:
    """A suggestion without its example ("Name one time instead: 'Last night…'" → its first part)."""
    head = suggestion.split(": ", 1)[0].rstrip(".")
    return f"{head}."


@dataclass(frozen=True)
class LineNote:
    """What to say about a line: its verdict and score, what is missing, the worst thing to soften."""

    verdict: str
    score: int
    missing: tuple[str, ...]
    soften_title: str = ""
    soften_words: str = ""  # the words it points at (may be empty)
    soften_try: str = ""

    @property
    def head(self) -> str:
        """'Soft so far · 90/100 · still to add: a feeling.'"""
        head = f"{VERDICT_WORDS[self.verdict].capitalize()} so far · {self.score}/100"
        if self.missing:
            head += " · still to add: " + ", ".join(self.missing) + "."
        return head


def line_note(text: str, missing: list[str]) -> LineNote | None:
    """The note for `text` (None for no text); `missing`: formula parts still empty, in plain words."""
    if not text:
        return None
    result = check(text)
    # Words to soften; missing parts are already named from the three boxes.
    problems = [f for f in result.findings if f.end > f.start]
    if result.verdict == "unsafe" or not problems:
        return LineNote(result.verdict, result.score, tuple(missing))
    worst = max(problems, key=lambda f: f.penalty)
    words = " ".join(text[worst.start : worst.end].split())
    if len(words) > 40:
        words = words[:39] + "…"
    return LineNote(
        result.verdict,
        result.score,
        tuple(missing),
        worst.title or worst.rule,
        words,
        brief(worst.suggestion),
    )


def plain_note(text: str, missing: list[str]) -> list[str]:
    """The note as plain lines for --plain (the safety question is asked separately)."""
    note = line_note(text, missing)
    if note is None or note.verdict == "unsafe":
        return []
    if not note.soften_title:
        return [note.head] if note.missing else [note.head, ALL_PARTS]
    quoted = f" “{note.soften_words}”" if note.soften_words else ""
    return [note.head, f"{note.soften_title}{quoted} Try: {note.soften_try}"]
