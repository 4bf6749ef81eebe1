"""The break as printed lines: the time left once a minute; breathing words only when asked (`v`).

A line per breath phase is a line every few seconds: chatty for a screen reader, so it is opt-in.
"""

from __future__ import annotations

from collections.abc import Callable

from pausecoach.clock import Clock
from pausecoach.core.breathing import Pattern, phase_at
from pausecoach.core.countdown import Countdown, format_remaining
from pausecoach.plain.io import Talk

MINUTE = 60.0
SAVE_EVERY = 30.0
END_WORDS = {"e", "end"}
VOICE_WORDS = {"v", "voice"}


class PlainBreak:
    """One timed break; `elapsed` stays readable if ctrl+c stops it part-way."""

    def __init__(
        self,
        talk: Talk,
        clock: Clock,
        pattern: Pattern,
        save_progress: Callable[[float], None],
        minute_note: Callable[[int], str],
    ) -> None:
        self.talk = talk
        self.clock = clock
        self.pattern = pattern
        self.save_progress = save_progress
        self.minute_note = minute_note
        self.countdown: Countdown | None = None
        self.breath_words = False  # `v` turns the per-phase words on (and off again)

    def elapsed(self) -> float:
        """Seconds of break run so far."""
        if self.countdown is None:
            return 0.0
        return self.countdown.elapsed(self.clock.monotonic())

    def run(self, seconds: float) -> bool:
        """Run the break; True when it ran to the end, False when ended early with `e`."""
        start = self.clock.monotonic()
        countdown = self.countdown = Countdown.start(seconds, start)
        self.talk.say(f"{self.pattern.name}: {self.pattern.summary}")
        self.talk.say("Type v and press enter for a word at each breath (again to stop them).")
        last_phase: tuple[int, int] | None = None
        next_minute = start
        last_save = start
        minute_index = 0
        while True:
            now = self.clock.monotonic()
            if countdown.finished(now):
                self.save_progress(countdown.elapsed(now))
                return True
            if now >= next_minute:
                left = format_remaining(countdown.remaining(now))
                self.talk.say()
                self.talk.say(f"{left} left. {self.minute_note(minute_index)}".strip())
                minute_index += 1
                next_minute += MINUTE
            state = phase_at(self.pattern, now - start)
            if (state.cycle, state.index) != last_phase:
                last_phase = (state.cycle, state.index)
                if self.breath_words:
                    self.talk.say(f"{state.phase.word} ({state.count})", indent="  ")
            if now - last_save >= SAVE_EVERY:
                last_save = now
                self.save_progress(countdown.elapsed(now))
            wait = min(state.seconds_left, next_minute - now, countdown.remaining(now))
            line = self.talk.lines.poll(max(0.05, wait))
            if line is None:
                continue
            if line.strip().lower() in VOICE_WORDS:
                self.breath_words = not self.breath_words
                last_phase = None  # say the current phase now
                continue
            if line.strip().lower() in END_WORDS:
                countdown.stop(self.clock.monotonic())
                self.save_progress(countdown.elapsed(self.clock.monotonic()))
                return False
            if not self.talk.lines.interactive:
                self.talk.lines.hold(line)  # piped answers for the questions after the break
            elif line.strip():
                self.talk.say(
                    "(Type e and press enter to end the break early, v for breath words.)"
                )
