"""The breathing timer: a countdown to a monotonic deadline, the pacer, and the pattern in use.

Drawn by `BreathView` (one widget: clock, disc, words and the screen's aside).

It owns its timers. Remaining time is always deadline minus now, so late or dropped ticks can
never make it drift; a one-shot timer set for the deadline itself ends it on time. It posts what
happened (`Progressed`, coalesced, once a second; `Finished`; `Extended`; `PatternChanged`;
`PhaseChanged`, at each turn of the breath) and the screen that composes it decides what that means
(save, notify, sound a cue, move on).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget

from pausecoach.clock import Clock
from pausecoach.content import catalog
from pausecoach.core.breathing import Pattern, PhaseState, phase_at
from pausecoach.core.countdown import Countdown, format_clock, format_remaining
from pausecoach.core.limits import EXTEND_MINUTES
from pausecoach.core.promise import promised_return
from pausecoach.tui.widgets.breath_view import BreathView

if TYPE_CHECKING:
    from pausecoach.tui.protocol import Coach

# The pacer moves once a second, in step with the clock and the count: each frame shows where the
# breath should be by the end of that count, so the shape reaches full and empty exactly as the
# phase ends. One repaint a second, and none while paused: a 20-minute break is light on the
# battery (a half-second frame for quick phases cost a third more CPU; docs/performance.md).
FRAME_SECONDS = 1.0
WAKE_LATE = 0.01  # a hair after the second turns, so the turn is never missed
# Textual never fires set_timer(0); a timer waking a hair before the deadline sleeps this long.
END_TIMER_FLOOR = 0.001


class BreathTimer(BreathView):
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

    @dataclass
    class PhaseChanged(Message):
        """The breath turned: a new phase ("inhale", "hold", "exhale", ...) begins now."""

        timer: BreathTimer
        kind: str

    def __init__(
        self,
        countdown: Countdown,
        clock: Clock,
        pattern_id: str,
        *,
        reduce_motion: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(reduce_motion, id=id)
        self.countdown = countdown
        self.clock = clock
        self.pattern = catalog.pattern_by_id(pattern_id)
        self.done = False
        self._tick_timer: Timer | None = None
        self._end_timer: Timer | None = None
        self._breath_started = clock.monotonic()
        self._restart_breath(clock.monotonic())
        self._shown_second = -1
        self._paused_breath: float | None = None
        self._phase: tuple[str, int] | None = None  # (pattern, phase index) last shown
        self.shown.patterns = tuple(catalog.patterns())
        self.shown.pattern_id = self.pattern.id

    def on_mount(self) -> None:
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
            self.shown.clock = format_remaining(remaining)
            # Rounded up like the promise, so "ends" and "back at" never disagree by a minute.
            ends_at = format_clock(promised_return(self.clock.now(), remaining))
            self.post_message(self.Progressed(self, countdown.elapsed(now), remaining, ends_at))
        self.shown.paused = countdown.paused
        breath = self._breath_at(now)
        state = self.shown.state = self._state_at(breath)
        phase = (state.pattern.id, state.index)
        if phase != self._phase:
            # The first phase shown is no change; a held (paused) breath does not turn.
            if self._phase is not None and not countdown.paused:
                self.post_message(self.PhaseChanged(self, state.phase.kind))
            self._phase = phase
        self.redraw()
        self._wake_at_next_second(remaining)

    def _state_at(self, breath: float) -> PhaseState:
        """The breath as drawn at `breath` seconds: the phase and count of this frame, and the
        fullness due at its end (so the shape is never behind the count)."""
        state = phase_at(self.pattern, (math.floor(breath / FRAME_SECONDS) + 0.5) * FRAME_SECONDS)
        left_at_end = max(0.0, state.seconds_left - FRAME_SECONDS / 2)
        progress = 1.0 - left_at_end / state.phase.seconds if state.phase.seconds else 1.0
        return replace(state, progress=min(1.0, max(0.0, progress)))

    def _wake_at_next_second(self, remaining: float) -> None:
        """Sleep until the clock's next second (a pause sleeps until it is resumed)."""
        if self._tick_timer is not None:
            self._tick_timer.stop()
            self._tick_timer = None
        if self.done or self.countdown.paused:
            return  # resuming draws again
        # The clock's shown second is rounded up, so it turns when `remaining` crosses a whole
        # number; the breath started on such a turn, so the count turns with it.
        wait = (remaining - math.floor(remaining)) or 1.0
        self._tick_timer = self.set_timer(wait + WAKE_LATE, self.tick)

    def set_times_line(self, text: str) -> None:
        """What the time left means, written by the screen: "break ends [b]20:34[/b]" (markup).

        Shown after "16:56 left · ".
        """
        if text != self.shown.times:
            self.shown.times = text
            self.redraw()

    def set_aside(self, *paragraphs: tuple[str, str]) -> None:
        """The screen's words under the pacer, most needed first, each (kind, markup) with kind
        idea, cycle or guard: what does not fit in a short window is left out from the end."""
        kept = tuple(paragraph for paragraph in paragraphs if paragraph[1])
        if kept != self.shown.aside:
            self.shown.aside = kept
            self.redraw()

    @property
    def clock_text(self) -> str:
        """The time left as shown (M:SS)."""
        return self.shown.clock

    @property
    def times_line(self) -> str:
        """The line under the clock as plain text: "left · break ends 20:34 · …"."""
        return Text.from_markup(f"left · {self.shown.times}", emoji=False).plain

    def pattern_clicked(self, key: str) -> None:
        self.use_pattern(key)

    def _breath_at(self, now: float) -> float:
        """Seconds into the breathing pattern (held still while paused)."""
        if self.countdown.paused and self._paused_breath is not None:
            return self._paused_breath
        return now - self._breath_started

    # ------------------------------------------------------------------ control
    def toggle_pause(self) -> None:
        """Pause or resume the countdown (the breath starts again on resume)."""
        now = self.clock.monotonic()
        countdown = self.countdown
        if countdown.paused:
            countdown.resume(now)
            self._restart_breath(now)
        else:
            self._paused_breath = now - self._breath_started
            countdown.pause(now)
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
                self.shown.pattern_id = pattern.id
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
        # The breath starts as the clock's next second does, so the count and the clock turn
        # together: one repaint a second for both, not two.
        remaining = self.countdown.remaining(now)
        self._breath_started = now + (remaining - math.floor(remaining))
        self._paused_breath = None

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
    Binding("s", "toggle_sound", "Sound cue", show=False, id="break-sound"),
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

    def action_toggle_sound(self) -> None:
        """Turn the sound cue on or off for the rest of this session."""
        screen = cast("Widget", self)
        notice = cast("Coach", screen.app).toggle_sound_cue()
        screen.app.clear_notifications()
        screen.notify(notice, timeout=4)

    def on_breath_timer_phase_changed(self, message: BreathTimer.PhaseChanged) -> None:
        """A tone at the turn of the breath, when the cue is on (never blocks: the player runs
        on its own)."""
        cast("Coach", cast("Widget", self).app).breath_turned(message.kind)
