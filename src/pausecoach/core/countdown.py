"""The break countdown: a monotonic deadline, so late or missed ticks can never make it drift."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class Countdown:
    """Time left on a break, measured against a deadline on a monotonic clock.

    `now` is always passed in. While paused, the deadline is frozen as `paused_left`.
    """

    duration: float
    deadline: float
    paused_left: float | None = None
    extended: float = 0.0

    @classmethod
    def start(cls, seconds: float, now: float) -> Countdown:
        """A countdown of `seconds` beginning at monotonic time `now`."""
        return cls(duration=seconds, deadline=now + seconds)

    @property
    def paused(self) -> bool:
        """True while paused."""
        return self.paused_left is not None

    def remaining(self, now: float) -> float:
        """Seconds left (never negative)."""
        left = self.paused_left if self.paused_left is not None else self.deadline - now
        return max(0.0, left)

    def finished(self, now: float) -> bool:
        """True once no time is left."""
        return self.remaining(now) <= 0

    def elapsed(self, now: float) -> float:
        """Seconds of break actually run so far (excluding pauses)."""
        return max(0.0, self.duration + self.extended - self.remaining(now))

    def pause(self, now: float) -> None:
        """Freeze the time left."""
        if self.paused_left is None:
            self.paused_left = self.remaining(now)

    def resume(self, now: float) -> None:
        """Carry on from where it was frozen."""
        if self.paused_left is not None:
            self.deadline = now + self.paused_left
            self.paused_left = None

    def extend(self, seconds: float, now: float) -> None:
        """Add time; a finished countdown restarts from now."""
        self.extended += seconds
        if self.paused_left is not None:
            self.paused_left += seconds
        elif self.deadline < now:
            # Time spent after the end was not break time: the extension counts from now.
            self.deadline = now + seconds
        else:
            self.deadline += seconds

    def stop(self, now: float) -> None:
        """End now: the time left is dropped from the budget, so `elapsed` keeps what really ran."""
        left = self.remaining(now)
        self.duration -= left
        self.deadline = now
        self.paused_left = None


def format_clock(moment: datetime) -> str:
    """A time as the user's local HH:MM."""
    return moment.astimezone().strftime("%H:%M")


def format_remaining(seconds: float) -> str:
    """Seconds as M:SS (or H:MM:SS), rounding up so 0:00 shows only at the very end."""
    whole = max(0, int(seconds + 0.999))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_duration(seconds: float) -> str:
    """A length of time as people say it: '20 min', '19 min 30 s', '45 s'."""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    return f"{minutes} min" if minutes else f"{secs} s"


def minutes_in_words(minutes: int) -> str:
    """'twenty minutes', 'an hour', '25 minutes': how a person would say a break length."""
    words = {
        1: "a minute",
        5: "five minutes",
        10: "ten minutes",
        15: "fifteen minutes",
        20: "twenty minutes",
        25: "twenty-five minutes",
        30: "half an hour",
        40: "forty minutes",
        45: "forty-five minutes",
        60: "an hour",
        90: "an hour and a half",
        120: "two hours",
    }
    return words.get(minutes, f"{minutes} minutes")


def break_summary(planned_seconds: int, added_seconds: int, taken_seconds: int) -> str:
    """A break's figures as every screen and report says them: '25 min planned (5 min added), 19 min 30 s taken'."""
    planned = format_duration(planned_seconds + added_seconds)
    added = f" ({format_duration(added_seconds)} added)" if added_seconds else ""
    return f"{planned} planned{added}, {format_duration(taken_seconds)} taken"
