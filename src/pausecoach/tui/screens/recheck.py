"""Step 5: the re-check. People feel calm before their body is, so the pulse has the last word."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from pausecoach.content import catalog
from pausecoach.core.flooding import Readiness
from pausecoach.pause.steps import readiness_headline
from pausecoach.tui.messages import MoreTimeChosen, ReturnChosen
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.scale import CalmScale

STATE_COLOURS = {
    "ready": "$success",
    "not_yet": "$warning",
    "too_soon": "$warning",
    "unknown": "$warning",
}
# The button of the next step, and the other keys: before the check, then by its answer.
ACTION_BY_STATE: dict[str | None, tuple[str, str, str, str]] = {
    None: ("See if I'm ready", "enter", "decide", "[b]c[/b] count my pulse"),
    "ready": ("Choose how to open the talk", "enter", "decide", "[b]+[/b] ten more minutes anyway"),
    "too_soon": ("Go back now", "g", "go_anyway", "[b]+[/b] ten more minutes"),
    "not_yet": ("Ten more minutes (recommended)", "+", "more_time", "[b]g[/b] go back anyway"),
}
# The pinned next step once the re-check has spoken.
NEXT_BY_STATE = {
    "ready": ("enter", "Choose words"),
    "too_soon": ("g", "Go back now"),
    "not_yet": ("+", "Ten more minutes"),
}


class RecheckScreen(FlowScreen):
    """How calm now, and (ideally) the pulse again; then ready, or ten more minutes."""

    STEP_TITLE = "Are you ready to go back?"
    STEP_TITLE_SHORT = "Ready?"
    PRIMARY: tuple[str, str] = ("enter", "Check")
    AUTO_FOCUS = "#calm"  # focused as the screen opens: one focus change, one footer rebuild
    BINDINGS = [
        Binding("enter", "decide", "Check", id="recheck-decide"),
        Binding("c", "count_pulse", "Count my pulse", id="recheck-pulse"),
        Binding("plus,equals_sign", "more_time", "+10 min", id="recheck-more"),
        Binding("g", "go_anyway", "Go back anyway", id="recheck-anyway"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.readiness: Readiness | None = None

    def compose_body(self) -> ComposeResult:
        lead = (
            "Your break is over. Before they are back, check how settled you are."
            if self.coach.partner_path
            else "Your break is over. Welcome back."
        )
        yield Static(lead, classes="lead")
        yield Static("How calm do you feel now?  [dim](← → or 0-9)[/]")
        yield CalmScale(self.coach.flow.calm_score, id="calm")
        yield Static(id="recheck-pulse-line")
        yield Static(id="recheck-result")
        yield from self.compose_action(*ACTION_BY_STATE[None])

    def on_mount(self) -> None:
        self.coach.record.reach("recheck")
        # After the first refresh: once, on a loaded machine, the body's lines were not yet
        # there when the screen's own mount ran (NoMatches '#recheck-pulse-line').
        self.call_after_refresh(self._show)

    def _show(self) -> None:
        pulse = self.coach.flow.pulse_after
        before = self.coach.flow.pulse_before
        if pulse is None:
            line = "Pulse: not counted yet. Press [b]c[/b] to count it: it is the surer test."
        else:
            change = f" (was {before})" if before is not None else ""
            line = f"Pulse now: [b]{pulse} bpm[/b]{change}"
        self.query_one("#recheck-pulse-line", Static).update(line)
        result = self.query_one("#recheck-result", Static)
        if self.readiness is None:
            result.update("")
            self.show_next(*self.PRIMARY)
            self.show_action(*ACTION_BY_STATE[None])
        else:
            state = self.readiness.state
            headline = f"[b {STATE_COLOURS[state]}]{readiness_headline(self.readiness)}[/]"
            reasons = "\n".join(f"• {r}" for r in self.readiness.reasons)
            flow = catalog.flow()
            self.show_next(*NEXT_BY_STATE.get(state, NEXT_BY_STATE["not_yet"]))
            self.show_action(*ACTION_BY_STATE.get(state, ACTION_BY_STATE["not_yet"]))
            if state == "ready":
                result.update(f"{headline}\n{reasons}")
            elif state == "too_soon":
                result.update(f"{headline}\n{reasons}\n{flow.readiness.too_soon_advice}")
            else:
                result.update(f"{headline}\n{reasons}\n{flow.not_ready}")
        result.set_class(self.readiness is not None, "-shown")

    def on_calm_scale_changed(self, message: CalmScale.Changed) -> None:
        self.coach.flow.calm_score = message.value
        if self.readiness is not None:
            self.readiness = None
            self._show()

    def action_count_pulse(self) -> None:
        """Count the pulse again."""
        from pausecoach.tui.dialogs.pulse import PulseCountScreen, PulseResult

        def counted(result: PulseResult | None) -> None:
            if result is not None:
                self.coach.flow.pulse_after = result.bpm
                self.coach.record.pulse(result.bpm, "after", result.beats, result.window)
                self.readiness = None
                self._show()

        self.app.push_screen(PulseCountScreen(self.coach.settings.count_seconds), counted)

    def action_decide(self) -> None:
        """Judge readiness; a second enter moves on when ready."""
        if self.readiness is not None and self.readiness.ready:
            self._go_on()
            return
        scales = self.query(CalmScale)
        if not scales:  # a fast second enter can arrive before this screen is built
            return
        score = scales.first().value
        if score is None and self.coach.flow.pulse_after is None:
            self.notify(
                "First, how calm do you feel now? Use ← → or a number from 0 to 10, "
                "or press c to count your pulse.",
                timeout=6,
            )
            return
        self.coach.flow.calm_score = score
        self.readiness = self.coach.rules.readiness(
            self.coach.flow.pulse_after, score, self.coach.record.session
        )
        self.coach.record.rechecked(score, self.readiness)
        self._show()

    def action_more_time(self) -> None:
        """Ten more minutes of break (saved as an extension)."""
        self.post_message(MoreTimeChosen())

    def action_go_anyway(self) -> None:
        """Go on although the re-check says not yet (the user decides)."""
        if self.readiness is None:
            self.action_decide()
        self._go_on()

    def _go_on(self) -> None:
        self.post_message(ReturnChosen())
