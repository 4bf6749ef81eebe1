"""Step 4: the pause's break: the breathing timer, soothe ideas, a rumination guard, then the re-check."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.widgets import Static

from pausecoach.content import catalog
from pausecoach.core.countdown import Countdown, format_clock, format_remaining
from pausecoach.core.cycle import CycleMap, cycle_reminder, reminder_visible
from pausecoach.core.limits import USUAL_MINIMUM_MINUTES
from pausecoach.pause.steps import break_texts, extension_notice, preparing
from pausecoach.tui.messages import BreakFinished
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.breath_timer import BREATH_BINDINGS, BreathControls, BreathTimer

SAVE_EVERY = 30.0  # seconds: a killed process loses at most this much of the break


class BreakScreen(BreathControls, FlowScreen):
    """The timed break of a pause; every change is saved to the pause's record."""

    STEP_TITLE = "Your break"
    PRIMARY = ("space", "Pause")
    SCROLL = False
    BINDINGS = [
        *BREATH_BINDINGS,
        Binding("o", "first_words", "First words", id="break-words", show=False),
    ]

    def __init__(self, extra_seconds: int = 0) -> None:
        super().__init__()
        self.extra_seconds = extra_seconds
        self._last_save = 0.0
        self._cycle: CycleMap | bool | None = False  # False: not read yet
        self._reminder: tuple[tuple[int, int], str] | None = None  # (screen size, text)

    def compose_body(self) -> ComposeResult:
        coach = self.coach
        yield BreathTimer(
            self._countdown(),
            coach.clock,
            coach.flow.pattern_id,
            reduce_motion=coach.reduce_motion,
            id="timer",
        )
        yield Static(catalog.flow().breathing_caution, id="caution", classes="caution")

    def _countdown(self) -> Countdown:
        """The pause's countdown: started here once, continued by "ten more minutes"."""
        coach = self.coach
        now = coach.clock.monotonic()
        countdown = coach.flow.countdown
        if countdown is None:
            seconds = coach.record.session.planned_seconds or coach.flow.minutes * 60
            countdown = coach.flow.countdown = Countdown.start(seconds, now)
            coach.record.break_started(coach.flow.pattern_id)
        elif self.extra_seconds:
            countdown.extend(self.extra_seconds, now)
            coach.record.extended(self.extra_seconds, "not_ready", countdown.remaining(now))
            coach.record.reach("break")
        self._last_save = countdown.elapsed(now)
        return countdown

    def on_mount(self) -> None:
        if self.extra_seconds:
            self.notify(extension_notice(self.extra_seconds, self.coach.record.session), timeout=10)

    def on_unmount(self) -> None:
        self.coach.set_terminal_title(None)

    def keep_progress(self) -> None:
        """Save how long the break has run now (leaving part-way: the 30-second saves lag)."""
        timers = self.query(BreathTimer)
        if timers:
            self.coach.record.progress(timers.first().elapsed())

    # ------------------------------------------------------------------ timer events
    def on_breath_timer_progressed(self, message: BreathTimer.Progressed) -> None:
        coach = self.coach
        session = coach.record.session
        timer = message.timer
        state = "paused" if timer.countdown.paused else f"break ends [b]{message.ends_at}[/b]"
        if coach.partner_path and session.partner_return_at is not None:
            back = f" · they'll be back around [b]{format_clock(session.partner_return_at)}[/b]"
        elif session.return_at is not None:
            back = f" · back with your partner at [b]{format_clock(session.return_at)}[/b]"
        else:
            back = ""
        timer.set_times_line(f"{state}{back}")
        # Someone in another tab can see the time left in the tab title.
        coach.set_terminal_title(f"{format_remaining(message.remaining)} left · pausecoach")
        idea, guard = break_texts(session, message.elapsed, coach.clock.now())
        if preparing(message.remaining, session):
            guard = catalog.flow().prepare
        # Most needed first: a short window keeps the idea and the cycle, and drops the guard.
        timer.set_aside(
            ("idea", f"[b]Try:[/b] {escape(idea)}"),
            ("cycle", escape(self._reminder_text()) if reminder_visible(message.elapsed) else ""),
            ("guard", escape(guard)),
        )
        if message.elapsed - self._last_save >= SAVE_EVERY:
            self._last_save = message.elapsed
            coach.record.progress(message.elapsed)

    def on_breath_timer_extended(self, message: BreathTimer.Extended) -> None:
        record = self.coach.record
        record.extended(message.seconds, "extend", message.seconds_left)
        self.app.clear_notifications()
        self.notify(extension_notice(message.seconds, record.session), timeout=12)

    def on_breath_timer_pattern_changed(self, message: BreathTimer.PatternChanged) -> None:
        coach = self.coach
        coach.flow.pattern_id = message.pattern.id
        coach.record.pattern_used(message.pattern.id)
        coach.record.save()
        self.app.clear_notifications()  # three quick changes: one notice, not three
        self.notify(message.pattern.summary, title=message.pattern.name, timeout=6)

    def on_breath_timer_finished(self, message: BreathTimer.Finished) -> None:
        self.coach.record.progress(message.elapsed)
        if message.early:
            self.coach.record.break_ended_early()
        # Give the title back now: the screen is unmounted only some time after it is replaced.
        self.coach.set_terminal_title(None)
        self.post_message(BreakFinished(early=message.early))

    # ------------------------------------------------------------------ actions
    def action_end_early(self) -> None:
        """End now, asking once when it has run less than the usual minimum."""
        from pausecoach.tui.dialogs.confirm import ConfirmScreen

        timer = self.timer
        elapsed = timer.elapsed()
        if elapsed >= USUAL_MINIMUM_MINUTES * 60:
            timer.end_early()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                timer.end_early()

        minutes = int(elapsed // 60)
        rested = {0: "less than a minute", 1: "1 minute"}.get(minutes, f"{minutes} minutes")
        self.app.push_screen(
            ConfirmScreen(
                "End the break early?",
                f"You have rested {rested}. Most bodies need about "
                f"{USUAL_MINIMUM_MINUTES} minutes to settle, even when the mind feels calm sooner.",
                yes="End it",
                no="Keep going",
            ),
            answered,
        )

    def action_first_words(self) -> None:
        """Choose the first words now, instead of rehearsing the argument (optional)."""
        from pausecoach.core.safety import is_unsafe
        from pausecoach.tui.dialogs.formula import FormulaScreen

        def built(text: str | None) -> None:
            if not text:
                return
            self.coach.flow.startup_text = text
            self.coach.record.chose_startup(None, text)
            if is_unsafe(text):
                self.coach.action_safety_check(text)
                return
            self.notify(catalog.flow().prepare_saved, timeout=6)

        self.app.push_screen(FormulaScreen(), built)

    # ------------------------------------------------------------------ the aside
    def _reminder_text(self) -> str:
        """The saved cycle in as many words as fit (two lines; three on short screens, which
        hide the rumination guard); empty without a cycle map."""
        if self._cycle is False:
            from pausecoach.documents.cycle import load_cycle

            self._cycle = load_cycle(self.coach.store)
        if not isinstance(self._cycle, CycleMap):
            return ""
        size = (self.app.size.width, self.app.size.height)
        if self._reminder is None or self._reminder[0] != size:
            width = min(size[0], 84) - 4
            lines = 3 if size[1] < 22 else 2
            # Word wrap leaves ragged line ends, hence the slack.
            text = cycle_reminder(self._cycle, catalog.cycle_texts().reminders, lines * width - 12)
            self._reminder = (size, text)
        return self._reminder[1]
