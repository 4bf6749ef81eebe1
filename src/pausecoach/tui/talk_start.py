"""`pausecoach talk` and `pausecoach debrief` on their own: their first screen, and what ends them.

The flow coordinator opens `first_talk_screen` for `start_at="talk"` and `"debrief"`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.screen import Screen

from pausecoach.core.talk import DEFAULT_TURN_SECONDS

TalkMode = Literal["talk", "debrief"]
AFTER_TALK_SECONDS = 4.0  # long enough to read the last line before the app closes


@dataclass(frozen=True)
class TalkOptions:
    """What `pausecoach talk` / `debrief` asked for: the linked pause and the turn length."""

    mode: TalkMode = "talk"
    pause_id: str | None = None
    about: str = ""
    turn_seconds: int = DEFAULT_TURN_SECONDS


def first_talk_screen(options: TalkOptions) -> Screen[None]:
    """The screen `pausecoach talk` or `pausecoach debrief` opens with."""
    if options.mode == "debrief":
        from pausecoach.tui.screens.debrief import DebriefScreen

        return DebriefScreen(options.pause_id, options.about)
    from pausecoach.tui.screens.talk import TalkScreen

    return TalkScreen(options.pause_id, turn_seconds=options.turn_seconds)
