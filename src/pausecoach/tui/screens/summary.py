"""Step 7: the saved summary, with an optional private note."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.widgets import Input, Static

from pausecoach.content import catalog
from pausecoach.core.safety import is_unsafe
from pausecoach.core.text import clean_text
from pausecoach.models import PauseSession
from pausecoach.pause import words
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.textbox import TextBox


def _markup(text: str, style: str) -> str:
    return escape(text) if style == "user" else f"[{style}]{escape(text)}[/{style}]"


def summary_lines(session: PauseSession) -> list[str]:
    """The pause in a few lines, as markup."""
    return words.summary_lines(session, _markup)


class SummaryScreen(FlowScreen):
    """What happened in this pause; enter saves and closes."""

    STEP_TITLE = "Saved"
    PRIMARY = ("enter", "Finish")
    BINDINGS = [
        Binding("enter", "finish", "Finish", id="summary-finish"),
        Binding("n", "note", "Add a note", id="summary-note"),
    ]

    _asked_about: str | None = None

    def compose_body(self) -> ComposeResult:
        coach = self.coach
        coach.record.reach("summary")
        yield Static(
            "\n".join(summary_lines(coach.record.session)) or "A short pause.", id="summary"
        )
        yield TextBox(
            placeholder="A private note for next time (optional)", id="note", max_length=2000
        )
        saved = (
            "Nothing from this pause was written to disk."
            if not coach.saving
            else "Saved on this computer only. `pausecoach history` shows your patterns over time."
        )
        yield Static(saved, classes="hint")
        yield Static(catalog.flow().debrief_later, id="debrief-later", classes="hint")
        if coach.saving:
            from pausecoach.documents.help_line import take_help_line

            quiet_line = take_help_line(coach.store, coach.clock.now())
            if quiet_line:
                yield Static(escape(quiet_line), id="help-line", classes="quiet-line")
        yield from self.compose_action("Finish", "enter", "finish", "[b]n[/b] write a note")

    def action_note(self) -> None:
        """Focus the note box."""
        self.set_focus(self.query_one("#note", Input))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_finish()

    def action_finish(self) -> None:
        """Save the note, close the record as completed, and leave."""
        note = self.query_one("#note", Input).value
        if note and is_unsafe(note) and note != self._asked_about:
            # Asked once for these words: "no" then lets enter finish instead of asking forever.
            self._asked_about = note
            self.coach.record.session.note = clean_text(note)
            self.coach.action_safety_check(note)
            return
        self.coach.record.finish("completed", note=note)
        self.app.exit()
