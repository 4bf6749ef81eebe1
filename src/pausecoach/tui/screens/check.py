"""Step 2: the flooding check: tick the signs, optionally count the pulse."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from pausecoach.content import catalog
from pausecoach.tui.messages import Checked, WentBack
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.signs import SignChecklist


class CheckScreen(FlowScreen):
    """Which signs are true right now, and (optionally) the pulse."""

    STEP_TITLE = "How flooded am I?"
    PRIMARY = ("enter", "Verdict")
    SCROLL = False
    BINDINGS = [
        Binding("enter", "verdict", "See the verdict", id="check-done"),
        Binding("c", "count_pulse", "Count my pulse", id="check-pulse"),
        Binding("escape", "back", "Back", id="check-back"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Tick what is true right now. [b]Space[/b] ticks, [b]1-6[/b] tick within a group.",
            classes="hint",
        )
        yield SignChecklist(catalog.signs(), self.coach.flow.ticked, id="signs")
        yield Static(id="pulse-line")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(SignChecklist))
        self._show_pulse()

    def _show_pulse(self) -> None:
        pulse = self.coach.flow.pulse_before
        text = (
            f"Pulse: [b]{pulse} bpm[/b]   [dim](c to count again)[/]"
            if pulse is not None
            else "Pulse: not counted.  Press [b]c[/b] to count it; it is the surest sign."
        )
        self.query_one("#pulse-line", Static).update(text)

    def on_sign_checklist_changed(self, message: SignChecklist.Changed) -> None:
        self.coach.flow.ticked = set(message.ticked)

    def action_count_pulse(self) -> None:
        """Open the guided pulse count."""
        from pausecoach.tui.dialogs.pulse import PulseCountScreen, PulseResult

        def counted(result: PulseResult | None) -> None:
            if result is not None:
                self.coach.flow.pulse_before = result.bpm
                self.coach.record.pulse(result.bpm, "before", result.beats, result.window)
                self._show_pulse()

        self.app.push_screen(PulseCountScreen(self.coach.settings.count_seconds), counted)

    def action_verdict(self) -> None:
        """Judge the signs and pulse, save, and show the verdict."""
        flow = self.coach.flow
        rules = self.coach.rules
        flow.assessment = rules.judge(flow.ticked, flow.pulse_before)
        flow.minutes = rules.minutes_after(flow.assessment, flow.minutes)
        ordered = [s.id for s in catalog.signs() if s.id in flow.ticked]
        self.coach.record.checked(ordered, flow.pulse_before, flow.assessment)
        self.post_message(Checked())

    def action_back(self) -> None:
        """Back to the landing screen."""
        self.post_message(WentBack())
