"""Step 7: the saved summary, with an optional private note."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.widgets import Input, Static

from pausecoach import catalog
from pausecoach.core.countdown import format_clock
from pausecoach.core.safety import is_unsafe
from pausecoach.core.text import clean_text
from pausecoach.models import PauseSession
from pausecoach.tui.screens.base import FlowScreen

VERDICT_WORDS = {"flooded": "flooded", "rising": "rising", "calm_enough": "calm enough"}


def _return_line(session: PauseSession) -> str:
    moment = format_clock(session.return_at) if session.return_at else ""
    if session.role == "partner_stepped_away":
        kept = {True: "you were ready in time", False: "you needed longer", None: ""}
        head = f"Your partner was expected back at {moment}"
    else:
        kept = {True: "you were back in time", False: "you took longer", None: ""}
        head = f"You promised to be back at {moment}"
    outcome = kept[session.back_on_time]
    return head + (f": {outcome}." if outcome else ".")


def summary_lines(session: PauseSession) -> list[str]:
    """The pause in a few plain lines."""
    lines: list[str] = []
    if session.verdict:
        lines.append(f"Verdict: [b]{VERDICT_WORDS[session.verdict]}[/b]")
    if session.pulse_before or session.pulse_after:
        before = session.pulse_before or "–"
        after = session.pulse_after or "–"
        lines.append(f"Pulse: {before} → {after} bpm")
    if session.planned_seconds:
        actual = session.actual_seconds or 0
        lines.append(
            f"Break: {session.planned_seconds // 60} min planned, {actual // 60} min {actual % 60:02d} s taken"
        )
    if session.patterns:
        names = []
        for pattern_id in session.patterns:
            try:
                names.append(catalog.pattern_by_id(pattern_id).name)
            except KeyError:
                names.append(pattern_id)
        lines.append("Breathing: " + ", ".join(names))
    if session.return_at:
        lines.append(_return_line(session))
    if session.startup_text:
        lines.append(f"Opening line: “{escape(session.startup_text)}”")
    return lines


class SummaryScreen(FlowScreen):
    """What happened in this pause; enter saves and closes."""

    STEP_TITLE = "Saved"
    BINDINGS = [
        Binding("enter", "finish", "Finish", id="summary-finish"),
        Binding("n", "note", "Add a note", id="summary-note"),
    ]

    def compose_body(self) -> ComposeResult:
        coach = self.coach
        coach.record.reach("summary")
        yield Static(
            "\n".join(summary_lines(coach.record.session)) or "A short pause.", id="summary"
        )
        yield Input(
            placeholder="A private note for next time (optional)", id="note", max_length=2000
        )
        saved = (
            "Nothing from this pause was written to disk."
            if not coach.saving
            else "Saved on this computer only. `pausecoach history` shows your patterns over time."
        )
        yield Static(saved, classes="hint")
        yield Static("[b]enter[/b] finish   [b]n[/b] write a note", classes="keys-hint")

    def action_note(self) -> None:
        """Focus the note box."""
        self.query_one("#note", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_finish()

    def action_finish(self) -> None:
        """Save the note, close the record as completed, and leave."""
        note = self.query_one("#note", Input).value
        if note and is_unsafe(note):
            self.coach.record.session.note = clean_text(note)
            self.coach.action_safety_check()
            return
        self.coach.record.finish("completed", note=note)
        self.app.exit()
