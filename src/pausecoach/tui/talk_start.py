"""`pausecoach talk` and `pausecoach debrief` on their own: their first screen, and what ends them.

Interim until the flow coordinator knows `start_at="talk"` / `"debrief"` (docs/talk.md says how):
`StandaloneTalkApp` is the app with a different first screen and a three-message coordinator.
`first_talk_screen` is what the coordinator's `_first_screen` should return for those modes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from textual.screen import Screen

from pausecoach.core.talk import DEFAULT_TURN_SECONDS
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.talk_messages import DebriefSaved, FloodingAgain, TalkEnded

if TYPE_CHECKING:
    from pausecoach.clock import Clock
    from pausecoach.config.settings import Settings
    from pausecoach.storage.store import Store

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


class StandaloneTalkApp(PauseCoachApp):
    """The app for the talk or the debrief alone: no pause record, ends when they end."""

    def __init__(
        self,
        clock: Clock,
        options: TalkOptions,
        *,
        settings: Settings | None = None,
        store: Store | None = None,
    ) -> None:
        # "baseline" is the app's other mode that keeps no pause record; the first screen is ours.
        super().__init__(clock, settings=settings, store=store, start_at="baseline")
        self.options = options
        self.new_return: str | None = None

    def _first_screen(self) -> Screen[None]:
        return first_talk_screen(self.options)

    def on_talk_ended(self, message: TalkEnded) -> None:
        self.set_timer(AFTER_TALK_SECONDS, self.exit)

    def on_debrief_saved(self, message: DebriefSaved) -> None:
        self.set_timer(AFTER_TALK_SECONDS, self.exit)

    def on_flooding_again(self, message: FloodingAgain) -> None:
        from pausecoach.core.countdown import format_clock, promised_return

        back = promised_return(self.clock.now(), self.settings.break_minutes * 60)
        self.new_return = format_clock(back)
        from pausecoach.content.talk import talk_texts

        words = talk_texts().another_break.replace("{time}", self.new_return)
        self.notify(words, title="Another break", timeout=30)
