"""Live feedback on a start-up while it is typed: the checker's verdict, what to soften, what's missing."""

from __future__ import annotations

from textual.markup import escape
from textual.widgets import Static

from pausecoach.pause.feedback import ALL_PARTS as ALL_PARTS_TEXT
from pausecoach.pause.feedback import brief, line_note
from pausecoach.tui.widgets.checkview import UNSAFE_LINE

__all__ = ["ALL_PARTS", "PhraseFeedback", "brief", "feedback_markup"]

ALL_PARTS = ALL_PARTS_TEXT.replace(
    "All three parts are there.", "[b $success]All three parts are there.[/]"
)


def feedback_markup(text: str, missing: list[str]) -> str:
    """The note for `text`: verdict, score and what is missing, then the worst thing to soften.

    At most three lines, so the dialog still fits a 24-row terminal.
    """
    note = line_note(text, missing)
    if note is None:
        return ""
    if note.verdict == "unsafe":
        return UNSAFE_LINE
    colour = "$success" if note.verdict == "soft" else "$warning"
    verdict, _, rest = escape(note.head).partition(" · still to add")
    head = f"[b {colour}]{verdict}[/]" + (f" · still to add{rest}" if rest else "")
    if not note.soften_title:
        return head if note.missing else f"{head}\n{ALL_PARTS}"
    quoted = f"“{escape(note.soften_words)}”" if note.soften_words else ""
    return (
        f"{head}\n[b]{escape(note.soften_title)}[/b] {quoted} "
        f"[dim]Try:[/] {escape(note.soften_try)}"
    )


class PhraseFeedback(Static):
    """A short, kind note on the line being written."""

    def show(self, text: str, missing: list[str]) -> None:
        """Update the note for `text` (`missing`: the formula parts still empty, in plain words)."""
        self.update(feedback_markup(text, missing))
