"""Step 2b: the verdict, with its reasons, and the break it suggests."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from pausecoach.core.flooding import Assessment
from pausecoach.pause.steps import verdict_words
from pausecoach.tui.messages import BreakAccepted, TalkChosen, WentBack
from pausecoach.tui.screens.base import FlowScreen


class VerdictScreen(FlowScreen):
    """Flooded, rising or calm enough: what it means and why."""

    STEP_TITLE = "The verdict"
    STEP_TITLE_SHORT = "Verdict"
    PRIMARY = ("enter", "Take a break")
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
        headline, advice = verdict_words(self.assessment, minutes)
        yield Static(headline, id="verdict-headline", classes=f"headline -{level}")
        reasons = "\n".join(f"• {reason}" for reason in self.assessment.reasons)
        yield Static(reasons, id="verdict-reasons")
        yield Static(advice, id="verdict-advice", classes="lead")
        if level == "calm_enough":
            yield from self.compose_action(
                "Choose how to say it", "c", "come_back", "[b]enter[/b] take a break anyway"
            )
        else:
            yield from self.compose_action(
                f"Take a {minutes}-minute break",
                "enter",
                "take_break",
                "[b]c[/b] talk now instead",
            )

    def on_mount(self) -> None:
        if self.assessment.level == "calm_enough":
            self.show_next("c", "Talk now")

    def action_take_break(self) -> None:
        """Plan the break: what to tell the partner."""
        self.post_message(BreakAccepted())

    def action_come_back(self) -> None:
        """Skip the break and go to choosing a soft start-up."""
        self.post_message(TalkChosen())

    def action_back(self) -> None:
        """Back to the check, with the ticks kept."""
        self.post_message(WentBack())
