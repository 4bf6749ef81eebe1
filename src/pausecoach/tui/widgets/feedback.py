"""Live feedback on a start-up while it is typed: the checker's verdict, what to soften, what's missing."""

from __future__ import annotations

from textual.markup import escape
from textual.widgets import Static

from pausecoach.content.checker_rules import check
from pausecoach.tui.widgets.checkview import UNSAFE_LINE, VERDICT_COLOURS, VERDICT_WORDS, quoted

ALL_PARTS = "[b $success]All three parts are there.[/] Read it back: would you like to hear it?"


def brief(suggestion: str) -> str:
    """A suggestion without its example ("Name one time instead: 'Last night…'" → its first part)."""
    head = suggestion.split(": ", 1)[0].rstrip(".")
    return f"{head}."


def feedback_markup(text: str, missing: list[str]) -> str:
    """The note for `text`: verdict, score and what is missing, then the worst thing to soften.

    At most three lines, so the dialog still fits a 24-row terminal.
    """
    if not text:
        return ""
    result = check(text)
    if result.verdict == "unsafe":
        return UNSAFE_LINE
    colour = VERDICT_COLOURS[result.verdict]
    head = (
        f"[b {colour}]{VERDICT_WORDS[result.verdict].capitalize()} so far · {result.score}/100[/]"
    )
    if missing:
        head += " · still to add: " + ", ".join(missing) + "."
    # Words to soften; missing parts are already named from the three boxes.
    problems = [f for f in result.findings if f.end > f.start]
    if not problems:
        return head if missing else f"{head}\n{ALL_PARTS}"
    worst = max(problems, key=lambda f: f.penalty)
    return (
        f"{head}\n[b]{escape(worst.title or worst.rule)}[/b] {quoted(text, worst)} "
        f"[dim]Try:[/] {escape(brief(worst.suggestion))}"
    )


class PhraseFeedback(Static):
    """A short, kind note on the line being written."""

    def show(self, text: str, missing: list[str]) -> None:
        """Update the note for `text` (`missing`: the formula parts still empty, in plain words)."""
        self.update(feedback_markup(text, missing))
