"""Live feedback on a start-up while it is typed: missing parts, and words that speak of danger."""

from __future__ import annotations

from textual.widgets import Static

from pausecoach.core.safety import is_unsafe


class PhraseFeedback(Static):
    """A short, kind note on the line being written."""

    def show(self, text: str, missing: list[str]) -> None:
        """Update the note for `text`."""
        if is_unsafe(text):
            self.update(
                "[b $error]This sounds like someone may not be safe.[/] Press [b]![/b] for help now."
            )
            return
        if not text:
            self.update("")
            return
        if missing:
            self.update("Still to add: " + ", ".join(missing) + ".")
            return
        self.update(
            "[b $success]All three parts are there.[/] Read it back: would you like to hear it?"
        )
