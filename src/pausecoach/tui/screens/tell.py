"""Step 3: what to tell your partner, with the clock time you will be back."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Static

from pausecoach.core import limits
from pausecoach.core.safety import is_unsafe
from pausecoach.pause import steps
from pausecoach.tui.messages import BreakPlanned, WentBack
from pausecoach.tui.screens.base import FlowScreen, copy_words


class TellScreen(FlowScreen):
    """A line to say before leaving the room; the return time keeps the break from feeling like abandonment."""

    STEP_TITLE = "Tell your partner"
    STEP_TITLE_SHORT = "Tell"
    PRIMARY = ("enter", "Start the break")
    BINDINGS = [
        Binding("enter", "start_break", "Start the break", id="tell-start"),
        Binding("n", "next_line", "Other words", id="tell-next"),
        Binding("plus,equals_sign", "longer", "+5 min", id="tell-longer"),
        # Hidden from the footer ("+/- length" is hinted on screen) so "! Not safe" fits at 80.
        Binding("minus", "shorter", "-5 min", id="tell-shorter", show=False),
        Binding("e", "edit", "Edit", id="tell-edit"),
        Binding("c", "copy", "Copy", id="tell-copy"),
        Binding("escape", "back", "Back", id="tell-back"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Say this calmly, then go. Naming when you will be back is what makes a break "
            "feel safe to the person you leave.",
            classes="hint",
        )
        yield Static(id="tell-line", classes="say-aloud")
        yield Static(id="tell-times")
        yield Static(id="tell-note", classes="note")
        yield from self._compose_plan()
        yield from self.compose_action(
            "Start the break",
            "enter",
            "start_break",
            "[b]n[/b] other words   [b]+/-[/b] length   [b]e[/b] edit   [b]c[/b] copy",
        )

    def _compose_plan(self) -> ComposeResult:
        """The pause agreement, if one was made (the don'ts hide on short terminals)."""
        from pausecoach.documents.plan import load_plan, plan_donts, plan_lines

        plan = load_plan(self.coach.store)
        if plan is None:
            return
        with Vertical(id="tell-plan", classes="plan-note"):
            yield Static(
                "[b]Your plan[/b]  " + escape("\n".join(plan_lines(plan, during_break=True)))
            )
            if plan.not_during:
                yield Static(escape(plan_donts(plan)), id="tell-plan-donts")

    def on_mount(self) -> None:
        self._refresh_line()
        # The return time is a clock time: keep it true while the user reads.
        self.set_interval(10, self._refresh_line)

    def _return_at(self) -> datetime:
        return steps.return_for(self.coach.clock.now(), self.coach.flow.minutes * 60)

    def line(self) -> str:
        """The words to say, with length and return time filled in."""
        flow = self.coach.flow
        if flow.tell_text is not None:
            return flow.tell_text
        return steps.tell_words(flow.tell_index, flow.minutes, self._return_at())

    def _refresh_line(self) -> None:
        flow = self.coach.flow
        length, back = steps.tell_times(flow.minutes, self._return_at())
        self.query_one("#tell-line", Static).update(f"“{escape(self.line())}”")
        self.query_one("#tell-times", Static).update(
            f"Break: [b]{length}[/b]    Back with your partner at [b]{back}[/b]"
        )
        verdict = flow.assessment.level if flow.assessment else None
        note = steps.break_note(flow.minutes, verdict)
        if flow.tell_text is not None:
            note = (
                note + "\n" if note else ""
            ) + "You edited the words: check the time in them still fits."
        self.query_one("#tell-note", Static).update(note)

    def action_next_line(self) -> None:
        """Show other words for the same message."""
        self.coach.flow.tell_index += 1
        self.coach.flow.tell_text = None
        self._refresh_line()

    def action_longer(self) -> None:
        """Five more minutes."""
        flow = self.coach.flow
        flow.minutes = limits.longer(flow.minutes)
        self._refresh_line()

    def action_shorter(self) -> None:
        """Five fewer minutes (a note says 20 is the usual minimum)."""
        flow = self.coach.flow
        flow.minutes = limits.shorter(flow.minutes)
        self._refresh_line()

    def action_edit(self) -> None:
        """Edit the words."""
        from pausecoach.tui.dialogs.edit import EditTextScreen

        def edited(text: str | None) -> None:
            if text is None or not text.strip():
                return
            if is_unsafe(text):
                self.coach.action_safety_check(text)
            self.coach.flow.tell_text = text.strip()
            self._refresh_line()

        self.app.push_screen(EditTextScreen("Your words", self.line()), edited)

    def action_copy(self) -> None:
        """Copy the words (to send them as a message, say)."""
        copy_words(self, self.line())

    def action_start_break(self) -> None:
        """Save the plan and start the countdown."""
        flow = self.coach.flow
        self.coach.record.break_planned(flow.minutes * 60, self._return_at(), self.line())
        self.post_message(BreakPlanned())

    def action_back(self) -> None:
        """Back to the verdict (or the first screen, when the check was skipped)."""
        self.post_message(WentBack())
