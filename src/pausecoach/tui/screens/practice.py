"""Breathing outside a pause: `pausecoach breathe` (practice) and `pausecoach baseline`."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.markup import escape
from textual.widgets import Static

from pausecoach.content import catalog
from pausecoach.core.countdown import Countdown, format_remaining
from pausecoach.tui.messages import PracticeFinished
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.breath_timer import BREATH_BINDINGS, BreathControls, BreathTimer

BASELINE_SECONDS = 120
BASELINE_PATTERN = "5-5"


class PracticeScreen(BreathControls, FlowScreen):
    """Just the pacer and the countdown; saved as a practice session. End whenever you like."""

    STEP_TITLE = "Breathe"
    SCROLL = False
    BINDINGS = [*BREATH_BINDINGS]

    def __init__(self, minutes: int) -> None:
        super().__init__()
        self.minutes = minutes

    def compose_body(self) -> ComposeResult:
        coach = self.coach
        countdown = Countdown.start(self.minutes * 60, coach.clock.monotonic())
        record = coach.record
        record.break_planned(self.minutes * 60, None, None)
        record.break_started(coach.flow.pattern_id)
        yield BreathTimer(
            countdown,
            coach.clock,
            coach.flow.pattern_id,
            reduce_motion=coach.reduce_motion,
            id="timer",
        )
        yield Static(catalog.flow().breathing_caution, id="caution", classes="caution")

    def on_mount(self) -> None:
        self._describe(self.timer.pattern.id)

    def on_unmount(self) -> None:
        self.coach.set_terminal_title(None)

    def _describe(self, pattern_id: str) -> None:
        pattern = catalog.pattern_by_id(pattern_id)
        self.timer.set_aside(("idea", escape(pattern.summary)), ("guard", escape(pattern.evidence)))

    def keep_progress(self) -> None:
        """Save how long the practice has run (leaving part-way)."""
        timers = self.query(BreathTimer)
        if timers:
            self.coach.record.progress(timers.first().elapsed())

    def on_breath_timer_progressed(self, message: BreathTimer.Progressed) -> None:
        state = "paused" if message.timer.countdown.paused else f"ends [b]{message.ends_at}[/b]"
        message.timer.set_times_line(state)
        self.coach.set_terminal_title(f"{format_remaining(message.remaining)} left · pausecoach")

    def on_breath_timer_pattern_changed(self, message: BreathTimer.PatternChanged) -> None:
        self.coach.record.pattern_used(message.pattern.id)
        self.coach.record.save()
        self._describe(message.pattern.id)
        self.app.clear_notifications()
        self.notify(message.pattern.summary, title=message.pattern.name, timeout=6)

    def on_breath_timer_finished(self, message: BreathTimer.Finished) -> None:
        coach = self.coach
        coach.set_terminal_title(None)
        if not message.early:
            coach.announce_break_end("Practice over.")
        coach.record.progress(message.elapsed)
        coach.record.finish("completed")
        minutes = int(message.elapsed // 60)
        self.post_message(
            PracticeFinished(
                "Well done",
                f"You breathed for {minutes} minute{'s' if minutes != 1 else ''}. "
                "Practising on calm days makes it easier to reach for in a hard one.",
            )
        )

    def action_end_early(self) -> None:
        """End now: practice has no minimum."""
        self.timer.end_early()


class BaselineScreen(BreathControls, FlowScreen):
    """Two minutes of calm breathing, then a guided 30-second count: your resting pulse."""

    STEP_TITLE = "Resting pulse: settle first"
    STEP_TITLE_SHORT = "Settle first"
    SCROLL = False
    BINDINGS = [*BREATH_BINDINGS]

    def compose_body(self) -> ComposeResult:
        coach = self.coach
        coach.flow.pattern_id = BASELINE_PATTERN
        yield BreathTimer(
            Countdown.start(BASELINE_SECONDS, coach.clock.monotonic()),
            coach.clock,
            BASELINE_PATTERN,
            reduce_motion=coach.reduce_motion,
            id="timer",
        )
        yield Static(catalog.flow().breathing_caution, id="caution", classes="caution")

    def on_mount(self) -> None:
        self.timer.set_aside(
            (
                "idea",
                "[b]Try:[/b] Sit comfortably and breathe with the circle. "
                "The count starts when the time is up.",
            ),
            (
                "guard",
                "A resting pulse is best measured sitting quietly, not after coffee or exercise.",
            ),
        )

    def on_breath_timer_progressed(self, message: BreathTimer.Progressed) -> None:
        state = "paused" if message.timer.countdown.paused else f"ends [b]{message.ends_at}[/b]"
        message.timer.set_times_line(state)

    def action_end_early(self) -> None:
        """Go to the count now."""
        self.timer.end_early()

    def on_breath_timer_finished(self, _: BreathTimer.Finished) -> None:
        from pausecoach.tui.dialogs.pulse import PulseCountScreen, PulseResult

        def counted(result: PulseResult | None) -> None:
            self.post_message(PracticeFinished(*baseline_words(self, result)))

        self.app.push_screen(PulseCountScreen(30), counted)


def baseline_words(
    screen: FlowScreen, result: object
) -> tuple[str, str, Callable[[], str | None] | None]:
    """The baseline's closing title and words, and (while the save waits for a database another
    program holds) how to learn the words once it is made. "Saved." only once it is."""
    from functools import partial

    from pausecoach.core.flooding import resting_ceiling
    from pausecoach.documents.baseline import save_baseline
    from pausecoach.pause.saver import SaveOutcome
    from pausecoach.tui.dialogs.pulse import PulseResult

    if not isinstance(result, PulseResult):
        return "No count saved", "Run `pausecoach baseline` again when you are ready.", None
    title = f"Your resting pulse: {result.bpm} bpm"
    saved = (
        f"Saved. After a break, the re-check will want you at {resting_ceiling(result.bpm)} "
        "bpm or less (within 10% of resting) before you go back. Measure again in six "
        "months, or if your fitness or medication changes."
    )
    coach = screen.coach
    outcome = SaveOutcome()
    job = partial(save_baseline, coach.store, result.bpm, coach.clock.now())
    coach.save_later(outcome.watch(job), "baseline")  # never waits on the screen's thread

    def settled() -> str | None:
        if outcome.saved:
            return saved
        return outcome.failed

    return title, settled() or SAVING_BASELINE, settled


SAVING_BASELINE = (
    "Saving... another program (often a second pausecoach) is holding the database. "
    "pausecoach keeps trying and says here when it is saved; if you close now, it waits a "
    "little for it first."
)
