"""The real app with a stand-in for the coordinator: it keeps the talk and debrief messages."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.models import PauseSession
from pausecoach.storage.store import Store
from pausecoach.tui import app as app_module
from pausecoach.tui.app import PauseCoachApp
from pausecoach.tui.talk_messages import DebriefSaved, FloodingAgain, TalkBlocked, TalkEnded


class CoordinatorStandIn(PauseCoachApp):
    """The real app, keeping the messages the coordinator would act on."""

    CSS_PATH = Path(app_module.__file__).with_name("app.tcss")

    def __init__(self, clock: FakeClock, store: Store) -> None:
        super().__init__(clock, settings=Settings(bell=False), store=store)
        self.seen: list[Message] = []
        self.safety_asked = 0

    def on_talk_ended(self, message: TalkEnded) -> None:
        self.seen.append(message)

    def on_flooding_again(self, message: FloodingAgain) -> None:
        self.seen.append(message)

    def on_talk_blocked(self, message: TalkBlocked) -> None:
        self.seen.append(message)

    def on_debrief_saved(self, message: DebriefSaved) -> None:
        self.seen.append(message)

    def action_safety_check(self) -> None:
        self.safety_asked += 1
        super().action_safety_check()


def saved_pause(store: Store, status: str = "completed") -> PauseSession:
    session = PauseSession(status=status)  # type: ignore[arg-type]
    store.save_session(session)
    return session
