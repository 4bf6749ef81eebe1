"""The breathing timer: a countdown to a monotonic deadline, the pacer, and the pattern in use.

It owns its timers. Remaining time is always deadline minus now, so late or dropped ticks can
never make it drift; a one-shot timer set for the deadline itself ends it on time. It posts what
happened (`Progressed`, coalesced, once a second; `Finished`; `Extended`; `PatternChanged`) and the
screen that composes it decides what that means (save, notify, move on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Digits, Static

from pausecoach.clock import Clock
from pausecoach.content import catalog
from pausecoach.core.breathing import Pattern, phase_at
from pausecoach.core.countdown import Countdown, format_clock, format_remaining
from pausecoach.core.limits import EXTEND_MINUTES
from pausecoach.tui.widgets.pacer import BreathPacer

TICK_SECONDS = 0.25  # 4 Hz: smooth enough for a slow breath, light on the battery
STILL_TICK_SECONDS = 1.0  # reduced motion: only the words and counts change, once a second
# Textual never fires set_timer(0); a timer waking a hair before the deadline sleeps this long.
END_TIMER_FLOOR = 0.001


class BreathTimer(Vertical):
    """Countdown, pacer and pattern line for any timed breathing (break, practice, baseline)."""

    @dataclass
    class Progressed(Message):
        """The shown second changed (a flood of these coalesces: only the latest matters)."""

        timer: BreathTimer
        elapsed: float
        remaining: float
        ends_at: str

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, BreathTimer.Progressed) and message.timer is self.timer

    @dataclass
    class Finished(Message):
        """The time ran out, or the break was ended early."""

        timer: BreathTimer
        early: bool
        elapsed: float

    @dataclass
    class Extended(Message):
        """Time was added."""

        timer: BreathTimer
        seconds: int
        seconds_left: float

    @dataclass
    class PatternChanged(Message):
        """Another breathing pattern was chosen."""

        timer: BreathTimer
        pattern: Pattern

    def __init__(
        self,
        countdown: Countdown,
        clock: Clock,
        pattern_id: str,
        *,
        reduce_motion: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.countdown = countdown
        self.clock = clock
        self.reduce_motion = reduce_motion
        self.pattern = catalog.pattern_by_id(pattern_id)
        self.done = False
        self._tick_timer: Timer | None = None
        self._end_timer: Timer | None = None
        self._breath_started = clock.monotonic()
        self._shown_second = -1
        self._texts: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Digits("", id="remaining")
        yield Static(id="remaining-text", classes="centered")
        yield Static(id="break-times", classes="centered")
        yield BreathPacer(self.reduce_motion, id="pacer")
        yield Static(id="pattern-line", classes="centered")

    def on_mount(self) -> None:
        self._pacer = self.query_one(BreathPacer)
        self._show_pattern_line()
        interval = STILL_TICK_SECONDS if self.reduce_motion else TICK_SECONDS
        self._tick_timer = self.set_interval(interval, self.tick)
        self._arm_end_timer()
        self.tick()

    def on_unmount(self) -> None:
        self._stop_timers()

    # ------------------------------------------------------------------ reading
    def elapsed(self) -> float:
        """Seconds of breathing actually run (pauses excluded)."""
        return self.countdown.elapsed(self.clock.monotonic())

    def remaining(self) -> float:
        """Seconds left."""
        return self.countdown.remaining(self.clock.monotonic())

    # ------------------------------------------------------------------ drawing
    def tick(self) -> None:
        """Bring the display up to date with the clock (however late this tick is)."""
        if self.done:
            return
        now = self.clock.monotonic()
        countdown = self.countdown
        if countdown.finished(now):
            self._finish(early=False)
            return
        remaining = countdown.remaining(now)
        second = int(remaining + 0.999)
        if second != self._shown_second:
            self._shown_second = second
            self._show_clock(remaining)
            ends_at = format_clock(self.clock.now() + timedelta(seconds=remaining))
            self.post_message(self.Progressed(self, countdown.elapsed(now), remaining, ends_at))
        if not countdown.paused:
            self._pacer.show(phase_at(self.pattern, now - self._breath_started))

    def set_times_line(self, text: str) -> None:
        """The line under the countdown, written by the screen (it knows what the time means)."""
        self._show_text("break-times", text)

    def _show_text(self, widget_id: str, text: str, one_line: bool = False) -> None:
        # Re-laying out is most of what a tick costs: a one-line text that kept its length is
        # only repainted.
        before = self._texts.get(widget_id)
        if text == before:
            return
        self._texts[widget_id] = text
        same_size = one_line and before is not None and len(before) == len(text)
        self.query_one(f"#{widget_id}", Static).update(text, layout=not same_size)

    def _show_clock(self, remaining: float) -> None:
        clock_text = format_remaining(remaining)
        self.query_one("#remaining", Digits).update(clock_text)  # re-lays out only on width change
        self._show_text("remaining-text", f"[b]{clock_text}[/b]", one_line=True)

    def _show_pattern_line(self) -> None:
        parts = []
        for pattern in catalog.patterns():
            label = f"{pattern.key} {pattern.short}"
            parts.append(
                f"[reverse] {label} [/]" if pattern.id == self.pattern.id else f" {label} "
            )
        self.query_one("#pattern-line", Static).update(
            f"[b]{self.pattern.name}[/b]\n" + " ".join(parts)
        )

    # ------------------------------------------------------------------ control
    def toggle_pause(self) -> None:
        """Pause or resume the countdown (the breath starts again on resume)."""
        now = self.clock.monotonic()
        countdown = self.countdown
        if countdown.paused:
            countdown.resume(now)
            self._restart_breath(now)
        else:
            countdown.pause(now)
            self._pacer.show(phase_at(self.pattern, now - self._breath_started), paused=True)
        self._arm_end_timer()
        self._redraw()

    def extend(self, seconds: int) -> None:
        """Add time; the deadline moves, and `Extended` says how much is now left."""
        now = self.clock.monotonic()
        self.countdown.extend(seconds, now)
        self._arm_end_timer()
        self.post_message(self.Extended(self, seconds, self.countdown.remaining(now)))
        self._redraw()

    def use_pattern(self, key: str) -> bool:
        """Switch to the pattern on number key `key`; False when no pattern has that key."""
        for pattern in catalog.patterns():
            if pattern.key == key:
                self.pattern = pattern
                self._restart_breath(self.clock.monotonic())
                self._show_pattern_line()
                self.post_message(self.PatternChanged(self, pattern))
                self.tick()
                return True
        return False

    def end_early(self) -> None:
        """Stop now; the time not run is dropped from the budget."""
        self._finish(early=True)

    def _redraw(self) -> None:
        self._shown_second = -1
        self.tick()

    def _restart_breath(self, now: float) -> None:
        self._breath_started = now
        if self._tick_timer is not None and self.reduce_motion:
            self._tick_timer.reset()  # a once-a-second ticker keeps step with the new breath

    def _arm_end_timer(self) -> None:
        if self._end_timer is not None:
            self._end_timer.stop()
            self._end_timer = None
        if self.countdown.paused or self.done:
            return
        left = self.countdown.remaining(self.clock.monotonic())
        self._end_timer = self.set_timer(max(left, END_TIMER_FLOOR), self._deadline_reached)

    def _deadline_reached(self) -> None:
        self._end_timer = None
        if self.countdown.finished(self.clock.monotonic()):
            self._finish(early=False)
        else:  # woke a hair early: sleep again for what is left
            self._arm_end_timer()

    def _stop_timers(self) -> None:
        for timer in (self._tick_timer, self._end_timer):
            if timer is not None:
                timer.stop()
        self._end_timer = None

    def _finish(self, early: bool) -> None:
        if self.done:
            return
        self.done = True
        self._stop_timers()
        now = self.clock.monotonic()
        if early:
            self.countdown.stop(now)
        self.post_message(self.Finished(self, early, self.countdown.elapsed(now)))


# Keys every timed breathing screen shares; ids keep them rebindable from the settings.
BREATH_BINDINGS: list[Binding | tuple[str, str] | tuple[str, str, str]] = [
    Binding("space", "toggle_pause", "Pause/resume", id="break-pause"),
    Binding("plus,equals_sign", "extend", "+5 min", id="break-extend"),
    Binding("e", "end_early", "End early", id="break-end"),
    *[
        Binding(str(n), f"pattern('{n}')", "Pattern", show=False, id=f"break-pattern-{n}")
        for n in range(1, 10)
    ],
]


class BreathControls:
    """The shared key actions of a screen that composes one `BreathTimer` (id "timer")."""

    @property
    def timer(self) -> BreathTimer:
        """This screen's breathing timer."""
        return cast("Widget", self).query_one(BreathTimer)

    def action_toggle_pause(self) -> None:
        """Pause or resume the countdown."""
        self.timer.toggle_pause()

    def action_extend(self) -> None:
        """Five more minutes."""
        self.timer.extend(EXTEND_MINUTES * 60)

    def action_pattern(self, key: str) -> None:
        """Switch breathing pattern by its number key."""
        self.timer.use_pattern(key)
