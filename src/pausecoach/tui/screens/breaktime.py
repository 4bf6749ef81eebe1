"""Step 4: the break: countdown to a deadline, breathing pacer, soothe ideas, rumination guard."""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Digits, Static

from pausecoach import catalog
from pausecoach.config import USUAL_MINIMUM_MINUTES
from pausecoach.core.breathing import phase_at
from pausecoach.core.countdown import Countdown, format_clock, format_remaining
from pausecoach.tui.screens.base import FlowScreen
from pausecoach.tui.widgets.pacer import BreathPacer

TICK_SECONDS = 0.25  # 4 Hz: smooth enough for a slow breath, light on the battery
SAVE_EVERY = 30.0
IDEA_EVERY = 45.0
GUARD_EVERY = 75.0
EXTEND_SECONDS = 5 * 60
ENDED_MESSAGE = "Your break is over."


class BreakScreen(FlowScreen):
    """The timed break. Remaining time is always deadline minus now, so it cannot drift."""

    STEP_TITLE = "Your break"
    SCROLL = False
    BINDINGS = [
        Binding("space", "toggle_pause", "Pause/resume", id="break-pause"),
        Binding("plus,equals_sign", "extend", "+5 min", id="break-extend"),
        Binding("e", "end_early", "End early", id="break-end"),
        *[
            Binding(str(n), f"pattern('{n}')", "Pattern", show=False, id=f"break-pattern-{n}")
            for n in range(1, 10)
        ],
    ]

    def __init__(self, extra_seconds: int = 0, planned_seconds: int | None = None) -> None:
        super().__init__()
        self.extra_seconds = extra_seconds
        self.planned_seconds = planned_seconds
        self._timer: Timer | None = None
        self._last_save = 0.0
        self._breath_started = 0.0
        self._shown_second = -1

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

    # ------------------------------------------------------------ lifecycle
    @property
    def countdown(self) -> Countdown:
        """The break's countdown (kept in the flow state so an extension continues it)."""
        countdown = self.coach.flow.countdown
        assert countdown is not None
        return countdown

    def on_mount(self) -> None:
        coach = self.coach
        now = coach.clock.monotonic()
        if coach.flow.countdown is None:
            seconds = self.planned_seconds or coach.flow.minutes * 60
            coach.flow.countdown = Countdown.start(seconds, now)
            coach.record.break_started(coach.flow.pattern_id)
        elif self.extra_seconds:
            self.countdown.extend(self.extra_seconds, now)
            coach.record.extended(self.extra_seconds, "not_ready")
            coach.record.reach("break")
        self._breath_started = now
        self._last_save = now
        self._show_pattern_line()
        self._timer = self.set_interval(TICK_SECONDS, self.tick)
        self.tick()

    def on_unmount(self) -> None:
        if self._timer is not None:
            self._timer.stop()

    # ----------------------------------------------------------------- tick
    def tick(self) -> None:
        """Bring the screen up to date with the clock (however late this tick is)."""
        coach = self.coach
        now = coach.clock.monotonic()
        countdown = self.countdown
        remaining = countdown.remaining(now)
        if countdown.finished(now):
            self._finish()
            return
        second = int(remaining + 0.999)
        if second != self._shown_second:
            self._shown_second = second
            self._show_time(remaining)
        if not countdown.paused:
            pattern = catalog.pattern_by_id(coach.flow.pattern_id)
            self.query_one(BreathPacer).show(phase_at(pattern, now - self._breath_started))
        if now - self._last_save >= SAVE_EVERY:
            self._last_save = now
            coach.record.progress(countdown.elapsed(now))

    def _show_time(self, remaining: float) -> None:
        coach = self.coach
        self.query_one("#remaining", Digits).update(format_remaining(remaining))
        self.query_one("#remaining-text", Static).update(f"[b]{format_remaining(remaining)}[/b]")
        promised = coach.record.session.return_at
        ends_at = format_clock(coach.clock.now() + timedelta(seconds=remaining))
        if promised is None:
            back = ""
        elif coach.partner_path:
            back = f"they'll be back around [b]{format_clock(promised)}[/b]"
        else:
            back = f"back with your partner at [b]{format_clock(promised)}[/b]"
        state = "paused" if self.countdown.paused else f"break ends {ends_at}"
        self.query_one("#break-times", Static).update(f"left · {state} · {back}".rstrip(" ·"))
        self._show_ideas()

    def _show_ideas(self) -> None:
        coach = self.coach
        texts = catalog.flow().partner if coach.partner_path else catalog.flow().flooded
        elapsed = self.countdown.elapsed(coach.clock.monotonic())
        promised = coach.record.session.return_at
        time_text = format_clock(promised) if promised else "the time you named"
        idea = texts.soothe[int(elapsed // IDEA_EVERY) % len(texts.soothe)]
        guard = texts.rumination[int(elapsed // GUARD_EVERY) % len(texts.rumination)]
        self.query_one("#idea", Static).update(f"[b]Try:[/b] {idea}")
        self.query_one("#guard", Static).update(guard.format(time=time_text))

    def _show_pattern_line(self) -> None:
        current = catalog.pattern_by_id(self.coach.flow.pattern_id)
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
            self._breath_started = now
        else:
            countdown.pause(now)
            pattern = catalog.pattern_by_id(self.coach.flow.pattern_id)
            self.query_one(BreathPacer).show(
                phase_at(pattern, now - self._breath_started), paused=True
            )
        self.coach.record.progress(countdown.elapsed(now))
        self._shown_second = -1
        self.tick()

    def action_extend(self) -> None:
        """Five more minutes."""
        now = self.coach.clock.monotonic()
        self.countdown.extend(EXTEND_SECONDS, now)
        self.coach.record.extended(EXTEND_SECONDS)
        self.notify("Five more minutes. If you said a time, let your partner know the new one.")
        self._shown_second = -1
        self.tick()

    def action_pattern(self, key: str) -> None:
        """Switch breathing pattern by its number key."""
        for pattern in catalog.patterns():
            if pattern.key == key:
                self.coach.flow.pattern_id = pattern.id
                self._breath_started = self.coach.clock.monotonic()
                self.coach.record.pattern_used(pattern.id)
                self.coach.record.save()
                self._show_pattern_line()
                self.notify(pattern.summary, title=pattern.name, timeout=6)
                self.tick()
                return

    def action_end_early(self) -> None:
        """End the break now, asking once when it has run under 20 minutes."""
        from pausecoach.tui.screens.confirm import ConfirmScreen

        elapsed = self.countdown.elapsed(self.coach.clock.monotonic())
        if elapsed >= USUAL_MINIMUM_MINUTES * 60:
            self._finish(early=True)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._finish(early=True)

        minutes = int(elapsed // 60)
        self.app.push_screen(
            ConfirmScreen(
                "End the break early?",
                f"You have rested {minutes} minute{'s' if minutes != 1 else ''}. Most bodies need about "
                "20 minutes to settle, even when the mind feels calm sooner.",
                yes="End it",
                no="Keep going",
            ),
            answered,
        )

    def _finish(self, early: bool = False) -> None:
        from pausecoach.tui.screens.recheck import RecheckScreen

        if self._timer is not None:
            self._timer.stop()
        coach = self.coach
        now = coach.clock.monotonic()
        if early:
            self.countdown.stop(now)
        coach.record.progress(self.countdown.elapsed(now))
        if not early:
            coach.announce_break_end()
        coach.goto(RecheckScreen())
