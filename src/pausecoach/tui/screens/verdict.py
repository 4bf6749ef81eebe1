"""Step 2b: the verdict, with its reasons, and the break it suggests."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from pausecoach.core.flooding import Assessment
from pausecoach.tui.screens.base import FlowScreen

HEADLINES = {
    "flooded": "You are flooded.",
    "rising": "Your alarm is rising.",
    "calm_enough": "You seem calm enough.",
}
ADVICE = {
    "flooded": (
        "Your body has taken over, and nobody can listen well like this. That is not a failure; "
        "it is physiology. Take a break of at least {minutes} minutes, and say when you will be back."
    ),
    "rising": (
        "You are not flooded yet, and a short break now can stop it getting there. "
        "A {minutes}-minute pause is a good start."
    ),
    "calm_enough": (
        "You can probably keep talking. If it heats up again, come back here. "
        "You can go straight to choosing a gentle way to say what you need."
    ),
}


class VerdictScreen(FlowScreen):
    """Flooded, rising or calm enough: what it means and why."""

    STEP_TITLE = "The verdict"
    BINDINGS = [
        Binding("enter", "take_break", "Take a break", id="verdict-break"),
        Binding("c", "come_back", "Talk now", id="verdict-talk"),
        Binding("escape", "back", "Back to the check", id="verdict-back"),
    ]

    @property
    def assessment(self) -> Assessment:
        """The assessment made on the check screen."""
        assessment = self.coach.flow.assessment
        assert assessment is not None, "the verdict screen follows the check"
        return assessment

    def compose_body(self) -> ComposeResult:
        level = self.assessment.level
        minutes = self.coach.flow.minutes
        yield Static(HEADLINES[level], id="verdict-headline", classes=f"headline -{level}")
        reasons = "\n".join(f"• {reason}" for reason in self.assessment.reasons)
        yield Static(reasons, id="verdict-reasons")
        yield Static(ADVICE[level].format(minutes=minutes), id="verdict-advice", classes="lead")
        if level == "calm_enough":
            keys = "[b]c[/b] choose how to say it   [b]enter[/b] take a break anyway"
        else:
            keys = f"[b]enter[/b] take a {minutes}-minute break   [b]c[/b] talk now instead"
        yield Static(keys, classes="keys-hint")

    def action_take_break(self) -> None:
        """Plan the break: what to tell the partner."""
        from pausecoach.tui.screens.tell import TellScreen

        self.coach.record.reach("tell")
        self.coach.goto(TellScreen())

    def action_come_back(self) -> None:
        """Skip the break and go to choosing a soft start-up."""
        from pausecoach.tui.screens.comeback import ComeBackScreen

        self.coach.record.came_back()
        self.coach.goto(ComeBackScreen())

    def action_back(self) -> None:
        """Back to the check, with the ticks kept."""
        from pausecoach.tui.screens.check import CheckScreen

        self.coach.goto(CheckScreen())
