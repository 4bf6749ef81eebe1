"""A timed breathing screen: countdown to a deadline, pacer, pattern keys, pause, extend, end.

The pause's break, `pausecoach breathe` and the baseline all build on it; subclasses decide what
is recorded and what comes after.
"""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Digits, Static

from pausecoach.config.settings import USUAL_MINIMUM_MINUTES
from pausecoach.content import catalog
from pausecoach.core.breathing import Pattern, phase_at
from pausecoach.core.countdown import Countdown, format_clock, format_remaining
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.pacer import BreathPacer

TICK_SECONDS = 0.25  # 4 Hz: smooth enough for a slow breath, light on the battery
STILL_TICK_SECONDS = 1.0  # reduced motion: only the words and counts change, once a second
# Textual never fires set_timer(0); a timer waking a hair before the deadline sleeps this long.
END_TIMER_FLOOR = 0.001
SAVE_EVERY = 30.0
EXTEND_SECONDS = 5 * 60


class BreathingScreen(FlowScreen):
    """Remaining time is always deadline minus now, so it cannot drift however late ticks come.

    The ticks only draw; a one-shot timer set for the deadline itself ends the break, so it
    ends on time even when pausing or adding time moved the deadline off the ticks' beat.
    """

    SCROLL = False
    ASK_BEFORE_ENDING_UNDER = USUAL_MINIMUM_MINUTES * 60
    BINDINGS = [
        Binding("space", "toggle_pause", "Pause/resume", id="break-pause"),
        Binding("plus,equals_sign", "extend", "+5 min", id="break-extend"),
        Binding("e", "end_early", "End early", id="break-end"),
        *[
            Binding(str(n), f"pattern('{n}')", "Pattern", show=False, id=f"break-pattern-{n}")
            for n in range(1, 10)
        ],
    ]

    def __init__(self) -> None:
        super().__init__()
        self._timer: Timer | None = None
        self._end_timer: Timer | None = None
        self._last_save = 0.0
        self._breath_started = 0.0
        self._shown_second = -1
        self._own_countdown: Countdown | None = None
        self._pattern_in_use: Pattern | None = None
        self._texts: dict[str, str] = {}

    # --------------------------------------------------------------- layout
    def compose_body(self) -> ComposeResult:
        yield Digits("", id="remaining")
        yield Static(id="remaining-text", classes="centered")
        yield Static(id="break-times", classes="centered")
        yield BreathPacer(self.coach.reduce_motion, id="pacer")
        yield Static(id="pattern-line", classes="centered")
        yield Static(id="idea", classes="idea")
        yield Static(id="guard", classes="guard")
        yield Static(catalog.flow().breathing_caution, id="caution", classes="caution")

    # ---------------------------------------------------------------- hooks
    @property
    def current_countdown(self) -> Countdown | None:
        """This screen's countdown, once it has begun."""
        return self._own_countdown

    @property
    def countdown(self) -> Countdown:
        """This screen's countdown (it has begun)."""
        countdown = self.current_countdown
        assert countdown is not None
        return countdown

    def keep_progress(self) -> None:
        """Save how long the break has run now (leaving part-way: the 30-second saves lag)."""
        countdown = self.current_countdown
        if countdown is not None:
            self.save_progress(countdown.elapsed(self.coach.clock.monotonic()))

    def begin(self, now: float) -> None:
        """Create the countdown (and record the start, where there is a record)."""
        raise NotImplementedError

    def save_progress(self, elapsed: float) -> None:
        """Keep how much has run (only the pause records it)."""

    def note_pattern(self, pattern_id: str) -> None:
        """A pattern was chosen (only the pause records it)."""

    def note_extension(self, seconds: int) -> None:
        """Time was added (only the pause records it)."""

    def times_line(self, remaining: float, ends_at: str) -> str:
        """The line under the countdown."""
        state = "paused" if self.countdown.paused else f"ends {ends_at}"
        return f"left · {state}"

    def ideas(self, elapsed: float) -> tuple[str, str]:
        """The idea and the reminder to show `elapsed` seconds in."""
        return "", ""

    def finished(self, early: bool) -> None:
        """What happens when the time is up (or ended early)."""
        raise NotImplementedError

    def show_aside(self, elapsed: float) -> None:
        """Anything else to show `elapsed` seconds in (the pause shows the cycle reminder)."""

    # ------------------------------------------------------------ lifecycle
    def on_mount(self) -> None:
        now = self.coach.clock.monotonic()
        self.begin(now)
        self._breath_started = now
        self._last_save = now
        self._pacer = self.query_one(BreathPacer)
        self._show_pattern_line()
        interval = STILL_TICK_SECONDS if self.coach.reduce_motion else TICK_SECONDS
        self._timer = self.set_interval(interval, self.tick)
        self._arm_end_timer()
        self.tick()

    def _arm_end_timer(self) -> None:
        """(Re)set the one-shot timer for the deadline; none while paused."""
        if self._end_timer is not None:
            self._end_timer.stop()
            self._end_timer = None
        countdown = self.countdown
        if countdown.paused:
            return
        left = countdown.remaining(self.coach.clock.monotonic())
        self._end_timer = self.set_timer(max(left, END_TIMER_FLOOR), self._deadline_reached)

    def _deadline_reached(self) -> None:
        self._end_timer = None
        if self.countdown.finished(self.coach.clock.monotonic()):
            self._finish()
        else:  # woke a hair early: sleep again for what is left
            self._arm_end_timer()

    def _restart_breath(self, now: float) -> None:
        """Start the breath from its first phase; a once-a-second ticker keeps step with it."""
        self._breath_started = now
        if self._timer is not None and self.coach.reduce_motion:
            self._timer.reset()

    def on_unmount(self) -> None:
        self._stop_timers()
        self.coach.set_terminal_title(None)

    def tick(self) -> None:
        """Bring the screen up to date with the clock (however late this tick is)."""
        now = self.coach.clock.monotonic()
        countdown = self.countdown
        if countdown.finished(now):
            self._finish()
            return
        remaining = countdown.remaining(now)
        second = int(remaining + 0.999)
        if second != self._shown_second:
            self._shown_second = second
            self._show_time(remaining, countdown.elapsed(now))
        if not countdown.paused:
            self._pacer.show(phase_at(self.pattern(), now - self._breath_started))
        if now - self._last_save >= SAVE_EVERY:
            self._last_save = now
            self.save_progress(countdown.elapsed(now))

    def pattern(self) -> Pattern:
        """The breathing pattern in use (looked up again only when it changes)."""
        pattern_id = self.coach.flow.pattern_id
        if self._pattern_in_use is None or self._pattern_in_use.id != pattern_id:
            self._pattern_in_use = catalog.pattern_by_id(pattern_id)
        return self._pattern_in_use

    def show_text(self, widget_id: str, text: str, one_line: bool = False) -> None:
        """Put `text` in the Static `widget_id` if it changed.

        Re-laying out the screen is most of what a tick costs, so a one-line text that kept its
        length (the seconds) is only repainted.
        """
        before = self._texts.get(widget_id)
        if text == before:
            return
        self._texts[widget_id] = text
        same_size = one_line and before is not None and len(before) == len(text)
        self.query_one(f"#{widget_id}", Static).update(text, layout=not same_size)

    def _show_time(self, remaining: float, elapsed: float) -> None:
        coach = self.coach
        clock_text = format_remaining(remaining)
        # Digits re-lays out only when its width changes.
        self.query_one("#remaining", Digits).update(clock_text)
        self.show_text("remaining-text", f"[b]{clock_text}[/b]", one_line=True)
        ends_at = format_clock(coach.clock.now() + timedelta(seconds=remaining))
        self.show_text("break-times", self.times_line(remaining, ends_at))
        # Someone in another tab can see the time left in the tab title.
        coach.set_terminal_title(f"{clock_text} left · pausecoach")
        idea, guard = self.ideas(elapsed)
        self.show_text("idea", f"[b]Try:[/b] {idea}" if idea else "")
        self.show_text("guard", guard)
        self.show_aside(elapsed)

    def _show_pattern_line(self) -> None:
        current = self.pattern()
        parts = []
        for pattern in catalog.patterns():
            label = f"{pattern.key} {pattern.short}"
            parts.append(f"[reverse] {label} [/]" if pattern.id == current.id else f" {label} ")
        self.query_one("#pattern-line", Static).update(f"[b]{current.name}[/b]\n" + " ".join(parts))

    # -------------------------------------------------------------- actions
    def action_toggle_pause(self) -> None:
        """Pause or resume the countdown."""
        now = self.coach.clock.monotonic()
        countdown = self.countdown
        if countdown.paused:
            countdown.resume(now)
            self._restart_breath(now)
        else:
            countdown.pause(now)
            self._pacer.show(phase_at(self.pattern(), now - self._breath_started), paused=True)
        self._arm_end_timer()
        self.save_progress(countdown.elapsed(now))
        self._shown_second = -1
        self.tick()

    def action_extend(self) -> None:
        """Five more minutes."""
        self.countdown.extend(EXTEND_SECONDS, self.coach.clock.monotonic())
        self._arm_end_timer()
        self.note_extension(EXTEND_SECONDS)
        self._shown_second = -1
        self.tick()

    def action_pattern(self, key: str) -> None:
        """Switch breathing pattern by its number key."""
        for pattern in catalog.patterns():
            if pattern.key == key:
                self.coach.flow.pattern_id = pattern.id
                self._restart_breath(self.coach.clock.monotonic())
                self.note_pattern(pattern.id)
                self._show_pattern_line()
                self.notify(pattern.summary, title=pattern.name, timeout=6)
                self.tick()
                return

    def action_end_early(self) -> None:
        """End now, asking once when it has run less than the usual minimum."""
        from pausecoach.tui.screens.confirm import ConfirmScreen

        elapsed = self.countdown.elapsed(self.coach.clock.monotonic())
        if elapsed >= self.ASK_BEFORE_ENDING_UNDER:
            self._finish(early=True)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._finish(early=True)

        minutes = int(elapsed // 60)
        rested = {0: "less than a minute", 1: "1 minute"}.get(minutes, f"{minutes} minutes")
        self.app.push_screen(
            ConfirmScreen(
                "End the break early?",
                f"You have rested {rested}. Most bodies need "
                "about 20 minutes to settle, even when the mind feels calm sooner.",
                yes="End it",
                no="Keep going",
            ),
            answered,
        )

    def _stop_timers(self) -> None:
        for timer in (self._timer, self._end_timer):
            if timer is not None:
                timer.stop()
        self._end_timer = None

    def _finish(self, early: bool = False) -> None:
        self._stop_timers()
        now = self.coach.clock.monotonic()
        if early:
            self.countdown.stop(now)
        self.save_progress(self.countdown.elapsed(now))
        # Give the title back now: the screen is unmounted only some time after it is replaced.
        self.coach.set_terminal_title(None)
        self.finished(early)
