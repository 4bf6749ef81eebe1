"""Talking in turns after a break: who speaks, for how long, and how the talk ends. Pure.

Every method takes the time from the outside: `mono` is a monotonic reading (for the turn
timer), `at` the wall-clock time (for the record). One person speaks (one topic, feelings, a
request) while the other listens; the listener then says back what they heard, and only then
do the roles swap. Either may use a repair phrase, pause a turn, or say they are flooding
again, which ends the talk so another break can begin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pausecoach.core.countdown import Countdown

DEFAULT_TURN_SECONDS = 150  # two and a half minutes: the middle of "two to three"
MIN_TURN_SECONDS = 60
MAX_TURN_SECONDS = 300
TURN_STEP_SECONDS = 30
MAX_AGREEMENT_CHARS = 300

Phase = Literal["speaking", "summarising", "swap", "ended"]
Outcome = Literal["agreed", "skipped", "new_break", "left", "safety"]
EventKind = Literal[
    "turn_started",
    "paused",
    "resumed",
    "done_speaking",
    "summarised",
    "swapped",
    "repair",
    "length_changed",
    "flooding_again",
    "ended",
]


HELD_OUTCOMES: tuple[str, ...] = ("agreed", "skipped")


@dataclass(frozen=True)
class TalkFacts:
    """How the talks went, for `history stats`."""

    talks: int
    held: int
    new_breaks: int
    debriefs: int


def talk_facts(outcomes: list[str | None], debriefs: int) -> TalkFacts:
    """Count the talks that held (ended without a new break) and those that needed one."""
    return TalkFacts(
        talks=len(outcomes),
        held=sum(1 for o in outcomes if o in HELD_OUTCOMES),
        new_breaks=sum(1 for o in outcomes if o == "new_break"),
        debriefs=debriefs,
    )


class TalkError(ValueError):
    """A step the rules do not allow now (the screen should not have offered it)."""


def clamp_turn_seconds(seconds: int) -> int:
    """A turn length kept within the bounds (one to five minutes)."""
    return max(MIN_TURN_SECONDS, min(MAX_TURN_SECONDS, int(seconds)))


@dataclass
class Turn:
    """One person's turn to speak, and whether the listener said back what they heard."""

    speaker: int
    started_at: datetime
    ended_at: datetime | None = None
    summarised: bool = False
    spoke_seconds: float = 0.0


@dataclass(frozen=True)
class TalkEvent:
    """Something that happened in the talk, with its wall-clock time."""

    kind: EventKind
    at: datetime
    detail: str = ""


