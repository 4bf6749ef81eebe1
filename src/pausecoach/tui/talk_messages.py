"""What the talk and debrief screens tell the flow coordinator, and what they need from the app.

Screens post these past-tense messages and never push the next screen themselves; the
coordinator (tui/) decides what comes next. They reach the app through `TalkHost`, not by
importing the App class.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from pausecoach.tui.messages import FlowMessage

if TYPE_CHECKING:
    from pausecoach.clock import Clock
    from pausecoach.pause.saver import Job
    from pausecoach.storage.store import Store


class TalkHost(Protocol):
    """The little the talk and debrief screens need from the app."""

    clock: Clock
    saving: bool

    @property
    def store(self) -> Store:
        """The open store."""
        ...

    def action_safety_check(self, typed: str = "") -> None:
        """Ask the safety question (danger words were typed); their help comes first."""
        ...

    def save_failed(self, message: str) -> None:
        """Tell the user a save failed; the talk carries on."""
        ...

    def save_later(self, job: Job, key: str | None = None) -> None:
        """Write without ever waiting for the database; `key`: a newer write of it wins."""
        ...


@dataclass
class TalkEnded(FlowMessage):
    """The talk ended with one small agreement (`agreement`) or none; outcome agreed/skipped."""

    talk_id: str
    pause_id: str | None
    outcome: str
    agreement: str | None


@dataclass
class FloodingAgain(FlowMessage):
    """Someone is flooding again: the coordinator offers another break with a new return time."""

    talk_id: str
    pause_id: str | None


@dataclass
class DebriefSaved(FlowMessage):
    """The debrief was finished and saved."""

    debrief_id: str
    pause_id: str | None


@dataclass
class TalkBlocked(FlowMessage):
    """The talk did not start: the pause before it ended in a safety exit."""

    pause_id: str | None
