"""What happened on a step, in the past tense: screens post these, the flow coordinator decides what comes next."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from collections.abc import Callable

    from pausecoach.core.checker import CheckResult
    from pausecoach.core.drill import DrillRound
    from pausecoach.models import DrillAttempt


class FlowMessage(Message):
    """A step is done; the coordinator (tui/flow.py) routes every one of these."""


# ------------------------------------------------------------------ the pause
class CheckChosen(FlowMessage):
    """The user chose to check how flooded they are."""


class BreakChosen(FlowMessage):
    """The user chose a break straight away, skipping the check."""


class PartnerPathChosen(FlowMessage):
    """The user's partner stepped away: the other side of the cycle."""


class HistoryOpened(FlowMessage):
    """Past pauses, over the current screen (escape comes back)."""


class RecheckResumed(FlowMessage):
    """Last time's interrupted pause goes on at its re-check."""


class WentBack(FlowMessage):
    """Escape on a step before the break: the step before it."""


class Checked(FlowMessage):
    """The signs and pulse were judged; the verdict is in the flow state."""


class BreakAccepted(FlowMessage):
    """The user takes the suggested break (next: what to tell the partner)."""


class TalkChosen(FlowMessage):
    """The user skips the break and goes straight to choosing words."""


class BreakPlanned(FlowMessage):
    """The length and return time are set and said: the countdown can start."""


@dataclass
class BreakFinished(FlowMessage):
    """The break ran out, or was ended early."""

    early: bool = False


class MoreTimeChosen(FlowMessage):
    """The re-check's "ten more minutes"."""


class ReturnChosen(FlowMessage):
    """The re-check is done and the user goes back to the talk."""


class OpeningChosen(FlowMessage):
    """An opening line was chosen: show it large to read aloud."""


class TurnsChosen(FlowMessage):
    """Back together: talk in turns now (the opening line was read)."""


class OpeningConfirmed(FlowMessage):
    """The opening line is read; on to the summary."""


class OpeningSkipped(FlowMessage):
    """No opening line this time; on to the summary."""


# ------------------------------------------------------------ breathe, baseline
@dataclass
class PracticeFinished(FlowMessage):
    """A practice (breathe or baseline) ended: its closing words.

    `settled`, when given, returns the words to show instead once a save still queued behind a
    held database is made (or has failed); None while it waits.
    """

    title: str
    text: str
    settled: Callable[[], str | None] | None = None


# ------------------------------------------------------------------ the drill
@dataclass
class DrillAnswered(FlowMessage):
    """A rewrite was scored."""

    drill: DrillRound
    attempt: DrillAttempt
    result: CheckResult


@dataclass
class DrillNextChosen(FlowMessage):
    """On to the next item of the round (or the round's summary after the last)."""

    drill: DrillRound


@dataclass
class DrillRetried(FlowMessage):
    """The same item again."""

    drill: DrillRound


@dataclass
class DrillRoundEnded(FlowMessage):
    """The round is over (finished or ended early): its summary."""

    drill: DrillRound


@dataclass
class DrillRoundRestarted(FlowMessage):
    """Another round of the same kind."""

    drill: DrillRound