@dataclass
class Talk:
    """A talk in turns. Start it with `Talk.begin`; every step records an event."""

    names: tuple[str, str]
    turn_seconds: int
    turns: list[Turn] = field(default_factory=list)
    events: list[TalkEvent] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    phase: Phase = "speaking"
    outcome: Outcome | None = None
    agreement: str | None = None
    ended_at: datetime | None = None
    timer: Countdown | None = None

    @classmethod
    def begin(
        cls,
        mono: float,
        at: datetime,
        names: tuple[str, str],
        turn_seconds: int = DEFAULT_TURN_SECONDS,
        first_speaker: int = 0,
    ) -> Talk:
        """A talk whose first turn starts now."""
        if first_speaker not in (0, 1):
            raise TalkError("the first speaker is person 0 or 1")
        talk = cls(names=names, turn_seconds=clamp_turn_seconds(turn_seconds))
        talk._start_turn(first_speaker, mono, at)
        return talk

    # ---------------------------------------------------------------- reading
    @property
    def started_at(self) -> datetime:
        """When the first turn began."""
        return self.turns[0].started_at

    @property
    def turn(self) -> Turn:
        """The current (or last) turn."""
        return self.turns[-1]

    @property
    def speaker(self) -> str:
        """The name of whoever is speaking."""
        return self.names[self.turn.speaker]

    @property
    def listener(self) -> str:
        """The name of whoever is listening."""
        return self.names[1 - self.turn.speaker]

    @property
    def ended(self) -> bool:
        """True once the talk has ended, however it ended."""
        return self.phase == "ended"

    @property
    def paused(self) -> bool:
        """True while the turn timer is paused."""
        return self.timer is not None and self.timer.paused

    @property
    def held(self) -> bool:
        """True when the talk ended without anyone needing a new break (or leaving for safety)."""
        return self.outcome in HELD_OUTCOMES

    def remaining(self, mono: float) -> float:
        """Seconds left in the current turn (0 when over time or not speaking)."""
        if self.timer is None or self.phase != "speaking":
            return 0.0
        return self.timer.remaining(mono)

    def time_up(self, mono: float) -> bool:
        """True when the speaker's time has run out: time for the listener to say it back."""
        return self.phase == "speaking" and self.timer is not None and self.timer.finished(mono)

    # ---------------------------------------------------------------- changes
    def _note(self, kind: EventKind, at: datetime, detail: str = "") -> None:
        self.events.append(TalkEvent(kind, at, detail))

    def _require(self, *phases: Phase) -> None:
        if self.phase not in phases:
            raise TalkError(f"not while the talk is at '{self.phase}'")

    def _start_turn(self, speaker: int, mono: float, at: datetime) -> None:
        self.turns.append(Turn(speaker=speaker, started_at=at))
        self.timer = Countdown.start(self.turn_seconds, mono)
        self.phase = "speaking"
        self._note("turn_started", at, self.names[speaker])

    def _stop_speaking(self, mono: float) -> None:
        timer = self.timer
        if timer is not None and self.phase == "speaking":
            # Speaking past the gentle time still counts: the timer only stops at zero.
            over = 0.0 if timer.paused else max(0.0, mono - timer.deadline)
            self.turn.spoke_seconds = round(timer.elapsed(mono) + over, 1)
            timer.stop(mono)

    def pause(self, mono: float, at: datetime) -> None:
        """Freeze the turn timer (a knock at the door, a glass of water)."""
        self._require("speaking")
        if self.timer is not None and not self.timer.paused:
            self.timer.pause(mono)
            self._note("paused", at)

    def resume(self, mono: float, at: datetime) -> None:
        """Carry on the turn from where it was paused."""
        self._require("speaking")
        if self.timer is not None and self.timer.paused:
            self.timer.resume(mono)
            self._note("resumed", at)

    def done_speaking(self, mono: float, at: datetime) -> None:
        """The speaker has said it (or the time is up): the listener says back what they heard."""
        self._require("speaking")
        self._stop_speaking(mono)
        self.phase = "summarising"
        self._note("done_speaking", at)

    def summarised(self, mono: float, at: datetime) -> None:
        """The listener has said back what they heard; the roles may now swap."""
        self._require("speaking", "summarising")
        self._stop_speaking(mono)
        self.turn.summarised = True
        self.turn.ended_at = at
        self.phase = "swap"
        self._note("summarised", at)

    def swap(self, mono: float, at: datetime) -> None:
        """The listener becomes the speaker: only after they have said back what they heard."""
        self._require("swap")
        self._note("swapped", at)
        self._start_turn(1 - self.turn.speaker, mono, at)

    def set_turn_seconds(self, seconds: int, mono: float, at: datetime) -> int:
        """Change the turn length (kept in bounds); a running turn gains or loses the difference."""
        self._require("speaking", "summarising", "swap")
        new = clamp_turn_seconds(seconds)
        change = new - self.turn_seconds
        if change == 0:
            return new
        self.turn_seconds = new
        timer = self.timer
        if self.phase == "speaking" and timer is not None:
            left = max(0.0, timer.remaining(mono) + change)
            if timer.paused:
                timer.paused_left = left
            else:
                timer.deadline = mono + left
            timer.duration += change
        self._note("length_changed", at, str(new))
        return new

    def longer(self, mono: float, at: datetime) -> int:
        """Thirty seconds more per turn (up to the maximum)."""
        return self.set_turn_seconds(self.turn_seconds + TURN_STEP_SECONDS, mono, at)

    def shorter(self, mono: float, at: datetime) -> int:
        """Thirty seconds less per turn (down to the minimum)."""
        return self.set_turn_seconds(self.turn_seconds - TURN_STEP_SECONDS, mono, at)

    def use_repair(self, phrase: str, at: datetime) -> None:
        """Someone used a repair phrase; it is kept with the talk."""
        self._require("speaking", "summarising", "swap")
        phrase = phrase.strip()
        if not phrase:
            raise TalkError("a repair phrase has words")
        self.repairs.append(phrase)
        self._note("repair", at, phrase)

    def flooding_again(self, mono: float, at: datetime) -> None:
        """Someone is flooding again: the talk stops here, so another break can begin."""
        self._require("speaking", "summarising", "swap")
        self._note("flooding_again", at)
        self._finish("new_break", mono, at)

    def end(self, agreement: str | None, mono: float, at: datetime) -> None:
        """End with one small agreement (typed), or none (skipped)."""
        self._require("speaking", "summarising", "swap")
        text = " ".join((agreement or "").split())[:MAX_AGREEMENT_CHARS]
        self.agreement = text or None
        self._finish("agreed" if text else "skipped", mono, at)

    def leave(self, mono: float, at: datetime, outcome: Outcome = "left") -> None:
        """Stop mid-talk (quit, or the safety question): what was said so far is kept."""
        if not self.ended:
            self._finish(outcome, mono, at)

    def _finish(self, outcome: Outcome, mono: float, at: datetime) -> None:
        self._stop_speaking(mono)
        if self.turn.ended_at is None:
            self.turn.ended_at = at
        self.phase = "ended"
        self.outcome = outcome
        self.ended_at = at
        self._note("ended", at, outcome)

    @property
    def repairs_used(self) -> int:
        """How many repair phrases were used."""
        return len(self.repairs)

    @property
    def full_turns(self) -> int:
        """Turns in which the listener said back what they heard."""
        return sum(1 for turn in self.turns if turn.summarised)
